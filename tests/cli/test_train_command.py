import json

from typer.testing import CliRunner

from cli.main import app

runner = CliRunner()
FIXTURE = "tests/fixtures/narratives.jsonl"


def test_pattern_boosts_file_is_read_and_recorded(tmp_path):
    boosts = tmp_path / "boosts.json"
    boosts.write_text(json.dumps({"boosts": {"one_threat": 3.0}, "error_rates": {}, "source": {}}))
    out = tmp_path / "v"
    result = runner.invoke(app, ["train", "--tiny", "--no-handwritten", "--output", str(out), "--train-file", FIXTURE,
                                 "--dev-file", FIXTURE, "--epochs", "1", "--max-length", "160",
                                 "--pattern-boosts", str(boosts), "--pattern-balance", "0.5"])
    assert result.exit_code == 0, result.output
    args = json.loads((out / "rightfirst.json").read_text())["training"]["args"]
    assert args["pattern_boosts"] == {"one_threat": 3.0} and args["pattern_balance"] == 0.5


def test_a_bad_pattern_boosts_file_is_refused_before_training(tmp_path):
    bad = tmp_path / "boosts.json"
    bad.write_text("{not json")
    out = tmp_path / "v"
    result = runner.invoke(app, ["train", "--tiny", "--output", str(out), "--pattern-boosts", str(bad)])
    assert result.exit_code == 2 and "not a pattern-boosts file" in result.output
    assert not out.exists()
    bad.write_text(json.dumps({"boosts": {"one_threat": -1}}))
    negative = runner.invoke(app, ["train", "--tiny", "--output", str(out), "--pattern-boosts", str(bad)])
    assert negative.exit_code == 2 and "one_threat" in negative.output


def test_bf16_is_recorded_and_warned_about_on_a_cpu_without_native_bf16(tmp_path, monkeypatch):
    import torch

    # A CPU without AVX-512 BF16 or AMX: autocast would emulate bf16.
    monkeypatch.setattr(torch.cpu, "_is_avx512_bf16_supported", lambda: False, raising=False)
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: False, raising=False)
    out = tmp_path / "v"
    common = ["train", "--tiny", "--no-handwritten", "--train-file", FIXTURE, "--dev-file", FIXTURE, "--epochs", "1",
              "--max-length", "160"]
    result = runner.invoke(app, [*common, "--output", str(out), "--precision", "bf16"])
    assert result.exit_code == 0, result.output
    assert "no native bf16" in result.output
    assert json.loads((out / "rightfirst.json").read_text())["training"]["args"]["precision"] == "bf16"
    fp32 = runner.invoke(app, [*common, "--output", str(tmp_path / "w")])
    assert fp32.exit_code == 0 and "no native bf16" not in fp32.output
    bad = runner.invoke(app, [*common, "--output", str(tmp_path / "x"), "--precision", "fp16"])
    assert bad.exit_code == 2 and "precision" in bad.output

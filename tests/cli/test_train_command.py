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

"""`rightfirst models list|promote|rollback` and `rightfirst evaluate --against`."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from cli.main import app

runner = CliRunner()
FIXTURES = "tests/fixtures/narratives.jsonl"


@pytest.fixture
def models(tiny_model_dir, tmp_path, monkeypatch):
    """A registry with v1 (current) and two challengers: v2 (the same model) and bad (always says no_offence)."""
    from safetensors.torch import load_file, save_file

    from model.settings import get_settings
    from model.taxonomy import LABELS

    root = tmp_path / "models"
    for name in ("v1", "v2", "bad"):
        shutil.copytree(tiny_model_dir, root / name)
        extras = json.loads((root / name / "rightfirst.json").read_text())
        extras["version"] = name
        (root / name / "rightfirst.json").write_text(json.dumps(extras))
    weights = load_file(root / "bad" / "model.safetensors")
    weights["sequence_head.bias"][LABELS.index("no_offence")] += 50.0  # deliberately worse
    save_file(weights, root / "bad" / "model.safetensors", metadata={"format": "pt"})
    monkeypatch.setenv("RIGHTFIRST_MODELS_DIR", str(root))
    monkeypatch.setenv("RIGHTFIRST_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("RIGHTFIRST_TORCH_THREADS", "1")
    get_settings.cache_clear()
    from training.registry import set_current

    set_current("v1", get_settings(), reason="test")
    yield root
    get_settings.cache_clear()


GATE_SETS = ["--no-audits", "--test-file", FIXTURES, "--challenge-file", FIXTURES]


def test_list_shows_versions_and_the_current_one(models):
    result = runner.invoke(app, ["models", "list"])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.stdout.splitlines() if "v1" in line or "v2" in line]
    assert any("*" in line and "v1" in line for line in rows)
    assert any("v2" in line and "*" not in line for line in rows)


def test_promote_refuses_a_worse_model_then_force_and_rollback(models):
    refused = runner.invoke(app, ["models", "promote", "bad", *GATE_SETS])
    assert refused.exit_code == 1
    assert "refused" in refused.output and "macro-F1 drops" in refused.output
    assert (models / "CURRENT").read_text().strip() == "v1"

    forced = runner.invoke(app, ["models", "promote", "bad", *GATE_SETS, "--force", "--reason", "drill"])
    assert forced.exit_code == 0, forced.output
    assert "FORCED" in forced.output
    last = json.loads((models / "history.json").read_text())[-1]
    assert last["forced"] is True and last["reason"] == "drill" and last["gate"]["passed"] is False

    back = runner.invoke(app, ["models", "rollback"])
    assert back.exit_code == 0 and "from bad to v1" in back.output
    assert (models / "CURRENT").read_text().strip() == "v1"


def test_promote_passes_an_equal_model_and_writes_reports(models, tmp_path):
    result = runner.invoke(app, ["models", "promote", "v2", *GATE_SETS, "--report-dir", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert "passed the gate" in result.output
    assert (models / "CURRENT").read_text().strip() == "v2"
    page = (tmp_path / "r" / "v2-vs-v1-test.html").read_text()
    assert "Champion against challenger" in page and "passed" in page


def test_evaluate_against_current_writes_deltas_and_mcnemar(models, tmp_path):
    out = tmp_path / "eval.json"
    html = tmp_path / "eval.html"
    result = runner.invoke(app, ["evaluate", str(models / "bad"), "--data", FIXTURES, "--against", "current",
                                 "--output", str(out), "--html", str(html)])
    assert result.exit_code == 0, result.output
    comparison = json.loads((tmp_path / "eval.comparison.json").read_text())["narratives"]
    assert comparison["comparison"]["macro_f1"]["delta"] < 0
    assert comparison["comparison"]["mcnemar"]["b"] > 0 and "p_value" in comparison["comparison"]["mcnemar"]
    assert any("macro-F1 drops" in r for r in comparison["reasons"])
    page = html.read_text()
    assert "Champion against challenger" in page and "refused" in page
    figures = json.loads((tmp_path / "eval.figures.json").read_text())
    assert figures["comparison"]["per_label"]["no_offence"]["recall"] is not None
    bad = runner.invoke(app, ["evaluate", str(models / "v2"), "--data", FIXTURES, "--against", "nowhere"])
    assert bad.exit_code == 2 and "--against" in bad.output


def test_evaluate_scores_only_the_split_asked_for(models, tmp_path):
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["evaluate", str(models / "v2"), "--data", FIXTURES, "--split", "fixture", "--output", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    assert list(report) == ["fixture"] and report["fixture"]["n"] == 12
    missing = runner.invoke(app, ["evaluate", str(models / "v2"), "--data", FIXTURES, "--split", "dev_handwritten"])
    assert missing.exit_code != 0
    assert "no records of split 'dev_handwritten'" in missing.output


def test_recalibrate_refits_the_decision_and_drops_stale_metrics(models):
    version = models / "v2"
    (version / "metrics.json").write_text("{}")
    (version / "evaluations").mkdir(exist_ok=True)
    (version / "evaluations" / "test-0.json").write_text("{}")
    result = runner.invoke(app, ["models", "recalibrate", "v2"])
    assert result.exit_code == 0, result.output
    assert "review threshold" in result.output
    extras = json.loads((version / "rightfirst.json").read_text())
    assert "recalibrated" in extras["training"]
    parts = extras["training"]["calibration"]["threshold"]["parts"]
    assert parts and all(f"{name}: {part['n']} records" in result.output for name, part in parts.items())
    assert 0.0 <= extras["decision"]["review_threshold"] <= 1.0 + 1e-9
    assert not (version / "metrics.json").exists() and not (version / "evaluations").exists()
    assert (version / "README.md").is_file() and (version / "manifest.json").is_file()


def test_recalibrate_as_a_new_version_leaves_the_old_one_and_takes_new_patterns(models, tmp_path):
    from model.rules import DEFAULT_PATTERNS_PATH

    source = models / "v2"
    before = {p.name: p.read_bytes() for p in source.iterdir() if p.is_file()}
    patterns = json.loads(DEFAULT_PATTERNS_PATH.read_text())
    patterns["scope_max_words"] = 3
    new_patterns = tmp_path / "patterns.json"
    new_patterns.write_text(json.dumps(patterns))
    result = runner.invoke(app, ["models", "recalibrate", "v2", "--as", "v3", "--patterns", str(new_patterns)])
    assert result.exit_code == 0, result.output
    assert "v3: review threshold" in result.output
    assert {p.name: p.read_bytes() for p in source.iterdir() if p.is_file()} == before
    derived = models / "v3"
    extras = json.loads((derived / "rightfirst.json").read_text())
    assert extras["version"] == "v3" and extras["derived_from"]["version"] == "v2"
    assert extras["derived_from"]["rule_patterns_replaced"] and "recalibrated" in extras["training"]
    assert json.loads((derived / "rule_patterns.json").read_text())["scope_max_words"] == 3
    assert (derived / "model.safetensors").read_bytes() == before["model.safetensors"]
    assert json.loads((derived / "manifest.json").read_text())["version"] == "v3"
    listed = runner.invoke(app, ["models", "list"])
    assert "v3" in listed.output

    taken = runner.invoke(app, ["models", "recalibrate", "v2", "--as", "v3"])
    assert taken.exit_code == 2 and "already exists" in taken.output
    in_place = runner.invoke(app, ["models", "recalibrate", "v2", "--patterns", str(new_patterns)])
    assert in_place.exit_code == 2 and "--as" in in_place.output
    (tmp_path / "bad.json").write_text("{}")
    bad = runner.invoke(app, ["models", "recalibrate", "v2", "--as", "v4", "--patterns", str(tmp_path / "bad.json")])
    assert bad.exit_code == 2 and "not a rule patterns file" in bad.output
    assert not (models / "v4").exists()


def test_recalibrate_refuses_when_the_recorded_data_has_changed(models):
    version = models / "v2"
    extras = json.loads((version / "rightfirst.json").read_text())
    extras["training"]["args"].update(handwritten_file=str(models.parent / "hw.jsonl"), handwritten_sha256="0" * 64)
    (models.parent / "hw.jsonl").write_text("")
    (version / "rightfirst.json").write_text(json.dumps(extras))
    result = runner.invoke(app, ["models", "recalibrate", "v2"])
    assert result.exit_code == 2
    assert "have changed" in result.output
    # A version that recorded its calibration split's hash is checked on the split, not the file:
    # records added to other splits (a new held-out round) do not stop it being recalibrated.
    from training.train import records_sha256

    calibration = {"id": "hw-a-004", "text": "x", "label": "stalking", "meta": {"split": "dev_handwritten"}}
    held_out = {"id": "hw-ua-001", "text": "y", "label": "stalking", "meta": {"split": "holdout_round8"}}
    (models.parent / "hw.jsonl").write_text(json.dumps(calibration) + "\n" + json.dumps(held_out) + "\n")
    extras["training"]["args"]["handwritten_calibration_sha256"] = records_sha256([calibration])
    (version / "rightfirst.json").write_text(json.dumps(extras))
    grown = runner.invoke(app, ["models", "recalibrate", "v2"])
    assert grown.exit_code == 0, grown.output
    extras = json.loads((version / "rightfirst.json").read_text())
    extras["training"]["args"]["handwritten_calibration_sha256"] = records_sha256([dict(calibration, label="harassment")])
    (version / "rightfirst.json").write_text(json.dumps(extras))
    relabelled = runner.invoke(app, ["models", "recalibrate", "v2"])
    assert relabelled.exit_code == 2 and "calibration narratives have changed" in relabelled.output
    # A changed dev file is refused too (the manifest keeps its hash from training).
    extras["training"]["args"].update(handwritten_file=None, handwritten_sha256=None, handwritten_calibration_sha256=None)
    (version / "rightfirst.json").write_text(json.dumps(extras))
    manifest = json.loads((version / "manifest.json").read_text())
    manifest["data"]["corpus"]["dev_file"]["sha256"] = "0" * 64
    (version / "manifest.json").write_text(json.dumps(manifest))
    changed_dev = runner.invoke(app, ["models", "recalibrate", "v2"])
    assert changed_dev.exit_code == 2 and "has changed since this version was trained" in changed_dev.output
    unknown = runner.invoke(app, ["models", "recalibrate", "no-such-version"])
    assert unknown.exit_code == 2 and "error" in unknown.output

"""`rightfirst corpus build | validate | stats`."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cli.main import app


def test_build_validate_stats(tmp_path):
    runner = CliRunner()
    out = tmp_path / "data"
    result = runner.invoke(app, ["corpus", "build", "--size", "90", "--seed", "2", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "train.jsonl").exists()
    result = runner.invoke(app, ["corpus", "validate", "--out", str(out)])
    assert result.exit_code == 0 and "pass every check" in result.output
    result = runner.invoke(app, ["corpus", "stats", "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    assert stats["records"] == sum(stats["by_label"].values()) == sum(stats["by_length_band"].values())
    assert 0.0 <= stats["leakage_test"]["share"] < 0.05


def test_validate_fails_on_a_broken_file(tmp_path):
    runner = CliRunner()
    out = tmp_path / "data"
    assert runner.invoke(app, ["corpus", "build", "--size", "90", "--out", str(out)]).exit_code == 0
    path = out / "dev.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    rows[0]["label"] = "stalking" if rows[0]["label"] != "stalking" else "harassment"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = runner.invoke(app, ["corpus", "validate", "--out", str(out)])
    assert result.exit_code == 1


def test_validate_says_what_to_do_when_files_are_missing(tmp_path):
    result = CliRunner().invoke(app, ["corpus", "validate", "--out", str(tmp_path)])
    assert result.exit_code == 1

"""`rightfirst baselines` on the fixture."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cli.main import app


def test_baselines_command_writes_reports(tmp_path, fixture_path):
    out = tmp_path / "baselines.json"
    result = CliRunner().invoke(
        app,
        ["baselines", "--train", str(fixture_path), "--test", str(fixture_path), "--challenge", str(fixture_path),
         "--output", str(out), "--html-dir", str(tmp_path / "html")],
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(out.read_text())
    for baseline in ("keyword", "tfidf"):
        for split in ("test", "challenge"):
            assert payload["results"][baseline][split]["classification"]["macro_f1"] is not None
    assert payload["results"]["keyword"]["test"]["spans"] is not None
    assert payload["results"]["tfidf"]["test"]["spans"] is None
    assert (tmp_path / "html" / "keyword_challenge.html").is_file()
    assert "macro-F1" in result.output


def test_baselines_command_explains_missing_corpus(tmp_path):
    result = CliRunner().invoke(app, ["baselines", "--train", str(tmp_path / "none.jsonl"), "--output", str(tmp_path / "o.json")])
    assert result.exit_code == 2
    assert "corpus" in result.output
    assert not (tmp_path / "o.json").exists()

import json

from typer.testing import CliRunner

from cli.main import app

runner = CliRunner()


def test_batch_contract_keeps_ids_and_reports_bad_lines(tiny_model_dir, fixture_records, tmp_path):
    source = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": r["id"], "text": r["text"]}) for r in fixture_records[:3]]
    lines.insert(1, "{not json")
    lines.append(json.dumps({"id": "empty", "text": "   "}))
    source.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["classify", "--input", str(source), "--output", str(out), "--model", str(tiny_model_dir)])
    assert result.exit_code == 1
    assert "line 2" in result.output and "line 5" in result.output
    written = [json.loads(l) for l in out.read_text().splitlines()]
    assert [w.get("id") for w in written] == [fixture_records[0]["id"], None, fixture_records[1]["id"], fixture_records[2]["id"], "empty"]
    assert "error" in written[1] and "error" in written[4]
    assert written[0]["label"] and written[0]["model_version"] == "tiny-test"


def test_single_narrative_from_argument_and_stdin(tiny_model_dir, fixture_records):
    text = fixture_records[1]["text"]
    by_arg = runner.invoke(app, ["classify", text, "--model", str(tiny_model_dir)])
    by_stdin = runner.invoke(app, ["classify", "--model", str(tiny_model_dir)], input=text)
    assert by_arg.exit_code == 0 and by_stdin.exit_code == 0
    assert json.loads(by_arg.stdout)["label"] == json.loads(by_stdin.stdout)["label"]


def test_empty_narrative_exits_with_a_clear_error(tiny_model_dir):
    result = runner.invoke(app, ["classify", "  ", "--model", str(tiny_model_dir)])
    assert result.exit_code == 2
    assert "empty" in result.output

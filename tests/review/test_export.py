"""`rightfirst export-audits`: JSONL and Parquet that `datasets` loads, and the agreement figures it prints."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cli.main import app as cli
from model.audit import audit
from model.settings import Settings, get_settings
from storage import Database, create_api_key, record_audit
from storage.audit_export import EXPORT_FIELDS, cohen_kappa
from storage.review import Reviewer, case_for_review, decide
from tests.review.conftest import FEAR, UNDER_RECORDED, UNSURE

REQUIRED = {"id", "case_id", "text", "label", "decided_by", "decided_at", "model_version", "suggested_label", "recorded_label"}


@pytest.fixture
def data_dir(tmp_path, monkeypatch, fake_classifier):
    """A data directory holding five decided cases, two of them with a second review."""
    data = tmp_path / "data"
    monkeypatch.setenv("RIGHTFIRST_DATA_DIR", str(data))
    monkeypatch.delenv("RIGHTFIRST_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    database = Database.from_settings(Settings(data_dir=data))
    with database.session() as session:
        ann = create_api_key(session, "registrar", "ann").record
        bob = create_api_key(session, "registrar", "bob").record
        people = {n: Reviewer(k.id, k.name, k.role, 0) for n, k in (("ann", ann), ("bob", bob))}

    def case(text: str, recorded: str) -> int:
        suggestion = fake_classifier.classify(text)
        result = audit(suggestion, recorded)
        with database.session() as session:
            row, _ = record_audit(session, narrative=text, recorded=recorded, recorded_label=result.recorded_label,
                                  suggestion=suggestion, verdict=result.verdict, reasons=result.reasons)
            return row.id

    def decision(case_id: int, who: str, label: str, reason: str = "", second: bool = False) -> None:
        with database.session() as session:
            shown = case_for_review(session, case_id).suggestion.id
            decide(session, case_id, people[who], label=label, reason=reason, suggestion_id=shown, second_review=second)

    a, b, c = case(UNDER_RECORDED, "harassment"), case(FEAR, "harassment"), case(UNSURE, "8L")
    d, e = case(UNDER_RECORDED + " Again.", "harassment"), case(UNDER_RECORDED + " Twice.", "harassment")
    decision(a, "ann", "stalking")
    decision(b, "ann", "harassment", "fear on one occasion only")
    decision(c, "bob", "harassment")
    decision(d, "ann", "harassment", "a single journey", second=True)
    decision(d, "bob", "stalking")
    decision(e, "bob", "no_offence", "lawful purpose", second=True)
    decision(e, "ann", "no_offence", "agree: a bailiff")
    database.dispose()
    yield data
    get_settings.cache_clear()


def _figures(output: str) -> dict[str, str]:
    found = {}
    for line in output.splitlines():
        if line.startswith("registrar vs"):
            name, rest = line.split(":", 1)
            found[name] = rest
    return found


def test_jsonl_export_loads_with_datasets_and_prints_agreement(data_dir, tmp_path):
    import datasets

    out = tmp_path / "audits.jsonl"
    result = CliRunner().invoke(cli, ["export-audits", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote 5 audited labels to {out} (jsonl)" in result.output

    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 5 and all(REQUIRED <= set(line) for line in lines)
    assert [line["label"] for line in lines] == ["stalking", "harassment", "harassment", "stalking", "no_offence"]
    assert lines[3]["second_review"] is True and lines[3]["decisions"] == 2 and "(bob)" in lines[3]["decided_by"]

    loaded = datasets.load_dataset("json", data_files=str(out), split="train")
    assert loaded.num_rows == 5 and tuple(loaded.column_names) == EXPORT_FIELDS
    assert loaded[1]["text"] == FEAR and loaded[1]["suggested_label"] == "harassment_fear_of_violence"

    # Final labels vs the suggestions shown, and first vs second registrar on the two second reviews.
    registrar = ["stalking", "harassment", "harassment", "stalking", "no_offence"]
    model = ["stalking", "harassment_fear_of_violence", "harassment", "stalking", "stalking"]
    figures = _figures(result.output)
    assert "n=5  agreement=0.600" in figures["registrar vs model"]
    assert f"Cohen's kappa={cohen_kappa(registrar, model):.3f}" in figures["registrar vs model"]
    assert "n=2  agreement=0.500" in figures["registrar vs registrar"]
    assert f"Cohen's kappa={cohen_kappa(['harassment', 'no_offence'], ['stalking', 'no_offence']):.3f}" in figures[
        "registrar vs registrar"
    ]


def test_parquet_export_and_every_decision(data_dir, tmp_path):
    import datasets

    out = tmp_path / "audits.parquet"
    result = CliRunner().invoke(cli, ["export-audits", "--output", str(out), "--all-decisions"])
    assert result.exit_code == 0, result.output
    assert "wrote 7 decisions" in result.output and "(parquet)" in result.output
    loaded = datasets.load_dataset("parquet", data_files=str(out), split="train")
    assert loaded.num_rows == 7 and tuple(loaded.column_names) == EXPORT_FIELDS
    assert loaded.features["second_review"].dtype == "bool" and loaded.features["case_id"].dtype == "int64"


def test_an_empty_export_is_still_a_valid_file(tmp_path, monkeypatch):
    monkeypatch.setenv("RIGHTFIRST_DATA_DIR", str(tmp_path / "empty"))
    get_settings.cache_clear()
    try:
        out = tmp_path / "none.parquet"
        result = CliRunner().invoke(cli, ["export-audits", "-o", str(out), "--format", "parquet"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "wrote 0 audited labels" in result.output and "n=0" in result.output and "undefined" in result.output
    import pyarrow.parquet as pq

    assert pq.read_table(out).schema.names == list(EXPORT_FIELDS)

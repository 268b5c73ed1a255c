"""The HTML report renders every section, embeds its figures and keeps narrative text out."""

from __future__ import annotations

import json

from evaluation.metrics import compare, evaluate, gate_reasons
from evaluation.report import render_html
from model.taxonomy import LABELS


def _worse(predictions):
    out = [dict(p) for p in predictions]
    out[0]["label"] = "harassment"
    out[0]["confidence"] = 0.95
    return out


def test_report_renders_tables_and_figures(tmp_path, records, perfect_predictions):
    report = evaluate(records, _worse(perfect_predictions))
    paths = render_html(report, tmp_path / "report.html", title="Fixture report")
    page = paths["html"].read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("data:image/png;base64,") == 3  # confusion, reliability, risk-coverage
    for label in LABELS:
        assert label in page
    for voice in ("officer_summary", "victim_statement", "call_log"):
        assert voice in page
    assert "Per label" in page and "Per voice" in page and "Evidence spans" in page
    assert "fx-01" in page  # the error, by reference
    for r in records:
        assert r["text"] not in page
    assert "Champion against challenger" not in page

    figures = json.loads(paths["figures"].read_text(encoding="utf-8"))
    assert figures["confusion_matrix"]["labels"] == list(LABELS)
    assert sum(map(sum, figures["confusion_matrix"]["matrix"])) == len(records)
    assert len(figures["reliability_diagram"]["bins"]) == 15
    assert figures["risk_coverage"]["points"]


def test_report_comparison_section_and_text_on_request(tmp_path, records, perfect_predictions):
    champion = evaluate(records, perfect_predictions)
    challenger = evaluate(records, _worse(perfect_predictions))
    comparison = compare(champion, challenger)
    reasons = gate_reasons(comparison, recall_alpha=1.0)  # refuse on every recall drop, so a recall reason shows
    texts = {r["id"]: r["text"] for r in records}
    paths = render_html(challenger, tmp_path / "cmp.html", comparison=comparison, champion=champion,
                        gate_reasons=reasons, texts=texts, show_text=True)
    page = paths["html"].read_text(encoding="utf-8")
    assert "Champion against challenger" in page
    assert "McNemar" in page and "refused" in page
    assert "recall of stalking" in page
    assert "McNemar on its items b/c, p" in page  # the per-label paired test beside each label's change
    # Asked for explicitly: the erroneous narrative is shown (HTML-escaped).
    assert records[0]["text"].split(".")[0] in page
    figures = json.loads(paths["figures"].read_text(encoding="utf-8"))
    assert figures["comparison"]["gate_reasons"] == reasons

"""evaluation.rules_check and `rightfirst check-rules`: the rules alone, on gold spans."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cli.main import app
from evaluation.rules_check import rules_on_gold_spans
from model.taxonomy import ELEMENT_NAMES


def _record(text, label, pieces, **elements):
    spans = []
    for piece, subtype in pieces:
        start = text.index(piece)
        spans.append({"start": start, "end": start + len(piece), "subtype": subtype, "text": piece})
    return {"id": label, "text": text, "label": label, "spans": spans,
            "elements": dict.fromkeys(ELEMENT_NAMES, False) | elements}


STALKING = _record(
    "He waited outside her work on 3 occasions and says they are meant to be together.", "stalking",
    [("waited outside her work", "STALK_LOITER"), ("on 3 occasions", "REPETITION"),
     ("says they are meant to be together", "FIXATION")],
    course_of_conduct=True, stalking_behaviour=True)
# Gold says one threat, and fear: the rules must not make it s.4 (fear needs two occasions).
ONE_THREAT = _record(
    "Her neighbour shouted at her on 2/3 and on 9/3. On 9/3 he said he would stab her. She is terrified of him.",
    "harassment",
    [("shouted at her", "STALK_CONTACT"), ("he said he would stab her", "THREAT_VIOLENCE"),
     ("She is terrified of him", "FEAR_OF_VIOLENCE")],
    course_of_conduct=True)


def test_rules_reach_the_gold_from_gold_spans():
    report = rules_on_gold_spans([STALKING, ONE_THREAT])
    assert report["n"] == 2 and report["label_accuracy"] == 1.0 and report["confusions"] == []
    assert report["elements"]["fear_of_violence"] == 1.0


def test_disagreements_are_counted_by_label_never_text():
    wrong = dict(ONE_THREAT, label="harassment_fear_of_violence",
                 elements=dict(ONE_THREAT["elements"], fear_of_violence=True))
    report = rules_on_gold_spans([STALKING, wrong])
    assert report["label_accuracy"] == 0.5 and report["elements"]["fear_of_violence"] == 0.5
    assert report["confusions"] == [{"gold": "harassment_fear_of_violence", "rules": "harassment", "count": 1}]
    assert "stab" not in json.dumps(report)
    with pytest.raises(ValueError):
        rules_on_gold_spans([])


def test_check_rules_command(tmp_path):
    data = tmp_path / "gold.jsonl"
    data.write_text("\n".join(json.dumps(dict(r, meta={"split": "a"})) for r in (STALKING, ONE_THREAT)) + "\n")
    out = tmp_path / "rules.json"
    result = CliRunner().invoke(app, ["check-rules", "--data", str(data), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "rules on gold spans" in result.output and "(gold -> rules): none" in result.output
    assert json.loads(out.read_text())["gold"]["label_accuracy"] == 1.0
    only = CliRunner().invoke(app, ["check-rules", "--data", str(data), "--split", "b"])
    assert only.exit_code == 2 and "no records of split 'b'" in only.output
    # Two sets under one name would overwrite each other's report: refused.
    twice = CliRunner().invoke(app, ["check-rules", "--data", str(data), "--data", str(data)])
    assert twice.exit_code == 2 and "both be called 'gold'" in twice.output

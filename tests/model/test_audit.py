"""Audit verdicts and their plain-words reasons (pure logic over hand-built Suggestions)."""

from __future__ import annotations

import pytest

from model.audit import AuditResult, audit, resolve_recorded, short_statute
from model.errors import UnknownClassification
from model.suggestion import Element, EvidenceSpan, Suggestion
from model.taxonomy import ELEMENT_NAMES, LABELS, load_taxonomy

TEXT = "SECRETWORDS " * 40  # span texts come from here; no reason may ever contain them


def make(label: str, spans: list[tuple[str, str]] = (), *, needs_review=False, occasions=3, alternative=None,
         review_reasons=()) -> Suggestion:
    offence = load_taxonomy().offence(label)
    evidence = [
        EvidenceSpan(start=i * 12, end=i * 12 + 11, type=type_, subtype=subtype, text=TEXT[i * 12 : i * 12 + 11], score=0.9)
        for i, (type_, subtype) in enumerate(spans)
    ]
    probabilities = {name: (0.92 if name == label else 0.01) for name in LABELS}
    return Suggestion(
        label=label,
        offence=offence.display_name,
        statute=offence.statute,
        hocr_code=offence.hocr_code,
        confidence=0.92 if not needs_review else 0.5,
        probabilities=probabilities,
        elements={name: Element(status="unclear") for name in ELEMENT_NAMES},
        spans=evidence,
        occasions=occasions,
        needs_review=needs_review,
        review_reasons=list(review_reasons),
        alternative_offence=alternative,
        model_version="test",
    )


STALKING_SPANS = [
    ("SURVEILLANCE", "STALK_FOLLOW"),
    ("REPETITION", "REPETITION"),
    ("SURVEILLANCE", "STALK_LOITER"),
    ("FIXATION", "FIXATION"),
]


def test_misrecorded_stalking_names_the_stalking_evidence():
    result = audit(make("stalking", STALKING_SPANS), "harassment")
    assert result == AuditResult(
        "likely_misclassified",
        ["recorded as harassment, but following, loitering and a fixation marker point to stalking (PHA s.2A)"],
        "harassment",
    )


@pytest.mark.parametrize(("recorded", "expected_label"), [("stalking", "stalking"), ("8Q", "stalking"), (" 8q ", "stalking"), ("Stalking", "stalking")])
def test_agree_by_label_or_code(recorded, expected_label):
    result = audit(make("stalking", STALKING_SPANS), recorded)
    assert result.verdict == "agree"
    assert result.recorded_label == expected_label
    assert "support" in result.reasons[0]


def test_code_covering_the_suggestion_agrees():
    # 8L covers both s.2 and s.4: a s.4 suggestion agrees with a recorded 8L.
    result = audit(make("harassment_fear_of_violence", [("THREAT", "THREAT_VIOLENCE")]), "8L")
    assert (result.verdict, result.recorded_label) == ("agree", "harassment_fear_of_violence")


def test_code_not_covering_the_suggestion_reads_as_its_basic_form():
    result = audit(make("stalking", STALKING_SPANS), "8L")
    assert result.verdict == "likely_misclassified"
    assert result.recorded_label == "harassment"
    assert result.reasons[0].startswith("recorded as 8L (harassment), but following")


def test_needs_review_wins_even_when_labels_match():
    suggestion = make("stalking", STALKING_SPANS, needs_review=True, review_reasons=["occasions are months apart"])
    result = audit(suggestion, "stalking")
    assert result.verdict == "needs_review"
    assert "registrar should decide" in result.reasons[0]
    assert result.reasons[1] == "occasions are months apart"


def test_no_offence_explains_the_missing_course_of_conduct_and_hints():
    result = audit(make("no_offence", [("CONTACT", "STALK_CONTACT")], occasions=1, alternative="MALICIOUS_COMMS"), "8L")
    assert result.verdict == "likely_misclassified"
    assert "only one occasion was found" in result.reasons[0]
    assert "PHA s.7(3)" in result.reasons[0]
    assert result.reasons[1] == "the facts may fit malicious comms (Malicious Communications Act 1988 s.1) instead"


def test_recorded_no_offence_but_a_course_of_conduct():
    result = audit(make("harassment", [("CONTACT", "STALK_CONTACT"), ("REPETITION", "REPETITION")]), "no_offence")
    assert result.reasons == ["recorded as no offence, but repeated contact and repeated occasions point to harassment (PHA s.2)"]


def test_over_recorded_stalking_says_what_is_missing():
    result = audit(make("harassment", [("CONTACT", "STALK_CONTACT")]), "stalking_fear_alarm_distress")
    assert result.verdict == "likely_misclassified"
    assert any("no act associated with stalking" in r for r in result.reasons)
    assert any(r.startswith("neither fear of violence") and "PHA s.4A" in r for r in result.reasons)


def test_aggravation_both_ways():
    up = audit(make("aggravated_harassment", [("HOSTILITY", "RACIAL_HOSTILITY"), ("REPETITION", "REPETITION")]), "harassment")
    assert up.reasons[0] == (
        "recorded as harassment, but racial hostility points to racially or religiously aggravated harassment "
        "(CDA s.32(1)(a) with PHA s.2)"
    )
    down = audit(make("harassment", [("CONTACT", "STALK_CONTACT")]), "8M")
    assert "no racial or religious hostility (CDA 1998 s.28) was found" in down.reasons


def test_fear_of_violence_upgrade_names_threats():
    result = audit(make("stalking_fear_alarm_distress", STALKING_SPANS + [("THREAT", "THREAT_VIOLENCE"), ("DISTRESS_IMPACT", "SERIOUS_IMPACT")]), "stalking")
    assert "threats of violence" in result.reasons[0]
    assert "a substantial effect on day-to-day life" in result.reasons[0]
    assert result.reasons[0].endswith("(PHA s.4A)")


def test_reasons_without_relevant_spans_still_say_where_it_points():
    result = audit(make("stalking", []), "harassment")
    assert result.reasons == ["recorded as harassment, but the evidence points to stalking (PHA s.2A)"]


@pytest.mark.parametrize("recorded", LABELS)
@pytest.mark.parametrize("label", LABELS)
def test_every_pair_gives_a_verdict_and_never_quotes_the_narrative(label, recorded):
    all_spans = [(t, s) for t, subtypes in load_taxonomy().evidence_types.items() for s in subtypes]
    result = audit(make(label, all_spans, alternative="THREATS_TO_KILL"), recorded)
    assert result.verdict == ("agree" if label == recorded else "likely_misclassified")
    assert result.reasons and all(r and r[0].islower() for r in result.reasons)
    assert "SECRETWORDS" not in " ".join(result.reasons)


@pytest.mark.parametrize("recorded", ["", "   ", "burglary", "8R", "8Z", "stalking!"])
def test_unknown_recorded_classification(recorded):
    with pytest.raises(UnknownClassification) as info:
        resolve_recorded(recorded)
    assert info.value.status_code == 422 and info.value.code == "unknown_classification"
    if recorded.strip():
        assert recorded.strip() not in info.value.message


def test_resolve_accepts_spaces_and_hyphens():
    assert resolve_recorded("Aggravated-Harassment") == ("aggravated_harassment",)
    assert resolve_recorded("stalking fear alarm distress") == ("stalking_fear_alarm_distress",)
    assert resolve_recorded("8m") == load_taxonomy().labels_for_code("8M")


def test_short_statute():
    assert short_statute("Protection from Harassment Act 1997 s.2A") == "PHA s.2A"
    assert short_statute(
        "Crime and Disorder Act 1998 s.32(1)(b) (Protection from Harassment Act 1997 s.4A)"
    ) == "CDA s.32(1)(b) with PHA s.4A"
    assert short_statute(None) is None

"""Cases, suggestions, the append-only decision trail, the review queue and the retention purge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from model.suggestion import Suggestion
from storage import (
    Case,
    NotFound,
    count_open,
    decisions_for_case,
    get_case,
    purge_narratives,
    record_audit,
    record_decision,
    review_queue,
)
from storage.models import Decision, SuggestionRecord

NARRATIVE = "He followed her from the station on four occasions and says they are meant to be together."


@pytest.fixture
def suggestion(fake_classifier) -> Suggestion:
    return fake_classifier.classify(NARRATIVE)


def _audit(session, suggestion, verdict="likely_misclassified", reference="R1"):
    case, record = record_audit(
        session,
        narrative=NARRATIVE,
        recorded="harassment",
        recorded_label="harassment",
        suggestion=suggestion,
        verdict=verdict,
        reasons=["recorded as harassment, but following points to stalking"],
        reference=reference,
    )
    return case.id, record.id


def test_audit_stores_case_and_full_suggestion(database, suggestion):
    with database.session() as session:
        case_id, suggestion_id = _audit(session, suggestion)
    with database.session() as session:
        case = get_case(session, case_id)
        assert case.narrative == NARRATIVE
        assert (case.recorded, case.recorded_label, case.status, case.verdict) == (
            "harassment", "harassment", "open", "likely_misclassified",
        )
        assert case.verdict_reasons == ["recorded as harassment, but following points to stalking"]
        assert case.created_at.tzinfo is not None and case.created_at.utcoffset() == timedelta(0)
        stored = session.get(SuggestionRecord, suggestion_id)
        assert stored.model_version == suggestion.model_version
        assert Suggestion.model_validate(stored.output) == suggestion


def test_agree_closes_and_others_queue(database, suggestion):
    with database.session() as session:
        agreed, _ = _audit(session, suggestion, verdict="agree", reference="A")
        first, _ = _audit(session, suggestion, verdict="likely_misclassified", reference="B")
        second, _ = _audit(session, suggestion, verdict="needs_review", reference="C")
    with database.session() as session:
        assert get_case(session, agreed).status == "closed"
        assert get_case(session, agreed).closed_at is not None
        queue = review_queue(session)
        assert [q.case_id for q in queue] == [first, second]
        assert [q.reference for q in queue] == ["B", "C"]
        assert queue[0].suggested_label == suggestion.label
        assert count_open(session) == 2
        assert review_queue(session, limit=1, offset=1)[0].case_id == second


def test_decision_closes_case_and_keeps_who_what_why(database, suggestion):
    with database.session() as session:
        case_id, suggestion_id = _audit(session, suggestion)
    with database.session() as session:
        decision = record_decision(
            session, case_id, decided_by="key 2 (desk 4)", label="stalking", reason="pattern of following"
        )
        decision_id = decision.id
    with database.session() as session:
        case = get_case(session, case_id)
        assert case.status == "closed" and case.closed_at is not None
        assert review_queue(session) == []
        (stored,) = decisions_for_case(session, case_id)
        assert stored.id == decision_id
        assert (stored.decided_by, stored.label, stored.reason) == ("key 2 (desk 4)", "stalking", "pattern of following")
        assert stored.suggestion_id == suggestion_id  # the suggestion shown
        assert stored.model_version == suggestion.model_version
        assert stored.second_review is False
        assert stored.decided_at.tzinfo is not None


def test_second_review_appends_without_closing(database, suggestion):
    with database.session() as session:
        case_id, _ = _audit(session, suggestion)
        record_decision(session, case_id, decided_by="a", label="harassment", close_case=False)
        record_decision(session, case_id, decided_by="b", label="stalking", second_review=True)
    with database.session() as session:
        decisions = decisions_for_case(session, case_id)
        assert [(d.decided_by, d.label, d.second_review) for d in decisions] == [
            ("a", "harassment", False), ("b", "stalking", True),
        ]


@pytest.mark.parametrize("statement", ["UPDATE decisions SET label = 'no_offence'", "DELETE FROM decisions"])
def test_decisions_are_append_only_in_the_database(database, suggestion, statement):
    with database.session() as session:
        case_id, _ = _audit(session, suggestion)
        record_decision(session, case_id, decided_by="a", label="stalking")
    with pytest.raises(DBAPIError, match="append-only"):
        with database.session() as session:
            session.execute(text(statement))
    with database.session() as session:
        assert [d.label for d in decisions_for_case(session, case_id)] == ["stalking"]


def test_decision_for_a_missing_case_is_not_found(database):
    with database.session() as session, pytest.raises(NotFound):
        record_decision(session, 12345, decided_by="a", label="stalking")


def test_foreign_keys_are_enforced(database):
    with pytest.raises(IntegrityError):
        with database.session() as session:
            session.add(SuggestionRecord(case_id=999, model_version="v", label="stalking", output={}))
            session.flush()


def test_status_and_verdict_are_constrained(database, suggestion):
    with pytest.raises(IntegrityError):
        with database.session() as session:
            case_id, _ = _audit(session, suggestion)
            session.execute(text("UPDATE cases SET status = 'lost' WHERE id = :i"), {"i": case_id})


def test_purge_clears_old_closed_narratives_and_keeps_decisions(database, suggestion):
    now = datetime.now(UTC)
    with database.session() as session:
        old_closed, old_suggestion = _audit(session, suggestion, reference="old")
        record_decision(session, old_closed, decided_by="a", label="stalking", reason="following")
        recent_closed, _ = _audit(session, suggestion, reference="recent")
        record_decision(session, recent_closed, decided_by="a", label="stalking")
        old_open, _ = _audit(session, suggestion, reference="open")
        # Age the first and third cases: closed (or opened) 40 days ago.
        for case_id in (old_closed, old_open):
            case = session.get(Case, case_id)
            case.created_at = now - timedelta(days=41)
            if case.status == "closed":
                case.closed_at = now - timedelta(days=40)

    with database.session() as session:
        assert purge_narratives(session, older_than_days=30, now=now) == 1
    with database.session() as session:
        purged = get_case(session, old_closed)
        assert purged.narrative is None and purged.narrative_purged_at is not None
        assert [d.reason for d in decisions_for_case(session, old_closed)] == ["following"]
        output = session.get(SuggestionRecord, old_suggestion).output
        assert output["label"] == suggestion.label and output["spans"]
        assert all(span["text"] == "" for span in output["spans"])
        assert [s["start"] for s in output["spans"]] == [s.start for s in suggestion.spans]
        assert get_case(session, recent_closed).narrative == NARRATIVE
        assert get_case(session, old_open).narrative == NARRATIVE  # open cases wait for their registrar
    with database.session() as session:
        assert purge_narratives(session, older_than_days=30, now=now) == 0  # already done


def test_purge_refuses_negative_days(database):
    with database.session() as session, pytest.raises(ValueError):
        purge_narratives(session, older_than_days=-1)


def test_times_round_trip_as_utc(database, suggestion):
    with database.session() as session:
        case_id, _ = _audit(session, suggestion)
        stamp = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
        session.get(Case, case_id).closed_at = stamp
    with database.session() as session:
        closed_at = session.scalar(select(Case.closed_at).where(Case.id == case_id))
        assert closed_at == stamp and closed_at.tzinfo is not None


def test_decision_row_model_is_importable():
    assert Decision.__tablename__ == "decisions"

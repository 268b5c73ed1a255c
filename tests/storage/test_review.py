"""storage.review and storage.audit_export on SQLite and on PostgreSQL: the queue's order and filters,
decisions and second reviews, sign-in sessions, and the audited-label export with its agreement figures."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from model.audit import audit
from storage import Database, create_api_key, record_audit, revoke_api_key
from storage.audit_export import EXPORT_FIELDS, agreement, audited_labels, cohen_kappa
from storage.review import (
    DecisionRefused,
    InvalidDecision,
    QueueFilters,
    Reviewer,
    case_for_review,
    decide,
    end_review_session,
    lowers_stalking,
    next_case_id,
    queue_counts,
    resolve_review_session,
    review_queue,
    second_review_queue,
    start_review_session,
)
from tests.review.conftest import FEAR, UNDER_RECORDED, UNSURE

POSTGRES_URL = os.environ.get("RIGHTFIRST_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
AGREE = "He followed her home again and waited outside her flat every night; he says he is obsessed with her."


def _postgres_database():
    """A Database on its own schema of the test PostgreSQL (so runs in parallel do not collide)."""
    schema = f"rf_review_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except DBAPIError as exc:
        admin.dispose()
        pytest.skip(f"PostgreSQL not reachable at RIGHTFIRST_TEST_POSTGRES_URL ({type(exc).__name__})")
    database = Database(POSTGRES_URL, connect_args={"options": f"-csearch_path={schema}"})

    def drop():
        database.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return database, drop


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request, tmp_path):
    if request.param == "sqlite":
        db = Database(f"sqlite:///{tmp_path / 'review.db'}")
        yield db
        db.dispose()
    else:
        db, drop = _postgres_database()
        try:
            yield db
        finally:
            drop()


@pytest.fixture
def reviewers(database) -> dict[str, Reviewer]:
    with database.session() as session:
        made = {}
        for name in ("ann", "bob"):
            key = create_api_key(session, "registrar", name).record
            made[name] = Reviewer(key_id=key.id, name=key.name, role=key.role, session_id=0)
        return made


@pytest.fixture
def seed(database, fake_classifier):
    def add(text: str, recorded: str, *, days_ago: int = 0) -> int:
        suggestion = fake_classifier.classify(text)
        result = audit(suggestion, recorded)
        with database.session() as session:
            case, _ = record_audit(
                session,
                narrative=text,
                recorded=recorded,
                recorded_label=result.recorded_label,
                suggestion=suggestion,
                verdict=result.verdict,
                reasons=result.reasons,
            )
            if days_ago:
                case.created_at = datetime.now(UTC) - timedelta(days=days_ago)
            return case.id

    return add


def _suggestion_id(database, case_id: int) -> int:
    with database.session() as session:
        return case_for_review(session, case_id).suggestion.id


def test_the_review_migration_keeps_a_single_alembic_head():
    from alembic.script import ScriptDirectory

    from storage import alembic_config

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"several Alembic heads {heads}: chain the newest migration after the other"
    revisions = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    assert "0002_review_sessions" in revisions


# --- the queue -------------------------------------------------------------------------------


def test_queue_puts_under_recorded_stalking_first_then_confidence(database, seed):
    unsure = seed(UNSURE, "harassment")  # needs_review, confidence 0.55
    fear = seed(FEAR, "harassment")  # likely_misclassified, confidence 0.9, not stalking
    agree = seed(AGREE, "stalking")  # agree: never in the queue
    under = seed(UNDER_RECORDED, "8L")  # stalking suggested, harassment recorded: first despite being newest
    with database.session() as session:
        items = review_queue(session)
        counts = queue_counts(session)
    assert [i.case_id for i in items] == [under, fear, unsure]
    assert agree not in [i.case_id for i in items]
    assert items[0].under_recorded_stalking and items[0].suggested_label == "stalking"
    assert [i.confidence for i in items] == pytest.approx([0.9, 0.9, 0.55])
    assert (counts.waiting, counts.likely_misclassified, counts.needs_review) == (3, 2, 1)
    assert (counts.under_recorded_stalking, counts.second_review, counts.matching) == (1, 0, 3)


def test_queue_filters_and_counts(database, seed):
    under = seed(UNDER_RECORDED, "harassment", days_ago=10)
    fear = seed(FEAR, "harassment", days_ago=3)
    unsure = seed(UNSURE, "harassment")
    today = date.today()

    def ids(**kw):
        with database.session() as session:
            return [i.case_id for i in review_queue(session, QueueFilters(**kw))], queue_counts(
                session, QueueFilters(**kw)
            ).matching

    assert ids(suggested="stalking") == ([under], 1)
    assert ids(recorded="harassment")[1] == 3
    assert ids(recorded="stalking") == ([], 0)
    assert ids(verdict="needs_review") == ([unsure], 1)
    assert ids(date_from=today - timedelta(days=5)) == ([fear, unsure], 2)
    assert ids(date_to=today - timedelta(days=5)) == ([under], 1)
    assert ids(date_from=today - timedelta(days=4), date_to=today - timedelta(days=2)) == ([fear], 1)
    # Unknown values are dropped rather than matching nothing.
    assert ids(suggested="not_a_label", verdict="agree")[1] == 3


def test_next_case_walks_the_queue_in_order(database, seed, reviewers):
    under = seed(UNDER_RECORDED, "harassment")
    fear = seed(FEAR, "harassment")
    unsure = seed(UNSURE, "harassment")
    with database.session() as session:
        assert next_case_id(session, None) == under
        assert next_case_id(session, None, after=under) == fear
        assert next_case_id(session, None, after=unsure) == under  # wraps round
        assert next_case_id(session, QueueFilters(verdict="needs_review"), after=unsure) is None


# --- decisions -------------------------------------------------------------------------------


def test_accepting_needs_no_reason_and_closes_the_case(database, seed, reviewers):
    case_id = seed(UNDER_RECORDED, "harassment")
    shown = _suggestion_id(database, case_id)
    with database.session() as session:
        decision = decide(session, case_id, reviewers["ann"], label="stalking", suggestion_id=shown)
    with database.session() as session:
        view = case_for_review(session, case_id)
        assert view.stage == "closed" and view.case.status == "closed"
        assert decision.decided_by == f"key {reviewers['ann'].key_id} (ann)"
        assert decision.decided_by_key_id == reviewers["ann"].key_id
        assert (decision.model_version, decision.suggestion_id) == ("fake-0.1", shown)
        assert review_queue(session) == []


def test_a_decision_that_differs_needs_a_reason(database, seed, reviewers):
    case_id = seed(UNDER_RECORDED, "harassment")
    shown = _suggestion_id(database, case_id)
    with pytest.raises(InvalidDecision, match="reason"), database.session() as session:
        decide(session, case_id, reviewers["ann"], label="harassment", reason="   ", suggestion_id=shown)
    with pytest.raises(InvalidDecision, match="nine labels"), database.session() as session:
        decide(session, case_id, reviewers["ann"], label="burglary", reason="x", suggestion_id=shown)
    with database.session() as session:
        assert case_for_review(session, case_id).decisions == []
        decision = decide(session, case_id, reviewers["ann"], label="harassment", reason=" one trip ", suggestion_id=shown)
        assert decision.reason == "one trip"


def test_refuses_a_stale_suggestion_and_a_second_decision(database, seed, reviewers, fake_classifier):
    from storage import add_suggestion, get_case

    case_id = seed(UNDER_RECORDED, "harassment")
    old = _suggestion_id(database, case_id)
    with database.session() as session:  # the case is re-audited while the registrar has it open
        add_suggestion(session, get_case(session, case_id), fake_classifier.classify(UNDER_RECORDED))
    with pytest.raises(DecisionRefused, match="newer suggestion"), database.session() as session:
        decide(session, case_id, reviewers["ann"], label="stalking", suggestion_id=old)
    new = _suggestion_id(database, case_id)
    with database.session() as session:
        decide(session, case_id, reviewers["ann"], label="stalking", suggestion_id=new)
    with pytest.raises(DecisionRefused, match="already been decided"), database.session() as session:
        decide(session, case_id, reviewers["bob"], label="stalking", suggestion_id=new)


def test_second_review_flow(database, seed, reviewers):
    case_id = seed(UNDER_RECORDED, "harassment")
    fear_case = seed(FEAR, "harassment")
    shown = _suggestion_id(database, case_id)
    # Only lowering a stalking suggestion may be sent for a second review.
    assert lowers_stalking("stalking", "harassment") and lowers_stalking("stalking", "no_offence")
    assert not lowers_stalking("stalking", "aggravated_stalking") and not lowers_stalking("harassment", "no_offence")
    with pytest.raises(InvalidDecision, match="second review"), database.session() as session:
        decide(session, case_id, reviewers["ann"], label="stalking", suggestion_id=shown, second_review=True)
    with pytest.raises(InvalidDecision, match="second review"), database.session() as session:
        decide(session, fear_case, reviewers["ann"], label="no_offence", reason="x",
               suggestion_id=_suggestion_id(database, fear_case), second_review=True)

    with database.session() as session:
        decide(session, case_id, reviewers["ann"], label="harassment", reason="one occasion", suggestion_id=shown,
               second_review=True)
    with database.session() as session:
        assert case_for_review(session, case_id).stage == "second"
        assert case_id not in [i.case_id for i in review_queue(session)]
        second = second_review_queue(session)
        assert [(i.case_id, i.first_label, i.first_decided_by_key_id) for i in second] == [
            (case_id, "harassment", reviewers["ann"].key_id)
        ]
        assert queue_counts(session).second_review == 1
        # Ann's own flagged case is not offered to her as the next one.
        assert next_case_id(session, QueueFilters(verdict="needs_review"), exclude_key_id=reviewers["ann"].key_id) is None
        assert next_case_id(session, QueueFilters(verdict="needs_review"), exclude_key_id=reviewers["bob"].key_id) == case_id

    with pytest.raises(DecisionRefused, match="different registrar"), database.session() as session:
        decide(session, case_id, reviewers["ann"], label="harassment", reason="again", suggestion_id=shown)
    with pytest.raises(InvalidDecision, match="already the second review"), database.session() as session:
        decide(session, case_id, reviewers["bob"], label="no_offence", reason="x", suggestion_id=shown, second_review=True)
    with database.session() as session:
        decide(session, case_id, reviewers["bob"], label="stalking", suggestion_id=shown)
    with database.session() as session:
        view = case_for_review(session, case_id)
        assert view.stage == "closed"
        assert [(d.label, d.second_review) for d in view.decisions] == [("harassment", True), ("stalking", False)]
        assert second_review_queue(session) == []


def test_decisions_stay_append_only(database, seed, reviewers):
    case_id = seed(UNDER_RECORDED, "harassment")
    with database.session() as session:
        decide(session, case_id, reviewers["ann"], label="stalking", suggestion_id=_suggestion_id(database, case_id))
    with pytest.raises(DBAPIError), database.session() as session:
        session.execute(text("UPDATE decisions SET label = 'no_offence'"))


# --- sessions --------------------------------------------------------------------------------


def test_review_sessions(database):
    with database.session() as session:
        registrar = create_api_key(session, "registrar", "ann").record
        system = create_api_key(session, "system", "records").record
        _, token = start_review_session(session, registrar, lifetime=timedelta(hours=8))
        _, short = start_review_session(session, registrar, lifetime=timedelta(seconds=1))
        with pytest.raises(InvalidDecision):
            start_review_session(session, system, lifetime=timedelta(hours=1))
    with database.session() as session:
        who = resolve_review_session(session, token)
        assert who is not None and (who.key_id, who.role, who.name) == (registrar.id, "registrar", "ann")
        assert resolve_review_session(session, token + "x") is None
        assert resolve_review_session(session, short, now=datetime.now(UTC) + timedelta(seconds=5)) is None
        assert end_review_session(session, token) is True
    with database.session() as session:
        assert resolve_review_session(session, token) is None
        _, token2 = start_review_session(session, registrar, lifetime=timedelta(hours=8))
        revoke_api_key(session, registrar.id)
    with database.session() as session:
        assert resolve_review_session(session, token2) is None  # revoking the key ends its sessions
        stored = session.execute(text("SELECT token_hash FROM review_sessions")).scalars().all()
        assert token2 not in stored and all(len(h) == 64 for h in stored)


# --- export and agreement ----------------------------------------------------------------------


def test_cohen_kappa_matches_the_textbook_and_sklearn():
    from sklearn.metrics import cohen_kappa_score

    # Two raters, 50 items: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no -> kappa 0.4 (the classic example).
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b))
    labels = ["stalking", "harassment", "no_offence", "stalking", "harassment", "stalking", "no_offence"]
    other = ["stalking", "stalking", "no_offence", "stalking", "harassment", "harassment", "harassment"]
    assert cohen_kappa(labels, other) == pytest.approx(cohen_kappa_score(labels, other))
    assert cohen_kappa(labels, labels) == pytest.approx(1.0)
    assert cohen_kappa([], []) is None
    assert cohen_kappa(["x", "x"], ["x", "x"]) is None  # chance agreement is 1: undefined
    with pytest.raises(ValueError):
        cohen_kappa(["x"], [])


def test_audited_labels_and_agreement(database, seed, reviewers):
    under = seed(UNDER_RECORDED, "harassment")
    fear = seed(FEAR, "harassment")
    unsure = seed(UNSURE, "harassment")
    flagged = seed(UNDER_RECORDED + " Again.", "harassment")
    pending = seed(UNDER_RECORDED + " Twice.", "harassment")
    ann, bob = reviewers["ann"], reviewers["bob"]
    with database.session() as session:
        decide(session, under, ann, label="stalking", suggestion_id=_suggestion_id(database, under))
        decide(session, fear, ann, label="harassment", reason="no fear on two occasions",
               suggestion_id=_suggestion_id(database, fear))
        decide(session, unsure, bob, label="harassment", suggestion_id=_suggestion_id(database, unsure))
        decide(session, flagged, ann, label="no_offence", reason="one occasion",
               suggestion_id=_suggestion_id(database, flagged), second_review=True)
        decide(session, pending, ann, label="harassment", reason="single trip",
               suggestion_id=_suggestion_id(database, pending), second_review=True)
    with database.session() as session:
        decide(session, flagged, bob, label="harassment", reason="two messages make a course",
               suggestion_id=_suggestion_id(database, flagged))

    with database.session() as session:
        rows, purged = audited_labels(session)
        every, _ = audited_labels(session, all_decisions=True)
        figures = agreement(session)
    assert purged == 0
    assert [r["case_id"] for r in rows] == [under, fear, unsure, flagged]  # 'pending' awaits its second review
    assert all(tuple(r) == EXPORT_FIELDS for r in rows)
    by_case = {r["case_id"]: r for r in rows}
    assert by_case[flagged]["label"] == "harassment" and by_case[flagged]["second_review"] is True
    assert by_case[flagged]["decided_by"] == f"key {bob.key_id} (bob)"
    assert by_case[fear]["suggested_label"] == "harassment_fear_of_violence"
    assert by_case[fear]["recorded_label"] == "harassment" and by_case[fear]["text"] == FEAR
    assert by_case[under]["model_version"] == "fake-0.1"
    datetime.fromisoformat(by_case[under]["decided_at"])
    assert len(every) == 6

    # Registrar vs model over the four final decisions: stalking=stalking, harassment vs fear, harassment=harassment,
    # harassment vs stalking.
    model = figures["registrar_vs_model"]
    assert model.n == 4 and model.agreement == pytest.approx(0.5)
    assert model.kappa == pytest.approx(
        cohen_kappa(["stalking", "harassment", "harassment", "harassment"],
                    ["stalking", "harassment_fear_of_violence", "harassment", "stalking"])
    )
    peers = figures["registrar_vs_registrar"]
    assert (peers.n, peers.agreement) == (1, 0.0)
    assert peers.kappa == pytest.approx(0.0)


def test_export_leaves_out_purged_narratives(database, seed, reviewers):
    from storage import purge_narratives

    case_id = seed(UNDER_RECORDED, "harassment")
    with database.session() as session:
        decide(session, case_id, reviewers["ann"], label="stalking", suggestion_id=_suggestion_id(database, case_id))
    with database.session() as session:
        assert purge_narratives(session, older_than_days=0, now=datetime.now(UTC) + timedelta(seconds=1)) == 1
    with database.session() as session:
        rows, purged = audited_labels(session)
        assert (rows, purged) == ([], 1)
        assert agreement(session)["registrar_vs_model"].n == 1  # the decision still counts for agreement

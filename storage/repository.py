"""Cases, suggestions, decisions, the review queue and the retention purge.

Every function takes an open Session (``Database.session()``) so that callers compose them in one
transaction; none commits by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from model.suggestion import Suggestion
from storage.errors import NotFound
from storage.models import Case, Decision, SuggestionRecord, utcnow


def create_case(
    session: Session,
    *,
    narrative: str,
    recorded: str,
    recorded_label: str,
    reference: str | None = None,
    submitted_by_key_id: int | None = None,
) -> Case:
    now = utcnow()
    case = Case(
        reference=reference,
        narrative=narrative,
        recorded=recorded,
        recorded_label=recorded_label,
        status="open",
        verdict=None,
        verdict_reasons=[],
        submitted_by_key_id=submitted_by_key_id,
        created_at=now,
        updated_at=now,
    )
    session.add(case)
    session.flush()
    return case


def add_suggestion(session: Session, case: Case, suggestion: Suggestion) -> SuggestionRecord:
    record = SuggestionRecord(
        case_id=case.id,
        model_version=suggestion.model_version,
        label=suggestion.label,
        output=suggestion.model_dump(mode="json"),
        created_at=utcnow(),
    )
    session.add(record)
    session.flush()
    return record


def set_verdict(session: Session, case: Case, verdict: str, reasons: list[str]) -> Case:
    """Store the audit verdict; anything but ``agree`` leaves the case open, i.e. in the review queue."""
    now = utcnow()
    case.verdict = verdict
    case.verdict_reasons = list(reasons)
    case.updated_at = now
    if verdict == "agree":
        case.status, case.closed_at = "closed", now
    else:
        case.status, case.closed_at = "open", None
    session.flush()
    return case


def record_audit(
    session: Session,
    *,
    narrative: str,
    recorded: str,
    recorded_label: str,
    suggestion: Suggestion,
    verdict: str,
    reasons: list[str],
    reference: str | None = None,
    submitted_by_key_id: int | None = None,
) -> tuple[Case, SuggestionRecord]:
    case = create_case(
        session,
        narrative=narrative,
        recorded=recorded,
        recorded_label=recorded_label,
        reference=reference,
        submitted_by_key_id=submitted_by_key_id,
    )
    record = add_suggestion(session, case, suggestion)
    set_verdict(session, case, verdict, reasons)
    return case, record


def get_case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"no case with id {case_id}")
    return case


def latest_suggestion(session: Session, case_id: int) -> SuggestionRecord | None:
    return session.scalar(
        select(SuggestionRecord).where(SuggestionRecord.case_id == case_id).order_by(SuggestionRecord.id.desc()).limit(1)
    )


@dataclass(frozen=True)
class QueueEntry:
    case_id: int
    reference: str | None
    recorded: str
    recorded_label: str
    suggested_label: str | None
    model_version: str | None
    verdict: str | None
    reasons: list[str]
    created_at: datetime


def review_queue(session: Session, *, limit: int = 50, offset: int = 0) -> list[QueueEntry]:
    """Open cases, oldest first, each with its latest suggestion's label (no narrative text)."""
    latest = (
        select(SuggestionRecord.case_id, func.max(SuggestionRecord.id).label("suggestion_id"))
        .group_by(SuggestionRecord.case_id)
        .subquery()
    )
    rows = session.execute(
        select(Case, SuggestionRecord.label, SuggestionRecord.model_version)
        .outerjoin(latest, latest.c.case_id == Case.id)
        .outerjoin(SuggestionRecord, SuggestionRecord.id == latest.c.suggestion_id)
        .where(Case.status == "open")
        .order_by(Case.created_at, Case.id)
        .limit(limit)
        .offset(offset)
    )
    return [
        QueueEntry(
            case_id=case.id,
            reference=case.reference,
            recorded=case.recorded,
            recorded_label=case.recorded_label,
            suggested_label=label,
            model_version=version,
            verdict=case.verdict,
            reasons=list(case.verdict_reasons or []),
            created_at=case.created_at,
        )
        for case, label, version in rows
    ]


def count_open(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Case).where(Case.status == "open")) or 0


def record_decision(
    session: Session,
    case_id: int,
    *,
    decided_by: str,
    label: str,
    reason: str = "",
    suggestion_id: int | None = None,
    model_version: str | None = None,
    second_review: bool = False,
    decided_by_key_id: int | None = None,
    close_case: bool = True,
) -> Decision:
    """Append a decision to the audit trail; by default the decision also closes the case."""
    case = get_case(session, case_id)
    if suggestion_id is None:
        shown = latest_suggestion(session, case_id)
        if shown is not None:
            suggestion_id, model_version = shown.id, model_version or shown.model_version
    now = utcnow()
    decision = Decision(
        case_id=case.id,
        suggestion_id=suggestion_id,
        decided_by=decided_by,
        decided_by_key_id=decided_by_key_id,
        decided_at=now,
        label=label,
        reason=reason,
        model_version=model_version,
        second_review=second_review,
    )
    session.add(decision)
    if close_case:
        case.status, case.closed_at, case.updated_at = "closed", now, now
    session.flush()
    return decision


def decisions_for_case(session: Session, case_id: int) -> list[Decision]:
    return list(session.scalars(select(Decision).where(Decision.case_id == case_id).order_by(Decision.id)))


def purge_narratives(session: Session, *, older_than_days: int, now: datetime | None = None) -> int:
    """Clear the narrative text of cases closed more than ``older_than_days`` ago.

    The decisions and the suggestions' labels, elements and span offsets stay (they are the audit
    trail and the retraining record); the span texts, being narrative excerpts, are blanked too.
    Returns how many cases were purged.
    """
    if older_than_days < 0:
        raise ValueError("older_than_days must be zero or more")
    now = now or utcnow()
    cutoff = now - timedelta(days=older_than_days)
    case_ids = list(
        session.scalars(
            select(Case.id).where(
                Case.status == "closed",
                Case.closed_at.is_not(None),
                Case.closed_at <= cutoff,
                Case.narrative_purged_at.is_(None),
            )
        )
    )
    if not case_ids:
        return 0
    for record in session.scalars(select(SuggestionRecord).where(SuggestionRecord.case_id.in_(case_ids))):
        output = dict(record.output)
        output["spans"] = [{**span, "text": ""} for span in output.get("spans", [])]
        record.output = output
    session.execute(
        update(Case)
        .where(Case.id.in_(case_ids))
        .values(narrative=None, narrative_purged_at=now, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    session.flush()
    return len(case_ids)

"""The registrar's review: the queue, decisions with a second review, and sign-in sessions.

Builds on ``storage.repository`` (cases, suggestions, the append-only decisions table). Like it,
every function takes an open Session and never commits by itself.

A case moves through three states here:

- **waiting**: open, verdict ``likely_misclassified`` or ``needs_review``, no decision yet;
- **second review**: open, its only decision was marked for a second registrar (allowed only when
  that decision lowers a stalking suggestion to harassment or no offence);
- **closed**: decided (by one registrar, or by the second one).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Float, ForeignKey, Integer, String, and_, case, cast, exists, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from model.errors import RightfirstError
from model.taxonomy import LABELS, load_taxonomy
from storage.errors import NotFound
from storage.models import ApiKey, Base, Case, Decision, SuggestionRecord, UTCDateTime, utcnow
from storage.repository import get_case, latest_suggestion, record_decision

QUEUE_VERDICTS: tuple[str, ...] = ("likely_misclassified", "needs_review")
REVIEW_ROLES: tuple[str, ...] = ("registrar", "admin")
MAX_REASON_CHARS = 2_000


def _labels_with_behaviour(*behaviours: str) -> tuple[str, ...]:
    return tuple(o.name for o in load_taxonomy().offences if o.behaviour in behaviours)


# From the taxonomy's factors, so an April change of labels needs no change here.
STALKING_LABELS: tuple[str, ...] = _labels_with_behaviour("stalking")
HARASSMENT_LABELS: tuple[str, ...] = _labels_with_behaviour("harassment")
LOWER_THAN_STALKING: tuple[str, ...] = _labels_with_behaviour("harassment", "none")


def is_under_recorded_stalking(suggested: str | None, recorded: str | None) -> bool:
    """The pattern the queue puts first: the model sees stalking where the force recorded harassment."""
    return suggested in STALKING_LABELS and recorded in HARASSMENT_LABELS


def lowers_stalking(suggested: str | None, decided: str | None) -> bool:
    """A decision that takes a stalking suggestion down to harassment or no offence (may get a second review)."""
    return suggested in STALKING_LABELS and decided in LOWER_THAN_STALKING


class DecisionRefused(RightfirstError):
    """The decision cannot be recorded in the case's current state (already decided, stale view...)."""

    status_code = 409
    code = "decision_refused"


class InvalidDecision(RightfirstError):
    """The decision itself is incomplete or not allowed (no reason, unknown label...)."""

    status_code = 422
    code = "invalid_decision"


# --- sign-in sessions ------------------------------------------------------------------------


class ReviewSession(Base):
    """A registrar's signed-in browser session. Only the token's hash is stored (like API keys)."""

    __tablename__ = "review_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("api_keys.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


@dataclass(frozen=True)
class Reviewer:
    """Who is signed in: the registrar's key (id, name, role) and the session it came through."""

    key_id: int
    name: str
    role: str
    session_id: int

    @property
    def who(self) -> str:
        # The same form as the API's Caller.who, so the audit trail reads alike from both shells.
        return f"key {self.key_id} ({self.name})"


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start_review_session(session: Session, key: ApiKey, *, lifetime: timedelta) -> tuple[ReviewSession, str]:
    """A new session for an active registrar/admin key; returns the record and the token (shown once)."""
    if key.role not in REVIEW_ROLES or key.revoked_at is not None:
        raise InvalidDecision("only an active registrar or admin key can sign in to the review page")
    token = secrets.token_urlsafe(32)
    now = utcnow()
    record = ReviewSession(token_hash=_token_hash(token), key_id=key.id, created_at=now, expires_at=now + lifetime)
    session.add(record)
    session.flush()
    return record, token


def resolve_review_session(session: Session, token: str, *, now: datetime | None = None) -> Reviewer | None:
    """The reviewer behind a session token, or None if it is unknown, expired, signed out or its key revoked."""
    if not token or len(token) > 200:
        return None
    now = now or utcnow()
    row = session.execute(
        select(ReviewSession, ApiKey)
        .join(ApiKey, ApiKey.id == ReviewSession.key_id)
        .where(ReviewSession.token_hash == _token_hash(token))
    ).first()
    if row is None:
        return None
    record, key = row
    if record.ended_at is not None or record.expires_at <= now:
        return None
    if key.revoked_at is not None or key.role not in REVIEW_ROLES:
        return None
    return Reviewer(key_id=key.id, name=key.name, role=key.role, session_id=record.id)


def end_review_session(session: Session, token: str) -> bool:
    """Sign out: the token stops working at once, even if a copy of the cookie survives."""
    record = session.scalar(select(ReviewSession).where(ReviewSession.token_hash == _token_hash(token)))
    if record is None or record.ended_at is not None:
        return False
    record.ended_at = utcnow()
    session.flush()
    return True


# --- the queue -------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueFilters:
    """What the registrar narrowed the queue to. Unknown values are dropped by ``clean``."""

    suggested: str | None = None
    recorded: str | None = None
    verdict: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def clean(self) -> QueueFilters:
        return QueueFilters(
            suggested=self.suggested if self.suggested in LABELS else None,
            recorded=self.recorded if self.recorded in LABELS else None,
            verdict=self.verdict if self.verdict in QUEUE_VERDICTS else None,
            date_from=self.date_from,
            date_to=self.date_to,
        )

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.suggested, self.recorded, self.verdict, self.date_from, self.date_to))


@dataclass(frozen=True)
class ReviewItem:
    """One queue row (no narrative text)."""

    case_id: int
    reference: str | None
    recorded: str
    recorded_label: str
    suggested_label: str | None
    confidence: float | None
    model_version: str | None
    verdict: str | None
    created_at: datetime
    under_recorded_stalking: bool
    # For the second-review list: the first decision.
    first_label: str | None = None
    first_decided_by: str | None = None
    first_decided_by_key_id: int | None = None
    first_decided_at: datetime | None = None


@dataclass(frozen=True)
class QueueCounts:
    waiting: int
    likely_misclassified: int
    needs_review: int
    under_recorded_stalking: int
    second_review: int
    matching: int  # waiting cases that pass the filters


def _latest_suggestion_ids():
    return (
        select(SuggestionRecord.case_id, func.max(SuggestionRecord.id).label("suggestion_id"))
        .group_by(SuggestionRecord.case_id)
        .subquery()
    )


def _confidence_expr():
    # JSON path works on SQLite (json_extract) and PostgreSQL (->>) alike.
    return cast(SuggestionRecord.output["confidence"].as_float(), Float)


def _under_recorded_expr():
    return and_(SuggestionRecord.label.in_(STALKING_LABELS), Case.recorded_label.in_(HARASSMENT_LABELS))


def _has_decision():
    return exists().where(Decision.case_id == Case.id)


def _awaiting_second_review():
    return exists().where(Decision.case_id == Case.id, Decision.second_review.is_(True))


def _waiting_conditions() -> list:
    return [Case.status == "open", Case.verdict.in_(QUEUE_VERDICTS), ~_has_decision()]


def _filter_conditions(filters: QueueFilters) -> list:
    f = filters.clean()
    conditions = []
    if f.suggested:
        conditions.append(SuggestionRecord.label == f.suggested)
    if f.recorded:
        conditions.append(Case.recorded_label == f.recorded)
    if f.verdict:
        conditions.append(Case.verdict == f.verdict)
    if f.date_from:
        conditions.append(Case.created_at >= _utc_midnight(f.date_from))
    if f.date_to:
        conditions.append(Case.created_at < _utc_midnight(f.date_to + timedelta(days=1)))
    return conditions


def _utc_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _queue_select(*columns):
    latest = _latest_suggestion_ids()
    return (
        select(*columns)
        .select_from(Case)
        .outerjoin(latest, latest.c.case_id == Case.id)
        .outerjoin(SuggestionRecord, SuggestionRecord.id == latest.c.suggestion_id)
    )


def _ordering():
    # Under-recorded stalking first, then the surest suggestions (the quickest to confirm), then oldest.
    return (
        case((_under_recorded_expr(), 0), else_=1),
        _confidence_expr().desc().nulls_last(),
        Case.created_at,
        Case.id,
    )


def _item(case_row: Case, label: str | None, version: str | None, confidence: float | None, **extra) -> ReviewItem:
    return ReviewItem(
        case_id=case_row.id,
        reference=case_row.reference,
        recorded=case_row.recorded,
        recorded_label=case_row.recorded_label,
        suggested_label=label,
        confidence=float(confidence) if confidence is not None else None,
        model_version=version,
        verdict=case_row.verdict,
        created_at=case_row.created_at,
        under_recorded_stalking=is_under_recorded_stalking(label, case_row.recorded_label),
        **extra,
    )


def review_queue(
    session: Session, filters: QueueFilters | None = None, *, limit: int = 100, offset: int = 0
) -> list[ReviewItem]:
    """Cases waiting for a first decision, in the order a registrar should take them."""
    filters = filters or QueueFilters()
    rows = session.execute(
        _queue_select(Case, SuggestionRecord.label, SuggestionRecord.model_version, _confidence_expr())
        .where(*_waiting_conditions(), *_filter_conditions(filters))
        .order_by(*_ordering())
        .limit(limit)
        .offset(offset)
    )
    return [_item(c, label, version, conf) for c, label, version, conf in rows]


def queue_case_ids(session: Session, filters: QueueFilters | None = None, *, limit: int = 10_000) -> list[int]:
    """The ids of the waiting cases in queue order (for 'next case' navigation)."""
    filters = filters or QueueFilters()
    return list(
        session.scalars(
            _queue_select(Case.id)
            .where(*_waiting_conditions(), *_filter_conditions(filters))
            .order_by(*_ordering())
            .limit(limit)
        )
    )


def second_review_queue(session: Session, *, limit: int = 100) -> list[ReviewItem]:
    """Open cases whose first decision asked for a second registrar, oldest decision first."""
    first = (
        select(Decision.case_id, func.min(Decision.id).label("decision_id"))
        .where(Decision.second_review.is_(True))
        .group_by(Decision.case_id)
        .subquery()
    )
    rows = session.execute(
        _queue_select(Case, SuggestionRecord.label, SuggestionRecord.model_version, _confidence_expr(), Decision)
        .join(first, first.c.case_id == Case.id)
        .join(Decision, Decision.id == first.c.decision_id)
        .where(Case.status == "open")
        .order_by(Decision.decided_at, Case.id)
        .limit(limit)
    )
    return [
        _item(
            c,
            label,
            version,
            conf,
            first_label=d.label,
            first_decided_by=d.decided_by,
            first_decided_by_key_id=d.decided_by_key_id,
            first_decided_at=d.decided_at,
        )
        for c, label, version, conf, d in rows
    ]


def queue_counts(session: Session, filters: QueueFilters | None = None) -> QueueCounts:
    filters = filters or QueueFilters()
    under = _under_recorded_expr()
    total, misclassified, review, under_recorded = session.execute(
        _queue_select(
            func.count(Case.id),
            func.coalesce(func.sum(case((Case.verdict == "likely_misclassified", 1), else_=0)), 0),
            func.coalesce(func.sum(case((Case.verdict == "needs_review", 1), else_=0)), 0),
            func.coalesce(func.sum(case((under, 1), else_=0)), 0),
        ).where(*_waiting_conditions())
    ).one()
    matching = session.scalar(
        _queue_select(func.count(Case.id)).where(*_waiting_conditions(), *_filter_conditions(filters))
    )
    second = session.scalar(
        select(func.count(Case.id)).where(Case.status == "open", _awaiting_second_review())
    )
    return QueueCounts(
        waiting=int(total or 0),
        likely_misclassified=int(misclassified or 0),
        needs_review=int(review or 0),
        under_recorded_stalking=int(under_recorded or 0),
        second_review=int(second or 0),
        matching=int(matching or 0),
    )


# --- one case and its decision ----------------------------------------------------------------


@dataclass
class CaseForReview:
    case: Case
    suggestion: SuggestionRecord | None
    decisions: list[Decision] = field(default_factory=list)

    @property
    def stage(self) -> str:
        """'first' (waiting), 'second' (awaiting a second registrar) or 'closed'."""
        if self.case.status != "open":
            return "closed"
        if self.decisions and self.decisions[-1].second_review:
            return "second"
        if self.decisions:
            return "closed"  # decided but left open by another tool: nothing more to decide here
        return "first"

    @property
    def first_decision(self) -> Decision | None:
        return self.decisions[0] if self.decisions else None


def case_for_review(session: Session, case_id: int) -> CaseForReview:
    case_row = get_case(session, case_id)
    decisions = list(session.scalars(select(Decision).where(Decision.case_id == case_id).order_by(Decision.id)))
    return CaseForReview(case=case_row, suggestion=latest_suggestion(session, case_id), decisions=decisions)


def decide(
    session: Session,
    case_id: int,
    reviewer: Reviewer,
    *,
    label: str,
    reason: str = "",
    suggestion_id: int | None,
    second_review: bool = False,
) -> Decision:
    """Validate and append a registrar's decision; closes the case unless a second review is asked for.

    ``suggestion_id`` is the suggestion the registrar was shown: the decision is refused if the case
    has been re-audited since (the registrar must see what they are deciding on).
    """
    case_row = session.get(Case, case_id, with_for_update=True)  # one decision at a time per case
    if case_row is None:
        raise NotFound(f"no case with id {case_id}")
    view = CaseForReview(
        case=case_row,
        suggestion=latest_suggestion(session, case_id),
        decisions=list(session.scalars(select(Decision).where(Decision.case_id == case_id).order_by(Decision.id))),
    )
    stage = view.stage
    if stage == "closed":
        raise DecisionRefused(f"case {case_id} has already been decided; its decisions are in the audit trail")
    if label not in LABELS:
        raise InvalidDecision("choose one of the nine labels")
    shown = view.suggestion
    if shown is not None and suggestion_id != shown.id:
        raise DecisionRefused(
            f"case {case_id} has a newer suggestion than the one on your screen; reload the case and decide again"
        )
    if shown is None and suggestion_id is not None:
        raise DecisionRefused(f"case {case_id} has no suggestion; reload the case")
    suggested = shown.label if shown else None
    reason = (reason or "").strip()
    if len(reason) > MAX_REASON_CHARS:
        raise InvalidDecision(f"the reason is longer than {MAX_REASON_CHARS} characters; shorten it")
    if label != suggested and not reason:
        raise InvalidDecision("give a reason: the decision differs from the suggestion")
    if stage == "second":
        first = view.first_decision
        if first is not None and first.decided_by_key_id == reviewer.key_id:
            raise DecisionRefused("a second review must be made by a different registrar")
        if second_review:
            raise InvalidDecision("this is already the second review; it cannot ask for another")
    if second_review and not lowers_stalking(suggested, label):
        raise InvalidDecision(
            "only a decision that lowers a stalking suggestion to harassment or no offence can be sent "
            "for a second review"
        )
    return record_decision(
        session,
        case_id,
        decided_by=reviewer.who,
        decided_by_key_id=reviewer.key_id,
        label=label,
        reason=reason,
        suggestion_id=shown.id if shown else None,
        model_version=shown.model_version if shown else None,
        second_review=second_review,
        close_case=not second_review,
    )


def next_case_id(
    session: Session, filters: QueueFilters | None, *, after: int | None = None, exclude_key_id: int | None = None
) -> int | None:
    """The case to open next: the one after ``after`` in queue order, else the queue's first.

    When the waiting queue is empty, the oldest second review that someone other than
    ``exclude_key_id`` can take.
    """
    ids = queue_case_ids(session, filters)
    if after in ids:
        position = ids.index(after)
        rest = ids[position + 1 :] + ids[:position]
        if rest:
            return rest[0]
    elif ids:
        return ids[0]
    for item in second_review_queue(session, limit=50):
        if item.case_id != after and item.first_decided_by_key_id != exclude_key_id:
            return item.case_id
    return None


__all__ = [
    "HARASSMENT_LABELS",
    "LOWER_THAN_STALKING",
    "QUEUE_VERDICTS",
    "REVIEW_ROLES",
    "STALKING_LABELS",
    "CaseForReview",
    "DecisionRefused",
    "InvalidDecision",
    "QueueCounts",
    "QueueFilters",
    "ReviewItem",
    "ReviewSession",
    "Reviewer",
    "case_for_review",
    "decide",
    "end_review_session",
    "is_under_recorded_stalking",
    "lowers_stalking",
    "next_case_id",
    "queue_case_ids",
    "queue_counts",
    "resolve_review_session",
    "review_queue",
    "second_review_queue",
    "start_review_session",
]

"""Tables: cases, suggestions, decisions (the append-only audit trail) and api_keys.

Times are stored in UTC. Narrative text lives only in ``cases.narrative`` and inside the stored
Suggestion's span texts; the retention purge clears both and keeps everything else.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

ROLES: tuple[str, ...] = ("system", "registrar", "admin")
CASE_STATUSES: tuple[str, ...] = ("open", "closed")  # open = waiting in the review queue


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive text, so normalise there)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use an aware UTC datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# JSONB on PostgreSQL (indexable, compact); plain JSON text elsewhere.
JSONType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    pass


class ApiKey(Base):
    __tablename__ = "api_keys"
    __table_args__ = (CheckConstraint("role IN ('system', 'registrar', 'admin')", name="ck_api_keys_role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    # SHA-256 of the whole key; the key itself is shown once and never stored.
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The first characters of the key, so an operator can tell keys apart in `keys list`.
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'closed')", name="ck_cases_status"),
        CheckConstraint(
            "verdict IS NULL OR verdict IN ('agree', 'likely_misclassified', 'needs_review')", name="ck_cases_verdict"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    # Nullable: the retention purge clears it on closed cases after retention_days.
    narrative: Mapped[str | None] = mapped_column(Text, nullable=True)
    narrative_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    recorded: Mapped[str] = mapped_column(String(64), doc="The classification as the force sent it (label or code)")
    recorded_label: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), index=True, default="open")
    verdict: Mapped[str | None] = mapped_column(String(32), nullable=True)
    verdict_reasons: Mapped[list[str]] = mapped_column(JSONType, default=list)
    submitted_by_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True, index=True)

    suggestions: Mapped[list[SuggestionRecord]] = relationship(
        back_populates="case", order_by="SuggestionRecord.id", lazy="selectin"
    )
    decisions: Mapped[list[Decision]] = relationship(back_populates="case", order_by="Decision.id", lazy="selectin")


class SuggestionRecord(Base):
    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    model_version: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(String(64))
    output: Mapped[dict[str, Any]] = mapped_column(JSONType, doc="The full Suggestion as JSON")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    case: Mapped[Case] = relationship(back_populates="suggestions")


class Decision(Base):
    """A registrar's decision. Append-only: database triggers refuse UPDATE and DELETE."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    suggestion_id: Mapped[int | None] = mapped_column(ForeignKey("suggestions.id"), nullable=True)
    decided_by: Mapped[str] = mapped_column(String(100), doc="Key id and name of whoever decided")
    decided_by_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), nullable=True)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    label: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    model_version: Mapped[str | None] = mapped_column(String(100), nullable=True)
    second_review: Mapped[bool] = mapped_column(Boolean, default=False)

    case: Mapped[Case] = relationship(back_populates="decisions")

"""The Suggestion: the one result type every shell (CLI, API, review page) returns."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ElementStatus = Literal["met", "not_met", "unclear"]


class EvidenceSpan(BaseModel):
    """A stretch of the narrative that supports an element. ``text == narrative[start:end]``."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    type: str = Field(description="One of the eight evidence types, e.g. SURVEILLANCE")
    subtype: str | None = Field(default=None, description="Finer type, e.g. STALK_LOITER")
    text: str
    score: float = Field(ge=0.0, le=1.0, description="Model confidence in the span's type")


class Element(BaseModel):
    """One legal element: whether it is established, and which spans (indices into ``spans``) show it."""

    model_config = ConfigDict(extra="forbid")

    status: ElementStatus
    spans: list[int] = Field(default_factory=list)
    note: str = Field(default="", description="Plain-words reason, never narrative text")


class Suggestion(BaseModel):
    model_config = ConfigDict(extra="forbid", protected_namespaces=())

    label: str
    offence: str = Field(description="Display name of the offence")
    statute: str | None
    hocr_code: str | None = Field(description="Home Office Counting Rules classification code")
    confidence: float = Field(ge=0.0, le=1.0)
    probabilities: dict[str, float] = Field(description="Calibrated probability of each of the nine labels")
    elements: dict[str, Element]
    spans: list[EvidenceSpan]
    occasions: int | None = Field(default=None, description="Occasions counted by the rules, if any")
    needs_review: bool
    review_reasons: list[str] = Field(default_factory=list)
    alternative_offence: str | None = Field(
        default=None, description="For no_offence: the offence the facts may fit instead (hint only)"
    )
    model_version: str

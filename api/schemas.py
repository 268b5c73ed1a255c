"""Request and response models of the records-system API, each with an OpenAPI example."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from model.suggestion import Suggestion

# --- examples (one invented narrative, spans computed so text[start:end] == span text) ----------

EXAMPLE_NARRATIVE = (
    "Between 3 and 17 May the suspect, a former colleague, followed the victim from the station on four "
    "occasions and waited outside her workplace most mornings. She has blocked his number. He told her "
    "friends they are meant to be together."
)


def _span(phrase: str, type_: str, subtype: str, score: float) -> dict[str, Any]:
    start = EXAMPLE_NARRATIVE.index(phrase)
    return {"start": start, "end": start + len(phrase), "type": type_, "subtype": subtype, "text": phrase, "score": score}


EXAMPLE_SUGGESTION: dict[str, Any] = {
    "label": "stalking",
    "offence": "Stalking",
    "statute": "Protection from Harassment Act 1997 s.2A",
    "hocr_code": "8Q",
    "confidence": 0.88,
    "probabilities": {
        "no_offence": 0.01,
        "harassment": 0.07,
        "harassment_fear_of_violence": 0.01,
        "stalking": 0.88,
        "stalking_fear_alarm_distress": 0.02,
        "aggravated_harassment": 0.0,
        "aggravated_harassment_fear_of_violence": 0.0,
        "aggravated_stalking": 0.01,
        "aggravated_stalking_fear_alarm_distress": 0.0,
    },
    "elements": {
        "course_of_conduct": {"status": "met", "spans": [0, 1], "note": "four occasions between 3 and 17 May"},
        "stalking_behaviour": {"status": "met", "spans": [0, 2, 4], "note": "following and loitering with a fixation marker"},
        "fear_of_violence": {"status": "not_met", "spans": [], "note": ""},
        "serious_alarm_distress": {"status": "not_met", "spans": [], "note": ""},
        "racial_religious_hostility": {"status": "not_met", "spans": [], "note": ""},
    },
    "spans": [
        _span("followed the victim from the station", "SURVEILLANCE", "STALK_FOLLOW", 0.96),
        _span("on four occasions", "REPETITION", "REPETITION", 0.93),
        _span("waited outside her workplace most mornings", "SURVEILLANCE", "STALK_LOITER", 0.91),
        _span("She has blocked his number", "FIXATION", "UNWANTED", 0.84),
        _span("they are meant to be together", "FIXATION", "FIXATION", 0.9),
    ],
    "occasions": 4,
    "needs_review": False,
    "review_reasons": [],
    "alternative_offence": None,
    "model_version": "2026.04.1",
}

EXAMPLE_REASONS = [
    "recorded as harassment, but following, loitering, contact the victim did not want and a fixation marker "
    "point to stalking (PHA s.2A)"
]


def _error_example(code: str, message: str, details: list | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details or []}}


def _reject_unstorable(value: str | None) -> str | None:
    # NUL cannot be stored in PostgreSQL text and lone surrogates cannot be encoded as UTF-8.
    if value is None:
        return value
    if "\x00" in value:
        raise ValueError("must not contain the NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode (no unpaired surrogate escapes)") from None
    return value


Reference = Field(
    default=None,
    max_length=200,
    description="The caller's own reference for the record (crime or incident number); echoed back, stored with audits",
)


# --- requests --------------------------------------------------------------------------------


class ClassifyRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"text": EXAMPLE_NARRATIVE, "reference": "CRI/2026/004512"}]},
    )

    text: str = Field(description="The incident narrative: not empty, at most max_text_chars characters (default 20,000)")
    reference: str | None = Reference

    _check_reference = field_validator("reference")(_reject_unstorable)


class BatchItem(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"text": EXAMPLE_NARRATIVE, "reference": "CRI/2026/004512"}]}
    )

    text: str = Field(description="The incident narrative; an empty or over-long one fails on its own, not the batch")
    reference: str | None = Reference

    _check_reference = field_validator("reference")(_reject_unstorable)


class BatchRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "items": [
                        {"text": EXAMPLE_NARRATIVE, "reference": "CRI/2026/004512"},
                        {"text": "   ", "reference": "CRI/2026/004513"},
                    ]
                }
            ]
        },
    )

    items: list[BatchItem] = Field(min_length=1, description="1 to max_batch_items (default 256) narratives")


class AuditRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"text": EXAMPLE_NARRATIVE, "recorded": "harassment", "reference": "CRI/2026/004512"}]
        },
    )

    text: str = Field(description="The incident narrative, as for /v1/classify")
    recorded: str = Field(
        max_length=64,
        description="The classification the force recorded: a label name (GET /v1/offences) or a counting-rules code (8L, 8M, 8Q)",
    )
    reference: str | None = Reference

    _check_reference = field_validator("reference")(_reject_unstorable)


class KeyCreateRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"role": "system", "name": "niche-rms nightly batch"}]}
    )

    role: Literal["system", "registrar", "admin"]
    name: str | None = Field(default=None, max_length=100, description="Who or what holds the key")

    _check_name = field_validator("name")(_reject_unstorable)


# --- responses -------------------------------------------------------------------------------


class ErrorInfo(BaseModel):
    code: str = Field(description="Stable machine-readable code, e.g. narrative_too_long")
    message: str = Field(description="What was wrong and what to do; never quotes the request")
    details: list[dict[str, Any]] = Field(default_factory=list)


class ErrorResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [_error_example("invalid_narrative", "text is empty or only whitespace; send the narrative")]}
    )

    error: ErrorInfo


class ClassifyResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reference": "CRI/2026/004512", "suggestion": EXAMPLE_SUGGESTION}]}
    )

    reference: str | None
    suggestion: Suggestion


class BatchResult(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"index": 0, "reference": "CRI/2026/004512", "suggestion": EXAMPLE_SUGGESTION, "error": None}]
        }
    )

    index: int = Field(description="Position of the item in the request")
    reference: str | None
    suggestion: Suggestion | None = None
    error: ErrorInfo | None = None


class BatchResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "results": [
                        {"index": 0, "reference": "CRI/2026/004512", "suggestion": EXAMPLE_SUGGESTION, "error": None},
                        {
                            "index": 1,
                            "reference": "CRI/2026/004513",
                            "suggestion": None,
                            "error": {
                                "code": "invalid_narrative",
                                "message": "text is empty or only whitespace; send the narrative",
                                "details": [],
                            },
                        },
                    ],
                    "succeeded": 1,
                    "failed": 1,
                }
            ]
        }
    )

    results: list[BatchResult]
    succeeded: int
    failed: int


class AuditResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "case_id": 42,
                    "reference": "CRI/2026/004512",
                    "recorded": "harassment",
                    "recorded_label": "harassment",
                    "verdict": "likely_misclassified",
                    "reasons": EXAMPLE_REASONS,
                    "in_review_queue": True,
                    "suggestion": EXAMPLE_SUGGESTION,
                }
            ]
        }
    )

    case_id: int = Field(description="The stored case; non-agree cases wait in the review queue")
    reference: str | None
    recorded: str = Field(description="The recorded classification as sent")
    recorded_label: str = Field(description="The label the recorded classification was read as")
    verdict: Literal["agree", "likely_misclassified", "needs_review"]
    reasons: list[str] = Field(description="Plain-words reasons; they never quote the narrative")
    in_review_queue: bool
    suggestion: Suggestion


class OffenceInfo(BaseModel):
    label: str
    display_name: str
    statute: str | None
    hocr_code: str | None
    behaviour: str
    severity: str
    aggravation: str


class OffencesResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "version": "2026-04",
                    "labels": [
                        {
                            "label": "stalking",
                            "display_name": "Stalking",
                            "statute": "Protection from Harassment Act 1997 s.2A",
                            "hocr_code": "8Q",
                            "behaviour": "stalking",
                            "severity": "basic",
                            "aggravation": "none",
                        }
                    ],
                    "codes": {"8L": ["harassment", "harassment_fear_of_violence"], "8Q": ["stalking", "stalking_fear_alarm_distress"]},
                    "evidence_types": {"SURVEILLANCE": ["STALK_FOLLOW", "STALK_TURN_UP", "STALK_LOITER", "STALK_WATCH", "STALK_MONITOR"]},
                    "elements": {"course_of_conduct": "A course of conduct amounting to harassment: at least two connected occasions"},
                }
            ]
        }
    )

    version: str
    labels: list[OffenceInfo]
    codes: dict[str, list[str]] = Field(description="Counting-rules code -> the labels it covers (accepted by /v1/audit)")
    evidence_types: dict[str, list[str]]
    elements: dict[str, str]


class ModelResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"version": "2026.04.1", "card": {"base_model": "all-MiniLM-L6-v2", "metrics": {"macro_f1": 0.87}}}]
        }
    )

    version: str
    card: dict[str, Any]


class KeyInfo(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 3,
                    "name": "niche-rms nightly batch",
                    "role": "system",
                    "prefix": "rf_Xq3v9Lk2",
                    "created_at": "2026-04-02T09:15:00Z",
                    "revoked_at": None,
                }
            ]
        }
    )

    id: int
    name: str
    role: str
    prefix: str = Field(description="The key's first characters, to tell keys apart")
    created_at: datetime
    revoked_at: datetime | None = None


class KeyCreated(KeyInfo):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 3,
                    "name": "niche-rms nightly batch",
                    "role": "system",
                    "prefix": "rf_Xq3v9Lk2",
                    "created_at": "2026-04-02T09:15:00Z",
                    "revoked_at": None,
                    "key": "rf_Xq3v9Lk2mZ0bW7nR4tY1uP8sD5fG6hJ3kL0zX9cV2b",
                }
            ]
        }
    )

    key: str = Field(description="The key itself: shown only in this response, store it now")


class KeyList(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "keys": [
                        {
                            "id": 1,
                            "name": "admin",
                            "role": "admin",
                            "prefix": "rf_A1b2C3d4",
                            "created_at": "2026-04-01T08:00:00Z",
                            "revoked_at": None,
                        }
                    ]
                }
            ]
        }
    )

    keys: list[KeyInfo]


class QueueItem(BaseModel):
    case_id: int
    reference: str | None
    recorded: str
    recorded_label: str
    suggested_label: str | None
    model_version: str | None
    verdict: str | None
    reasons: list[str]
    created_at: datetime


class QueueResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "open_cases": 1,
                    "items": [
                        {
                            "case_id": 42,
                            "reference": "CRI/2026/004512",
                            "recorded": "harassment",
                            "recorded_label": "harassment",
                            "suggested_label": "stalking",
                            "model_version": "2026.04.1",
                            "verdict": "likely_misclassified",
                            "reasons": EXAMPLE_REASONS,
                            "created_at": "2026-04-02T09:15:00Z",
                        }
                    ],
                }
            ]
        }
    )

    open_cases: int
    items: list[QueueItem]


class HealthResponse(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "ok"}]})

    status: Literal["ok"]


class ReadyResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"status": "ready", "model_version": "2026.04.1", "database": "sqlite"}]}
    )

    status: Literal["ready"]
    model_version: str
    database: str


# Error examples reused in each operation's ``responses``.
ERROR_EXAMPLES: dict[int, dict[str, Any]] = {
    400: _error_example("malformed_json", "the request body is not valid JSON at character 17; send a JSON object"),
    401: _error_example("unauthorized", "send a valid API key as 'Authorization: Bearer <key>'"),
    403: _error_example("forbidden", "this key has the role 'registrar'; this endpoint needs one of: system, admin"),
    404: _error_example("not_found", "no API key with id 99"),
    413: _error_example("narrative_too_long", "text is 25000 characters; the limit is 20000. Send the narrative without attachments"),
    415: _error_example("unsupported_media_type", "send the body as JSON with the header Content-Type: application/json"),
    422: _error_example(
        "validation_error",
        "the request is invalid in: text; see details",
        [{"field": "text", "type": "missing", "message": "Field required"}],
    ),
    503: _error_example("model_not_ready", "the model is still loading; retry shortly"),
}

_ERROR_DESCRIPTIONS = {
    400: "Malformed JSON or a body that is not UTF-8",
    401: "Missing, unknown or revoked API key",
    403: "The key's role may not use this endpoint",
    404: "No such resource",
    413: "Narrative, batch or body over its limit",
    415: "Body is not JSON",
    422: "Invalid field, empty narrative or unknown recorded classification",
    503: "Model or database not ready",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` entries for an operation's error statuses, each with the error shape and an example."""
    return {
        status: {
            "model": ErrorResponse,
            "description": _ERROR_DESCRIPTIONS[status],
            "content": {"application/json": {"example": ERROR_EXAMPLES[status]}},
        }
        for status in statuses
    }

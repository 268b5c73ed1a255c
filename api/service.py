"""What the routes do, kept out of the handlers: check input, run the model, audit, store.

Each function takes its collaborators explicitly (settings, inference, database, metrics), so the
same steps can be reused by another shell and tested without HTTP.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool

from api.errors import BatchTooLarge
from api.inference import Inference
from api.metrics import Metrics
from api.schemas import AuditResponse, BatchItem, BatchResponse, BatchResult, ErrorInfo
from model.audit import audit, resolve_recorded
from model.errors import InvalidNarrative, NarrativeTooLong, RightfirstError
from model.settings import Settings
from model.suggestion import Suggestion
from storage import Database, record_audit


def check_text(text: str, settings: Settings) -> str:
    """Refuse narratives the model cannot use, with a message that says what to fix (never the text)."""
    if not text.strip():
        raise InvalidNarrative("text is empty or only whitespace; send the narrative")
    if len(text) > settings.max_text_chars:
        raise NarrativeTooLong(
            f"text is {len(text)} characters; the limit is {settings.max_text_chars}. "
            "Send the narrative without attachments or appended statements"
        )
    if "\x00" in text:
        raise InvalidNarrative("text contains the NUL character; remove control characters before sending")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidNarrative("text contains an unpaired surrogate escape; send valid Unicode") from None
    return text


async def classify(text: str, *, settings: Settings, inference: Inference, metrics: Metrics) -> Suggestion:
    check_text(text, settings)
    suggestion = await inference.classify(text)
    metrics.observe_suggestion(suggestion.label, suggestion.needs_review)
    return suggestion


def _error_info(exc: RightfirstError) -> ErrorInfo:
    return ErrorInfo(code=exc.code, message=exc.message, details=list(getattr(exc, "details", [])))


async def classify_batch(
    items: list[BatchItem], *, settings: Settings, inference: Inference, metrics: Metrics
) -> BatchResponse:
    if len(items) > settings.max_batch_items:
        raise BatchTooLarge(
            f"the batch has {len(items)} items; the limit is {settings.max_batch_items}. Split it into smaller batches"
        )
    results: list[BatchResult] = [BatchResult(index=i, reference=item.reference) for i, item in enumerate(items)]
    valid: list[int] = []
    for i, item in enumerate(items):
        try:
            check_text(item.text, settings)
            valid.append(i)
        except RightfirstError as exc:
            results[i].error = _error_info(exc)

    suggestions = await _classify_isolating_failures([items[i].text for i in valid], inference)
    for i, outcome in zip(valid, suggestions, strict=True):
        if isinstance(outcome, Suggestion):
            results[i].suggestion = outcome
            metrics.observe_suggestion(outcome.label, outcome.needs_review)
        else:
            results[i].error = _error_info(outcome)

    failed = sum(1 for r in results if r.error is not None)
    metrics.batch_items.labels(outcome="ok").inc(len(results) - failed)
    metrics.batch_items.labels(outcome="error").inc(failed)
    return BatchResponse(results=results, succeeded=len(results) - failed, failed=failed)


async def _classify_isolating_failures(texts: list[str], inference: Inference) -> list[Suggestion | RightfirstError]:
    """One batched call; if the model refuses one item, retry one by one so only that item fails."""
    try:
        return list(await inference.classify_many(texts))
    except RightfirstError:
        outcomes: list[Suggestion | RightfirstError] = []
        for text in texts:
            try:
                outcomes.append(await inference.classify(text))
            except RightfirstError as exc:
                outcomes.append(exc)
        return outcomes


async def audit_case(
    text: str,
    recorded: str,
    reference: str | None,
    *,
    submitted_by_key_id: int | None,
    settings: Settings,
    inference: Inference,
    database: Database,
    metrics: Metrics,
) -> AuditResponse:
    check_text(text, settings)
    resolve_recorded(recorded)  # refuse an unknown classification before spending model time
    suggestion = await inference.classify(text)
    metrics.observe_suggestion(suggestion.label, suggestion.needs_review)
    result = audit(suggestion, recorded)
    metrics.verdicts.labels(verdict=result.verdict).inc()

    def store() -> tuple[int, bool]:
        with database.session() as session:
            case, _ = record_audit(
                session,
                narrative=text,
                recorded=recorded.strip(),
                recorded_label=result.recorded_label,
                suggestion=suggestion,
                verdict=result.verdict,
                reasons=result.reasons,
                reference=reference,
                submitted_by_key_id=submitted_by_key_id,
            )
            return case.id, case.status == "open"

    case_id, queued = await run_in_threadpool(store)
    return AuditResponse(
        case_id=case_id,
        reference=reference,
        recorded=recorded,
        recorded_label=result.recorded_label,
        verdict=result.verdict,
        reasons=result.reasons,
        in_review_queue=queued,
        suggestion=suggestion,
    )

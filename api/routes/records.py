"""POST /v1/classify, /v1/classify/batch and /v1/audit: what records systems call."""

from __future__ import annotations

from fastapi import APIRouter

from api import service
from api.deps import DatabaseDep, InferenceDep, MetricsDep, SettingsDep, SystemCaller
from api.schemas import (
    AuditRequest,
    AuditResponse,
    BatchRequest,
    BatchResponse,
    ClassifyRequest,
    ClassifyResponse,
    error_responses,
)

router = APIRouter(prefix="/v1", tags=["records"])


@router.post(
    "/classify",
    response_model=ClassifyResponse,
    summary="Suggest the offence for one narrative",
    responses=error_responses(400, 401, 403, 413, 415, 422, 503),
)
async def classify(
    body: ClassifyRequest, _caller: SystemCaller, settings: SettingsDep, inference: InferenceDep, metrics: MetricsDep
) -> ClassifyResponse:
    suggestion = await service.classify(body.text, settings=settings, inference=inference, metrics=metrics)
    return ClassifyResponse(reference=body.reference, suggestion=suggestion)


@router.post(
    "/classify/batch",
    response_model=BatchResponse,
    summary="Suggest offences for up to max_batch_items narratives; a bad item fails alone",
    responses=error_responses(400, 401, 403, 413, 415, 422, 503),
)
async def classify_batch(
    body: BatchRequest, _caller: SystemCaller, settings: SettingsDep, inference: InferenceDep, metrics: MetricsDep
) -> BatchResponse:
    return await service.classify_batch(body.items, settings=settings, inference=inference, metrics=metrics)


@router.post(
    "/audit",
    response_model=AuditResponse,
    summary="Check a recorded classification; doubtful cases enter the review queue",
    responses=error_responses(400, 401, 403, 413, 415, 422, 503),
)
async def audit(
    body: AuditRequest,
    caller: SystemCaller,
    settings: SettingsDep,
    inference: InferenceDep,
    database: DatabaseDep,
    metrics: MetricsDep,
) -> AuditResponse:
    return await service.audit_case(
        body.text,
        body.recorded,
        body.reference,
        submitted_by_key_id=caller.key_id,
        settings=settings,
        inference=inference,
        database=database,
        metrics=metrics,
    )

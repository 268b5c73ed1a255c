"""Admin key management and the registrar's review queue."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from starlette.concurrency import run_in_threadpool

from api.deps import AdminCaller, DatabaseDep, RegistrarCaller
from api.schemas import (
    KeyCreated,
    KeyCreateRequest,
    KeyInfo,
    KeyList,
    QueueItem,
    QueueResponse,
    error_responses,
)
from storage import ApiKey, count_open, create_api_key, list_api_keys, review_queue, revoke_api_key

router = APIRouter(prefix="/v1", tags=["admin"])


def _info(record: ApiKey) -> KeyInfo:
    return KeyInfo(
        id=record.id,
        name=record.name,
        role=record.role,
        prefix=record.prefix,
        created_at=record.created_at,
        revoked_at=record.revoked_at,
    )


@router.post(
    "/keys",
    response_model=KeyCreated,
    status_code=201,
    summary="Create an API key (the key is shown only in this response)",
    responses=error_responses(400, 401, 403, 415, 422),
)
async def create_key(body: KeyCreateRequest, _caller: AdminCaller, database: DatabaseDep) -> KeyCreated:
    def create() -> KeyCreated:
        with database.session() as session:
            new = create_api_key(session, body.role, body.name)
            return KeyCreated(**_info(new.record).model_dump(), key=new.key)

    return await run_in_threadpool(create)


@router.get("/keys", response_model=KeyList, summary="List API keys (never the keys themselves)", responses=error_responses(401, 403))
async def list_keys(_caller: AdminCaller, database: DatabaseDep) -> KeyList:
    def load() -> KeyList:
        with database.session() as session:
            return KeyList(keys=[_info(k) for k in list_api_keys(session)])

    return await run_in_threadpool(load)


@router.delete(
    "/keys/{key_id}",
    response_model=KeyInfo,
    summary="Revoke an API key (immediately; idempotent)",
    responses=error_responses(401, 403, 404, 422),
)
async def revoke_key(
    key_id: Annotated[int, Path(ge=1, le=2**31 - 1, description="The key's id (from GET /v1/keys)")],
    _caller: AdminCaller,
    database: DatabaseDep,
) -> KeyInfo:
    def revoke() -> KeyInfo:
        with database.session() as session:
            return _info(revoke_api_key(session, key_id))

    return await run_in_threadpool(revoke)


@router.get(
    "/review/queue",
    response_model=QueueResponse,
    tags=["review"],
    summary="Cases waiting for a registrar (no narrative text), oldest first",
    responses=error_responses(401, 403, 422),
)
async def queue(
    _caller: RegistrarCaller,
    database: DatabaseDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> QueueResponse:
    def load() -> QueueResponse:
        with database.session() as session:
            entries = review_queue(session, limit=limit, offset=offset)
            return QueueResponse(
                open_cases=count_open(session),
                items=[QueueItem(**entry.__dict__) for entry in entries],
            )

    return await run_in_threadpool(load)

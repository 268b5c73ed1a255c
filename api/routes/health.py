"""Liveness, readiness and Prometheus metrics (no key needed; none of them shows case data)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST
from starlette.concurrency import run_in_threadpool

from api.errors import NotReady
from api.schemas import HealthResponse, ReadyResponse, error_responses

router = APIRouter(tags=["operations"])


@router.get("/healthz", response_model=HealthResponse, summary="Liveness: the process answers")
async def healthz() -> HealthResponse:
    return HealthResponse(status="ok")


@router.get(
    "/readyz",
    response_model=ReadyResponse,
    summary="Readiness: 503 until the model is loaded and the database schema is current",
    responses=error_responses(503),
)
async def readyz(request: Request) -> ReadyResponse:
    state = request.app.state
    database = state.database
    problems: list[dict[str, str]] = []

    def database_ready() -> bool:
        try:
            database.migrate()
        except Exception:  # noqa: BLE001 - any failure means "not ready"; the reason is in the server log
            return False
        return database.ping()

    if not await run_in_threadpool(database_ready):
        problems.append({"component": "database", "status": "unavailable"})
    inference = getattr(state, "inference", None)
    if inference is None:
        problems.append({"component": "model", "status": "failed" if getattr(state, "model_error", None) else "loading"})
    if problems:
        raise NotReady("not ready: " + ", ".join(f"{p['component']} {p['status']}" for p in problems), details=problems)
    return ReadyResponse(status="ready", model_version=inference.version, database=database.dialect)


@router.get(
    "/metrics",
    summary="Prometheus metrics: requests, latencies, suggestions by label, verdicts",
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE_LATEST: {"example": "rightfirst_suggestions_total{label=\"stalking\"} 12.0\n"}}}},
)
async def metrics(request: Request) -> Response:
    return Response(request.app.state.metrics.render(), media_type=CONTENT_TYPE_LATEST)

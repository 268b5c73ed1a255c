"""POST /v1/admin/reload: serve the registry's current model (after a promotion or rollback) without a restart.

The new model is loaded in a worker thread while the old one keeps serving. The swap is one
assignment of ``app.state.inference``: a request resolves its ``Inference`` once, when it starts,
so requests already in flight finish on the old model and every later one gets the new model. No
request is dropped or sees half a model; the old one is freed when its last request finishes. If
the new model fails to load, nothing changes and the old one keeps serving.
"""

from __future__ import annotations

import asyncio
import logging
import time

from fastapi import APIRouter, FastAPI, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from api.deps import AdminCaller
from api.errors import ApiError
from api.inference import Inference
from api.schemas import error_responses
from model.errors import RightfirstError
from model.settings import Settings

log = logging.getLogger("rightfirst.api")

router = APIRouter(prefix="/v1/admin", tags=["admin"])


class ModelReloadFailed(ApiError):
    status_code = 503
    code = "model_reload_failed"


class ReloadResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"previous_version": "minilm-20260401-101500", "version": "minilm-20260415-093000",
                 "changed": True, "load_seconds": 2.4}
            ]
        }
    )

    previous_version: str | None = Field(description="The version served before the reload (None if none was)")
    version: str = Field(description="The version served from now on")
    changed: bool = Field(description="Whether the version differs from the previous one")
    load_seconds: float = Field(description="Time spent loading the new model (the old one served meanwhile)")


def _load_current(settings: Settings):
    from model import load_model  # torch loads only when a model is loaded

    # RIGHTFIRST_MODEL_PATH when set, else the registry's CURRENT version (read afresh).
    return load_model(settings.model_path, settings=settings)


def _lock(app: FastAPI) -> asyncio.Lock:
    # One reload at a time per app: two concurrent reloads would load the model twice for nothing.
    lock = getattr(app.state, "reload_lock", None)
    if lock is None:
        lock = app.state.reload_lock = asyncio.Lock()
    return lock


async def reload_model(app: FastAPI) -> ReloadResponse:
    """Load the current model off the event loop, then swap it in atomically."""
    async with _lock(app):
        old: Inference | None = getattr(app.state, "inference", None)
        previous = old.version if old is not None else None
        loader = getattr(app.state, "model_loader", None) or _load_current
        started = time.perf_counter()
        try:
            classifier = await run_in_threadpool(loader, app.state.settings)
        except RightfirstError as exc:
            log.error("model reload failed: %s; still serving %s", exc.code, previous)
            raise ModelReloadFailed(f"{exc.message}; the previous model ({previous}) is still being served") from None
        except Exception as exc:  # noqa: BLE001 - a corrupt model directory must not take the service down
            log.exception("model reload failed; still serving %s", previous)
            raise ModelReloadFailed(
                f"the new model could not be loaded ({type(exc).__name__}); the previous model ({previous}) "
                "is still being served"
            ) from None
        seconds = time.perf_counter() - started
        metrics = app.state.metrics
        new = Inference(classifier, metrics, batch_size=old.batch_size if old is not None else 16)
        app.state.inference = new  # the swap: one reference assignment
        app.state.model_error = None
        if previous is not None and previous != new.version:
            metrics.model_info.labels(version=str(previous)).set(0)
        metrics.model_info.labels(version=str(new.version)).set(1)
        log.info("model reloaded: %s -> %s in %.1f s", previous, new.version, seconds)
        return ReloadResponse(previous_version=previous, version=str(new.version),
                              changed=previous != new.version, load_seconds=round(seconds, 3))


@router.post(
    "/reload",
    response_model=ReloadResponse,
    summary="Load the registry's current model and serve it from now on (in-flight requests finish on the old one)",
    responses=error_responses(401, 403, 503),
)
async def reload(request: Request, _caller: AdminCaller) -> ReloadResponse:
    return await reload_model(request.app)

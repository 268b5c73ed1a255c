"""The records-system API: ``create_app()`` assembles settings, database, model, metrics and routes.

The model is loaded once, in the lifespan, in a worker thread (so /healthz answers and /readyz says
503 while it loads); routes get it through a dependency. Tests inject a classifier instead.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from api.errors import install_error_handlers
from api.inference import Classifier, Inference
from api.metrics import Metrics
from api.middleware import BodyGuard, MetricsMiddleware
from api.routes import admin, health, info, records
from model.errors import RightfirstError
from model.settings import Settings, get_settings
from storage import Database

log = logging.getLogger("rightfirst.api")

API_VERSION = "1"
DESCRIPTION = """\
Suggests the right harassment or stalking offence (England & Wales) for a police incident narrative,
with the legal elements and the evidence spans, and audits the classification a force recorded.

Authenticate with an API key: `Authorization: Bearer rf_...` (create one with `rightfirst keys create`).
Roles: **system** (classify, audit), **registrar** (review queue), **admin** (keys; everything).
Every error has the shape `{"error": {"code", "message", "details"}}`.
"""


def _max_body_bytes(settings: Settings) -> int:
    # A full batch of maximum-length narratives, each character JSON-escaped (\\uXXXX = 6 bytes), plus room.
    return settings.max_batch_items * (settings.max_text_chars * 6 + 1024) + 65_536


def _set_classifier(app: FastAPI, classifier: Classifier) -> None:
    app.state.inference = Inference(classifier, app.state.metrics)
    app.state.model_error = None
    app.state.metrics.model_info.labels(version=str(classifier.version)).set(1)


def _load_classifier(settings: Settings) -> Classifier:
    from model import load_model  # imported here: torch and transformers load only when serving

    return load_model(settings.model_path, settings=settings)


async def _load_in_background(app: FastAPI, settings: Settings) -> None:
    try:
        classifier = await run_in_threadpool(_load_classifier, settings)
    except RightfirstError as exc:
        app.state.model_error = exc.code
        log.error("model failed to load: %s (%s)", exc.code, exc.message)
        return
    except Exception as exc:  # noqa: BLE001 - keep serving /healthz and report 503 on /readyz
        app.state.model_error = type(exc).__name__
        log.exception("model failed to load")
        return
    _set_classifier(app, classifier)
    log.info("model %s loaded", classifier.version)


def create_app(
    settings: Settings | None = None,
    classifier: Classifier | None = None,
    database: Database | None = None,
) -> FastAPI:
    settings = settings or get_settings()
    database = database or Database.from_settings(settings)
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        loader = None
        if getattr(app.state, "inference", None) is None:
            loader = asyncio.create_task(_load_in_background(app, settings))
        try:
            await run_in_threadpool(database.migrate)
        except RightfirstError as exc:
            # Not fatal: /readyz reports it and the next request retries the migration.
            log.error("database not ready at start-up: %s", exc.message)
        try:
            yield
        finally:
            if loader is not None and not loader.done():
                loader.cancel()
            if app.state.inference is not None:
                app.state.inference.close()
            database.dispose()

    app = FastAPI(
        title="rightfirst",
        version=API_VERSION,
        description=DESCRIPTION,
        lifespan=lifespan,
        strict_content_type=False,  # records systems often omit Content-Type; the body is still parsed as JSON
    )
    app.state.settings = settings
    app.state.database = database
    app.state.metrics = metrics
    app.state.inference = None
    app.state.model_error = None
    if classifier is not None:
        _set_classifier(app, classifier)

    install_error_handlers(app)
    for router in (records.router, info.router, admin.router, health.router):
        app.include_router(router)
    from api.routes import admin_models  # POST /v1/admin/reload: hot swap after a promotion (training/registry)

    app.include_router(admin_models.router)
    from api import review  # the registrar's review page at /review (its HTML forms pass the guard)

    review.install(app)
    # Outermost last: metrics see every response, including the guard's rejections.
    app.add_middleware(BodyGuard, max_body_bytes=_max_body_bytes(settings), form_paths=review.FORM_PATHS)
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    return app

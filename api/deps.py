"""FastAPI dependencies: settings, database, model and the caller's key (with its role)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from api.errors import Forbidden, ModelNotReady, Unauthorized
from api.inference import Inference
from api.metrics import Metrics
from model.settings import Settings
from storage import Database, authenticate


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_database(request: Request) -> Database:
    return request.app.state.database


def get_metrics(request: Request) -> Metrics:
    return request.app.state.metrics


def get_inference(request: Request) -> Inference:
    inference = getattr(request.app.state, "inference", None)
    if inference is None:
        error = getattr(request.app.state, "model_error", None)
        if error:
            raise ModelNotReady(f"the model failed to load ({error}); an operator must fix the model path")
        raise ModelNotReady("the model is still loading; retry shortly")
    return inference


@dataclass(frozen=True)
class Caller:
    key_id: int
    name: str
    role: str

    @property
    def who(self) -> str:
        return f"key {self.key_id} ({self.name})"


_bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer rf_...`")


def _lookup(database: Database, token: str) -> Caller | None:
    with database.session() as session:
        record = authenticate(session, token)
        return Caller(record.id, record.name, record.role) if record else None


async def get_caller(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Caller:
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise Unauthorized("send an API key as 'Authorization: Bearer <key>'")
    caller = await run_in_threadpool(_lookup, get_database(request), credentials.credentials)
    if caller is None:
        raise Unauthorized("the API key is unknown or revoked; ask an administrator for a valid key")
    return caller


def require_role(*roles: str):
    """A dependency that lets through keys with one of ``roles``; admin keys may do everything."""
    allowed = set(roles) | {"admin"}

    async def check(caller: Annotated[Caller, Depends(get_caller)]) -> Caller:
        if caller.role not in allowed:
            raise Forbidden(
                f"this key has the role '{caller.role}'; this endpoint needs one of: {', '.join(sorted(allowed))}"
            )
        return caller

    return check


SettingsDep = Annotated[Settings, Depends(get_settings)]
DatabaseDep = Annotated[Database, Depends(get_database)]
MetricsDep = Annotated[Metrics, Depends(get_metrics)]
InferenceDep = Annotated[Inference, Depends(get_inference)]
AnyCaller = Annotated[Caller, Depends(get_caller)]
SystemCaller = Annotated[Caller, Depends(require_role("system"))]
RegistrarCaller = Annotated[Caller, Depends(require_role("registrar"))]
AdminCaller = Annotated[Caller, Depends(require_role("admin"))]

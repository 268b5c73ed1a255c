"""One JSON error shape for every failure: ``{"error": {"code", "message", "details": [...]}}``.

Messages say what to fix; none quotes the request body (validation details name the field and the
rule, never the value), so narrative text cannot leak into a response, a log line or a metric.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from model.errors import RightfirstError

log = logging.getLogger("rightfirst.api")


class ApiError(RightfirstError):
    """A RightfirstError that may carry structured details and extra headers."""

    def __init__(self, message: str, details: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.details = details or []
        self.headers = headers or {}


class Unauthorized(ApiError):
    status_code = 401
    code = "unauthorized"

    def __init__(self, message: str):
        super().__init__(message, headers={"WWW-Authenticate": 'Bearer realm="rightfirst"'})


class Forbidden(ApiError):
    status_code = 403
    code = "forbidden"


class BatchTooLarge(ApiError):
    status_code = 413
    code = "batch_too_large"


class BodyTooLarge(ApiError):
    status_code = 413
    code = "body_too_large"


class MalformedJson(ApiError):
    status_code = 400
    code = "malformed_json"


class BodyNotUtf8(ApiError):
    status_code = 400
    code = "body_not_utf8"


class UnsupportedMediaType(ApiError):
    status_code = 415
    code = "unsupported_media_type"


class ModelNotReady(ApiError):
    status_code = 503
    code = "model_not_ready"


class NotReady(ApiError):
    status_code = 503
    code = "not_ready"


_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "body_too_large",
    415: "unsupported_media_type",
    429: "too_many_requests",
}


def error_body(code: str, message: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details or []}}


def error_response(status: int, code: str, message: str, details=None, headers=None) -> JSONResponse:
    return JSONResponse(error_body(code, message, details), status_code=status, headers=headers)


def _field_name(loc: tuple | list) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header"):
        parts = parts[1:] or parts
    return ".".join(parts) or "body"


def validation_details(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # Only location, rule and pydantic's generic message: never ``input`` (it may be narrative text).
    return [{"field": _field_name(e.get("loc", ())), "type": e.get("type", "invalid"), "message": e.get("msg", "")} for e in errors]


async def _rightfirst_error(_request: Request, exc: RightfirstError) -> JSONResponse:
    details = getattr(exc, "details", [])
    headers = getattr(exc, "headers", None)
    return error_response(exc.status_code, exc.code, exc.message, details, headers)


async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in errors):
        position = next((e["loc"][-1] for e in errors if e.get("type") == "json_invalid"), None)
        where = f" at character {position}" if isinstance(position, int) else ""
        return error_response(400, "malformed_json", f"the request body is not valid JSON{where}; send a JSON object")
    details = validation_details(errors)
    fields = ", ".join(dict.fromkeys(d["field"] for d in details))
    return error_response(422, "validation_error", f"the request is invalid in: {fields}; see details", details)


async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    if exc.status_code == 404:
        message = "no such endpoint or resource; see /docs for the endpoints"
    elif exc.status_code == 405:
        message = "method not allowed on this endpoint; see /docs"
    return error_response(exc.status_code, code, message, headers=getattr(exc, "headers", None))


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    # The exception's message could contain request data, so log its type and the stack only.
    stack = "".join(traceback.format_tb(exc.__traceback__))
    log.error("unhandled %s on %s %s\n%s", type(exc).__name__, request.method, request.url.path, stack)
    return error_response(500, "internal_error", "the server failed to handle this request; it has been logged")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RightfirstError, _rightfirst_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)

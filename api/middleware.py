"""Pure ASGI middleware: request metrics, and a guard that checks a body before FastAPI parses it.

The guard turns the failures FastAPI would report vaguely (or not at all) into the one error
shape: a body that is too large (413), not JSON by its content type (415), or not UTF-8 (400).
"""

from __future__ import annotations

import time
from email.message import Message

from starlette.types import ASGIApp, Receive, Scope, Send

from api.errors import error_response
from api.metrics import Metrics

_BODY_METHODS = {"POST", "PUT", "PATCH"}


def _is_json(content_type: str) -> bool:
    message = Message()
    message["content-type"] = content_type
    if message.get_content_maintype() != "application":
        return False
    subtype = message.get_content_subtype()
    return subtype == "json" or subtype.endswith("+json")


class BodyGuard:
    def __init__(self, app: ASGIApp, max_body_bytes: int, form_paths: tuple[str, ...] = ()) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        # Path prefixes that take HTML form posts (the review page); everything else must be JSON.
        self.form_paths = form_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body_bytes:
            await self._reject(scope, receive, send, 413, "body_too_large", self._too_large_message())
            return
        content_type = headers.get("content-type")
        if content_type and not _is_json(content_type) and not self._is_form_post(scope["path"], content_type):
            await self._reject(
                scope, receive, send, 415, "unsupported_media_type",
                "send the body as JSON with the header Content-Type: application/json",
            )
            return

        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                await self._reject(scope, receive, send, 413, "body_too_large", self._too_large_message())
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as exc:
            await self._reject(
                scope, receive, send, 400, "body_not_utf8",
                f"the request body is not valid UTF-8 (bad byte at position {exc.start}); encode the JSON as UTF-8",
            )
            return

        sent = False

        async def replay() -> dict:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _is_form_post(self, path: str, content_type: str) -> bool:
        if not self.form_paths or not path.startswith(self.form_paths):
            return False
        return content_type.split(";")[0].strip().lower() == "application/x-www-form-urlencoded"

    def _too_large_message(self) -> str:
        return (
            f"the request body is larger than {self.max_body_bytes} bytes; "
            "send fewer or shorter narratives per request"
        )

    @staticmethod
    async def _reject(scope, receive, send, status: int, code: str, message: str) -> None:
        await error_response(status, code, message)(scope, receive, send)


class MetricsMiddleware:
    """Counts and times every request by route template (``/v1/keys/{key_id}``, not the raw path)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def send_wrapper(message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            template = _route_template(scope)
            method = scope.get("method", "")
            self.metrics.requests.labels(method=method, route=template, status=str(status)).inc()
            self.metrics.latency.labels(method=method, route=template).observe(time.perf_counter() - start)


def _route_template(scope: Scope) -> str:
    route = scope.get("route")
    if route is not None and getattr(route, "path", None):
        return route.path
    # Rejected before routing (e.g. by BodyGuard): name the route if the path is a fixed one.
    app = scope.get("app")
    path = scope.get("path", "")
    for candidate in getattr(app, "routes", ()):
        candidate_path = getattr(candidate, "path", "")
        if candidate_path == path and "{" not in candidate_path:
            return candidate_path
    return "unmatched"  # never the raw path: unbounded label values would blow up the series count

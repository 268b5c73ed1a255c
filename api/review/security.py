"""Cookies, CSRF tokens and response headers for the review page.

- The session cookie holds a random session token, signed with ``settings.session_secret`` so a
  forged or altered cookie is refused before any database lookup; the token itself is checked
  against its stored hash (expiry, sign-out, key revocation) on every request.
- CSRF: every form carries a token derived from the session token with an HMAC; a POST is refused
  unless the token matches (and, when the browser sends one, the Origin is this site). Sign-in has
  no session yet, so it uses the same scheme on a short-lived signed nonce cookie.
- Pages are never cached, never framed, and may run only this site's own script and style.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from itsdangerous import BadSignature, URLSafeSerializer
from starlette.requests import Request
from starlette.responses import Response

SESSION_COOKIE = "rf_review_session"
LOGIN_COOKIE = "rf_review_login"
COOKIE_PATH = "/review"
SESSION_LIFETIME = timedelta(hours=8)  # one shift
LOGIN_NONCE_SECONDS = 3600

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    # Narratives must not linger in shared browser or proxy caches.
    "Cache-Control": "no-store",
}


class CookieSigner:
    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")
        self._session = URLSafeSerializer(secret, salt="rightfirst-review-session")
        self._login = URLSafeSerializer(secret, salt="rightfirst-review-login")

    # -- session cookie --
    def sign_session(self, token: str) -> str:
        return self._session.dumps(token)

    def session_token(self, request: Request) -> str | None:
        return self._unsign(self._session, request.cookies.get(SESSION_COOKIE))

    # -- sign-in nonce --
    def new_login_nonce(self) -> tuple[str, str]:
        nonce = secrets.token_urlsafe(24)
        return nonce, self._login.dumps(nonce)

    def login_nonce(self, request: Request) -> str | None:
        return self._unsign(self._login, request.cookies.get(LOGIN_COOKIE))

    # -- CSRF --
    def csrf_token(self, purpose: str, secret_value: str) -> str:
        return hmac.new(self._secret, f"{purpose}:{secret_value}".encode(), hashlib.sha256).hexdigest()

    def check_csrf(self, purpose: str, secret_value: str | None, submitted: str | None) -> bool:
        if not secret_value or not submitted:
            return False
        return hmac.compare_digest(self.csrf_token(purpose, secret_value), submitted)

    @staticmethod
    def _unsign(serializer: URLSafeSerializer, value: str | None) -> str | None:
        if not value or len(value) > 512:
            return None
        try:
            token = serializer.loads(value)
        except BadSignature:
            return None
        return token if isinstance(token, str) else None


def same_origin(request: Request) -> bool:
    """False only when the browser says the form came from another site (Origin or Referer header)."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        # 'null' comes from privacy-preserving contexts; the CSRF token still has to match.
        return True
    expected = f"{request.url.scheme}://{request.url.netloc}"
    return origin.rstrip("/") == expected


def secure_cookies(request: Request, environment: str) -> bool:
    # Outside development the page is served over TLS (directly or behind a proxy): never send the
    # session over plain HTTP there. Locally, plain http://127.0.0.1 must work.
    return request.url.scheme == "https" or environment != "development"


def set_session_cookie(response: Response, value: str, *, secure: bool) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        value,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        path=COOKIE_PATH,
        httponly=True,
        samesite="strict",
        secure=secure,
    )


def set_login_cookie(response: Response, value: str, *, secure: bool) -> None:
    response.set_cookie(
        LOGIN_COOKIE,
        value,
        max_age=LOGIN_NONCE_SECONDS,
        path=COOKIE_PATH,
        httponly=True,
        samesite="strict",
        secure=secure,
    )


def clear_cookies(response: Response, *, secure: bool) -> None:
    for name in (SESSION_COOKIE, LOGIN_COOKIE):
        response.delete_cookie(name, path=COOKIE_PATH, httponly=True, samesite="strict", secure=secure)


def add_security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value
    return response

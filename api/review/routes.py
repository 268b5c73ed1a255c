"""The registrar's review page: sign in, the queue, one case, the decision. Server-rendered HTML.

Handlers are plain ``def``s, so FastAPI runs them (and their database work) in its threadpool,
off the event loop. Each one parses the request, calls ``storage.review`` and renders a template;
none builds a query itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.responses import HTMLResponse, RedirectResponse, Response

from api.review import security
from api.review.security import CookieSigner
from api.review.views import (
    element_views,
    highlight,
    label_choices,
    label_name,
    legend,
    offence_view,
    probability_bars,
    second_review_labels,
    span_views,
)
from model.errors import RightfirstError
from model.settings import Settings
from model.taxonomy import LABELS
from storage import Database, authenticate
from storage.errors import NotFound
from storage.review import (
    QUEUE_VERDICTS,
    REVIEW_ROLES,
    CaseForReview,
    InvalidDecision,
    QueueFilters,
    Reviewer,
    case_for_review,
    decide,
    end_review_session,
    lowers_stalking,
    next_case_id,
    queue_counts,
    resolve_review_session,
    review_queue,
    second_review_queue,
    start_review_session,
)

log = logging.getLogger("rightfirst.review")

PREFIX = "/review"
PAGE_SIZE = 50
TEMPLATES_DIR = Path(__file__).with_name("templates")

router = APIRouter(prefix=PREFIX, include_in_schema=False)

_env = Environment(
    loader=FileSystemLoader(TEMPLATES_DIR),
    autoescape=True,  # every value is escaped unless it is Markup built by views.highlight
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.globals.update(label_name=label_name, labels=LABELS, verdicts=QUEUE_VERDICTS)

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("a", "accept the suggestion (records it at once)"),
    ("k", "keep the recorded classification"),
    ("1–9", "choose that label"),
    ("s", "mark for a second registrar's review (when allowed)"),
    ("Ctrl+Enter", "record the decision (from the reason box too)"),
    ("Esc", "leave the reason box"),
    ("n", "next case without deciding"),
)


# --- failures shown as pages -----------------------------------------------------------------


class SignInRequired(Exception):
    """No valid session: send the browser to the sign-in page."""


class PageError(Exception):
    def __init__(self, status: int, title: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.title = title
        self.message = message


def _render(template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = _env.get_template(template).render(**context)
    return security.add_security_headers(HTMLResponse(html, status_code=status))


def _redirect(url: str) -> RedirectResponse:
    return security.add_security_headers(RedirectResponse(url, status_code=303))


async def sign_in_required_handler(_request: Request, _exc: SignInRequired) -> Response:
    return _redirect(f"{PREFIX}/sign-in")


async def page_error_handler(request: Request, exc: PageError) -> Response:
    reviewer = getattr(request.state, "reviewer", None)
    return _render(
        "error.html",
        exc.status,
        title=exc.title,
        message=exc.message,
        reviewer=reviewer,
        csrf=getattr(request.state, "csrf", ""),
    )


# --- request context -------------------------------------------------------------------------


@dataclass
class Ctx:
    settings: Settings
    database: Database
    signer: CookieSigner


def _ctx(request: Request) -> Ctx:
    settings: Settings = request.app.state.settings
    return Ctx(settings, request.app.state.database, CookieSigner(settings.session_secret))


def _signed_in(request: Request, ctx: Ctx) -> tuple[Reviewer, str]:
    token = ctx.signer.session_token(request)
    if token is None:
        raise SignInRequired()
    with ctx.database.session() as session:
        reviewer = resolve_review_session(session, token)
    if reviewer is None:
        raise SignInRequired()
    request.state.reviewer = reviewer
    request.state.csrf = ctx.signer.csrf_token("session", token)
    return reviewer, token


def _check_post(request: Request, ctx: Ctx, purpose: str, secret_value: str | None, submitted: str) -> None:
    if not security.same_origin(request) or not ctx.signer.check_csrf(purpose, secret_value, submitted):
        log.warning("review: refused a form without a valid CSRF token (%s %s)", request.method, request.url.path)
        raise PageError(
            403,
            "Form expired",
            "This form is out of date or did not come from the review page. Reload the page and try again.",
        )


def _parse_filters(values: Any) -> tuple[QueueFilters, list[str]]:
    """Filters from query parameters or form fields; unknown values are dropped, with a note."""
    notes: list[str] = []

    def pick(name: str, allowed: tuple[str, ...]) -> str | None:
        value = (values.get(name) or "").strip()
        if not value:
            return None
        if value not in allowed:
            notes.append(f"ignored an unknown value for the {name} filter")
            return None
        return value

    def day(name: str) -> date | None:
        value = (values.get(name) or "").strip()
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            notes.append(f"ignored {name.replace('_', ' ')}: use a date like 2026-04-30")
            return None

    filters = QueueFilters(
        suggested=pick("suggested", LABELS),
        recorded=pick("recorded", LABELS),
        verdict=pick("verdict", QUEUE_VERDICTS),
        date_from=day("date_from"),
        date_to=day("date_to"),
    )
    return filters, notes


def _filters_query(filters: QueueFilters, **extra: Any) -> str:
    params = {
        "suggested": filters.suggested,
        "recorded": filters.recorded,
        "verdict": filters.verdict,
        "date_from": filters.date_from.isoformat() if filters.date_from else None,
        "date_to": filters.date_to.isoformat() if filters.date_to else None,
        **extra,
    }
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return f"?{query}" if query else ""


def _case_id(raw: str) -> int:
    if not raw.isdigit() or len(raw) > 10 or not (1 <= int(raw) <= 2**31 - 1):
        raise PageError(404, "No such case", "There is no case with that number.")
    return int(raw)


# Served from here rather than static/: the package data ships .css and .js, not .svg.
FAVICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#14233a"/>'
    '<path d="M4 8.5l2.5 2.5L12 5" stroke="#fde2b8" stroke-width="2" fill="none"/></svg>'
)


@router.get("/favicon.svg")
def favicon() -> Response:
    return Response(FAVICON, media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})


# --- sign in / out ---------------------------------------------------------------------------


@router.get("")
@router.get("/")
def review_home(request: Request) -> Response:
    ctx = _ctx(request)
    _signed_in(request, ctx)
    return _redirect(f"{PREFIX}/queue")


def _sign_in_page(request: Request, ctx: Ctx, status: int = 200, error: str | None = None) -> Response:
    nonce, cookie = ctx.signer.new_login_nonce()
    response = _render(
        "sign_in.html", status, csrf=ctx.signer.csrf_token("login", nonce), error=error, reviewer=None
    )
    security.set_login_cookie(response, cookie, secure=security.secure_cookies(request, ctx.settings.environment))
    return response


@router.get("/sign-in")
def sign_in_form(request: Request) -> Response:
    ctx = _ctx(request)
    try:
        _signed_in(request, ctx)
        return _redirect(f"{PREFIX}/queue")
    except SignInRequired:
        return _sign_in_page(request, ctx)


@router.post("/sign-in")
def sign_in(
    request: Request,
    key: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    ctx = _ctx(request)
    _check_post(request, ctx, "login", ctx.signer.login_nonce(request), csrf_token)
    key = key.strip()
    with ctx.database.session() as session:
        record = authenticate(session, key) if key else None
        if record is None:
            log.info("review: sign-in refused (unknown or revoked key)")
            return _sign_in_page(request, ctx, 401, "That key is unknown or revoked. Paste your registrar key.")
        if record.role not in REVIEW_ROLES:
            log.info("review: sign-in refused for key %s (role %s)", record.id, record.role)
            return _sign_in_page(
                request,
                ctx,
                403,
                f"That key has the role '{record.role}'. The review page needs a registrar key.",
            )
        _, token = start_review_session(session, record, lifetime=security.SESSION_LIFETIME)
        key_id = record.id
    log.info("review: key %s signed in", key_id)
    response = _redirect(f"{PREFIX}/queue")
    secure = security.secure_cookies(request, ctx.settings.environment)
    response.delete_cookie(security.LOGIN_COOKIE, path=security.COOKIE_PATH, httponly=True, samesite="strict", secure=secure)
    security.set_session_cookie(response, ctx.signer.sign_session(token), secure=secure)
    return response


@router.post("/sign-out")
def sign_out(request: Request, csrf_token: Annotated[str, Form()] = "") -> Response:
    ctx = _ctx(request)
    reviewer, token = _signed_in(request, ctx)
    _check_post(request, ctx, "session", token, csrf_token)
    with ctx.database.session() as session:
        end_review_session(session, token)
    log.info("review: key %s signed out", reviewer.key_id)
    response = _redirect(f"{PREFIX}/sign-in")
    security.clear_cookies(response, secure=security.secure_cookies(request, ctx.settings.environment))
    return response


# --- the queue -------------------------------------------------------------------------------


@router.get("/queue")
def queue(request: Request) -> Response:
    ctx = _ctx(request)
    reviewer, _ = _signed_in(request, ctx)
    filters, notes = _parse_filters(request.query_params)
    try:
        page = max(1, min(int(request.query_params.get("page", "1")), 100_000))
    except ValueError:
        page = 1
    with ctx.database.session() as session:
        counts = queue_counts(session, filters)
        items = review_queue(session, filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        second = second_review_queue(session)
    done = request.query_params.get("done", "")
    return _render(
        "queue.html",
        reviewer=reviewer,
        csrf=request.state.csrf,
        counts=counts,
        items=items,
        second=second,
        filters=filters,
        notes=notes,
        page=page,
        pages=max(1, -(-counts.matching // PAGE_SIZE)),
        case_query=_filters_query(filters),
        page_query=lambda p: _filters_query(filters, page=p),
        done=int(done) if done.isdigit() and len(done) <= 10 else None,
    )


# --- one case --------------------------------------------------------------------------------


def _case_page(
    request: Request,
    reviewer: Reviewer,
    view: CaseForReview,
    filters: QueueFilters,
    *,
    status: int = 200,
    error: str | None = None,
    form: dict[str, Any] | None = None,
    next_id: int | None = None,
    done: int | None = None,
) -> Response:
    case = view.case
    output: dict[str, Any] = dict(view.suggestion.output) if view.suggestion is not None else {}
    suggested = view.suggestion.label if view.suggestion is not None else None
    spans = span_views(case.narrative, list(output.get("spans") or []))
    stage = view.stage
    first = view.first_decision
    blocked = None
    if stage == "second" and first is not None and first.decided_by_key_id == reviewer.key_id:
        blocked = "You made the first decision on this case; a different registrar must make the second review."
    form = form or {}
    return _render(
        "case.html",
        status,
        reviewer=reviewer,
        csrf=request.state.csrf,
        case=case,
        narrative=highlight(case.narrative, spans) if case.narrative is not None else None,
        spans=spans,
        legend=legend(spans),
        elements=element_views(dict(output.get("elements") or {}), spans),
        suggestion=view.suggestion,
        output=output,
        suggested=offence_view(suggested),
        recorded=offence_view(case.recorded_label),
        bars=probability_bars(dict(output.get("probabilities") or {}), suggested, case.recorded_label),
        choices=label_choices(),
        second_labels=second_review_labels(suggested),
        may_flag=stage == "first" and any(lowers_stalking(suggested, label) for label in LABELS),
        stage=stage,
        first=first,
        decisions=view.decisions,
        blocked=blocked,
        can_decide=stage in ("first", "second") and blocked is None,
        error=error,
        form=form,
        filters=filters,
        hidden_filters=[(k, v) for k, v in _filter_fields(filters).items() if v],
        queue_url=f"{PREFIX}/queue{_filters_query(filters)}",
        next_url=f"{PREFIX}/cases/{next_id}{_filters_query(filters)}" if next_id else None,
        done=done,
        shortcuts=SHORTCUTS,
    )


def _filter_fields(filters: QueueFilters) -> dict[str, str]:
    return {
        "suggested": filters.suggested or "",
        "recorded": filters.recorded or "",
        "verdict": filters.verdict or "",
        "date_from": filters.date_from.isoformat() if filters.date_from else "",
        "date_to": filters.date_to.isoformat() if filters.date_to else "",
    }


@router.get("/cases/{case_id}")
def case_view(request: Request, case_id: str) -> Response:
    ctx = _ctx(request)
    reviewer, _ = _signed_in(request, ctx)
    number = _case_id(case_id)
    filters, _ = _parse_filters(request.query_params)
    done = request.query_params.get("done", "")
    try:
        with ctx.database.session() as session:
            view = case_for_review(session, number)
            next_id = next_case_id(session, filters, after=number, exclude_key_id=reviewer.key_id)
            return _case_page(
                request,
                reviewer,
                view,
                filters,
                next_id=next_id,
                done=int(done) if done.isdigit() and len(done) <= 10 else None,
            )
    except NotFound:
        raise PageError(404, "No such case", f"There is no case {number}.") from None


@router.post("/cases/{case_id}/decision")
def record(
    request: Request,
    case_id: str,
    csrf_token: Annotated[str, Form()] = "",
    action: Annotated[str, Form()] = "choose",
    label: Annotated[str, Form()] = "",
    reason: Annotated[str, Form()] = "",
    second_review: Annotated[str, Form()] = "",
    suggestion_id: Annotated[str, Form()] = "",
    suggested: Annotated[str, Form()] = "",
    recorded: Annotated[str, Form()] = "",
    verdict: Annotated[str, Form()] = "",
    date_from: Annotated[str, Form()] = "",
    date_to: Annotated[str, Form()] = "",
) -> Response:
    ctx = _ctx(request)
    reviewer, token = _signed_in(request, ctx)
    _check_post(request, ctx, "session", token, csrf_token)
    number = _case_id(case_id)
    filters, _ = _parse_filters(
        {"suggested": suggested, "recorded": recorded, "verdict": verdict, "date_from": date_from, "date_to": date_to}
    )
    shown_id = int(suggestion_id) if suggestion_id.isdigit() and len(suggestion_id) <= 10 else None
    flag = second_review in ("on", "1", "true")
    try:
        with ctx.database.session() as session:
            view = case_for_review(session, number)
            if action == "accept":
                chosen = view.suggestion.label if view.suggestion is not None else ""
            elif action == "keep":
                chosen = view.case.recorded_label
            else:
                chosen = label
            try:
                decision = decide(
                    session, number, reviewer, label=chosen, reason=reason, suggestion_id=shown_id, second_review=flag
                )
            except InvalidDecision as exc:
                # Nothing was written: show the case again with the problem and what was entered.
                view = case_for_review(session, number)
                next_id = next_case_id(session, filters, after=number, exclude_key_id=reviewer.key_id)
                return _case_page(
                    request,
                    reviewer,
                    view,
                    filters,
                    status=422,
                    error=exc.message,
                    form={"label": chosen, "reason": reason, "second_review": flag},
                    next_id=next_id,
                )
            decision_id = decision.id
            next_id = next_case_id(session, filters, after=None, exclude_key_id=reviewer.key_id)
    except NotFound:
        raise PageError(404, "No such case", f"There is no case {number}.") from None
    except RightfirstError as exc:
        # Refused decisions (already decided, stale suggestion, same registrar) and database trouble.
        raise PageError(exc.status_code, "Decision not recorded", exc.message) from None
    log.info("review: decision %s on case %s by key %s", decision_id, number, reviewer.key_id)
    if next_id is not None:
        return _redirect(f"{PREFIX}/cases/{next_id}{_filters_query(filters, done=number)}")
    return _redirect(f"{PREFIX}/queue{_filters_query(filters, done=number)}")

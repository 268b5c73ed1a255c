"""The registrar's review page, served by the API at /review (see ``routes``).

``install(app)`` adds the pages, their static files and the two handlers that turn a missing
session into a redirect to sign-in and a refused request into an HTML page (the API's JSON error
handlers stay as they are for /v1).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from api.review.routes import PREFIX, PageError, SignInRequired, page_error_handler, router, sign_in_required_handler

# Paths whose POSTs are HTML forms (urlencoded), not JSON: the API's body guard lets these through.
FORM_PATHS: tuple[str, ...] = (PREFIX + "/",)
STATIC_DIR = Path(__file__).with_name("static")


def install(app: FastAPI) -> None:
    app.include_router(router)
    app.mount(f"{PREFIX}/static", StaticFiles(directory=STATIC_DIR), name="review-static")
    app.add_exception_handler(SignInRequired, sign_in_required_handler)
    app.add_exception_handler(PageError, page_error_handler)


__all__ = ["FORM_PATHS", "PREFIX", "install"]

"""The review page in a real headless Chromium (Debian's, driven by Playwright): sign in, queue, case, a
keyboard override with a reason, and the decision found in the database. Saves screenshots to artifacts/."""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

from api import create_app
from model.settings import Settings
from storage import create_api_key, decisions_for_case
from tests.review.conftest import FEAR, UNDER_RECORDED, UNSURE

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAYLOAD = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><b>bold?</b>'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_server(tmp_path, fake_classifier):
    """The API (with the review page) on a free loopback port, served by uvicorn in a thread."""
    import uvicorn

    settings = Settings(data_dir=tmp_path / "data", session_secret="browser-test-secret")
    app = create_app(settings, classifier=fake_classifier)
    with app.state.database.session() as session:
        keys = {
            "system": create_api_key(session, "system", "records system").key,
            "registrar": create_api_key(session, "registrar", "Registrar Ann Example").key,
        }
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", app, keys
    finally:
        server.should_exit = True
        thread.join(timeout=5)


def _seed(base: str, key: str) -> dict[str, int]:
    cases = {}
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=10) as http:
        for name, text, recorded, reference in (
            ("fear", FEAR, "harassment", "CRI/2026/000102"),
            ("unsure", UNSURE, "8L", "CRI/2026/000103"),
            ("under", UNDER_RECORDED + " Note left on car: " + PAYLOAD, "harassment", "CRI/2026/000101"),
            ("under2", "He loitered by her gym and watched her leave again; she changed her route.", "8L", None),
        ):
            response = http.post("/v1/audit", json={"text": text, "recorded": recorded, "reference": reference})
            assert response.status_code == 200, response.text
            assert response.json()["in_review_queue"]
            cases[name] = response.json()["case_id"]
    return cases


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install -y chromium)")
def test_sign_in_review_and_override_with_the_keyboard(live_server):
    from playwright.sync_api import expect, sync_playwright

    base, app, keys = live_server
    cases = _seed(base, keys["system"])
    ARTIFACTS.mkdir(exist_ok=True)
    problems: list[str] = []

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1000}, locale="en-GB")
            page.set_default_timeout(8_000)
            page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
            page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status} {r.url}"))

            # Sign in: /review sends an anonymous browser to the form.
            page.goto(f"{base}/review")
            expect(page).to_have_url(f"{base}/review/sign-in")
            page.fill("#key", keys["registrar"])
            page.press("#key", "Enter")
            expect(page).to_have_url(f"{base}/review/queue")
            expect(page.locator(".who")).to_contain_text("Registrar Ann Example")
            assert keys["registrar"] not in page.url

            # The queue: counts, and the under-recorded stalking case first.
            expect(page.locator('[data-count="waiting"]')).to_have_text("4")
            expect(page.locator('[data-count="under"]')).to_have_text("2")
            rows = page.locator("#queue-table tbody tr")
            expect(rows).to_have_count(4)
            expect(rows.first).to_have_attribute("data-case", str(cases["under"]))
            expect(rows.first.locator(".under-badge")).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "review-queue.png"), full_page=True)

            # Open the first case with the keyboard.
            page.keyboard.press("n")
            expect(page).to_have_url(f"{base}/review/cases/{cases['under']}")
            narrative = page.locator("#narrative")
            expect(narrative).to_be_visible()
            marks = narrative.locator("mark.ev")
            assert marks.count() >= 4
            follow = narrative.locator("mark#span-0")
            expect(follow).to_be_visible()
            expect(follow.locator(".ev-tag")).to_have_text("SURVEILLANCE")
            expect(follow).to_have_attribute("title", "SURVEILLANCE · STALK_FOLLOW · score 0.90")
            expect(narrative.locator("mark.ev-fixation").first).to_be_visible()
            # The payload is shown as text, never run or parsed as markup.
            expect(narrative).to_contain_text("<script>window.__pwned = 1</script>")
            expect(narrative).to_contain_text("<b>bold?</b>")
            assert narrative.locator("script, img, b").count() == 0
            assert page.evaluate("window.__pwned === undefined")

            # Elements: visible, each linked to its spans.
            course = page.locator('.element[data-element="course_of_conduct"]')
            stalking = page.locator('.element[data-element="stalking_behaviour"]')
            expect(course).to_be_visible()
            expect(course.locator(".status")).to_have_text("met")
            expect(stalking.locator(".status")).to_have_text("met")
            link = stalking.locator("a.span-link").first
            expect(link).to_be_visible()
            assert link.get_attribute("href") == "#span-0"
            link.hover()
            expect(page.locator("mark#span-0")).to_have_class("ev ev-surveillance focus")
            expect(page.locator("#offence-suggested .hocr")).to_have_text("8Q")
            expect(page.locator("#offence-recorded .hocr")).to_have_text("8L")
            expect(page.locator("#model-version")).to_have_text("fake-0.1")
            expect(page.locator("#probabilities .bar-row")).to_have_count(9)
            expect(page.locator("#shortcuts")).to_contain_text("next case")
            page.mouse.move(0, 0)
            page.screenshot(path=str(ARTIFACTS / "review-case.png"), full_page=True)

            # Override with the keyboard: 2 = harassment, a reason, Ctrl+Enter.
            page.keyboard.press("2")
            expect(page.locator("#label-2")).to_be_checked()
            expect(page.locator("#reason")).to_be_focused()
            page.keyboard.type("Following was a single shared commute; no fixation beyond one remark.")
            page.keyboard.press("Control+Enter")
            expect(page.locator(".flash")).to_contain_text(f"Decision on case {cases['under']} recorded")

            # Straight on to the next case: lower stalking to no offence and ask for a second review (s).
            expect(page).to_have_url(re.compile(rf"/review/cases/{cases['under2']}\?done="))
            page.keyboard.press("1")
            expect(page.locator("#reason")).to_be_focused()
            page.keyboard.type("Gym visits may be coincidence; needs a second view.")
            page.keyboard.press("Escape")
            page.keyboard.press("s")
            expect(page.locator("#second-review")).to_be_checked()
            page.keyboard.press("Control+Enter")

            # The next one agrees with nothing recorded: accept the suggestion in one keystroke.
            expect(page).to_have_url(re.compile(rf"/review/cases/{cases['fear']}\?done="))
            page.keyboard.press("a")
            expect(page).to_have_url(re.compile(rf"/review/cases/{cases['unsure']}\?done="))

            page.goto(f"{base}/review/queue")
            expect(page.locator('[data-count="waiting"]')).to_have_text("1")
            expect(page.locator("#second-table tbody tr")).to_have_count(1)
            expect(page.locator("#second-table tbody tr").first).to_have_attribute("data-case", str(cases["under2"]))
            page.screenshot(path=str(ARTIFACTS / "review-queue-after.png"), full_page=True)
        finally:
            browser.close()

    assert problems == [], problems
    with app.state.database.session() as session:
        decisions = decisions_for_case(session, cases["under"])
        assert len(decisions) == 1
        decision = decisions[0]
        assert decision.label == "harassment"
        assert decision.reason == "Following was a single shared commute; no fixation beyond one remark."
        assert "Registrar Ann Example" in decision.decided_by
        assert decision.model_version == "fake-0.1"
        assert decision.suggestion_id is not None
        assert decision.second_review is False
        [flagged] = decisions_for_case(session, cases["under2"])
        assert (flagged.label, flagged.second_review) == ("no_offence", True)
        [accepted] = decisions_for_case(session, cases["fear"])
        assert (accepted.label, accepted.reason) == ("harassment_fear_of_violence", "")
    assert (ARTIFACTS / "review-case.png").stat().st_size > 10_000

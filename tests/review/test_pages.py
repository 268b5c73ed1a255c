"""The review page over HTTP (TestClient): sign-in and sessions, roles, CSRF, escaping, the queue,
the case view and decisions, second reviews, and what must never reach URLs or logs."""

from __future__ import annotations

import logging
import re

import pytest

from storage import decisions_for_case, revoke_api_key
from storage.review import case_for_review
from tests.review.conftest import FEAR, UNDER_RECORDED, UNSURE, audit, csrf_of, sign_in

SCRIPT = "<script>alert('x')</script>"
HTML_PAYLOAD = f'He followed her again. {SCRIPT}<img src=x onerror="alert(1)"><a href="javascript:alert(2)">link</a> & "quotes"'


def _decide(client, case_id: int, **fields):
    page = client.get(f"/review/cases/{case_id}")
    assert page.status_code == 200, page.text
    match = re.search(r'name="suggestion_id" value="(\d+)"', page.text)  # absent once a case is decided
    data = {"csrf_token": csrf_of(page.text), "suggestion_id": match.group(1) if match else "", **fields}
    return client.post(f"/review/cases/{case_id}/decision", data=data, follow_redirects=False)


def _decisions(app, case_id: int):
    with app.state.database.session() as session:
        return decisions_for_case(session, case_id)


# --- signing in ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/review", "/review/", "/review/queue", "/review/cases/1"])
def test_anonymous_requests_go_to_sign_in(client, path):
    response = client.get(path, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/review/sign-in"


def test_sign_in_sets_a_strict_httponly_cookie_and_never_puts_the_key_in_a_url(client, keys):
    response = sign_in(client, keys["registrar"])
    assert response.status_code == 303 and response.headers["location"] == "/review/queue"
    cookies = response.headers.get_list("set-cookie")
    session_cookie = next(c for c in cookies if c.startswith("rf_review_session="))
    assert "HttpOnly" in session_cookie and "SameSite=strict" in session_cookie and "Path=/review" in session_cookie
    assert keys["registrar"] not in session_cookie
    assert keys["registrar"] not in response.headers["location"]
    queue = client.get("/review/queue")
    assert queue.status_code == 200 and "test registrar" in queue.text
    assert keys["registrar"] not in queue.text


def test_admin_keys_may_review_other_roles_may_not(client, keys):
    assert sign_in(client, keys["admin"]).status_code == 303
    client.cookies.clear()
    refused = sign_in(client, keys["system"])
    assert refused.status_code == 403
    assert "role &#39;system&#39;" in refused.text and "registrar key" in refused.text
    assert "rf_review_session" not in refused.headers.get("set-cookie", "")
    assert client.get("/review/queue", follow_redirects=False).status_code == 303


@pytest.mark.parametrize("key", ["", "rf_not-a-real-key", "Bearer whatever"])
def test_unknown_keys_are_refused(client, key):
    response = sign_in(client, key)
    assert response.status_code == 401
    assert "unknown or revoked" in response.text


def test_sign_out_ends_the_session_even_for_a_copied_cookie(client, keys):
    sign_in(client, keys["registrar"])
    stolen = client.cookies.get("rf_review_session")
    page = client.get("/review/queue")
    response = client.post("/review/sign-out", data={"csrf_token": csrf_of(page.text)}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/review/sign-in"
    client.cookies.set("rf_review_session", stolen, path="/review")
    assert client.get("/review/queue", follow_redirects=False).status_code == 303


def test_revoking_the_key_ends_its_sessions(app, client, keys):
    sign_in(client, keys["registrar"])
    assert client.get("/review/queue").status_code == 200
    with app.state.database.session() as session:
        from storage import list_api_keys

        key_id = next(k.id for k in list_api_keys(session) if k.name == "test registrar")
        revoke_api_key(session, key_id)
    assert client.get("/review/queue", follow_redirects=False).status_code == 303


def test_a_forged_cookie_is_refused(client):
    client.cookies.set("rf_review_session", "InRva2VuIg.forged-signature", path="/review")
    assert client.get("/review/queue", follow_redirects=False).status_code == 303


# --- CSRF ------------------------------------------------------------------------------------


def test_sign_in_needs_the_forms_token(client, keys):
    client.get("/review/sign-in")
    for token in ("", "0" * 64):
        response = client.post("/review/sign-in", data={"key": keys["registrar"], "csrf_token": token}, follow_redirects=False)
        assert response.status_code == 403
    assert "rf_review_session" not in client.cookies


def test_decisions_and_sign_out_need_the_sessions_token(app, client, keys):
    case_id = audit(client, keys, UNDER_RECORDED, "harassment")["case_id"]
    sign_in(client, keys["registrar"])
    page = client.get(f"/review/cases/{case_id}")
    good = csrf_of(page.text)
    shown = re.search(r'name="suggestion_id" value="(\d+)"', page.text).group(1)
    for token in ("", "f" * 64):
        response = client.post(
            f"/review/cases/{case_id}/decision",
            data={"csrf_token": token, "action": "accept", "suggestion_id": shown},
            follow_redirects=False,
        )
        assert response.status_code == 403 and "Reload the page" in response.text
    # A valid token posted from another site is refused too.
    response = client.post(
        f"/review/cases/{case_id}/decision",
        data={"csrf_token": good, "action": "accept", "suggestion_id": shown},
        headers={"Origin": "https://evil.example"},
        follow_redirects=False,
    )
    assert response.status_code == 403
    assert client.post("/review/sign-out", data={"csrf_token": ""}, follow_redirects=False).status_code == 403
    assert _decisions(app, case_id) == []
    # Another registrar's session has another token.
    client.cookies.clear()
    other = sign_in(client, keys["registrar2"])
    assert other.status_code == 303
    response = client.post(
        f"/review/cases/{case_id}/decision",
        data={"csrf_token": good, "action": "accept", "suggestion_id": shown},
        follow_redirects=False,
    )
    assert response.status_code == 403 and _decisions(app, case_id) == []


def test_anonymous_decision_posts_write_nothing(app, client, keys):
    case_id = audit(client, keys, UNDER_RECORDED, "harassment")["case_id"]
    response = client.post(f"/review/cases/{case_id}/decision", data={"action": "accept"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/review/sign-in"
    assert _decisions(app, case_id) == []


# --- escaping --------------------------------------------------------------------------------


def test_narrative_reference_and_reason_are_escaped(app, registrar, keys):
    case_id = audit(registrar, keys, HTML_PAYLOAD, "harassment", reference='<b onmouseover="x()">REF</b>')["case_id"]
    queue = registrar.get("/review/queue").text
    assert '<b onmouseover="x()">' not in queue and "&lt;b onmouseover=" in queue
    page = registrar.get(f"/review/cases/{case_id}").text
    assert SCRIPT not in page and "<img src=x" not in page and 'href="javascript:' not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in page
    assert "&amp; &#34;quotes&#34;" in page
    # The highlighted span is still there, around escaped text.
    assert re.search(r'<mark id="span-\d+" class="ev ev-surveillance"[^>]*><span class="ev-tag ev-surveillance"[^>]*>SURVEILLANCE</span>followed</mark>', page)

    response = _decide(registrar, case_id, action="choose", label="no_offence", reason=f"{SCRIPT} not a course")
    assert response.status_code == 303
    page = registrar.get(f"/review/cases/{case_id}").text
    assert SCRIPT not in page and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; not a course" in page
    assert _decisions(app, case_id)[0].reason == f"{SCRIPT} not a course"  # stored as typed, escaped on output


# --- the queue -------------------------------------------------------------------------------


def test_queue_order_counts_filters_and_second_review_section(app, client, keys):
    unsure = audit(client, keys, UNSURE, "harassment")["case_id"]
    fear = audit(client, keys, FEAR, "harassment")["case_id"]
    under = audit(client, keys, UNDER_RECORDED, "8L")["case_id"]
    audit(client, keys, "He followed her again and watched her house; she is scared.", "stalking_fear_alarm_distress")
    sign_in(client, keys["registrar"])
    page = client.get("/review/queue").text
    rows = re.findall(r'<tr class="[^"]*" data-case="(\d+)">', page)
    assert rows == [str(under), str(fear), str(unsure)]
    assert re.search(r'data-count="waiting">3<', page) and re.search(r'data-count="under">1<', page)
    assert re.search(r'data-count="misclassified">2<', page) and re.search(r'data-count="needs_review">1<', page)
    assert "under-recorded stalking?" in page and "sent as 8L" in page

    filtered = client.get("/review/queue", params={"verdict": "needs_review", "recorded": "harassment"}).text
    assert re.findall(r'<tr class="[^"]*" data-case="(\d+)">', filtered) == [str(unsure)]
    assert re.search(r'data-count="matching">1<', filtered)
    assert f'href="/review/cases/{unsure}?recorded=harassment&amp;verdict=needs_review"' in filtered
    odd = client.get("/review/queue", params={"suggested": "<x>", "date_from": "yesterday"}).text
    assert "ignored an unknown value for the suggested filter" in odd and "use a date like" in odd
    assert "<x>" not in odd

    # A lowered stalking suggestion sent for a second review leaves the main list for its own section.
    assert _decide(client, under, action="keep", reason="one trip", second_review="on").status_code == 303
    page = client.get("/review/queue").text
    assert re.findall(r'<tr class="[^"]*" data-case="(\d+)">', page) == [str(fear), str(unsure)]
    second = page.split('id="second-table"')[1]
    assert f'data-case="{under}"' in second and ">you<" in second
    assert re.search(r'data-count="second">1<', page)


# --- the case view ---------------------------------------------------------------------------


def test_case_view_shows_evidence_elements_offences_probabilities_and_shortcuts(registrar, keys):
    case_id = audit(registrar, keys, UNDER_RECORDED, "8L", reference="CRI/2026/7")["case_id"]
    response = registrar.get(f"/review/cases/{case_id}")
    page = response.text
    assert response.status_code == 200
    # Evidence: coloured marks that name their type, a legend, hover titles with subtype and score.
    assert page.count('<mark id="span-') == 5
    assert 'title="SURVEILLANCE · STALK_LOITER · score 0.90"' in page
    for evidence_type in ("SURVEILLANCE", "CONTACT", "INTERFERENCE", "FIXATION", "REPETITION", "THREAT",
                          "DISTRESS_IMPACT", "HOSTILITY"):
        assert f'data-type="{evidence_type}"' in page
    # Elements linked to their spans.
    assert re.search(r'data-element="stalking_behaviour" data-spans="0 2 3 4"', page)
    assert 'href="#span-2"' in page
    # Suggested vs recorded with statute and HOCR code; probabilities; the model version.
    suggested = page.split('id="offence-suggested"')[1].split('id="offence-recorded"')[0]
    recorded = page.split('id="offence-recorded"')[1]
    assert "Protection from Harassment Act 1997 s.2A" in suggested and ">8Q<" in suggested
    assert "Protection from Harassment Act 1997 s.2<" in recorded and ">8L<" in recorded and "sent as <code>8L</code>" in recorded
    assert page.count('<li class="bar-row') == 9 and 'width="90.0"' in page
    assert '<code id="model-version">fake-0.1</code>' in page
    for key in ("<kbd>a</kbd>", "<kbd>k</kbd>", "<kbd>1–9</kbd>", "<kbd>n</kbd>", "<kbd>s</kbd>"):
        assert key in page
    assert 'data-second-labels="no_offence harassment harassment_fear_of_violence aggravated_harassment' in page
    # Never cached, never framed, no inline script or style allowed.
    assert response.headers["cache-control"] == "no-store"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert " style=" not in page and "<script>" not in page


@pytest.mark.parametrize("path", ["/review/cases/999", "/review/cases/abc", "/review/cases/99999999999999"])
def test_unknown_cases_get_an_html_404(registrar, path):
    response = registrar.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html") and "No such case" in response.text


# --- decisions -------------------------------------------------------------------------------


def test_accept_keep_and_choose(app, registrar, keys):
    a = audit(registrar, keys, UNDER_RECORDED, "harassment")["case_id"]
    b = audit(registrar, keys, FEAR, "harassment")["case_id"]
    c = audit(registrar, keys, UNSURE, "harassment")["case_id"]

    response = _decide(registrar, a, action="accept")
    assert response.status_code == 303
    assert response.headers["location"] == f"/review/cases/{b}?done={a}"  # straight on to the next case
    [decision] = _decisions(app, a)
    assert (decision.label, decision.reason, decision.model_version) == ("stalking", "", "fake-0.1")
    assert decision.decided_by.endswith("(test registrar)")

    refused = _decide(registrar, b, action="keep")
    assert refused.status_code == 422 and "give a reason" in refused.text
    assert _decisions(app, b) == []
    kept = _decide(registrar, b, action="keep", reason="threats were not on two occasions")
    assert kept.status_code == 303
    assert _decisions(app, b)[0].label == "harassment"

    chosen = _decide(registrar, c, action="choose", label="harassment")  # agrees with the suggestion: no reason
    assert chosen.status_code == 303 and chosen.headers["location"] == f"/review/queue?done={c}"
    assert _decisions(app, c)[0].label == "harassment"
    page = registrar.get(f"/review/cases/{c}").text
    assert "This case has been decided" in page and 'id="history"' in page and 'id="decision"' not in page
    again = _decide(registrar, c, action="accept", suggestion_id=str(_decisions(app, c)[0].suggestion_id))
    assert again.status_code == 409 and "already been decided" in again.text


def test_a_refused_decision_keeps_what_was_typed(registrar, keys):
    case_id = audit(registrar, keys, UNDER_RECORDED, "harassment")["case_id"]
    response = _decide(registrar, case_id, action="choose", label="stalking", reason="typed <text>", second_review="on")
    assert response.status_code == 422 and "only a decision that lowers a stalking suggestion" in response.text
    assert "typed &lt;text&gt;</textarea>" in response.text
    assert 'value="stalking" data-key="4" checked' in response.text


def test_second_review_by_a_different_registrar(app, client, keys):
    case_id = audit(client, keys, UNDER_RECORDED, "harassment")["case_id"]
    sign_in(client, keys["registrar"])
    assert _decide(client, case_id, action="choose", label="no_offence", reason="single trip", second_review="on").status_code == 303
    page = client.get(f"/review/cases/{case_id}").text
    assert 'id="blocked"' in page and 'id="decision"' not in page
    # Nor can they force it through with a hand-made POST.
    shown = _decisions(app, case_id)[0].suggestion_id
    token = csrf_of(client.get("/review/queue").text)
    forced = client.post(
        f"/review/cases/{case_id}/decision",
        data={"csrf_token": token, "action": "accept", "suggestion_id": str(shown)},
        follow_redirects=False,
    )
    assert forced.status_code == 409 and "different registrar" in forced.text

    client.cookies.clear()
    sign_in(client, keys["registrar2"])
    page = client.get(f"/review/cases/{case_id}").text
    assert "First decision:" in page and "single trip" in page and 'id="second-review"' not in page
    assert _decide(client, case_id, action="accept").status_code == 303
    decisions = _decisions(app, case_id)
    assert [(d.label, d.second_review) for d in decisions] == [("no_offence", True), ("stalking", False)]
    assert decisions[0].decided_by_key_id != decisions[1].decided_by_key_id
    with app.state.database.session() as session:
        assert case_for_review(session, case_id).stage == "closed"


# --- nothing sensitive in logs, URLs, metrics or the API schema -----------------------------


def test_no_narrative_key_or_reason_in_logs_urls_or_metrics(app, client, keys, caplog):
    secret_phrase = "Zebra-crossing-7731"
    text = UNDER_RECORDED + f" {secret_phrase}."
    reason = "Reason-phrase-4412"
    with caplog.at_level(logging.DEBUG):
        case_id = audit(client, keys, text, "harassment")["case_id"]
        sign_in(client, keys["registrar"])
        client.get("/review/queue")
        response = _decide(client, case_id, action="choose", label="harassment", reason=reason)
        assert response.status_code == 303
        followed = client.get(response.headers["location"])
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "decision" in logged  # the page does log what happened...
    for secret in (secret_phrase, reason, keys["registrar"], keys["system"]):
        assert secret not in logged  # ...but never what was written or the keys
        assert secret not in response.headers["location"] and secret not in str(followed.url)
    metrics = client.get("/metrics").text
    assert secret_phrase not in metrics and "/review/cases/{case_id}" in metrics
    assert f"/review/cases/{case_id}\"" not in metrics


def test_the_review_page_is_not_in_the_api_schema_and_the_api_still_wants_json(client, keys):
    schema = client.get("/openapi.json").json()
    assert not [p for p in schema["paths"] if p.startswith("/review")]
    response = client.post(
        "/v1/audit",
        content="text=x&recorded=8L",
        headers={"Authorization": f"Bearer {keys['system']}", "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 415


def test_an_agreed_case_has_nothing_to_decide(registrar, keys):
    agreed = audit(registrar, keys, "He followed her home again and waited outside her flat every night.", "stalking")
    assert agreed["verdict"] == "agree" and not agreed["in_review_queue"]
    page = registrar.get(f"/review/cases/{agreed['case_id']}").text
    assert "closed without a review" in page and 'id="decision"' not in page

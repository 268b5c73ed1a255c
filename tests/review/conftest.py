"""Review-page fixtures: the API app over a fresh SQLite database with the fake classifier, keys per role,
and helpers to seed cases through POST /v1/audit and to sign in through the page's own form."""

from __future__ import annotations

import re

import pytest

from model.settings import Settings
from storage import create_api_key

CSRF = re.compile(r'name="csrf_token" value="([0-9a-f]{64})"')

# Recorded as harassment; the fake classifier finds following, loitering and a fixation marker: stalking.
UNDER_RECORDED = (
    "IP reports her former colleague followed her from the station on four occasions and waited outside her "
    "workplace. He says they are meant to be together. She has blocked his number."
)
# Threats and fear, no surveillance: harassment_fear_of_violence, recorded as plain harassment.
FEAR = "On three occasions he said again that he would kill her. She is scared to go out."
# 'unsure' makes the fake classifier ask for review (confidence 0.55).
UNSURE = "Neighbour sent messages again about the bins; IP unsure whether it is aimed at her. She was upset."


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", max_text_chars=5_000, max_batch_items=8, session_secret="test-secret-review")


@pytest.fixture
def keys(app) -> dict[str, str]:
    with app.state.database.session() as session:
        made = {role: create_api_key(session, role, f"test {role}").key for role in ("system", "registrar", "admin")}
        made["registrar2"] = create_api_key(session, "registrar", "second registrar").key
        return made


def csrf_of(html: str) -> str:
    match = CSRF.search(html)
    assert match, "the page has no CSRF token"
    return match.group(1)


def audit(client, keys, text: str, recorded: str, reference: str | None = None) -> dict:
    response = client.post(
        "/v1/audit",
        json={"text": text, "recorded": recorded, "reference": reference},
        headers={"Authorization": f"Bearer {keys['system']}"},
    )
    assert response.status_code == 200, response.text
    return response.json()


def sign_in(client, key: str):
    page = client.get("/review/sign-in")
    assert page.status_code == 200
    return client.post(
        "/review/sign-in", data={"key": key, "csrf_token": csrf_of(page.text)}, follow_redirects=False
    )


@pytest.fixture
def registrar(client, keys):
    """A client signed in as the registrar."""
    response = sign_in(client, keys["registrar"])
    assert response.status_code == 303, response.text
    return client

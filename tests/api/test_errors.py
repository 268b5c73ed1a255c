"""Every failure path returns the one error shape with the right status and code, never a 500."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api import create_app
from storage import Database
from tests.api.helpers import STALKING_NARRATIVE, assert_error

LONG = "x" * 2_001  # settings fixture: max_text_chars=2_000


@pytest.mark.parametrize(
    ("path", "body", "status", "code", "field"),
    [
        ("/v1/classify", {"text": ""}, 422, "invalid_narrative", None),
        ("/v1/classify", {"text": " \n\t "}, 422, "invalid_narrative", None),
        ("/v1/classify", {"text": "a\x00b"}, 422, "invalid_narrative", None),
        ("/v1/classify", {"text": LONG}, 413, "narrative_too_long", None),
        ("/v1/classify", {"text": 42}, 422, "validation_error", "text"),
        ("/v1/classify", {"text": ["a"]}, 422, "validation_error", "text"),
        ("/v1/classify", {}, 422, "validation_error", "text"),
        ("/v1/classify", {"text": "ok", "extra": 1}, 422, "validation_error", "extra"),
        ("/v1/classify", {"text": "ok", "reference": "r" * 201}, 422, "validation_error", "reference"),
        ("/v1/classify", {"text": "ok", "reference": "a\x00"}, 422, "validation_error", "reference"),
        ("/v1/classify", ["not", "an", "object"], 422, "validation_error", "body"),
        ("/v1/classify/batch", {"items": "nope"}, 422, "validation_error", "items"),
        ("/v1/classify/batch", {"items": [{"text": 1}]}, 422, "validation_error", "items.0.text"),
        ("/v1/audit", {"text": STALKING_NARRATIVE, "recorded": "9Z"}, 422, "unknown_classification", None),
        ("/v1/audit", {"text": STALKING_NARRATIVE, "recorded": "  "}, 422, "unknown_classification", None),
        ("/v1/audit", {"text": STALKING_NARRATIVE}, 422, "validation_error", "recorded"),
        ("/v1/audit", {"text": "", "recorded": "8L"}, 422, "invalid_narrative", None),
        ("/v1/audit", {"text": LONG, "recorded": "8L"}, 413, "narrative_too_long", None),
    ],
)
def test_bad_json_bodies(client, auth, path, body, status, code, field):
    error = assert_error(client.post(path, json=body, headers=auth()), status, code)
    if field is not None:
        assert field in [d["field"] for d in error["details"]]


def test_validation_details_never_echo_the_input(client, auth):
    secret = "SECRET-NARRATIVE-WORDS " * 3
    error = assert_error(
        client.post("/v1/classify", json={"text": "ok", "reference": secret * 20}, headers=auth()), 422, "validation_error"
    )
    assert "SECRET" not in str(error)
    for detail in error["details"]:
        assert set(detail) == {"field", "type", "message"}


def test_surrogate_escape_is_refused(client, auth):
    body = b'{"text": "abc \\ud800 def"}'
    response = client.post("/v1/classify", content=body, headers={**auth(), "Content-Type": "application/json"})
    assert_error(response, 422, "invalid_narrative")


@pytest.mark.parametrize(
    ("content", "content_type", "status", "code"),
    [
        (b'{"text": "abc', "application/json", 400, "malformed_json"),
        (b"{'text': 'single quotes'}", "application/json", 400, "malformed_json"),
        (b'{"text": "caf\xe9"}', "application/json", 400, "body_not_utf8"),
        (b'\xff\xfe{\x00}\x00', "application/json", 400, "body_not_utf8"),
        (b"text=hello", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
        (b"hello", "text/plain", 415, "unsupported_media_type"),
    ],
)
def test_bad_raw_bodies(client, auth, content, content_type, status, code):
    response = client.post("/v1/classify", content=content, headers={**auth(), "Content-Type": content_type})
    assert_error(response, status, code)


def test_missing_content_type_is_still_parsed_as_json(client, auth):
    response = client.post("/v1/classify", content=b'{"text": "He followed her again."}', headers=auth())
    assert response.status_code == 200


def test_body_over_the_byte_limit_is_413(client, auth, app):
    from api.app import _max_body_bytes

    size = _max_body_bytes(app.state.settings) + 1
    response = client.post("/v1/classify", content=b"x" * size, headers={**auth(), "Content-Type": "application/json"})
    assert_error(response, 413, "body_too_large")


def test_unknown_path_and_method(client, auth):
    assert_error(client.get("/v2/classify", headers=auth()), 404, "not_found")
    assert_error(client.get("/v1/classify", headers=auth()), 405, "method_not_allowed")


def test_revoking_an_unknown_key_is_404(client, auth):
    assert_error(client.delete("/v1/keys/999", headers=auth("admin")), 404, "not_found")
    assert_error(client.delete("/v1/keys/0", headers=auth("admin")), 422, "validation_error")
    assert_error(client.delete("/v1/keys/abc", headers=auth("admin")), 422, "validation_error")


def test_bad_query_parameters_are_422(client, auth):
    error = assert_error(client.get("/v1/review/queue?limit=0", headers=auth("registrar")), 422, "validation_error")
    assert error["details"][0]["field"] == "limit"


def test_model_failure_is_a_500_with_the_shape_and_no_text(settings, keys, caplog):
    class Broken:
        version, card = "broken", {}

        def classify(self, text):
            raise RuntimeError(f"exploded on {text}")

        def classify_many(self, texts, batch_size=16):
            raise RuntimeError("exploded")

    app = create_app(settings, classifier=Broken())
    with app.state.database.session() as session:
        from storage import create_api_key

        key = create_api_key(session, "system").key
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post("/v1/classify", json={"text": STALKING_NARRATIVE}, headers={"Authorization": f"Bearer {key}"})
    error = assert_error(response, 500, "internal_error")
    assert "followed" not in error["message"]
    assert "followed" not in caplog.text
    assert "RuntimeError" in caplog.text


def test_model_still_loading_is_503(settings, monkeypatch):
    import threading

    release = threading.Event()

    def slow_load(_settings):
        release.wait(5)
        raise RuntimeError("never loads in this test")

    monkeypatch.setattr("api.app._load_classifier", slow_load)
    app = create_app(settings)
    with app.state.database.session() as session:
        from storage import create_api_key

        key = create_api_key(session, "system").key
    with TestClient(app) as client:
        response = client.post("/v1/classify", json={"text": "x"}, headers={"Authorization": f"Bearer {key}"})
        assert_error(response, 503, "model_not_ready")
        ready = assert_error(client.get("/readyz"), 503, "not_ready")
        assert {"component": "model", "status": "loading"} in ready["details"]
        release.set()


def test_database_unreachable_is_503(settings, fake_classifier):
    database = Database("postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 2})
    app = create_app(settings, classifier=fake_classifier, database=database)
    with TestClient(app) as client:
        response = client.post("/v1/classify", json={"text": "x"}, headers={"Authorization": "Bearer rf_" + "a" * 43})
        assert_error(response, 503, "database_unavailable")
        ready = assert_error(client.get("/readyz"), 503, "not_ready")
        assert {"component": "database", "status": "unavailable"} in ready["details"]
        assert client.get("/healthz").json() == {"status": "ok"}

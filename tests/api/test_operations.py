"""/healthz, /readyz, /metrics, model loading in the lifespan, and no narrative text in logs or metrics."""

from __future__ import annotations

import logging
import threading

from fastapi.testclient import TestClient

from api import create_app
from storage import create_api_key
from tests.api.helpers import STALKING_NARRATIVE, assert_error


def test_health_and_ready(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready", "model_version": "fake-0.1", "database": "sqlite"}


def test_database_is_sqlite_in_the_data_dir_with_wal(app, settings, client):
    path = settings.data_dir / "rightfirst.db"
    assert path.exists()
    with app.state.database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_metrics_count_requests_suggestions_and_verdicts(client, auth):
    client.post("/v1/classify", json={"text": STALKING_NARRATIVE}, headers=auth())
    client.post("/v1/audit", json={"text": STALKING_NARRATIVE, "recorded": "harassment"}, headers=auth())
    client.post("/v1/classify", json={"text": ""}, headers=auth())
    client.get("/v1/keys/5")  # unmatched methods/paths must not create per-path series
    client.get("/no/such/path/123")
    text = client.get("/metrics").text
    assert 'rightfirst_http_requests_total{method="POST",route="/v1/classify",status="200"} 1.0' in text
    assert 'rightfirst_http_requests_total{method="POST",route="/v1/classify",status="422"} 1.0' in text
    assert 'rightfirst_suggestions_total{label="stalking"} 2.0' in text
    assert 'rightfirst_audit_verdicts_total{verdict="likely_misclassified"} 1.0' in text
    assert 'rightfirst_audit_verdicts_total{verdict="agree"} 0.0' in text
    assert 'rightfirst_http_request_duration_seconds_bucket{le="0.5",method="POST",route="/v1/audit"}' in text
    assert 'rightfirst_model_info{version="fake-0.1"} 1.0' in text
    assert "/no/such/path/123" not in text and 'route="unmatched"' in text


def test_each_app_has_its_own_metrics(settings, fake_classifier):
    first = create_app(settings, classifier=fake_classifier)
    second = create_app(settings, classifier=fake_classifier)
    assert first.state.metrics.registry is not second.state.metrics.registry


def test_model_loads_once_in_the_lifespan(settings, fake_classifier, monkeypatch):
    calls = []
    release = threading.Event()

    def load(_settings):
        calls.append(1)
        release.wait(5)
        return fake_classifier

    monkeypatch.setattr("api.app._load_classifier", load)
    app = create_app(settings)
    with app.state.database.session() as session:
        key = create_api_key(session, "system").key
    headers = {"Authorization": f"Bearer {key}"}
    with TestClient(app) as client:
        assert_error(client.get("/readyz"), 503, "not_ready")
        release.set()
        for _ in range(100):
            if client.get("/readyz").status_code == 200:
                break
            threading.Event().wait(0.05)
        assert client.get("/readyz").status_code == 200
        for _ in range(3):
            assert client.post("/v1/classify", json={"text": STALKING_NARRATIVE}, headers=headers).status_code == 200
    assert calls == [1]


def test_model_that_fails_to_load_reports_why(settings, monkeypatch):
    from model.errors import ModelNotFound

    def load(_settings):
        raise ModelNotFound("no current model in the registry")

    monkeypatch.setattr("api.app._load_classifier", load)
    app = create_app(settings)
    with TestClient(app) as client:
        for _ in range(100):
            if app.state.model_error:
                break
            threading.Event().wait(0.02)
        ready = assert_error(client.get("/readyz"), 503, "not_ready")
        assert {"component": "model", "status": "failed"} in ready["details"]


def test_no_narrative_text_in_logs_metrics_or_errors(client, auth, caplog):
    marker = "Zyxwvut"
    text = f"{marker} followed her on four occasions and waited outside her work. {marker} is meant to be together."
    caplog.set_level(logging.DEBUG)
    responses = [
        client.post("/v1/classify", json={"text": text, "reference": "R1"}, headers=auth()),
        client.post("/v1/audit", json={"text": text, "recorded": "harassment"}, headers=auth()),
        client.post("/v1/audit", json={"text": text, "recorded": f"{marker} offence"}, headers=auth()),
        client.post("/v1/classify", json={"text": text * 100}, headers=auth()),
        client.post("/v1/classify", json={"text": text, "extra": text}, headers=auth()),
        client.post("/v1/classify", content=f'{{"text": "{text}'.encode(), headers={**auth(), "Content-Type": "application/json"}),
        client.post("/v1/classify", content=text.encode("latin-1") + b"\xff", headers={**auth(), "Content-Type": "application/json"}),
        client.post("/v1/classify/batch", json={"items": [{"text": text}, {"text": text * 100}]}, headers=auth()),
    ]
    audit = responses[1].json()
    assert marker not in " ".join(audit["reasons"])
    for response in responses[2:]:
        body = response.json()
        errors = [body["error"]] if "error" in body else [r["error"] for r in body["results"] if r["error"]]
        assert errors and marker not in str(errors)
    assert marker not in caplog.text
    assert marker not in client.get("/metrics").text

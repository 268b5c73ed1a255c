"""POST /v1/admin/reload: a promoted model is served without a restart and without dropping requests."""

from __future__ import annotations

import shutil
import threading

from fastapi.testclient import TestClient

from api import create_app
from model.errors import ModelNotFound
from tests.api.helpers import STALKING_NARRATIVE, assert_error


class SlowFake:
    """Holds each classify call until released, so a reload can happen while a request is in flight."""

    def __init__(self, base, version: str):
        self.base, self.version, self.card = base, version, {"name": version}
        self.started, self.release = threading.Event(), threading.Event()

    def classify(self, text):
        self.started.set()
        assert self.release.wait(10), "the test never released the request"
        return self.base.classify(text).model_copy(update={"model_version": self.version})

    def classify_many(self, texts, batch_size=16):
        return [self.classify(t) for t in texts]


def test_reload_needs_an_admin_key(client, auth):
    assert_error(client.post("/v1/admin/reload", headers=auth("system")), 403, "forbidden")
    assert_error(client.post("/v1/admin/reload"), 401, "unauthorized")


def test_in_flight_requests_finish_on_the_old_model_and_later_ones_get_the_new(settings, fake_classifier, keys):
    old = SlowFake(fake_classifier, "old-1")
    new = SlowFake(fake_classifier, "new-2")
    new.release.set()
    app = create_app(settings, classifier=old)
    app.state.model_loader = lambda _settings: new
    system = {"Authorization": f"Bearer {keys['system']}"}
    admin = {"Authorization": f"Bearer {keys['admin']}"}
    results = {}
    with TestClient(app) as client:
        def in_flight():
            results["old"] = client.post("/v1/classify", json={"text": STALKING_NARRATIVE}, headers=system)

        worker = threading.Thread(target=in_flight)
        worker.start()
        assert old.started.wait(10)
        reloaded = client.post("/v1/admin/reload", headers=admin)  # answered while the classify call is held
        assert reloaded.status_code == 200, reloaded.text
        assert reloaded.json() | {"load_seconds": 0} == {"previous_version": "old-1", "version": "new-2",
                                                         "changed": True, "load_seconds": 0}
        old.release.set()
        worker.join(10)
        assert results["old"].status_code == 200
        assert results["old"].json()["suggestion"]["model_version"] == "old-1"
        after = client.post("/v1/classify", json={"text": STALKING_NARRATIVE}, headers=system)
        assert after.json()["suggestion"]["model_version"] == "new-2"
        assert client.get("/v1/model", headers=system).json()["version"] == "new-2"
        metrics = client.get("/metrics").text
        assert 'rightfirst_model_info{version="new-2"} 1.0' in metrics
        assert 'rightfirst_model_info{version="old-1"} 0.0' in metrics


def test_a_failed_load_keeps_the_old_model_serving(app, client, auth):
    def broken(_settings):
        raise ModelNotFound("no current model in the registry")

    app.state.model_loader = broken
    error = assert_error(client.post("/v1/admin/reload", headers=auth("admin")), 503, "model_reload_failed")
    assert "fake-0.1" in error["message"]
    assert client.get("/v1/model", headers=auth()).json()["version"] == "fake-0.1"


def test_reload_serves_the_registry_current_version(settings, fake_classifier, tiny_model_dir, keys):
    from training.registry import set_current

    settings = settings.model_copy(update={"models_dir": settings.data_dir.parent / "models", "torch_threads": 1})
    shutil.copytree(tiny_model_dir, settings.models_dir / "tiny-test")
    set_current("tiny-test", settings, reason="promoted in a test")
    app = create_app(settings, classifier=fake_classifier)
    with TestClient(app) as client:
        admin = {"Authorization": f"Bearer {keys['admin']}"}
        body = client.post("/v1/admin/reload", headers=admin).json()
        assert body["previous_version"] == "fake-0.1" and body["version"] == "tiny-test"
        answer = client.post("/v1/classify", json={"text": STALKING_NARRATIVE},
                             headers={"Authorization": f"Bearer {keys['system']}"})
        assert answer.status_code == 200 and answer.json()["suggestion"]["model_version"] == "tiny-test"

"""The API end to end over PostgreSQL (the storage tests cover the repository on both backends)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api import create_app
from storage import create_api_key, review_queue
from tests.api.helpers import STALKING_NARRATIVE


@pytest.mark.postgres
def test_audit_and_queue_over_postgres(settings, fake_classifier, postgres_database):
    app = create_app(settings, classifier=fake_classifier, database=postgres_database)
    with postgres_database.session() as session:
        key = create_api_key(session, "admin", "pg").key
    headers = {"Authorization": f"Bearer {key}"}
    with TestClient(app) as client:
        assert client.get("/readyz").json()["database"] == "postgresql"
        body = client.post("/v1/audit", json={"text": STALKING_NARRATIVE, "recorded": "8L", "reference": "PG-1"}, headers=headers).json()
        assert body["verdict"] == "likely_misclassified"
        queue = client.get("/v1/review/queue", headers=headers).json()
        assert [item["reference"] for item in queue["items"]] == ["PG-1"]
    with postgres_database.session() as session:
        assert review_queue(session)[0].suggested_label == "stalking"

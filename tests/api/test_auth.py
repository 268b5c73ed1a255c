"""Keys and roles: 401 without a valid key, 403 for the wrong role, admin may do everything."""

from __future__ import annotations

import pytest

from storage import hash_key, list_api_keys
from tests.api.helpers import STALKING_NARRATIVE, assert_error

ENDPOINTS = {
    "classify": ("post", "/v1/classify", {"text": STALKING_NARRATIVE}),
    "batch": ("post", "/v1/classify/batch", {"items": [{"text": STALKING_NARRATIVE}]}),
    "audit": ("post", "/v1/audit", {"text": STALKING_NARRATIVE, "recorded": "8L"}),
    "offences": ("get", "/v1/offences", None),
    "model": ("get", "/v1/model", None),
    "queue": ("get", "/v1/review/queue", None),
    "keys_list": ("get", "/v1/keys", None),
    "keys_create": ("post", "/v1/keys", {"role": "system", "name": "x"}),
}
ALLOWED = {
    "system": {"classify", "batch", "audit", "offences", "model"},
    "registrar": {"offences", "model", "queue"},
    "admin": set(ENDPOINTS),
}


def _call(client, name, headers):
    method, path, body = ENDPOINTS[name]
    return client.request(method.upper(), path, json=body, headers=headers)


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer rf_not-a-real-key"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "rf_missing_scheme"},
    ],
    ids=["none", "empty", "unknown", "basic", "no-scheme"],
)
def test_401_without_a_valid_key(client, name, headers):
    response = _call(client, name, headers)
    assert_error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize("role", ["system", "registrar", "admin"])
@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_roles(client, auth, role, name):
    response = _call(client, name, auth(role))
    if name in ALLOWED[role]:
        assert response.status_code in (200, 201), response.text
    else:
        error = assert_error(response, 403, "forbidden")
        assert role in error["message"]


def test_keys_are_stored_only_as_hashes(app, keys):
    with app.state.database.session() as session:
        records = list_api_keys(session)
    stored = {r.key_hash for r in records}
    for key in keys.values():
        assert key.startswith("rf_") and len(key) >= 40
        assert hash_key(key) in stored
        assert all(key not in (r.key_hash, r.prefix, r.name) for r in records)


def test_admin_creates_lists_and_revokes_keys(client, auth):
    created = client.post("/v1/keys", json={"role": "registrar", "name": "desk 4"}, headers=auth("admin"))
    assert created.status_code == 201
    new = created.json()
    assert new["key"].startswith(new["prefix"]) and new["role"] == "registrar"
    new_headers = {"Authorization": f"Bearer {new['key']}"}
    assert client.get("/v1/review/queue", headers=new_headers).status_code == 200

    listed = client.get("/v1/keys", headers=auth("admin")).json()["keys"]
    assert new["id"] in [k["id"] for k in listed]
    assert all("key" not in k for k in listed)

    revoked = client.delete(f"/v1/keys/{new['id']}", headers=auth("admin"))
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
    assert_error(client.get("/v1/review/queue", headers=new_headers), 401, "unauthorized")
    # Revoking again is harmless and keeps the first revocation time.
    again = client.delete(f"/v1/keys/{new['id']}", headers=auth("admin")).json()
    assert again["revoked_at"] == revoked.json()["revoked_at"]


def test_unknown_role_is_422(client, auth):
    error = assert_error(client.post("/v1/keys", json={"role": "root"}, headers=auth("admin")), 422, "validation_error")
    assert error["details"][0]["field"] == "role"

"""API keys: random, hashed, revocable."""

from __future__ import annotations

import pytest

from storage import NotFound, authenticate, create_api_key, generate_key, hash_key, list_api_keys, revoke_api_key


def test_generated_keys_are_random_and_prefixed():
    keys = {generate_key() for _ in range(50)}
    assert len(keys) == 50
    assert all(k.startswith("rf_") and len(k) == 46 for k in keys)


def test_create_authenticate_revoke(database):
    with database.session() as session:
        new = create_api_key(session, "registrar", "desk 4")
        key, key_id = new.key, new.record.id
    with database.session() as session:
        record = authenticate(session, key)
        assert (record.id, record.role, record.name) == (key_id, "registrar", "desk 4")
        assert record.key_hash == hash_key(key) and key not in record.key_hash
        assert key.startswith(record.prefix)
        assert authenticate(session, key + "x") is None
        assert authenticate(session, "not-a-key") is None
    with database.session() as session:
        revoke_api_key(session, key_id)
    with database.session() as session:
        assert authenticate(session, key) is None
        assert [k.id for k in list_api_keys(session, include_revoked=False)] == []
        assert list_api_keys(session)[0].revoked_at is not None


def test_unknown_role_and_key(database):
    with database.session() as session:
        with pytest.raises(ValueError):
            create_api_key(session, "root")
        with pytest.raises(NotFound):
            revoke_api_key(session, 999)

"""API fixtures: an app over a fresh SQLite database with the fake classifier, and one key per role."""

from __future__ import annotations

import pytest

from model.settings import Settings
from storage import create_api_key


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", max_text_chars=2_000, max_batch_items=8)


@pytest.fixture
def keys(app) -> dict[str, str]:
    with app.state.database.session() as session:
        return {role: create_api_key(session, role, f"test {role}").key for role in ("system", "registrar", "admin")}


@pytest.fixture
def auth(keys):
    def headers(role: str = "system") -> dict[str, str]:
        return {"Authorization": f"Bearer {keys[role]}"}

    return headers


from tests.storage.databases import postgres_admin_engine, postgres_database  # noqa: E402,F401 - fixtures

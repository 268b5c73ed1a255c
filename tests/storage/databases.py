"""Database fixtures: a fresh database per test, on SQLite and on PostgreSQL (imported by conftests).

PostgreSQL comes from RIGHTFIRST_TEST_POSTGRES_URL (default: the loopback server the project's
machines and CI start). Each test gets its own schema, dropped afterwards, so runs never collide.
If the server is unreachable the postgres tests FAIL with the reason, unless
RIGHTFIRST_SKIP_POSTGRES=1 says to skip them.
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from storage import Database

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def postgres_url() -> str:
    return os.environ.get("RIGHTFIRST_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


@pytest.fixture(scope="session")
def postgres_admin_engine():
    if os.environ.get("RIGHTFIRST_SKIP_POSTGRES") == "1":
        pytest.skip("RIGHTFIRST_SKIP_POSTGRES=1")
    url = postgres_url()
    engine = create_engine(url, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - report any failure to connect in one clear message
        engine.dispose()
        pytest.fail(
            f"PostgreSQL is not reachable at {engine.url.render_as_string(hide_password=True)} "
            f"({type(exc).__name__}). Start it (the CI script does), point RIGHTFIRST_TEST_POSTGRES_URL at one, "
            "or set RIGHTFIRST_SKIP_POSTGRES=1 to skip the postgres tests.",
            pytrace=False,
        )
    yield engine
    engine.dispose()


@pytest.fixture
def postgres_database(postgres_admin_engine):
    schema = f"rf_test_{uuid.uuid4().hex[:12]}"
    with postgres_admin_engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    database = Database(postgres_url(), connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield database
    finally:
        database.dispose()
        with postgres_admin_engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def sqlite_database(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'data' / 'rightfirst.db'}")
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request):
    """The same test on both backends."""
    return request.getfixturevalue("postgres_database" if request.param == "postgresql" else "sqlite_database")

"""Storage fixtures: ``database`` runs each test on SQLite and on PostgreSQL (see databases.py)."""

from tests.storage.databases import (  # noqa: F401 - imported so pytest registers the fixtures here
    database,
    postgres_admin_engine,
    postgres_database,
    sqlite_database,
)

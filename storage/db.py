"""The database: engine, sessions and automatic migration on first use.

SQLite by default (``data_dir/rightfirst.db``, WAL mode, foreign keys on); PostgreSQL when
``RIGHTFIRST_DATABASE_URL`` is a ``postgresql+psycopg://`` URL. The schema is created or upgraded
by Alembic the first time a session is opened, so a fresh data directory just works.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from model.settings import Settings
from storage.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Any constant works: it only has to be the same in every process migrating one database.
_PG_MIGRATION_LOCK = 0x52464D49


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cursor.execute("PRAGMA foreign_keys=ON")  # off by default in SQLite
    cursor.execute("PRAGMA busy_timeout=10000")  # wait for the write lock instead of failing
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL, much faster than FULL
    cursor.close()


def all_metadata():
    """Base.metadata with every table of every storage module registered.

    Other modules of this package (e.g. the review page's) declare their own tables on the same
    Base; importing them all makes autogenerate and schema comparisons see the whole schema.
    """
    import importlib
    import pkgutil

    import storage
    from storage.models import Base

    for module in pkgutil.iter_modules(storage.__path__):
        if not module.ispkg:
            importlib.import_module(f"storage.{module.name}")
    return Base.metadata


def alembic_config(connection=None, url: str | None = None):
    """An Alembic Config pointing at the migrations inside this package (no alembic.ini needed).

    For a new migration: ``command.revision(alembic_config(url=...), autogenerate=True, message=...)``.
    """
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


class Database:
    def __init__(self, url: str, *, connect_args: dict[str, Any] | None = None, **engine_kwargs: Any):
        self.url = make_url(url)
        self.connect_args = dict(connect_args or {})  # as given, so a second Database can match this one
        args = dict(self.connect_args)
        if self.url.get_backend_name() == "sqlite":
            database = self.url.database
            if database and database != ":memory:" and not database.startswith("file:"):
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            # Sessions are used from FastAPI's threadpool; each connection is used by one thread at a time.
            args.setdefault("check_same_thread", False)
            args.setdefault("timeout", 10)
        self.engine: Engine = create_engine(url, connect_args=args, pool_pre_ping=True, **engine_kwargs)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._migrated = False
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> Database:
        return cls(settings.resolved_database_url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> None:
        """Create or upgrade the schema to the newest migration (idempotent, once per process)."""
        if self._migrated:
            return
        with self._lock:
            if self._migrated:
                return
            from alembic import command

            try:
                with self.engine.begin() as connection:
                    if self.dialect == "postgresql":
                        # Two workers starting together must not both create the tables.
                        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
                    command.upgrade(alembic_config(connection), "head")
            except SQLAlchemyError as exc:
                raise DatabaseUnavailable(
                    f"could not create or upgrade the database schema ({type(exc).__name__}); "
                    "check RIGHTFIRST_DATABASE_URL and that the database is reachable"
                ) from exc
            self._migrated = True
            log.info("database schema is at the newest migration (%s)", self.dialect)

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commits when the block ends, rolls back if it raises."""
        self.migrate()
        try:
            with self._sessions.begin() as session:
                yield session
        except SQLAlchemyError as exc:
            if _is_connection_error(exc):
                raise DatabaseUnavailable(
                    f"the database is not reachable ({type(exc).__name__}); try again shortly"
                ) from exc
            raise

    def ping(self) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return True
        except SQLAlchemyError:
            return False

    def dispose(self) -> None:
        self.engine.dispose()


def _is_connection_error(exc: SQLAlchemyError) -> bool:
    # OperationalError covers a lost server and SQLite's "database is locked": both are worth a retry.
    return isinstance(exc, OperationalError) or (isinstance(exc, DBAPIError) and exc.connection_invalidated)

"""The schema is created by Alembic on first use, is idempotent, and matches the models."""

from __future__ import annotations

import threading

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from storage import Database, alembic_config, create_api_key, list_api_keys
from storage.db import all_metadata

TABLES = {"alembic_version", "api_keys", "cases", "suggestions", "decisions"}


def test_first_session_creates_the_schema_at_head(database):
    assert database.current_revision() is None
    with database.session() as session:
        create_api_key(session, "admin", "first")
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert database.current_revision() == head
    assert TABLES <= set(inspect(database.engine).get_table_names())


def test_migrate_is_idempotent_across_processes(database):
    database.migrate()
    with database.session() as session:
        create_api_key(session, "system", "kept")
    # A second Database on the same URL (another process, a restart) finds the schema current.
    again = Database(database.url.render_as_string(hide_password=False), connect_args=database.connect_args)
    try:
        again.migrate()
        with again.session() as session:
            assert [k.name for k in list_api_keys(session)] == ["kept"]
    finally:
        again.dispose()


def test_models_and_migrations_agree(database):
    database.migrate()
    with database.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), all_metadata())
    assert diff == []


def test_downgrade_and_upgrade_round_trip(database):
    database.migrate()
    with database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert set(inspect(database.engine).get_table_names()) <= {"alembic_version"}
    with database.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    assert TABLES <= set(inspect(database.engine).get_table_names())


def test_concurrent_first_use_migrates_once(database):
    errors = []

    def use():
        try:
            with database.session() as session:
                create_api_key(session, "system")
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=use) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with database.session() as session:
        assert len(list_api_keys(session)) == 4


def test_sqlite_uses_wal_and_foreign_keys(sqlite_database):
    sqlite_database.migrate()
    with sqlite_database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_fresh_data_dir_just_works(tmp_path):
    from model.settings import Settings

    settings = Settings(data_dir=tmp_path / "new" / "dir")
    database = Database.from_settings(settings)
    try:
        with database.session() as session:
            create_api_key(session, "admin")
        assert (tmp_path / "new" / "dir" / "rightfirst.db").exists()
    finally:
        database.dispose()


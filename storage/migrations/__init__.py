"""Alembic migrations, run programmatically by storage.db.Database.migrate()."""

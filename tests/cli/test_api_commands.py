"""`rightfirst keys ...`, `rightfirst purge` and `rightfirst serve`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from cli.main import app
from model.settings import get_settings
from storage import Database, authenticate, list_api_keys


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("RIGHTFIRST_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("RIGHTFIRST_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def _database(data_dir: Path) -> Database:
    return Database(f"sqlite:///{data_dir / 'rightfirst.db'}")


def test_keys_create_prints_the_key_once_and_stores_its_hash(data_dir):
    result = CliRunner().invoke(app, ["keys", "create", "--role", "system", "--name", "rms"])
    assert result.exit_code == 0, result.output
    key = result.stdout.strip().splitlines()[-1]
    assert key.startswith("rf_")
    database = _database(data_dir)
    with database.session() as session:
        record = authenticate(session, key)
        assert (record.role, record.name) == ("system", "rms")
        assert all(key != k.key_hash for k in list_api_keys(session))
    database.dispose()

    listed = CliRunner().invoke(app, ["keys", "list"])
    assert listed.exit_code == 0
    assert "rms" in listed.stdout and "system" in listed.stdout
    assert key not in listed.stdout  # only the prefix is ever shown again


def test_keys_revoke(data_dir):
    runner = CliRunner()
    key = runner.invoke(app, ["keys", "create", "--role", "admin"]).stdout.strip().splitlines()[-1]
    result = runner.invoke(app, ["keys", "revoke", "1"])
    assert result.exit_code == 0 and "revoked key 1" in result.stdout
    database = _database(data_dir)
    with database.session() as session:
        assert authenticate(session, key) is None
    database.dispose()
    missing = runner.invoke(app, ["keys", "revoke", "99"])
    assert missing.exit_code == 1


def test_bootstrap_key_creates_one_admin_key_only_once(data_dir):
    runner = CliRunner()
    first = runner.invoke(app, ["bootstrap-key"])
    assert first.exit_code == 0 and first.stdout.strip().startswith("rf_")
    second = runner.invoke(app, ["bootstrap-key"])
    assert second.exit_code == 0 and second.stdout.strip() == ""
    database = _database(data_dir)
    with database.session() as session:
        assert [k.role for k in list_api_keys(session)] == ["admin"]
    database.dispose()


def test_keys_create_refuses_an_unknown_role(data_dir):
    result = CliRunner().invoke(app, ["keys", "create", "--role", "root"])
    assert result.exit_code != 0


def test_purge_needs_a_retention_period(data_dir, monkeypatch):
    monkeypatch.delenv("RIGHTFIRST_RETENTION_DAYS", raising=False)
    assert CliRunner().invoke(app, ["purge"]).exit_code == 2
    result = CliRunner().invoke(app, ["purge", "--days", "30"])
    assert result.exit_code == 0 and "0 closed case" in result.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_health_and_reports_a_missing_model(tmp_path):
    port = _free_port()
    env = {
        **os.environ,
        "RIGHTFIRST_DATA_DIR": str(tmp_path / "data"),
        "RIGHTFIRST_MODELS_DIR": str(tmp_path / "no-models"),
    }
    env.pop("RIGHTFIRST_MODEL_PATH", None)
    env.pop("RIGHTFIRST_DATABASE_URL", None)
    command = [sys.executable, "-m", "cli.main", "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        health = None
        while time.monotonic() < deadline:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert health is not None and health.json() == {"status": "ok"}
        ready = None
        while time.monotonic() < deadline:
            ready = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=5).json()
            if any(d["status"] == "failed" for d in ready["error"]["details"]):
                break
            time.sleep(0.2)
        assert ready["error"]["code"] == "not_ready"
        assert {"component": "model", "status": "failed"} in ready["error"]["details"]
        assert (tmp_path / "data" / "rightfirst.db").exists()  # schema created at start-up
    finally:
        process.terminate()
        process.wait(timeout=20)

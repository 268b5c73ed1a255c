"""The model registry: one directory per version under `models_dir`, and a CURRENT pointer.

Promotion history is kept in `history.json` (append-only) so a rollback knows where to go.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path

from model.settings import Settings

CURRENT_FILE = "CURRENT"
HISTORY_FILE = "history.json"


def new_version_name() -> str:
    return datetime.now(timezone.utc).strftime("minilm-%Y%m%d-%H%M%S")


def current_version(settings: Settings) -> str | None:
    path = settings.models_dir / CURRENT_FILE
    return path.read_text(encoding="utf-8").strip() if path.is_file() else None


def list_versions(settings: Settings) -> list[str]:
    if not settings.models_dir.is_dir():
        return []
    return sorted(p.name for p in settings.models_dir.iterdir() if (p / "rightfirst.json").is_file())


def _history(settings: Settings) -> list[dict]:
    path = settings.models_dir / HISTORY_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []


def set_current(version: str, settings: Settings, reason: str, forced: bool = False) -> None:
    if version not in list_versions(settings):
        raise ValueError(f"no model version {version!r} in {settings.models_dir}")
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    history = _history(settings)
    history.append({
        "version": version,
        "previous": current_version(settings),
        "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "reason": reason,
        "forced": forced,
    })
    (settings.models_dir / HISTORY_FILE).write_text(json.dumps(history, indent=2), encoding="utf-8")
    # Write-then-rename: a server reading CURRENT never sees half a name.
    tmp = settings.models_dir / f".{CURRENT_FILE}.tmp"
    tmp.write_text(version + "\n", encoding="utf-8")
    os.replace(tmp, settings.models_dir / CURRENT_FILE)


def register_version(path: Path, settings: Settings, make_current: bool = False) -> None:
    """A freshly trained version becomes current only when asked, or when there is no current one."""
    if Path(path).parent.resolve() != settings.models_dir.resolve():
        return
    if make_current or current_version(settings) is None:
        set_current(Path(path).name, settings, reason="first model" if not make_current else "promoted at training")

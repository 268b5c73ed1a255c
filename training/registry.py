"""The model registry: one directory per version under `models_dir`, and a CURRENT pointer.

Promotion history is kept in `history.json` (append-only) so a rollback knows where to go. Every
version also carries `manifest.json`: the data it was trained on (corpus file hashes, the audit
export's hash and counts), its training arguments and its metrics, so any model in service can be
traced to its data. Promotion goes through the champion-against-challenger gate
(`training.gate`); `--force` can override it and is recorded.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from model.settings import Settings

CURRENT_FILE = "CURRENT"
HISTORY_FILE = "history.json"
MANIFEST_FILE = "manifest.json"
EXTRAS_FILE = "rightfirst.json"  # same name as model.classifier.EXTRAS_FILE, without importing torch
EVALUATIONS_DIR = "evaluations"


class RegistryError(Exception):
    """A registry operation that cannot go ahead; the message says why and what to do."""


class PromotionRefused(RegistryError):
    def __init__(self, version: str, reasons: list[str], gate: dict | None = None):
        super().__init__(f"promotion of {version} refused: " + "; ".join(reasons))
        self.version = version
        self.reasons = reasons
        self.gate = gate


def new_version_name() -> str:
    return datetime.now(timezone.utc).strftime("minilm-%Y%m%d-%H%M%S")


def current_version(settings: Settings) -> str | None:
    path = settings.models_dir / CURRENT_FILE
    return path.read_text(encoding="utf-8").strip() if path.is_file() else None


def list_versions(settings: Settings) -> list[str]:
    if not settings.models_dir.is_dir():
        return []
    return sorted(p.name for p in settings.models_dir.iterdir() if (p / EXTRAS_FILE).is_file())


def version_dir(version: str, settings: Settings) -> Path:
    if version not in list_versions(settings):
        raise RegistryError(f"no model version {version!r} in {settings.models_dir}; `rightfirst models list` shows them")
    return settings.models_dir / version


def _history(settings: Settings) -> list[dict]:
    path = settings.models_dir / HISTORY_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []


def history(settings: Settings) -> list[dict]:
    return _history(settings)


def _who() -> str | None:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers; the entry is still useful
        return None


def set_current(
    version: str,
    settings: Settings,
    reason: str,
    forced: bool = False,
    *,
    action: str = "promote",
    gate: dict | None = None,
) -> None:
    if version not in list_versions(settings):
        raise ValueError(f"no model version {version!r} in {settings.models_dir}")
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    entries = _history(settings)
    entry = {
        "version": version,
        "previous": current_version(settings),
        "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "reason": reason,
        "forced": forced,
        "action": action,
        "by": _who(),
    }
    if gate is not None:
        entry["gate"] = gate
    entries.append(entry)
    _write_atomic(settings.models_dir / HISTORY_FILE, json.dumps(entries, indent=2))
    # Write-then-rename: a server reading CURRENT never sees half a name.
    _write_atomic(settings.models_dir / CURRENT_FILE, version + "\n")


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def register_version(path: Path, settings: Settings, make_current: bool = False) -> None:
    """A freshly trained version becomes current only when asked, or when there is no current one."""
    if Path(path).parent.resolve() != settings.models_dir.resolve():
        return
    if make_current:
        set_current(Path(path).name, settings, reason="promoted at training",
                    gate={"ran": False, "note": "`rightfirst train --promote` skips the gate"})
    elif current_version(settings) is None:
        set_current(Path(path).name, settings, reason="first model", action="first model")


# ---------------------------------------------------------------------------------------------
# Promotion and rollback
# ---------------------------------------------------------------------------------------------


def promotion_stack(entries: list[dict]) -> list[str]:
    """The chain of versions in service, oldest first: promotions push, rollbacks pop.

    So a second rollback goes one promotion further back instead of toggling between two versions.
    """
    stack: list[str] = []
    for entry in entries:
        if entry.get("action") == "rollback":
            if stack:
                stack.pop()
            if not stack or stack[-1] != entry["version"]:
                stack.append(entry["version"])
        else:
            stack.append(entry["version"])
    return stack


def promote(
    version: str,
    settings: Settings,
    *,
    force: bool = False,
    reason: str | None = None,
    policy=None,
    sets=None,
    audits_file: Path | None = None,
    progress=None,
):
    """Run the gate against the current version and make ``version`` current if it passes (or ``force``).

    Returns the ``training.gate.GateResult`` (None when there was no current version to compare
    with); raises ``PromotionRefused`` with the reasons when the gate refuses and ``force`` is off.
    """
    from training.gate import GatePolicy, frozen_sets, run_gate

    challenger = version_dir(version, settings)
    champion = current_version(settings)
    if champion == version:
        raise RegistryError(f"{version} is already the current version")
    if champion is None or not (settings.models_dir / champion / EXTRAS_FILE).is_file():
        note = "no current version to compare with" if champion is None else f"current version {champion} is missing"
        set_current(version, settings, reason=reason or note, forced=force, gate={"ran": False, "note": note})
        write_manifest(challenger)
        return None
    policy = policy or GatePolicy()
    try:
        sets = sets if sets is not None else frozen_sets(settings, audits_file=audits_file)
        result = run_gate(challenger, settings.models_dir / champion, sets, policy, settings, progress=progress)
    except Exception as exc:
        if not force:
            raise
        # --force is for when the gate cannot be trusted or cannot run; say which, without text.
        gate = {"ran": False, "note": f"gate could not run: {type(exc).__name__}"}
        set_current(version, settings, reason=reason or "forced", forced=True, gate=gate)
        return None
    gate = result.summary()
    if not result.passed and not force:
        raise PromotionRefused(version, result.reasons, gate)
    default_reason = "passed the promotion gate" if result.passed else "forced past the promotion gate"
    set_current(version, settings, reason=reason or default_reason, forced=force, gate=gate)
    for path in (challenger, settings.models_dir / champion):
        write_manifest(path)
    return result


def rollback(settings: Settings, reason: str | None = None) -> tuple[str, str]:
    """Make the version before the current one current again; returns (from, to)."""
    current = current_version(settings)
    stack = promotion_stack(_history(settings))
    if current is None or len(stack) < 2 or stack[-1] != current:
        raise RegistryError(
            "no earlier version to roll back to in history.json; promote one explicitly with "
            "`rightfirst models promote VERSION --force`"
        )
    target = stack[-2]
    if target not in list_versions(settings):
        raise RegistryError(f"the previous version {target} is no longer in {settings.models_dir}")
    set_current(target, settings, reason=reason or f"rolled back from {current}", action="rollback")
    return current, target


# ---------------------------------------------------------------------------------------------
# Manifest and metrics
# ---------------------------------------------------------------------------------------------


def _file_facts(path: str | Path | None) -> dict[str, Any] | None:
    if not path:
        return None
    path = Path(path)
    if not path.is_file():
        return {"path": str(path), "sha256": None, "note": "file not found when the manifest was written"}
    digest = hashlib.sha256()
    lines = 0
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
            lines += chunk.count(b"\n")
    return {"path": str(path), "sha256": digest.hexdigest(), "lines": lines}


def _trained_file_facts(path: str | Path, trained_sha256: str | None) -> dict[str, Any] | None:
    """The file as training read it: training hashed the hand-written file when it read it, and the
    file may have been rebuilt before the manifest is written (a long run), so that hash wins."""
    facts = _file_facts(path)
    if trained_sha256 and facts is not None and facts.get("sha256") != trained_sha256:
        return {"path": str(path), "sha256": trained_sha256,
                "note": "the file changed after training read it; sha256 is what training read"}
    return facts


def _corpus_version(train_file: Path) -> str | None:
    """The corpus builder's version when it wrote one next to the splits, else None."""
    for name in ("manifest.json", "corpus.json"):
        path = train_file.parent / name
        if path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError):
                continue
            for key in ("version", "corpus_version"):
                if data.get(key):
                    return str(data[key])
    return None


def _data_section(extras: dict) -> dict:
    training = extras.get("training", {})
    args = training.get("args", {})
    train_file = args.get("train_file")
    return {
        "corpus": {
            "version": _corpus_version(Path(train_file)) if train_file else None,
            "train_file": _file_facts(train_file),
            "dev_file": _file_facts(args.get("dev_file")),
            "max_train_docs": args.get("max_train_docs"),
        },
        "handwritten": (
            {"file": _trained_file_facts(args["handwritten_file"], args.get("handwritten_sha256")),
             "weight": args.get("handwritten_weight")}
            if args.get("handwritten_file") else None
        ),
        "audits": args.get("audit_manifest"),
        "audit_weight": args.get("extra_weight"),
        "train_docs": training.get("train_docs"),
    }


def headline(report: dict) -> dict:
    return {
        "n": report.get("n"),
        "macro_f1": report["classification"]["macro_f1"],
        "accuracy": report["classification"]["accuracy"],
        "ece": report["calibration"]["ece"],
    }


def cached_evaluations(path: Path) -> dict[str, dict]:
    """Headline figures of the gate's cached reports in a version directory, newest per set."""
    out: dict[str, tuple[float, dict]] = {}
    folder = Path(path) / EVALUATIONS_DIR
    if not folder.is_dir():
        return {}
    for file in folder.glob("*.json"):
        try:
            report = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        name = report.get("frozen_set", {}).get("name") or file.stem.rsplit("-", 1)[0]
        mtime = file.stat().st_mtime
        if name not in out or mtime > out[name][0]:
            out[name] = (mtime, headline(report) | {"set_sha256": report.get("frozen_set", {}).get("sha256")})
    return {name: value for name, (_, value) in sorted(out.items())}


def write_manifest(path: Path) -> Path:
    """(Re)write ``manifest.json``; the data section is computed once, when training wrote the version."""
    path = Path(path)
    extras = json.loads((path / EXTRAS_FILE).read_text(encoding="utf-8"))
    manifest_path = path / MANIFEST_FILE
    old = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.is_file() else {}
    metrics_path = path / "metrics.json"
    weights = path / "model.safetensors"
    training = extras.get("training", {})
    manifest = {
        "format": 1,
        "version": extras.get("version"),
        "created": extras.get("created"),
        "base_model": extras.get("base_model"),
        "taxonomy_version": extras.get("taxonomy_version"),
        # The data files may change after training: keep what was hashed when the version was made.
        "data": old.get("data") or _data_section(extras),
        "training_args": training.get("args"),
        "training": {k: v for k, v in training.items() if k != "args"},
        "decision": extras.get("decision"),
        "weights_sha256": old.get("weights_sha256") or (_file_facts(weights) or {}).get("sha256"),
        "metrics": json.loads(metrics_path.read_text(encoding="utf-8")) if metrics_path.is_file() else {},
        "gate_evaluations": cached_evaluations(path),
    }
    _write_atomic(manifest_path, json.dumps(manifest, indent=2, default=str))
    return manifest_path


def version_summaries(settings: Settings) -> list[dict]:
    """One row per version for `rightfirst models list`: created, headline macro-F1s, current marker."""
    current = current_version(settings)
    rows = []
    for name in list_versions(settings):
        path = settings.models_dir / name
        extras = json.loads((path / EXTRAS_FILE).read_text(encoding="utf-8"))
        metrics_path = path / "metrics.json"
        metrics = json.loads(metrics_path.read_text(encoding="utf-8")) if metrics_path.is_file() else {}
        cached = cached_evaluations(path)

        def macro_f1(*names: str) -> float | None:
            for source in (metrics, cached):
                for n in names:
                    value = (source.get(n) or {}).get("macro_f1")
                    if value is not None:
                        return float(value)
            return None

        audits = (extras.get("training", {}).get("args", {}) or {}).get("audit_manifest") or {}
        rows.append({
            "version": name,
            "created": extras.get("created"),
            "current": name == current,
            "test_macro_f1": macro_f1("test"),
            "challenge_macro_f1": macro_f1("challenge"),
            "audit_holdout_macro_f1": macro_f1("audit_holdout"),
            "audited_records": audits.get("used_for_training", 0),
            "base_model": (extras.get("base_model") or {}).get("name"),
        })
    return rows

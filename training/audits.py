"""Registrar-audited labels as training data, and the frozen hold-out slice of them.

The audited labels come from the review page's export (``rightfirst export-audits``: JSONL or
Parquet, one decision per line with at least ``case_id``, ``text``, ``label``) or straight from
the database (``storage.audit_export.audited_labels``: the same rows the export writes, the final
decision of every decided case). Four rules apply, in this order:

1. One label per case: the latest decision wins (the decision trail is append-only, so a case a
   second registrar revisited appears twice).
2. A deterministic slice of the cases (a hash of the case id, ``HOLDOUT_SHARE`` of them) is held
   out for evaluation and never trained on, by any version: membership depends on the case id
   alone, so a case held out once stays held out as the audit trail grows.
3. Narratives that an evaluation set uses (corpus dev and test, the challenge set, the hold-out
   slice) are refused for training: the promotion gate scores on those sets, and a model that had
   seen them would pass it on memory. Narratives are matched on normalised text.
4. The rest become corpus-shaped records (``id, text, label, spans, elements, style, meta``) with
   ``meta.spans_annotated = False``: a registrar decides the label, not the evidence spans, so
   training masks their token-head loss. Their labels override the corpus's for the same
   narrative (``drop_overridden``, applied by ``training.train.training_records``).

Nothing here logs or raises with narrative text: messages give counts, case ids and line numbers.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from corpora.handwritten_compile import OUTPUT_PATH as HANDWRITTEN_FILE
from corpora.handwritten_compile import TRAIN_SPLIT as HANDWRITTEN_TRAIN_SPLIT
from model.settings import REPO_ROOT, Settings
from model.taxonomy import LABELS

log = logging.getLogger("rightfirst.training.audits")

HOLDOUT_SHARE = 0.2
# Changing the salt would move cases between the hold-out and training: never change it.
_HOLDOUT_SALT = "rightfirst-audit-holdout-v1"
CORPUS_DIR = REPO_ROOT / "corpora" / "data"
CHALLENGE_FILE = REPO_ROOT / "corpora" / "challenge.jsonl"
REQUIRED_FIELDS = ("case_id", "text", "label")
_SPACE = re.compile(r"\s+")


# ---------------------------------------------------------------------------------------------
# Matching and the hold-out slice
# ---------------------------------------------------------------------------------------------


def normalise_text(text: str) -> str:
    """The form two narratives are compared in: Unicode NFKC, case-folded, whitespace collapsed.

    Records systems re-type, re-case and re-wrap narratives; none of that makes a different one.
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def text_key(text: str) -> str:
    """A hash of the normalised text: sets of these hold no narrative text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def in_holdout(case_id: Any, share: float = HOLDOUT_SHARE) -> bool:
    """Whether a case belongs to the frozen evaluation slice (deterministic in the case id)."""
    digest = hashlib.sha256(f"{_HOLDOUT_SALT}:{case_id}".encode()).hexdigest()
    return int(digest[:8], 16) / 0x1_0000_0000 < share


def default_evaluation_files() -> dict[str, Path]:
    """The frozen sets that exist on disk: corpus dev and test, the challenge set, and the hand-written
    calibration and hold-out splits."""
    candidates = {
        "corpus dev": CORPUS_DIR / "dev.jsonl",
        "corpus test": CORPUS_DIR / "test.jsonl",
        "challenge set": CHALLENGE_FILE,
        "hand-written calibration and hold-out": HANDWRITTEN_FILE,
    }
    return {name: path for name, path in candidates.items() if path.is_file()}


def evaluation_keys(files: Mapping[str, Path]) -> dict[str, set[str]]:
    """Normalised-text hashes of every evaluation narrative in each file.

    The hand-written file holds training, calibration and hold-out splits side by side: the records of its
    training split may be audited into training; the rest are evaluation narratives.
    """
    keys: dict[str, set[str]] = {}
    for name, path in files.items():
        keys[name] = {
            text_key(r["text"]) for r in _read_jsonl(Path(path))
            if (r.get("meta") or {}).get("split") != HANDWRITTEN_TRAIN_SPLIT
        }
    return keys


# ---------------------------------------------------------------------------------------------
# Reading decisions
# ---------------------------------------------------------------------------------------------


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}: line {number} is not valid JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise ValueError(f"{path}: line {number} is not a JSON object")
            row.setdefault("_line", number)
            rows.append(row)
    return rows


def read_audit_export(path: Path) -> list[dict]:
    """The decisions in an export file: Parquet (``.parquet``/``.pq``) or JSONL (anything else)."""
    path = Path(path)
    if path.suffix.lower() in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        rows = pq.read_table(path).to_pylist()
        for number, row in enumerate(rows, start=1):
            row.setdefault("_line", number)
    else:
        rows = _read_jsonl(path)
    for row in rows:
        missing = [f for f in REQUIRED_FIELDS if row.get(f) in (None, "")]
        # A purged narrative (retention) has no text: counted and skipped later, not an error.
        if [f for f in missing if f != "text"]:
            raise ValueError(
                f"{path}: row {row['_line']} lacks {', '.join(missing)}; an audit export needs "
                f"{', '.join(REQUIRED_FIELDS)} on every line (`rightfirst export-audits` writes them)"
            )
    return rows


def read_audit_database(settings: Settings) -> tuple[list[dict], int]:
    """The final decision of every decided case, as the export's rows (the same query as
    ``rightfirst export-audits``), and how many decided cases were left out as purged."""
    from storage.audit_export import audited_labels
    from storage.db import Database

    database = Database.from_settings(settings)
    try:
        with database.session() as session:
            return audited_labels(session)
    finally:
        database.dispose()


def _decided_at(row: Mapping[str, Any]) -> str:
    """The decision time as UTC ISO text, so times written as "Z" and "+00:00" order correctly."""
    value = row.get("decided_at")
    if isinstance(value, str) and value:
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    return str(value or "")


def latest_per_case(rows: Iterable[Mapping[str, Any]]) -> tuple[list[dict], int]:
    """One row per case: the latest decision (by ``decided_at``, then decision id, then file order)."""
    best: dict[str, tuple[tuple, dict]] = {}
    for order, row in enumerate(rows):
        key = (_decided_at(row), _as_int(row.get("decision_id", row.get("id"))), order)
        case = str(row["case_id"])
        if case not in best or key > best[case][0]:
            best[case] = (key, dict(row))
    kept = [row for _, row in sorted(best.values(), key=lambda item: item[0])]
    return kept, len(best)


def _as_int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


# ---------------------------------------------------------------------------------------------
# Corpus-shaped records
# ---------------------------------------------------------------------------------------------


def to_corpus_record(row: Mapping[str, Any]) -> dict:
    """A decision as a corpus line. No gold spans or elements: the registrar decided the label only."""
    decided_at = row.get("decided_at")
    return {
        "id": f"audit-{row['case_id']}",
        "text": row["text"],
        "label": row["label"],
        "spans": [],
        "elements": None,
        "style": {"voice": "audited"},
        "meta": {
            "split": "audit",
            "source": "audit",
            "spans_annotated": False,
            "case_id": row["case_id"],
            "decided_by": row.get("decided_by"),
            "decided_at": decided_at.isoformat() if isinstance(decided_at, datetime) else decided_at,
            "model_version": row.get("model_version"),
        },
    }


class AuditedRecords(list):
    """The training records, carrying the manifest of where they came from (no narrative text)."""

    def __init__(self, records: Iterable[dict] = (), manifest: dict | None = None):
        super().__init__(records)
        self.manifest = manifest


@dataclass
class AuditSplit:
    train: list[dict]
    holdout: list[dict]
    manifest: dict = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)


def split_audits(
    rows: Iterable[Mapping[str, Any]],
    evaluation_files: Mapping[str, Path] | None = None,
    holdout_share: float = HOLDOUT_SHARE,
) -> AuditSplit:
    """Apply the four rules of this module to decision rows; see the module docstring."""
    rows = list(rows)
    files = default_evaluation_files() if evaluation_files is None else dict(evaluation_files)
    decisions = len(rows)
    rows, cases = latest_per_case(rows)
    no_text = [r for r in rows if not (r.get("text") or "").strip()]
    rows = [r for r in rows if (r.get("text") or "").strip()]
    unknown = [r for r in rows if r["label"] not in LABELS]
    if unknown:
        log.warning(
            "skipped %d audited case(s) whose label is not one of the nine (e.g. case %s)",
            len(unknown), unknown[0]["case_id"],
        )
    rows = [r for r in rows if r["label"] in LABELS]

    holdout_rows = [r for r in rows if in_holdout(r["case_id"], holdout_share)]
    rest = [r for r in rows if not in_holdout(r["case_id"], holdout_share)]
    # The same narrative under two case ids: the latest decision speaks for it (rows are in time order).
    by_text: dict[str, dict] = {}
    for row in rest:
        by_text[text_key(row["text"])] = row
    duplicates = len(rest) - len(by_text)

    eval_keys = evaluation_keys(files)
    eval_keys["audited hold-out slice"] = {text_key(r["text"]) for r in holdout_rows}
    refused: Counter[str] = Counter()
    train_rows = []
    for key, row in by_text.items():
        hits = [name for name, keys in eval_keys.items() if key in keys]
        if hits:
            refused.update(hits)
            refused["_total"] += 1
        else:
            train_rows.append(row)
    messages = []
    if refused["_total"]:
        detail = ", ".join(f"{name}: {n}" for name, n in sorted(refused.items()) if name != "_total")
        messages.append(
            f"refused {refused['_total']} audited narrative(s) for training because evaluation sets use them "
            f"({detail}); training on a narrative the promotion gate scores on would make the gate "
            "measure memory, not skill"
        )
    if no_text:
        messages.append(f"skipped {len(no_text)} audited case(s) whose narrative was purged (retention)")
    for message in messages:
        log.warning(message)

    train = [to_corpus_record(r) for r in train_rows]
    holdout = [to_corpus_record(r) for r in holdout_rows]
    manifest = {
        "decisions": decisions,
        "cases": cases,
        "used_for_training": len(train),
        "held_out": len(holdout),
        "holdout_share": holdout_share,
        "refused_in_evaluation_sets": {k: v for k, v in sorted(refused.items()) if k != "_total"},
        "refused_total": refused["_total"],
        "duplicate_narratives_collapsed": duplicates,
        "skipped_no_text": len(no_text),
        "skipped_unknown_label": len(unknown),
        "label_counts": dict(sorted(Counter(r["label"] for r in train).items())),
        "holdout_label_counts": dict(sorted(Counter(r["label"] for r in holdout).items())),
        "evaluation_files": {name: str(path) for name, path in files.items()},
    }
    return AuditSplit(train=train, holdout=holdout, manifest=manifest, messages=messages)


def _source(path: Path | None, settings: Settings) -> tuple[list[dict], dict]:
    if path is not None:
        rows = read_audit_export(Path(path))
        return rows, {"source": "file", "path": str(path), "sha256": file_sha256(Path(path))}
    rows, purged = read_audit_database(settings)
    # The database has no file to hash: hash what training reads (case, label, time, text hash).
    digest = hashlib.sha256()
    for row in sorted(rows, key=lambda r: str(r["case_id"])):
        text_hash = text_key(row["text"]) if row.get("text") else ""
        digest.update(f"{row['case_id']}\t{row['label']}\t{_decided_at(row)}\t{text_hash}\n".encode())
    return rows, {"source": "database", "database": _redacted_url(settings), "sha256": digest.hexdigest(),
                  "purged_cases_left_out": purged}


def _redacted_url(settings: Settings) -> str:
    from sqlalchemy.engine import make_url

    return make_url(settings.resolved_database_url).render_as_string(hide_password=True)


def load_audits(
    path: Path | None,
    settings: Settings,
    evaluation_files: Mapping[str, Path] | None = None,
    holdout_share: float = HOLDOUT_SHARE,
) -> AuditSplit:
    """Read decisions (export file, or the database when ``path`` is None) and split them."""
    rows, source = _source(path, settings)
    split = split_audits(rows, evaluation_files, holdout_share)
    purged = source.pop("purged_cases_left_out", 0)
    split.manifest = {**source, **split.manifest}
    split.manifest["skipped_no_text"] += purged
    if purged:
        message = f"skipped {purged} audited case(s) whose narrative was purged (retention)"
        log.warning(message)
        split.messages.append(message)
    return split


def load_audited_records(
    path: Path | None,
    settings: Settings,
    evaluation_files: Mapping[str, Path] | None = None,
    holdout_share: float = HOLDOUT_SHARE,
) -> AuditedRecords:
    """The audited records to merge into training (the hold-out slice and refused ones left out).

    The returned list has a ``manifest`` (source hash and counts) that ``TrainingArgs`` picks up
    and the registry writes into the version's ``manifest.json``.
    """
    split = load_audits(path, settings, evaluation_files, holdout_share)
    return AuditedRecords(split.train, manifest=split.manifest)


def load_audit_holdout(path: Path | None, settings: Settings, holdout_share: float = HOLDOUT_SHARE) -> list[dict]:
    """The frozen hold-out slice of audited labels, as gold records for evaluation."""
    return load_audits(path, settings, evaluation_files={}, holdout_share=holdout_share).holdout


def training_evaluation_files(train_file: Path, dev_file: Path, handwritten_file: Path | None = None) -> dict[str, Path]:
    """Every evaluation set a training run must not see: the defaults, its dev file, the splits beside its train
    file, and the calibration and hold-out splits of its hand-written file."""
    files = default_evaluation_files()
    if handwritten_file is not None:
        files["hand-written calibration and hold-out of this run"] = Path(handwritten_file)
    train_file = Path(train_file)
    if Path(dev_file).resolve() != train_file.resolve():  # tests calibrate on the training file itself
        files["dev file"] = Path(dev_file)
    for name in ("dev", "test", "challenge"):
        path = train_file.parent / f"{name}.jsonl"
        if path.is_file() and path.resolve() != train_file.resolve():
            files.setdefault(f"{name} split beside the training file", path)
    # One entry per file: the same file under two names would count its narratives twice.
    unique: dict[Path, str] = {}
    for name, path in files.items():
        unique.setdefault(Path(path).resolve(), name)
    return {name: path for path, name in unique.items()}


def refuse_evaluation_narratives(records: list[dict], files: Mapping[str, Path],
                                 manifest: dict | None = None) -> list[dict]:
    """The records whose narrative no evaluation file uses; counts (never text) of the rest go to the log
    and the manifest."""
    keys = evaluation_keys(files)
    kept, refused = [], Counter()
    for record in records:
        hits = [name for name, k in keys.items() if text_key(record["text"]) in k]
        if hits:
            refused.update(hits)
            refused["_total"] += 1
        else:
            kept.append(record)
    total = refused.pop("_total", 0)
    if total:
        detail = ", ".join(f"{name}: {n}" for name, n in sorted(refused.items()))
        log.warning("refused %d audited narrative(s) for training because evaluation sets use them (%s)", total, detail)
    if manifest is not None:
        manifest.setdefault("evaluation_files", {}).update({name: str(path) for name, path in files.items()})
        by_set = manifest.setdefault("refused_in_evaluation_sets", {})
        for name, n in refused.items():
            by_set[name] = by_set.get(name, 0) + n
        manifest["refused_total"] = manifest.get("refused_total", 0) + total
        manifest["used_for_training"] = manifest.get("used_for_training", len(records)) - total
    return kept


def drop_overridden(corpus: list[dict], audited: Iterable[Mapping[str, Any]]) -> tuple[list[dict], int]:
    """Corpus records without those an audited record re-labels (same normalised text)."""
    keys = {text_key(r["text"]) for r in audited}
    if not keys:
        return corpus, 0
    kept = [r for r in corpus if text_key(r["text"]) not in keys]
    return kept, len(corpus) - len(kept)

"""Champion against challenger on the frozen sets, and the promotion gate.

The frozen sets are the corpus ``test`` split, the hand-written ``challenge`` set and the
``audit_holdout`` slice of registrar decisions (``training.audits``): none is ever trained on.
Both models are scored on the same records; per set the gate compares them
(``evaluation.metrics.compare``: per-label deltas, McNemar's test) and refuses
(``evaluation.metrics.gate_reasons``) when macro-F1 drops by more than a paired permutation test
puts down to chance, when a label's recall drops by more
than the tolerance and McNemar's test on that label's items says the drop is more than chance, or
when calibration gets worse past the bound. A challenger must pass on
every set: a gain on the audited slice does not buy a loss on the challenge set.

Reports are cached in each version directory (``evaluations/<set>-<key>.json``), keyed by the
set's content hash, the settings that change decisions and the scoring code's hash, so a champion is
scored once per set however many challengers meet it, and again once the rules or the decision change. Reports hold ids and figures, never narrative text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from model.settings import REPO_ROOT, Settings
from training.registry import EVALUATIONS_DIR, EXTRAS_FILE, RegistryError, current_version, list_versions

CORPUS_TEST = REPO_ROOT / "corpora" / "data" / "test.jsonl"
CHALLENGE = REPO_ROOT / "corpora" / "challenge.jsonl"
_EVAL_FORMAT = 2  # bump when evaluate_model's report changes, to invalidate the caches

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class GatePolicy:
    recall_tolerance: float = 0.02
    max_ece: float = 0.05
    ece_tolerance: float = 0.01
    # A recall drop refuses only when McNemar's test on the label's items is below this (1: every drop).
    recall_alpha: float = 0.05
    # A macro-F1 drop refuses only when its paired permutation test is below this (1: every drop).
    macro_f1_alpha: float = 0.05

    def __post_init__(self):
        if not 0 <= self.recall_tolerance <= 1 or not 0 <= self.max_ece <= 1 or self.ece_tolerance < 0:
            raise ValueError("tolerances must lie in [0, 1]")
        if not 0 < self.recall_alpha <= 1 or not 0 < self.macro_f1_alpha <= 1:
            raise ValueError("recall_alpha and macro_f1_alpha must lie in (0, 1]")


@dataclass
class FrozenSet:
    name: str
    records: list[dict]
    source: str

    @property
    def sha256(self) -> str:
        from training.audits import text_key

        digest = hashlib.sha256()
        for record in sorted(self.records, key=lambda r: str(r["id"])):
            digest.update(f"{record['id']}\t{record['label']}\t{text_key(record['text'])}\n".encode())
        return digest.hexdigest()


def _read(path: Path) -> list[dict]:
    from training.data import read_jsonl

    return read_jsonl(path)


def frozen_sets(
    settings: Settings,
    *,
    audits_file: Path | None = None,
    include_audits: bool = True,
    test_file: Path | None = None,
    challenge_file: Path | None = None,
    notes: list[str] | None = None,
) -> list[FrozenSet]:
    """The frozen sets that exist: corpus test, challenge, and the audited hold-out slice."""
    notes = notes if notes is not None else []
    sets = []
    for name, path in (("test", test_file or CORPUS_TEST), ("challenge", challenge_file or CHALLENGE)):
        if Path(path).is_file():
            sets.append(FrozenSet(name, _read(Path(path)), str(path)))
        else:
            notes.append(f"{name}: {path} not found, not scored")
    if include_audits:
        from training.audits import load_audit_holdout

        holdout = load_audit_holdout(audits_file, settings)
        source = str(audits_file) if audits_file else "database"
        if holdout:
            sets.append(FrozenSet("audit_holdout", holdout, source))
        else:
            notes.append(f"audit_holdout: no held-out audited decisions in the {source}, not scored")
    return sets


def resolve_version(ref: str | Path, settings: Settings) -> Path:
    """A model directory from 'current', a registry version name, or a path."""
    if str(ref) == "current":
        current = current_version(settings)
        if current is None:
            raise RegistryError(f"no current model in {settings.models_dir}")
        return settings.models_dir / current
    if str(ref) in list_versions(settings):
        return settings.models_dir / str(ref)
    path = Path(ref)
    if (path / EXTRAS_FILE).is_file():
        return path
    raise RegistryError(f"{ref} is neither 'current', a version in {settings.models_dir}, nor a model directory")


# The code that turns a version's weights into a report. A change to any of it (the rules, the
# elements, the decision, the metrics) changes what a version would be scored at, so the cached report
# no longer describes it.
_SCORING_CODE = (
    *sorted((REPO_ROOT / "model").glob("*.py")),
    REPO_ROOT / "model" / "taxonomy.json",
    REPO_ROOT / "model" / "rule_patterns.json",  # the default, for versions saved without their own
    REPO_ROOT / "evaluation" / "metrics.py",
    REPO_ROOT / "evaluation" / "model_eval.py",
)


def scoring_code_sha256() -> str:
    digest = hashlib.sha256()
    for path in _SCORING_CODE:
        digest.update(path.relative_to(REPO_ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _cache_path(version_dir: Path, frozen: FrozenSet, settings: Settings) -> Path:
    extras = (version_dir / EXTRAS_FILE).read_bytes()
    key = json.dumps({
        "set": frozen.sha256,
        "model": hashlib.sha256(extras).hexdigest(),
        "review_threshold": settings.review_threshold,
        "former_partner_rule": settings.former_partner_rule,
        "format": _EVAL_FORMAT,
        "code": scoring_code_sha256(),
    }, sort_keys=True)
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return version_dir / EVALUATIONS_DIR / f"{frozen.name}-{digest}.json"


class _Models:
    """Loads each version at most once, and only when a report is not cached."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._loaded: dict[Path, Any] = {}

    def get(self, path: Path):
        if path not in self._loaded:
            from model.classifier import load_model

            self._loaded[path] = load_model(path, self.settings)
        return self._loaded[path]


def evaluation_for(version_dir: Path, frozen: FrozenSet, settings: Settings, models: _Models | None = None,
                   progress: Progress | None = None) -> dict:
    """The report of one version on one frozen set, from the cache or computed and cached."""
    version_dir = Path(version_dir)
    cache = _cache_path(version_dir, frozen, settings)
    if cache.is_file():
        report = json.loads(cache.read_text(encoding="utf-8"))
        # Reports cached before they carried gold labels: the set's hash covers its ids and labels, so
        # they are the set's own (JSON has made the ids strings).
        report.setdefault("gold", {str(r["id"]): r["label"] for r in frozen.records})
        return report
    from evaluation.model_eval import evaluate_model

    classifier = (models or _Models(settings)).get(version_dir)
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(f"{classifier.version} on {frozen.name}", done, len(frozen.records))

    report = evaluate_model(classifier, frozen.records, progress=step)
    report["frozen_set"] = {"name": frozen.name, "sha256": frozen.sha256, "source": frozen.source,
                            "n": len(frozen.records)}
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    tmp.write_text(json.dumps(report), encoding="utf-8")
    tmp.replace(cache)
    return report


def compare_reports(champion: dict, challenger: dict, policy: GatePolicy | None = None) -> dict:
    """``metrics.compare`` plus the gate's reasons for one set."""
    from evaluation.metrics import compare, gate_reasons

    policy = policy or GatePolicy()
    comparison = compare(champion, challenger)
    return {"comparison": comparison, "reasons": gate_reasons(comparison, **asdict(policy))}


@dataclass
class GateResult:
    champion: str
    challenger: str
    policy: GatePolicy
    sets: dict[str, dict] = field(default_factory=dict)  # name -> {comparison, reasons, n, sha256}
    reports: dict[str, dict[str, dict]] = field(default_factory=dict)  # name -> {champion, challenger}
    notes: list[str] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        if not self.sets:
            return ["no frozen evaluation set could be read (corpus test, challenge set, audited hold-out): "
                    "nothing to compare the models on"]
        return [f"{name}: {reason}" for name, result in self.sets.items() for reason in result["reasons"]]

    @property
    def passed(self) -> bool:
        return not self.reasons

    def summary(self) -> dict:
        """What history.json records: the verdict and the headline deltas, no per-item data."""
        sets = {}
        for name, result in self.sets.items():
            c = result["comparison"]
            sets[name] = {
                "n": result["n"],
                "sha256": result["sha256"],
                "macro_f1": c["macro_f1"],
                "accuracy": c["accuracy"],
                "ece": c["ece"],
                "mcnemar": c["mcnemar"],
                "reasons": result["reasons"],
            }
        return {"ran": True, "passed": self.passed, "champion": self.champion, "challenger": self.challenger,
                "policy": asdict(self.policy), "reasons": self.reasons, "sets": sets, "notes": self.notes}


def run_gate(
    challenger_dir: Path,
    champion_dir: Path,
    sets: Sequence[FrozenSet],
    policy: GatePolicy | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> GateResult:
    from model.settings import get_settings

    settings = settings or get_settings()
    policy = policy or GatePolicy()
    models = _Models(settings)
    challenger_dir, champion_dir = Path(challenger_dir), Path(champion_dir)
    result = GateResult(champion=champion_dir.name, challenger=challenger_dir.name, policy=policy)
    for frozen in sets:
        if not frozen.records:
            result.notes.append(f"{frozen.name}: empty, not scored")
            continue
        champion = evaluation_for(champion_dir, frozen, settings, models, progress)
        challenger = evaluation_for(challenger_dir, frozen, settings, models, progress)
        compared = compare_reports(champion, challenger, policy)
        result.sets[frozen.name] = compared | {"n": len(frozen.records), "sha256": frozen.sha256}
        result.reports[frozen.name] = {"champion": champion, "challenger": challenger}
    return result


def pattern_error_rate(report: dict, ids: Sequence[str] | None = None) -> float | None:
    """Share of items wrong in a report (optionally among ``ids``), from its per-id correctness."""
    correct = report["correct"]
    keys = [str(i) for i in ids] if ids is not None else list(correct)
    keys = [k for k in keys if k in correct]
    if not keys:
        return None
    return sum(not correct[k] for k in keys) / len(keys)

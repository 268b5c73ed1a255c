"""Which corpus case patterns a model gets wrong most, as factors for ``rightfirst train --pattern-boosts``.

The corpus draws each label's case patterns with fixed weights (``corpora.plan.PATTERNS``), and the
hardest ones are rare: "one threat inside a course" is about 60 records per label, beside about
400 of "repeated threats". A model scored on dev then shows which patterns it has not learned;
training again with those patterns given a larger share of their label (label counts unchanged)
is hard-example mining at the level of the corpus's facts, not its phrasing. Only dev is read here:
test and the challenge set stay untouched.

    python -m training.pattern_boost MODEL_DIR corpora/data/dev.jsonl training/pattern_boosts.json

Writes ``{"boosts": {pattern: factor}, "error_rates": {...}, "source": {...}}``; ids only, no text.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

DEFAULT_CAP = 4.0
MIN_ITEMS = 5  # a pattern seen fewer times on dev gives too noisy a rate to act on


def pattern_error_rates(records: list[dict], predicted: list[str]) -> dict[str, dict]:
    """Per ``meta.pattern``: how many dev records it has and how many the model labelled wrongly."""
    if len(records) != len(predicted):
        raise ValueError("one predicted label is needed per record")
    rates: dict[str, dict] = {}
    for record, label in zip(records, predicted):
        pattern = (record.get("meta") or {}).get("pattern")
        if pattern is None:
            continue
        row = rates.setdefault(pattern, {"n": 0, "errors": 0})
        row["n"] += 1
        row["errors"] += int(label != record["label"])
    for row in rates.values():
        row["rate"] = round(row["errors"] / row["n"], 4)
    return dict(sorted(rates.items()))


def boosts_from_error_rates(rates: dict[str, dict], cap: float = DEFAULT_CAP, min_items: int = MIN_ITEMS) -> dict[str, float]:
    """A pattern wrong more often than the model's overall error rate gets the ratio of the two,
    capped; patterns at or under the overall rate, or seen too few times, are left at 1 (omitted)."""
    if cap < 1:
        raise ValueError("cap must be at least 1")
    n = sum(r["n"] for r in rates.values())
    errors = sum(r["errors"] for r in rates.values())
    if n == 0 or errors == 0:
        return {}
    overall = errors / n
    boosts = {}
    for pattern, row in rates.items():
        factor = min(cap, row["rate"] / overall)
        if row["n"] >= min_items and factor > 1.0:
            boosts[pattern] = round(factor, 2)
    return boosts


def read_boosts(path: Path) -> dict[str, float]:
    """The ``boosts`` of a file this module wrote; ValueError, naming the file only, when it is not one.
    Each factor is checked where it is used (``training.train.TrainingArgs``)."""
    try:
        boosts = json.loads(Path(path).read_text(encoding="utf-8"))["boosts"]
    except (OSError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ValueError(f"{path} is not a pattern-boosts file ({type(exc).__name__})") from None
    if not isinstance(boosts, dict):
        raise ValueError(f"{path}: 'boosts' must map pattern names to factors")
    return boosts


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 3:
        print("usage: python -m training.pattern_boost MODEL_DIR DEV_JSONL OUTPUT_JSON", file=sys.stderr)
        return 2
    from model.classifier import load_model
    from training.data import read_jsonl

    model_dir, dev_path, output = Path(argv[0]), Path(argv[1]), Path(argv[2])
    classifier = load_model(model_dir)
    records = read_jsonl(dev_path)
    done = 0

    def report(k: int) -> None:
        nonlocal done
        done += k
        print(f"pattern_boost: {done}/{len(records)}", file=sys.stderr, flush=True)

    predicted = [s.label for s in classifier.classify_many([r["text"] for r in records], progress=report)]
    rates = pattern_error_rates(records, predicted)
    result = {
        "boosts": boosts_from_error_rates(rates),
        "error_rates": rates,
        "source": {"model": classifier.version, "dev_file": dev_path.name,
                   "dev_sha256": hashlib.sha256(dev_path.read_bytes()).hexdigest(),
                   "cap": DEFAULT_CAP, "min_items": MIN_ITEMS},
    }
    output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"pattern_boost: {len(result['boosts'])} patterns boosted -> {output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

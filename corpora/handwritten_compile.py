"""Compile the hand-written training narratives: corpora/handwritten/batch_*.py -> corpora/handwritten.jsonl.

``train_handwritten`` joins training, ``dev_handwritten`` (one item in four) is for
calibration, and each held-out round (whole rounds, ``HOLDOUT_ROUNDS``: ``holdout_handwritten``
is round 7, ``holdout_round8`` round 8, ``holdout_round9`` round 9, ``holdout_round10`` round 10) is never trained or calibrated on: it compares
candidate models.

Each item is checked as a challenge item is (label from elements, spans found, known
subtypes), then against the held-out challenge set: an item that shares several 8-word
sequences with it is refused, so nothing written for training can be a copy of what
measures generalisation. Messages name the item and counts, never narrative text.

    .venv/bin/python -m corpora.handwritten_compile          # rewrite corpora/handwritten.jsonl
    .venv/bin/python -m corpora.handwritten_compile --check  # exit 1 if the file is stale
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import sys
from collections import Counter
from pathlib import Path

from corpora import handwritten
from corpora.challenge_compile import ChallengeError, check_current, check_unique, compile_item, render
from corpora.stats import ngrams

OUTPUT_PATH = Path(__file__).with_name("handwritten.jsonl")
CHALLENGE_PATH = Path(__file__).with_name("challenge.jsonl")
TRAIN_SPLIT = "train_handwritten"
DEV_SPLIT = "dev_handwritten"
# Kept out of training and calibration, to choose between candidate models on prose neither has seen
# (docs/retraining.md). Only whole rounds are held out, so that every writer's voice is in one split.
# Each held-out round is its own split: a set that has already chosen several models is worn, and the
# next choice should be made on a round that has chosen none.
HOLDOUT_SPLIT = "holdout_handwritten"  # round 7 keeps the name that recorded commands use
HOLDOUT_ROUNDS = {
    HOLDOUT_SPLIT: frozenset({"va", "vb", "vc", "vd", "ve", "vf", "vg", "vh"}),  # round 7, 2026-12-06
    "holdout_round8": frozenset({"ua", "ub", "uc", "ud", "ue", "uf", "ug", "uh"}),  # round 8, 2026-12-07
    "holdout_round9": frozenset({"ta", "tb", "tc", "td", "te", "tf", "tg", "th"}),  # round 9, 2026-12-07
    "holdout_round10": frozenset({"sa", "sb", "sc", "sd", "se", "sf", "sg", "sh"}),  # round 10, 2026-12-07
}
HOLDOUT_BATCHES = frozenset().union(*HOLDOUT_ROUNDS.values())
# One item in DEV_EVERY (by its number within its batch) is kept for calibration.
DEV_EVERY = 4
NGRAM = 8
# Stock phrases ("no further action to be taken") may recur by chance; more than this many
# shared 8-grams means an item follows a challenge narrative too closely.
MAX_SHARED_NGRAMS = 2


def challenge_ngrams(path: Path = CHALLENGE_PATH) -> set[tuple[str, ...]]:
    grams: set[tuple[str, ...]] = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            grams |= ngrams(json.loads(line)["text"], NGRAM)
    return grams


def load_items(only_batch: str | None = None) -> list[dict]:
    """Every item of every ``batch_*`` module (or of ``batch_<only_batch>``), in module-name order."""
    handwritten.ITEMS.clear()
    names = sorted(m.name for m in pkgutil.iter_modules(handwritten.__path__) if m.name.startswith("batch_"))
    if only_batch is not None:
        names = [n for n in names if n == f"batch_{only_batch}"]
        if not names:
            raise ChallengeError(f"no module corpora/handwritten/batch_{only_batch}.py")
    for name in names:
        module_name = f"{handwritten.__name__}.{name}"
        if module_name in sys.modules:
            importlib.reload(sys.modules[module_name])
        else:
            importlib.import_module(module_name)
    return list(handwritten.ITEMS)


def split_of(raw: dict) -> str:
    for split, batches in HOLDOUT_ROUNDS.items():
        if raw["batch"] in batches:
            return split
    return DEV_SPLIT if raw["num"] % DEV_EVERY == 0 else TRAIN_SPLIT


def build_records(items: list[dict] | None = None, held_out: set[tuple[str, ...]] | None = None) -> list[dict]:
    items = load_items() if items is None else items
    held_out = challenge_ngrams() if held_out is None else held_out
    records = []
    for raw in items:
        # Writers are named by one or two letters (a..x, then ya..yh), so ids stay short and sortable.
        if not (isinstance(raw.get("num"), int) and raw["num"] > 0 and re.fullmatch(r"[a-z]{1,2}", str(raw.get("batch")))):
            raise ChallengeError("an item has no positive 'num' or no one- or two-letter 'batch'")
        item_id = f"hw-{raw['batch']}-{raw['num']:03d}"
        shared = len(ngrams(raw["text"], NGRAM) & held_out)
        if shared > MAX_SHARED_NGRAMS:
            raise ChallengeError(
                f"{item_id}: shares {shared} {NGRAM}-word sequences with the held-out challenge set; rewrite it"
            )
        records.append(compile_item(raw, item_id=item_id, split=split_of(raw)))
    return check_unique(records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only verify that handwritten.jsonl is up to date")
    parser.add_argument("--output", type=Path, default=OUTPUT_PATH, help="where to write the compiled JSONL")
    parser.add_argument("--batch", help="compile only batch_<BATCH>.py (a writer's check; use with --output)")
    args = parser.parse_args(argv)
    if args.batch and args.output == OUTPUT_PATH:
        parser.error("--batch writes part of the set: give --output somewhere else")
    held_out = challenge_ngrams()
    try:
        records = build_records(load_items(args.batch), held_out)
    except ChallengeError as exc:
        print(f"hand-written set does not compile: {exc}", file=sys.stderr)
        return 1
    rendered = render(records)
    if args.check:
        return check_current(args.output, rendered)
    args.output.write_text(rendered, encoding="utf-8")
    splits = Counter(r["meta"]["split"] for r in records)
    held = ", ".join(f"{splits[split]} {split}" for split in HOLDOUT_ROUNDS if splits[split])
    print(f"wrote {len(records)} items ({splits[TRAIN_SPLIT]} training, {splits[DEV_SPLIT]} calibration"
          f"{', held out: ' + held if held else ''}) to {args.output}")
    shared = [len(ngrams(r["text"], NGRAM) & held_out) for r in records]
    print(f"{NGRAM}-grams shared with the challenge set: {sum(shared)} in all; "
          f"{sum(n > 0 for n in shared)} of {len(records)} items share any")
    return 0


if __name__ == "__main__":
    sys.exit(main())

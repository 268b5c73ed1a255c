"""Build the corpus: plans -> frames -> text with spans -> train/dev/test JSONL.

Deterministic: every record draws from its own random source seeded from (seed, split,
label, index), so the same seed gives the same bytes, and records do not depend on each
other's draws. Train composes only from half A of every bank, pool and frame; dev and test
only from half B.

    python -m corpora.build --seed 13 --size 9000 --out corpora/data
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from corpora.frames import FRAMES
from corpora.grammar import half_of
from corpora.plan import Plan, derive_elements, make_plan
from corpora.render import REGISTER_OF_VOICE, Writer, check_no_holes
from model.taxonomy import LABELS, label_from_elements

DATA_DIR = Path(__file__).with_name("data")
SPLITS = ("train", "dev", "test")
SPLIT_SHARE = {"train": 0.75, "dev": 0.10, "test": 0.15}
HALF_OF_SPLIT = {"train": "A", "dev": "B", "test": "B"}
DEFAULT_SEED = 13
DEFAULT_SIZE = 9000

# narratives.md 5.1, with its "crime summary or MO" and "statement" shares divided between voices
VOICE_SHARE = {
    "call_log": 27, "crime_summary": 17, "mo_field": 5, "bundle": 18, "victim_statement": 10,
    "statement_extract": 7, "judgment": 7, "dash_note": 4, "supervisor_review": 3, "vps": 2,
}
BANDS = ("<30", "30-150", "150-500", ">500")
BAND_RANGE = {"<30": (12, 29), "30-150": (30, 150), "150-500": (150, 500), ">500": (500, 900)}
VOICE_BANDS = {
    "call_log": (25, 55, 17, 3), "crime_summary": (15, 55, 27, 3), "mo_field": (70, 30, 0, 0),
    "bundle": (0, 15, 55, 30), "victim_statement": (5, 40, 40, 15), "statement_extract": (0, 10, 55, 35),
    "judgment": (0, 30, 55, 15), "dash_note": (0, 50, 50, 0), "supervisor_review": (10, 70, 20, 0),
    "vps": (0, 30, 60, 10),
}
TYPO_RATE = {"log": (0.0, 0.02, 0.04, 0.09), "officer": (0.0, 0.0, 0.01, 0.02), "victim": (0.0, 0.03, 0.05, 0.1),
             "mg11": (0.0, 0.0, 0.0, 0.01), "formal": (0.0, 0.0, 0.0, 0.0)}


def band_of(words: int) -> str:
    if words < 30:
        return "<30"
    if words <= 150:
        return "30-150"
    if words <= 500:
        return "150-500"
    return ">500"


def record_seed(seed: int, split: str, label: str, index: int) -> int:
    digest = hashlib.sha256(f"{seed}:{split}:{label}:{index}".encode()).hexdigest()
    return int(digest[:12], 16)


def quotas(size: int) -> dict[str, dict[str, int]]:
    """Records per split and label: labels balanced, splits 75/10/15."""
    per_label = size // len(LABELS)
    out: dict[str, dict[str, int]] = {s: {} for s in SPLITS}
    for label in LABELS:
        dev = round(per_label * SPLIT_SHARE["dev"])
        test = round(per_label * SPLIT_SHARE["test"])
        out["train"][label] = per_label - dev - test
        out["dev"][label] = dev
        out["test"][label] = test
    return out


@dataclass
class Choice:
    voice: str
    frame: str
    fn: Callable
    target: int
    caps: str
    redact: bool
    typo_rate: float


def choose_style(rng: random.Random, half: str) -> Choice:
    voices = list(VOICE_SHARE)
    voice = rng.choices(voices, weights=[VOICE_SHARE[v] for v in voices])[0]
    frame, fn = rng.choice(half_of(FRAMES[voice], half))
    band = rng.choices(BANDS, weights=VOICE_BANDS[voice])[0]
    lo, hi = BAND_RANGE[band]
    target = int(lo * (hi / lo) ** rng.random())  # log-uniform inside the band: long-tailed overall
    register = REGISTER_OF_VOICE[voice]
    if register in ("log", "officer"):
        caps = rng.choices(["mixed", "upper", "inconsistent"], weights=[60, 25 if register == "log" else 8, 15])[0]
    elif register == "victim":
        caps = rng.choices(["mixed", "lower"], weights=[80, 20])[0]
    else:
        caps = "mixed"
    typo = rng.choices(TYPO_RATE[register], weights=[35, 35, 20, 10])[0]
    return Choice(voice, frame, fn, target, caps, rng.random() < 0.10, typo)


def _noise_level(text: str, spans: list[dict]) -> str:
    words = len(text.split()) or 1
    evidence = sum(len(s["text"].split()) for s in spans)
    share = 1 - min(1.0, evidence / words)
    return "low" if share < 0.5 else "medium" if share < 0.75 else "high"


def make_record(seed: int, split: str, label: str, index: int) -> dict:
    rseed = record_seed(seed, split, label, index)
    rng = random.Random(rseed)
    half = HALF_OF_SPLIT[split]
    style = choose_style(rng, half)
    plan: Plan = make_plan(label, rng, long=style.target > 250)
    writer = Writer(plan, rng, half, REGISTER_OF_VOICE[style.voice], style.redact, style.caps)
    writer.long_text = style.target > 250
    style.fn(writer, style.target)
    text, spans = writer.finish(style.typo_rate)
    check_no_holes(text)
    elements = derive_elements(plan)
    words = len(text.split())
    case = "upper" if text.upper() == text else "lower" if text.lower() == text else style.caps
    return {
        "id": "",
        "text": text,
        "label": label_from_elements(elements),
        "spans": spans,
        "elements": elements,
        "style": {
            "voice": style.voice,
            "length_band": band_of(words),
            "words": words,
            "case": case,
            "noise": _noise_level(text, spans),
            "typo_rate": style.typo_rate,
            "redacted": style.redact,
        },
        "meta": {
            "split": split,
            "frame": style.frame,
            "bank": half,
            "pattern": plan.pattern,
            "relationship": plan.relationship,
            "occasions": len(plan.occasions),
            "seed": rseed,
            "alt_offence": plan.alt_offence,
            "hostility": plan.hostility or plan.other_hate or (f"{plan.mention}_mentioned" if plan.mention else "none"),
            "blocker": plan.blocker,
        },
    }


def generate(seed: int = DEFAULT_SEED, size: int = DEFAULT_SIZE,
             progress: Callable[[int], None] | None = None) -> dict[str, list[dict]]:
    """All records, by split, in a seeded shuffled order with stable ids."""
    out: dict[str, list[dict]] = {}
    for split, per_label in quotas(size).items():
        rows = []
        for label, n in per_label.items():
            for i in range(n):
                rows.append(make_record(seed, split, label, i))
                if progress:
                    progress(1)
        random.Random(f"{seed}:{split}:order").shuffle(rows)
        for i, row in enumerate(rows):
            row["id"] = f"{split}-{i:05d}"
        out[split] = rows
    return out


def write(splits: dict[str, list[dict]], out_dir: Path) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for split, rows in splits.items():
        path = out_dir / f"{split}.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        paths[split] = path
    return paths


def read(out_dir: Path = DATA_DIR) -> dict[str, list[dict]]:
    splits = {}
    for split in SPLITS:
        path = Path(out_dir) / f"{split}.jsonl"
        with path.open(encoding="utf-8") as fh:
            splits[split] = [json.loads(line) for line in fh if line.strip()]
    return splits


def iter_records(out_dir: Path = DATA_DIR) -> Iterator[dict]:
    for rows in read(out_dir).values():
        yield from rows


def build(seed: int = DEFAULT_SEED, size: int = DEFAULT_SIZE, out_dir: Path = DATA_DIR,
          progress: Callable[[int], None] | None = None) -> dict[str, Path]:
    """Generate, write and validate. Raises corpora.validate.CorpusInvalid if any check fails."""
    from corpora.validate import validate_splits

    splits = generate(seed, size, progress)
    report = validate_splits(splits)
    report.raise_if_invalid()
    return write(splits, out_dir)


def main() -> None:  # pragma: no cover - thin wrapper, the CLI is the usual entry point
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--size", type=int, default=DEFAULT_SIZE)
    ap.add_argument("--out", type=Path, default=DATA_DIR)
    args = ap.parse_args()
    for split, path in build(args.seed, args.size, args.out).items():
        print(split, path)


if __name__ == "__main__":  # pragma: no cover
    main()

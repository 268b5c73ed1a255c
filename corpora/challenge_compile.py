"""Compile the hand-written challenge set: corpora/challenge_source.py -> corpora/challenge.jsonl.

Narratives are authored by hand with their spans given as quoted text (plus an occurrence
index where the text repeats), because hand-counted character offsets would drift with every
edit. This script turns them into exact offsets, derives each span's evidence type from its
subtype, checks the declared label against the law's precedence rules, and fails loudly on
anything it cannot place. Run it after every edit to the source:

    .venv/bin/python -m corpora.challenge_compile          # rewrite corpora/challenge.jsonl
    .venv/bin/python -m corpora.challenge_compile --check  # exit 1 if the file is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from model.taxonomy import ELEMENT_NAMES, LABELS, label_from_elements, load_taxonomy

OUTPUT_PATH = Path(__file__).with_name("challenge.jsonl")

# One letter per element keeps the source readable; the order follows ELEMENT_NAMES.
ELEMENT_CODES = {
    "C": "course_of_conduct",
    "S": "stalking_behaviour",
    "F": "fear_of_violence",
    "D": "serious_alarm_distress",
    "R": "racial_religious_hostility",
}

VOICES = (
    "call_log",
    "crime_summary",
    "mo_field",
    "updates",
    "supervisor_review",
    "dash_note",
    "statement",
    "vps",
    "judgment",
    "notebook",
    "result_note",
    "victim_diary",
    "third_party",
)
CASES = ("upper", "mixed", "lower", "inconsistent")
NOISES = ("clean", "abbrev", "typos", "heavy", "redacted")
RELATIONSHIPS = (
    "ex_partner",
    "partner",
    "neighbour",
    "colleague",
    "stranger",
    "online",
    "family",
    "customer",
    "acquaintance",
    "landlord",
    "business",
)


class ChallengeError(ValueError):
    """The source cannot be compiled; the message names the item, never its narrative."""


def length_band(text: str) -> str:
    # Bands follow the long-tailed spread suggested in narratives.md 5.1.
    words = len(text.split())
    if words < 30:
        return "under_30"
    if words < 150:
        return "30_150"
    if words < 500:
        return "150_500"
    return "over_500"


def _find(text: str, needle: str, occurrence: int, item_id: str) -> int:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(needle, start + 1)
        if start < 0:
            raise ChallengeError(
                f"{item_id}: span text #{occurrence} not found (length {len(needle)}); check quotes and spacing"
            )
    return start


def compile_item(raw: dict, item_id: str | None = None, split: str = "challenge") -> dict:
    """One hand-written item -> one corpus record; ``item_id`` defaults to the challenge set's."""
    taxonomy = load_taxonomy()
    item_id = item_id or f"challenge-{raw['num']:03d}"
    text = raw["text"]
    if not text or text != text.strip("\n"):
        raise ChallengeError(f"{item_id}: text is empty or has stray leading/trailing newlines")

    unknown_codes = set(raw["elements"]) - set(ELEMENT_CODES)
    if unknown_codes:
        raise ChallengeError(f"{item_id}: unknown element codes {sorted(unknown_codes)}")
    elements = {name: code in raw["elements"] for code, name in ELEMENT_CODES.items()}
    elements = {name: elements[name] for name in ELEMENT_NAMES}
    derived = label_from_elements(elements)
    if raw["label"] not in LABELS:
        raise ChallengeError(f"{item_id}: unknown label {raw['label']!r}")
    if derived != raw["label"]:
        raise ChallengeError(f"{item_id}: declared label {raw['label']} but elements give {derived}")

    spans = []
    for entry in raw["spans"]:
        subtype, needle = entry[0], entry[1]
        occurrence = entry[2] if len(entry) > 2 else 0
        try:
            span_type = taxonomy.type_of_subtype(subtype)
        except KeyError as exc:
            raise ChallengeError(f"{item_id}: unknown subtype {subtype!r}") from exc
        if needle != needle.strip() or not needle:
            raise ChallengeError(f"{item_id}: span text for {subtype} has edge whitespace or is empty")
        start = _find(text, needle, occurrence, item_id)
        spans.append(
            {"start": start, "end": start + len(needle), "type": span_type, "subtype": subtype, "text": needle}
        )
    spans.sort(key=lambda s: (s["start"], s["end"]))
    for left, right in zip(spans, spans[1:]):
        if right["start"] < left["end"]:
            raise ChallengeError(f"{item_id}: spans at {left['start']} and {right['start']} overlap")

    style = raw["style"]
    for key, allowed in (("voice", VOICES), ("case", CASES), ("noise", NOISES)):
        if style[key] not in allowed:
            raise ChallengeError(f"{item_id}: style {key}={style[key]!r} not in {allowed}")
    if raw["relationship"] not in RELATIONSHIPS:
        raise ChallengeError(f"{item_id}: relationship {raw['relationship']!r} not in {RELATIONSHIPS}")

    return {
        "id": item_id,
        "text": text,
        "label": raw["label"],
        "spans": spans,
        "elements": elements,
        "style": {
            "voice": style["voice"],
            "length_band": length_band(text),
            "case": style["case"],
            "noise": style["noise"],
        },
        "meta": {
            "split": split,
            "frame": "handwritten",
            "bank": "handwritten",
            "pattern": raw["pattern"],
            "relationship": raw["relationship"],
            "occasions": int(raw["occasions"]),
            "seed": 0,
        },
    }


def build_records() -> list[dict]:
    from corpora.challenge_source import ITEMS

    return check_unique([compile_item(raw) for raw in ITEMS])


def check_unique(records: list[dict]) -> list[dict]:
    """Refuse repeated ids or texts; return the records sorted by id."""
    ids = [r["id"] for r in records]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ChallengeError(f"duplicate ids: {duplicates}")
    texts = [r["text"] for r in records]
    if len(set(texts)) != len(texts):
        raise ChallengeError("two items have the same text")
    return sorted(records, key=lambda r: r["id"])


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only verify that challenge.jsonl is up to date")
    parser.add_argument("--output", type=Path, default=OUTPUT_PATH, help="where to write the compiled JSONL")
    args = parser.parse_args(argv)
    try:
        rendered = render(build_records())
    except ChallengeError as exc:
        print(f"challenge set does not compile: {exc}", file=sys.stderr)
        return 1
    if args.check:
        return check_current(args.output, rendered)
    args.output.write_text(rendered, encoding="utf-8")
    print(f"wrote {rendered.count(chr(10))} items to {args.output}")
    return 0


def check_current(path: Path, rendered: str) -> int:
    """The --check of a compiler: 0 if ``path`` already holds ``rendered``, else 1 with a message."""
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if current != rendered:
        print(f"{path} is stale; rerun without --check", file=sys.stderr)
        return 1
    print(f"{path} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Corpus statistics and the split-leakage figure (quiet, importable; the CLI prints them)."""

from __future__ import annotations

import re
from collections import Counter

from model.taxonomy import EVIDENCE_TYPES, LABELS

_TOKEN = re.compile(r"[a-z0-9']+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def ngrams(text: str, n: int = 8) -> set[tuple[str, ...]]:
    toks = tokens(text)
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def leakage(train: list[dict], test: list[dict], n: int = 8, exclude_common: float | None = None) -> dict:
    """Share of the distinct word n-grams of ``test`` that also occur in ``train``.

    ``exclude_common`` drops n-grams found in more than that share of train records (shared
    boilerplate) from both sides before measuring; None measures everything.
    """
    train_counts: Counter = Counter()
    for row in train:
        train_counts.update(ngrams(row["text"], n))
    common: set = set()
    if exclude_common is not None:
        limit = exclude_common * max(1, len(train))
        common = {g for g, c in train_counts.items() if c > limit}
    test_grams: set = set()
    for row in test:
        test_grams |= ngrams(row["text"], n)
    test_grams -= common
    found = sum(1 for g in test_grams if g in train_counts)
    # span texts: how many test evidence realisations of 4+ words appear verbatim in train
    train_spans = {s["text"].lower() for row in train for s in row["spans"]}
    test_spans = [s["text"].lower() for row in test for s in row["spans"] if len(s["text"].split()) >= 4]
    span_hits = sum(1 for s in test_spans if s in train_spans)
    return {
        "n": n,
        "test_ngrams": len(test_grams),
        "found_in_train": found,
        "share": found / len(test_grams) if test_grams else 0.0,
        "excluded_common": len(common),
        "test_spans_4plus": len(test_spans),
        "test_spans_in_train": span_hits,
        "span_share": span_hits / len(test_spans) if test_spans else 0.0,
    }


def corpus_stats(splits: dict[str, list[dict]]) -> dict:
    rows = [r for rs in splits.values() for r in rs]
    by_split_label = {s: Counter(r["label"] for r in rs) for s, rs in splits.items()}
    words = sorted(r["style"]["words"] for r in rows) or [0]
    return {
        "records": len(rows),
        "by_split": {s: len(rs) for s, rs in splits.items()},
        "by_label": {label: sum(c[label] for c in by_split_label.values()) for label in LABELS},
        "by_split_label": {s: {label: c[label] for label in LABELS} for s, c in by_split_label.items()},
        "by_voice": dict(Counter(r["style"]["voice"] for r in rows).most_common()),
        "by_length_band": {b: sum(1 for r in rows if r["style"]["length_band"] == b) for b in ("<30", "30-150", "150-500", ">500")},
        "words": {"min": words[0], "median": words[len(words) // 2], "max": words[-1],
                  "over_600": sum(1 for w in words if w > 600)},
        "by_case": dict(Counter(r["style"]["case"] for r in rows).most_common()),
        "by_noise": dict(Counter(r["style"]["noise"] for r in rows).most_common()),
        "redacted": sum(1 for r in rows if r["style"]["redacted"]),
        "by_relationship": dict(Counter(r["meta"]["relationship"] for r in rows).most_common()),
        "by_pattern": dict(Counter(r["meta"]["pattern"] for r in rows).most_common()),
        "spans_by_type": {t: sum(1 for r in rows for s in r["spans"] if s["type"] == t) for t in EVIDENCE_TYPES},
        "spans_by_subtype": dict(Counter(s["subtype"] for r in rows for s in r["spans"]).most_common()),
        "spans_total": sum(len(r["spans"]) for r in rows),
    }

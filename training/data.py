"""Corpus records to encoder inputs: windows, label ids and BIO tags aligned from character spans."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import torch

from model.encoder import Windows, make_windows
from model.taxonomy import ELEMENT_NAMES, LABELS


@dataclass
class Batch:
    windows: Windows
    labels: torch.Tensor
    tag_labels: torch.Tensor
    element_labels: torch.Tensor  # docs x elements: 1 met, 0 not met, -1 not stated by the record


def read_jsonl(path: Path) -> list[dict]:
    records = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}: line {number} is not valid JSON ({exc.msg})") from None
    return records


def align_tags(offsets: list[tuple[int, int]], spans: list[dict], tag_to_id: dict[str, int]) -> list[int]:
    """One tag id per token: B- on a span's first token in this window, I- after, O outside, -100 on specials."""
    ordered = sorted(spans, key=lambda s: s["start"])
    tags: list[int] = []
    previous_span = None
    for start, end in offsets:
        if end <= start:
            tags.append(-100)
            previous_span = None
            continue
        inside = next((s for s in ordered if s["start"] <= start < s["end"]), None)
        if inside is None:
            tags.append(tag_to_id["O"])
        else:
            prefix = "I" if inside is previous_span else "B"
            tags.append(tag_to_id[f"{prefix}-{inside['subtype']}"])
        previous_span = inside
    return tags


def spans_annotated(record: dict) -> bool:
    """False for records whose evidence was never marked (audited decisions): an empty span list there
    means "unknown", not "no evidence", so the token head must not learn "O" from them."""
    return (record.get("meta") or {}).get("spans_annotated", True) is not False


def element_targets(record: dict) -> list[int]:
    """The record's gold elements; an audited record carries only a label, so its elements are unknown."""
    elements = record.get("elements") or {}
    return [int(bool(elements[name])) if name in elements else -1 for name in ELEMENT_NAMES]


def make_batch(tokenizer, records: list[dict], tag_names: list[str], max_length: int, stride: int,
               max_windows: int | None = None) -> Batch:
    tag_to_id = {t: i for i, t in enumerate(tag_names)}
    windows = make_windows(tokenizer, [r["text"] for r in records], max_length, stride, max_windows)
    tag_rows = [
        align_tags(windows.offsets[w], records[d]["spans"], tag_to_id)
        if spans_annotated(records[d])
        else [-100] * len(windows.offsets[w])  # tag loss masked: only the sequence head learns from it
        for w, d in enumerate(windows.window_doc.tolist())
    ]
    return Batch(
        windows=windows,
        labels=torch.tensor([LABELS.index(r["label"]) for r in records], dtype=torch.long),
        tag_labels=torch.tensor(tag_rows, dtype=torch.long),
        element_labels=torch.tensor([element_targets(r) for r in records], dtype=torch.long),
    )

"""Token tags to character spans. A span the rules find inside a negation or hypothetical scope is dropped."""

from __future__ import annotations

import numpy as np

from model.rules import RuleFindings
from model.suggestion import EvidenceSpan
from model.taxonomy import load_taxonomy


def merge_token_probs(
    window_offsets: list[list[tuple[int, int]]], window_probs: list[np.ndarray]
) -> tuple[list[tuple[int, int]], np.ndarray]:
    """Average each token's tag probabilities over the windows that saw it; tokens in text order."""
    sums: dict[tuple[int, int], np.ndarray] = {}
    counts: dict[tuple[int, int], int] = {}
    for offsets, probs in zip(window_offsets, window_probs):
        for (start, end), p in zip(offsets, probs):
            if end <= start:
                continue
            key = (start, end)
            if key in sums:
                sums[key] = sums[key] + p
                counts[key] += 1
            else:
                sums[key] = p.copy()
                counts[key] = 1
    ordered = sorted(sums)
    if not ordered:
        return [], np.zeros((0, 0))
    return ordered, np.stack([sums[k] / counts[k] for k in ordered])


def decode_spans(
    text: str,
    token_offsets: list[tuple[int, int]],
    token_probs: np.ndarray,
    tag_names: list[str],
    findings: RuleFindings | None = None,
    min_score: float = 0.0,
) -> list[EvidenceSpan]:
    """Lenient BIO decoding: an I- tag after O opens a span; a change of subtype closes one."""
    taxonomy = load_taxonomy()
    spans: list[EvidenceSpan] = []
    current: dict | None = None

    def close() -> None:
        nonlocal current
        if current is None:
            return
        start, end = current["start"], current["end"]
        score = float(np.mean(current["scores"]))
        negated = findings is not None and findings.is_negated(start, end)
        if not negated and score >= min_score:
            subtype = current["subtype"]
            spans.append(
                EvidenceSpan(
                    start=start,
                    end=end,
                    type=taxonomy.type_of_subtype(subtype),
                    subtype=subtype,
                    text=text[start:end],
                    score=round(min(1.0, max(0.0, score)), 4),
                )
            )
        current = None

    for (start, end), probs in zip(token_offsets, token_probs):
        best = int(np.argmax(probs))
        tag = tag_names[best]
        if tag == "O":
            close()
            continue
        prefix, subtype = tag.split("-", 1)
        continues = current is not None and current["subtype"] == subtype and prefix == "I"
        # Word pieces of one word always stay together, whatever their tag.
        glued = current is not None and start == current["end"] and current["subtype"] == subtype
        if continues or glued:
            current["end"] = end
            current["scores"].append(float(probs[best]))
        else:
            close()
            current = {"start": start, "end": end, "subtype": subtype, "scores": [float(probs[best])]}
    close()
    return spans

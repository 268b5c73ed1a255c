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
    """Segment first, type second.

    A span is a run of tokens tagged as evidence (B- opens a new span, I- or a word piece continues
    one, whatever the subtype); its subtype is the one with the most probability mass over the run.
    Typing per token would split one clause into fragments whenever two subtypes compete.
    """
    taxonomy = load_taxonomy()
    subtype_of_tag = [None if t == "O" else t.split("-", 1)[1] for t in tag_names]
    subtypes = sorted({s for s in subtype_of_tag if s})
    subtype_columns = {s: [i for i, t in enumerate(subtype_of_tag) if t == s] for s in subtypes}
    spans: list[EvidenceSpan] = []
    run: list[int] = []

    def close() -> None:
        if not run:
            return
        start, end = token_offsets[run[0]][0], token_offsets[run[-1]][1]
        mass = {s: float(token_probs[run][:, cols].sum()) for s, cols in subtype_columns.items()}
        subtype = max(mass, key=mass.get)
        score = mass[subtype] / len(run)
        negated = findings is not None and findings.is_negated(start, end)
        if not negated and score >= min_score:
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
        run.clear()

    for i, ((start, end), probs) in enumerate(zip(token_offsets, token_probs)):
        tag = tag_names[int(np.argmax(probs))]
        if tag == "O":
            close()
            continue
        glued = bool(run) and start == token_offsets[run[-1]][1]  # word pieces of one word stay together
        if tag.startswith("B-") and run and not glued:
            close()
        run.append(i)
    close()
    return spans

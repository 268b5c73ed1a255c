# ruff: noqa: E501
"""Hand-written training and calibration narratives, one module per writer (``batch_*.py``).

Why they exist: the templated corpus teaches the law but not the many ways people write it
down; a model trained only on it loses a quarter of its accuracy on prose written by hand.
These narratives were written one at a time, by several writers, each in their own voices,
without the held-out challenge set in view (``corpora/handwritten_compile.py`` refuses an item
that shares word sequences with it). They are compiled to ``corpora/handwritten.jsonl``:
one item in four goes to the ``dev_handwritten`` split, used only for calibration and the
review threshold; the rest join training. Whole rounds listed in
``corpora.handwritten_compile.HOLDOUT_ROUNDS`` form held-out splits instead (round 7
``holdout_handwritten``, round 8 ``holdout_round8``): never trained or calibrated on, they
compare candidate models.

The item format, the element letters and the span policy are those of the challenge set
(``corpora/challenge_source.py``): ``elements`` letters C S F D R; ``spans`` as
``(subtype, exact text[, occurrence index])``; the label must follow from the elements.
"""

from __future__ import annotations

ITEMS: list[dict] = []


def case(num, label, elements, *, voice, case, noise, pattern, relationship, occasions, text, spans, batch):
    ITEMS.append(
        {
            "batch": batch,
            "num": num,
            "label": label,
            "elements": elements,
            "style": {"voice": voice, "case": case, "noise": noise},
            "pattern": pattern,
            "relationship": relationship,
            "occasions": occasions,
            "text": text,
            "spans": spans,
        }
    )

"""Shared fixtures for the evaluation tests: a dozen hand-written narratives with exact spans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "records.jsonl"


@pytest.fixture(scope="session")
def fixture_path() -> Path:
    return FIXTURE


@pytest.fixture(scope="session")
def records() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture()
def perfect_predictions(records: list[dict]) -> list[dict]:
    """Predictions that copy the gold record, in the dumped-Suggestion shape."""
    from model.taxonomy import LABELS

    out = []
    for r in records:
        out.append(
            {
                "id": r["id"],
                "label": r["label"],
                "probabilities": {lab: (1.0 if lab == r["label"] else 0.0) for lab in LABELS},
                "confidence": 1.0,
                "spans": [dict(s, score=1.0) for s in r["spans"]],
                "elements": {k: {"status": "met" if v else "not_met", "spans": []} for k, v in r["elements"].items()},
                "needs_review": False,
            }
        )
    return out

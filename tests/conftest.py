"""Shared fixtures. ``fake_classifier``: a small deterministic stand-in for the model, for API-layer tests."""

from __future__ import annotations

import re

import pytest

from model.suggestion import Element, EvidenceSpan, Suggestion
from model.taxonomy import ELEMENT_NAMES, LABELS, label_from_elements, load_taxonomy

# Cue phrase -> (evidence type, subtype). Deliberately crude: the API tests need valid, predictable
# Suggestions, not a good classifier.
_CUES: tuple[tuple[str, str, str], ...] = (
    (r"\bfollowed\b", "SURVEILLANCE", "STALK_FOLLOW"),
    (r"\bwaited outside\b|\bloiter\w*", "SURVEILLANCE", "STALK_LOITER"),
    (r"\bwatch(?:ed|ing)\b", "SURVEILLANCE", "STALK_WATCH"),
    (r"\btracker\b", "SURVEILLANCE", "STALK_MONITOR"),
    (r"\bflowers\b|\bgifts?\b", "CONTACT", "STALK_GIFTS"),
    (r"\bmessages?\b|\bcalls?\b|\btexts?\b", "CONTACT", "STALK_CONTACT"),
    (r"\bmeant to be together\b|\bobsess\w*", "FIXATION", "FIXATION"),
    (r"\bblocked\b", "FIXATION", "UNWANTED"),
    (r"\bon \w+ occasions\b|\bagain\b|\bevery (?:day|night|morning)\b", "REPETITION", "REPETITION"),
    (r"\bkill\b|\bhurt\b|\bbreak (?:her|his) legs\b", "THREAT", "THREAT_VIOLENCE"),
    (r"\bscared\b|\bafraid\b", "THREAT", "FEAR_OF_VIOLENCE"),
    (r"\bmoved house\b|\bchanged (?:her|his) route\b", "DISTRESS_IMPACT", "SERIOUS_IMPACT"),
    (r"\bupset\b|\bdistress\w*", "DISTRESS_IMPACT", "DISTRESS"),
    (r"\bgo back to your own country\b|\bracist\b", "HOSTILITY", "RACIAL_HOSTILITY"),
)
_ELEMENT_TYPES = {
    "course_of_conduct": ("REPETITION",),
    "stalking_behaviour": ("SURVEILLANCE", "FIXATION"),
    "fear_of_violence": ("THREAT",),
    "serious_alarm_distress": ("DISTRESS_IMPACT",),
    "racial_religious_hostility": ("HOSTILITY",),
}


class FakeClassifier:
    """Keyword rules -> spans -> elements -> label (through the real precedence rules).

    ``unsure`` anywhere in the text sets needs_review; ``MODEL-REFUSES`` makes it raise an
    InvalidNarrative, to exercise per-item failure handling.
    """

    version = "fake-0.1"
    card = {"name": "fake", "purpose": "API tests", "metrics": {}}

    def __init__(self) -> None:
        self.calls = 0
        self.batch_calls = 0

    def classify(self, text: str) -> Suggestion:
        self.calls += 1
        return self._suggest(text)

    def classify_many(self, texts: list[str], batch_size: int = 16) -> list[Suggestion]:
        self.batch_calls += 1
        return [self._suggest(t) for t in texts]

    def _suggest(self, text: str) -> Suggestion:
        from model.errors import InvalidNarrative

        if "MODEL-REFUSES" in text:
            raise InvalidNarrative("the model refused this narrative (test cue)")
        spans: list[EvidenceSpan] = []
        for pattern, type_, subtype in _CUES:
            for m in re.finditer(pattern, text, flags=re.IGNORECASE):
                spans.append(
                    EvidenceSpan(start=m.start(), end=m.end(), type=type_, subtype=subtype, text=m.group(0), score=0.9)
                )
        spans.sort(key=lambda s: (s.start, s.end))
        elements: dict[str, Element] = {}
        met: dict[str, bool] = {}
        for name in ELEMENT_NAMES:
            idx = [i for i, s in enumerate(spans) if s.type in _ELEMENT_TYPES[name]]
            if name == "stalking_behaviour":
                ok = any(spans[i].type == "SURVEILLANCE" for i in idx)
            elif name == "course_of_conduct":
                ok = bool(idx) or sum(1 for s in spans if s.type in ("SURVEILLANCE", "CONTACT")) >= 2
            else:
                ok = bool(idx)
            met[name] = ok
            elements[name] = Element(status="met" if ok else "not_met", spans=idx, note="")
        occasions = 2 if met["course_of_conduct"] else (1 if spans else 0)
        label = label_from_elements(met)
        unsure = "unsure" in text.lower()
        confidence = 0.55 if unsure else 0.9
        rest = (1.0 - confidence) / (len(LABELS) - 1)
        probabilities = {name: (confidence if name == label else rest) for name in LABELS}
        offence = load_taxonomy().offence(label)
        return Suggestion(
            label=label,
            offence=offence.display_name,
            statute=offence.statute,
            hocr_code=offence.hocr_code,
            confidence=confidence,
            probabilities=probabilities,
            elements=elements,
            spans=spans,
            occasions=occasions,
            needs_review=unsure,
            review_reasons=["the label is uncertain: confidence below the review threshold"] if unsure else [],
            alternative_offence="MALICIOUS_COMMS" if label == "no_offence" and spans else None,
            model_version=self.version,
        )


@pytest.fixture
def fake_classifier() -> FakeClassifier:
    return FakeClassifier()


# --- the real model, tiny: built here, trained for seconds on the fixture narratives -----------------
import json as _json
import os as _os
from pathlib import Path as _Path

FIXTURES = _Path(__file__).parent / "fixtures"
_os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
_os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def fixture_records() -> list[dict]:
    return [_json.loads(l) for l in (FIXTURES / "narratives.jsonl").read_text().splitlines() if l.strip()]


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> _Path:
    """A tiny random encoder fine-tuned for a few seconds on the fixture narratives, saved as a model version."""
    from training.train import TrainingArgs, train

    out = tmp_path_factory.mktemp("models") / "tiny-test"
    args = TrainingArgs(
        output_dir=out,
        train_file=FIXTURES / "narratives.jsonl",
        dev_file=FIXTURES / "narratives.jsonl",
        version="tiny-test",
        tiny=True,
        epochs=25,
        batch_docs=4,
        max_length=64,
        stride=16,
        learning_rate=1e-3,
        head_learning_rate=1e-2,
        freeze_embeddings=False,
        seed=7,
    )
    return train(args)


@pytest.fixture(scope="session")
def tiny_classifier(tiny_model_dir):
    from model.classifier import load_model
    from model.settings import Settings

    return load_model(tiny_model_dir, Settings(max_text_chars=20_000))


# --- the API app over the fake classifier; each test package supplies its own `settings` ---------------
@pytest.fixture
def app(settings, fake_classifier):
    from api import create_app

    return create_app(settings, classifier=fake_classifier)


@pytest.fixture
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c

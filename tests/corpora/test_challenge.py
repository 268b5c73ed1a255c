"""The hand-written challenge set: size, label coverage, exact spans, and consistency with the law's rules."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from corpora import challenge_compile
from corpora.challenge_compile import ChallengeError, build_records, compile_item, render
from model.taxonomy import ELEMENT_NAMES, LABELS, label_from_elements, load_taxonomy

CHALLENGE_PATH = Path(challenge_compile.__file__).with_name("challenge.jsonl")


@pytest.fixture(scope="module")
def items() -> list[dict]:
    with CHALLENGE_PATH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_size_and_label_coverage(items):
    assert len(items) >= 150
    counts = Counter(item["label"] for item in items)
    assert set(counts) == set(LABELS)
    for label in LABELS:
        assert counts[label] >= 14, label
    # Near-misses are what separates a model that knows the law from one that matches words.
    assert counts["no_offence"] >= 24


def test_ids_unique_and_split_marked(items):
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids))
    assert all(item["meta"]["split"] == "challenge" for item in items)
    assert all(item["meta"]["frame"] == "handwritten" for item in items)


def test_label_follows_elements(items):
    for item in items:
        assert tuple(item["elements"]) == ELEMENT_NAMES, item["id"]
        assert all(isinstance(value, bool) for value in item["elements"].values()), item["id"]
        assert item["label"] == label_from_elements(item["elements"]), item["id"]


def test_span_offsets_exact_and_types_valid(items):
    taxonomy = load_taxonomy()
    for item in items:
        text = item["text"]
        previous_end = -1
        for span in item["spans"]:
            assert text[span["start"] : span["end"]] == span["text"], item["id"]
            assert span["subtype"] in taxonomy.evidence_types[span["type"]], item["id"]
            assert span["start"] >= previous_end, f"{item['id']}: spans overlap or are unsorted"
            previous_end = span["end"]
            # Spans are short clauses, not whole sentences.
            assert len(span["text"].split()) <= 20, item["id"]


def test_every_evidence_type_is_exercised(items):
    seen = Counter(span["type"] for item in items for span in item["spans"])
    assert set(seen) == set(load_taxonomy().evidence_types)


def test_elements_have_supporting_spans(items):
    # A met severity or hostility element must point at evidence in the text.
    needs = {
        "fear_of_violence": {"THREAT_VIOLENCE", "FEAR_OF_VIOLENCE"},
        "serious_alarm_distress": {"SERIOUS_IMPACT"},
        "racial_religious_hostility": {"RACIAL_HOSTILITY", "RELIGIOUS_HOSTILITY"},
    }
    for item in items:
        subtypes = {span["subtype"] for span in item["spans"]}
        for element, wanted in needs.items():
            if item["elements"][element]:
                assert subtypes & wanted, f"{item['id']}: {element} met without a supporting span"


def test_offence_words_are_not_giveaways(items):
    # Words like "stalking" appear in openings and victims' speech; they must not predict the label.
    with_word = [item["label"] for item in items if "stalk" in item["text"].lower()]
    assert with_word, "the set should contain the word somewhere"
    assert any("stalking" not in label for label in with_word)
    harass = [item["label"] for item in items if "harass" in item["text"].lower()]
    assert any(label not in ("harassment", "harassment_fear_of_violence") for label in harass)


def test_lengths_and_voices_vary(items):
    words = [len(item["text"].split()) for item in items]
    assert min(words) <= 20 and max(words) >= 400
    assert len({item["style"]["length_band"] for item in items}) >= 4
    assert len({item["style"]["voice"] for item in items}) >= 8


def test_no_shared_phrasing_between_items(items):
    # Written one at a time, not from templates: almost no 8-word run recurs across narratives.
    def grams(text: str) -> set[tuple[str, ...]]:
        tokens = re.findall(r"[a-z0-9']+", text.lower())
        return {tuple(tokens[i : i + 8]) for i in range(len(tokens) - 7)}

    per_item = [grams(item["text"]) for item in items]
    counts = Counter(gram for grams_of_item in per_item for gram in grams_of_item)
    sharing = sum(any(counts[gram] > 1 for gram in grams_of_item) for grams_of_item in per_item)
    assert sharing / len(items) <= 0.05


def test_compiled_file_matches_source():
    assert CHALLENGE_PATH.read_text(encoding="utf-8") == render(build_records())


def _raw(**overrides) -> dict:
    raw = {
        "num": 999,
        "label": "harassment",
        "elements": "C",
        "style": {"voice": "call_log", "case": "upper", "noise": "clean"},
        "pattern": "probe",
        "relationship": "stranger",
        "occasions": 2,
        "text": "He rang her twice on Monday.",
        "spans": [("STALK_CONTACT", "rang her twice")],
    }
    raw.update(overrides)
    return raw


def test_compiler_computes_offsets():
    record = compile_item(_raw())
    assert record["spans"] == [
        {"start": 3, "end": 17, "type": "CONTACT", "subtype": "STALK_CONTACT", "text": "rang her twice"}
    ]
    assert record["style"]["length_band"] == "under_30"


@pytest.mark.parametrize(
    "overrides",
    [
        {"spans": [("STALK_CONTACT", "rang him twice")]},  # text not present
        {"spans": [("STALK_CONTACT", "rang her twice", 1)]},  # occurrence not present
        {"spans": [("STALK_NOTHING", "rang her twice")]},  # unknown subtype
        {"label": "stalking"},  # label contradicts elements
        {"spans": [("STALK_CONTACT", "rang her twice"), ("REPETITION", "twice on Monday")]},  # overlap
    ],
)
def test_compiler_fails_loudly(overrides):
    with pytest.raises(ChallengeError):
        compile_item(_raw(**overrides))

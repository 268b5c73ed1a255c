"""The hand-written training narratives: compiled file current, splits, and the guard against copying the challenge set."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from corpora import handwritten_compile
from corpora.challenge_compile import ChallengeError, render
from corpora.handwritten_compile import (
    DEV_SPLIT, HOLDOUT_BATCHES, HOLDOUT_ROUNDS, HOLDOUT_SPLIT, TRAIN_SPLIT, build_records, load_items,
)
from corpora.stats import ngrams
from model.taxonomy import LABELS, label_from_elements

HANDWRITTEN_PATH = handwritten_compile.OUTPUT_PATH


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in HANDWRITTEN_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_compiled_file_matches_the_batches(records):
    assert HANDWRITTEN_PATH.read_text(encoding="utf-8") == render(build_records())


def test_every_label_in_both_splits_and_labels_follow_the_law(records):
    assert len(records) >= 200
    for split in (TRAIN_SPLIT, DEV_SPLIT):
        counts = Counter(r["label"] for r in records if r["meta"]["split"] == split)
        assert set(counts) == set(LABELS), split
    dev_share = sum(r["meta"]["split"] == DEV_SPLIT for r in records) / len(records)
    assert 0.15 <= dev_share <= 0.35
    for record in records:
        assert record["label"] == label_from_elements(record["elements"])
        for span in record["spans"]:
            assert record["text"][span["start"] : span["end"]] == span["text"]


def test_no_narrative_repeats_an_evaluation_narrative(records):
    evaluation_texts = {
        json.loads(line)["text"] for line in handwritten_compile.CHALLENGE_PATH.read_text(encoding="utf-8").splitlines()
    }
    assert not evaluation_texts & {r["text"] for r in records}


def _raw(**overrides) -> dict:
    raw = {
        "batch": "q",
        "num": 3,
        "label": "harassment",
        "elements": "C",
        "style": {"voice": "call_log", "case": "upper", "noise": "clean"},
        "pattern": "probe",
        "relationship": "stranger",
        "occasions": 2,
        "text": "Susp rang the informant twice on Monday and again late on Tuesday evening about the car.",
        "spans": [("STALK_CONTACT", "rang the informant twice")],
    }
    raw.update(overrides)
    return raw


def test_split_is_one_in_four_by_number():
    train_item, dev_item = build_records([_raw(num=3), _raw(num=4, text="Second text, rang the informant twice.")], set())
    assert dev_item["id"] == "hw-q-004" and dev_item["meta"]["split"] == DEV_SPLIT
    assert train_item["meta"]["split"] == TRAIN_SPLIT


def test_a_held_out_round_is_neither_trained_nor_calibrated_on_whatever_its_numbers():
    held_out_batch = sorted(HOLDOUT_ROUNDS[HOLDOUT_SPLIT])[0]
    records = build_records(
        [_raw(batch=held_out_batch, num=3), _raw(batch=held_out_batch, num=4, text="Second text, rang the informant twice.")],
        set(),
    )
    assert [r["meta"]["split"] for r in records] == [HOLDOUT_SPLIT, HOLDOUT_SPLIT]
    # Each round is its own split, under the name recorded commands use.
    for batch, split in (("ua", "holdout_round8"), ("ta", "holdout_round9"), ("sa", "holdout_round10")):
        (record,) = build_records([_raw(batch=batch, num=4)], set())
        assert record["meta"]["split"] == split


def test_the_compiled_file_holds_out_whole_batches_only(records):
    for split, batches in HOLDOUT_ROUNDS.items():
        held_out = {r["id"].split("-")[1] for r in records if r["meta"]["split"] == split}
        assert held_out == set(batches)
        assert not any(r["id"].split("-")[1] in batches for r in records if r["meta"]["split"] != split)
        assert set(Counter(r["label"] for r in records if r["meta"]["split"] == split)) == set(LABELS)
    assert HOLDOUT_ROUNDS[HOLDOUT_SPLIT] <= HOLDOUT_BATCHES


def test_an_item_too_close_to_the_challenge_set_is_refused_without_quoting_it():
    raw = _raw()
    with pytest.raises(ChallengeError) as refused:
        build_records([raw], held_out=ngrams(raw["text"]))
    assert "hw-q-003" in str(refused.value)
    assert "informant" not in str(refused.value)
    # A couple of stock phrases in common is allowed.
    assert build_records([raw], held_out=set(list(ngrams(raw["text"]))[:2]))


def test_writers_are_named_by_one_or_two_letters():
    (record,) = build_records([_raw(batch="ya")], set())
    assert record["id"] == "hw-ya-003"
    for bad in ({"batch": "abc"}, {"batch": "Q"}, {"num": 0}):
        with pytest.raises(ChallengeError, match="batch"):
            build_records([_raw(**bad)], set())


def test_unknown_batch_is_a_clear_error():
    with pytest.raises(ChallengeError, match="batch_zz"):
        load_items("zz")


def test_batch_check_must_not_overwrite_the_whole_set(capsys):
    with pytest.raises(SystemExit):
        handwritten_compile.main(["--batch", "a"])
    assert "--output" in capsys.readouterr().err

"""The template language: halves, alternatives, conjugation."""

from __future__ import annotations

import random

import pytest

from corpora.grammar import Context, TrainOnly, conjugate, half_of, verb_phrase


def test_train_only_items_widen_half_a_and_move_no_half_b_item():
    bank = ["a", "b", TrainOnly("x"), "c", "d", TrainOnly("y"), "e"]
    assert half_of(bank, "A") == ["a", "c", "e", "x", "y"]
    assert half_of(bank, "B") == ["b", "d"] == half_of(["a", "b", "c", "d", "e"], "B")


def test_half_of_splits_by_position():
    assert half_of(["a", "b", "c", "d", "e"], "A") == ["a", "c", "e"]
    assert half_of(["a", "b", "c", "d", "e"], "B") == ["b", "d"]
    with pytest.raises(ValueError):
        half_of(["only"], "B")


def test_conjugation():
    assert conjugate("follow", "past") == "followed"
    assert conjugate("send", "pp") == "sent"
    assert conjugate("try", "past") == "tried"
    assert verb_phrase("follow", "perfect", 3) == "has followed"
    assert verb_phrase("block", "perfect", 1) == "have blocked"
    assert verb_phrase("be", "present", 1) == "am"


def test_expand_fills_references_pools_and_verbs():
    ctx = Context(rng=random.Random(0), half="A", tense="past", victim_person=1,
                  refs={"S": lambda: "he", "Vobj": lambda: "me", "Vsubj": lambda: "I"}, pools={"place": ["the gym", "the park"]})
    assert ctx.expand("{S} <follow> {Vobj} to {place}") == "he followed me to the gym"
    assert ctx.expand("{Vsubj} <block:v> him", tense="perfect") == "I have blocked him"
    assert ctx.expand("[a|a]") == "a"
    assert ctx.expand("{S} said {S} {will} come", tense="present") == "he said he will come"

"""Held-out halves: no phrasing of the test split is in train.

Bound: at most 5% of the distinct word 8-grams of test may occur in train. Eight words is
longer than any notation the halves share (dates, "CLR STATES", "IP", times), so a shared
8-gram is a shared phrase. The full corpus (seed 13, 9,000 narratives) measures 0.0012; the
small fixture measures lower still. Shared boilerplate is not excluded here: the
boilerplate banks are split into halves too, so nothing needs excluding.
"""

from __future__ import annotations

from corpora.grammar import Context, half_of
from corpora.banks import acts as A
from corpora.banks import markers as M
from corpora.render import POOLS, SHARED_POOLS
from corpora.stats import leakage, ngrams

LEAKAGE_BOUND = 0.05


def test_share_of_test_8grams_found_in_train_is_below_bound(small_splits):
    result = leakage(small_splits["train"], small_splits["test"], n=8)
    assert result["test_ngrams"] > 1000
    assert result["share"] < LEAKAGE_BOUND, result
    assert result["span_share"] < LEAKAGE_BOUND, result


def test_leakage_measure_detects_copying(small_splits):
    # the check can fail: test rows copied into train leak completely
    result = leakage(small_splits["train"] + small_splits["test"], small_splits["test"], n=8)
    assert result["share"] == 1.0


def test_ngrams_are_word_ngrams():
    assert ngrams("One two three four five six seven eight nine", 8) == {
        ("one", "two", "three", "four", "five", "six", "seven", "eight"),
        ("two", "three", "four", "five", "six", "seven", "eight", "nine"),
    }


def _refs():
    return {"S": lambda: "he", "Sobj": lambda: "him", "Sposs": lambda: "his", "Spr": lambda: "he", "Sobjp": lambda: "him",
            "Spossp": lambda: "his", "Srefl": lambda: "himself", "Vsubj": lambda: "she", "Vobj": lambda: "her",
            "Vposs": lambda: "her", "Vrefl": lambda: "herself", "Vworks": lambda: "works", "Vwas": lambda: "was",
            "Vlives": lambda: "lives", "Vfinishes": lambda: "finishes", "Vwalks": lambda: "walks", "Vteaches": lambda: "teaches",
            "Vowes": lambda: "owes", "Vgoes": lambda: "goes", "Vhas": lambda: "has", "Vis": lambda: "is", "Vwants": lambda: "wants"}


def _realise(bank, half, n=400):
    import random

    ctx = Context(rng=random.Random(1), half=half, refs=_refs(), pools=POOLS, shared=SHARED_POOLS,
                  fixed={"relative": "her brother", "issue": "the boundary fence", "company": "a firm"})
    return {ctx.say(bank) for _ in range(n)}


BANKS = dict(A.ACTS)
BANKS.update({"FIXATION": M.FIXATION, "UNWANTED": M.UNWANTED, "THREAT_VIOLENCE": M.THREAT_VICTIM + M.THREAT_RELATIVE,
              "FEAR_OF_VIOLENCE": M.FEAR, "SERIOUS_IMPACT": M.SERIOUS_IMPACT, "DISTRESS": M.DISTRESS,
              "RACIAL_HOSTILITY": M.RACIAL, "RELIGIOUS_HOSTILITY": M.RELIGIOUS, "ESCALATION": M.ESCALATION})


def test_every_subtype_bank_has_40_realisations_per_half_and_halves_are_disjoint():
    for subtype, bank in BANKS.items():
        a, b = _realise(bank, "A"), _realise(bank, "B")
        assert len(a) >= 40 and len(b) >= 40, (subtype, len(a), len(b))
        assert not a & b, (subtype, sorted(a & b)[:3])


def test_halves_split_every_pool():
    for name, pool in POOLS.items():
        if name in SHARED_POOLS:
            continue
        assert not set(half_of(pool, "A")) & set(half_of(pool, "B")), name

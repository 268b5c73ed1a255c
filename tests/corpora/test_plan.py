"""The law side: patterns give the labels offences.md says they should."""

from __future__ import annotations

import random

import pytest

from corpora.plan import PATTERNS, Occasion, Plan, build, derive_elements, make_plan, patterns_for
from model.taxonomy import LABELS, label_from_elements
from datetime import date


@pytest.mark.parametrize("label", LABELS)
def test_make_plan_hits_every_label(label):
    rng = random.Random(label)
    for _ in range(40):
        plan = make_plan(label, rng)
        assert label_from_elements(derive_elements(plan)) == label


def _plan(**kw) -> Plan:
    base = dict(label="x", pattern="t", relationship="neighbour", start=date(2024, 1, 1),
                occasions=[Occasion("STALK_CONTACT", kind="message", day=0), Occasion("STALK_CONTACT", kind="message", day=3)])
    base.update(kw)
    return Plan(**base)


def test_rules_of_offences_md():
    assert label_from_elements(derive_elements(_plan())) == "harassment"
    # one occasion, or a blocker, is no course of conduct
    assert label_from_elements(derive_elements(_plan(occasions=[Occasion("STALK_CONTACT", kind="message")]))) == "no_offence"
    for blocker in ("mutual", "lawful", "reconciled", "live_relationship", "one_conversation"):
        assert label_from_elements(derive_elements(_plan(blocker=blocker))) == "no_offence"
    # former partner's course of conduct is stalking unless plainly issue-based
    assert label_from_elements(derive_elements(_plan(relationship="ex_partner"))) == "stalking"
    assert label_from_elements(derive_elements(_plan(relationship="ex_partner", issue=True))) == "harassment"
    # two different non-contact acts aimed at the person
    two = [Occasion("STALK_FOLLOW"), Occasion("STALK_WATCH", day=2)]
    assert label_from_elements(derive_elements(_plan(occasions=two))) == "stalking"
    assert label_from_elements(derive_elements(_plan(occasions=two, issue=True))) == "harassment"
    # contact plus fixation
    assert label_from_elements(derive_elements(_plan(fixation=True))) == "stalking"
    # fear needs two threats to the victim herself, and fear
    one = [Occasion("STALK_CONTACT", kind="message", threat="victim"), Occasion("STALK_CONTACT", kind="message", day=2)]
    assert label_from_elements(derive_elements(_plan(occasions=one, fear=True))) == "harassment"
    twice = [Occasion("STALK_CONTACT", kind="message", threat="victim"), Occasion("STALK_CONTACT", kind="call", day=2, threat="victim")]
    assert label_from_elements(derive_elements(_plan(occasions=twice, fear=True))) == "harassment_fear_of_violence"
    assert label_from_elements(derive_elements(_plan(occasions=twice, fear=False))) == "harassment"
    relative = [Occasion("STALK_CONTACT", kind="message", threat="relative"), Occasion("STALK_CONTACT", kind="call", day=2, threat="relative")]
    assert label_from_elements(derive_elements(_plan(occasions=relative, fear=True))) == "harassment"
    # serious alarm only matters for stalking
    assert label_from_elements(derive_elements(_plan(impact="serious"))) == "harassment"
    assert label_from_elements(derive_elements(_plan(impact="serious", fixation=True))) == "stalking_fear_alarm_distress"
    # only race and religion aggravate
    hom = [Occasion("STALK_CONTACT", kind="message", hostility="homophobic"), Occasion("STALK_CONTACT", kind="message", day=1)]
    assert label_from_elements(derive_elements(_plan(occasions=hom))) == "harassment"
    rac = [Occasion("STALK_CONTACT", kind="message", hostility="racial"), Occasion("STALK_CONTACT", kind="message", day=1)]
    assert label_from_elements(derive_elements(_plan(occasions=rac))) == "aggravated_harassment"


def test_named_hard_patterns():
    rng = random.Random(0)
    kelly = build("harassment", "kelly", rng)
    assert len(kelly.occasions) == 3 and max(o.minute for o in kelly.occasions) - min(o.minute for o in kelly.occasions) < 15
    assert label_from_elements(derive_elements(kelly)) == "harassment"
    lawful = build("no_offence", "lawful_purpose", rng)
    assert lawful.relationship == "business" and label_from_elements(derive_elements(lawful)) == "no_offence"
    ccb = build("no_offence", "live_relationship_control", rng)
    assert ccb.relationship == "partner" and ccb.alt_offence == "CCB"


def test_aggravated_labels_do_not_reuse_mention_only_patterns():
    for label in LABELS:
        if label.startswith("aggravated_"):
            assert all("race_mentioned" not in p for p, _ in patterns_for(label))
    assert set(PATTERNS) == {label for label in LABELS if not label.startswith("aggravated_")}

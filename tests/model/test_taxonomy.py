"""The names are a public contract (API, CLI, corpus, evaluation): changing one must be deliberate."""

import json

import pytest

from model.taxonomy import TAXONOMY_PATH, ELEMENT_NAMES, EVIDENCE_TYPES, LABELS, factors_of, label_from_elements, load_taxonomy


def test_label_names_snapshot():
    assert LABELS == (
        "no_offence",
        "harassment",
        "harassment_fear_of_violence",
        "stalking",
        "stalking_fear_alarm_distress",
        "aggravated_harassment",
        "aggravated_harassment_fear_of_violence",
        "aggravated_stalking",
        "aggravated_stalking_fear_alarm_distress",
    )


def test_evidence_types_snapshot():
    taxonomy = load_taxonomy()
    assert EVIDENCE_TYPES == (
        "SURVEILLANCE", "CONTACT", "INTERFERENCE", "FIXATION", "REPETITION", "THREAT", "DISTRESS_IMPACT", "HOSTILITY",
    )
    assert taxonomy.evidence_types["SURVEILLANCE"] == (
        "STALK_FOLLOW", "STALK_TURN_UP", "STALK_LOITER", "STALK_WATCH", "STALK_MONITOR",
    )
    assert taxonomy.evidence_types["HOSTILITY"] == ("RACIAL_HOSTILITY", "RELIGIOUS_HOSTILITY")
    assert sum(len(v) for v in taxonomy.evidence_types.values()) == 20


def test_element_names_snapshot():
    assert ELEMENT_NAMES == (
        "course_of_conduct", "stalking_behaviour", "fear_of_violence", "serious_alarm_distress", "racial_religious_hostility",
    )
    assert set(load_taxonomy().elements) == set(ELEMENT_NAMES)


@pytest.mark.parametrize(
    "label, statute, code",
    [
        ("harassment", "Protection from Harassment Act 1997 s.2", "8L"),
        ("harassment_fear_of_violence", "Protection from Harassment Act 1997 s.4", "8L"),
        ("stalking", "Protection from Harassment Act 1997 s.2A", "8Q"),
        ("stalking_fear_alarm_distress", "Protection from Harassment Act 1997 s.4A", "8Q"),
        ("aggravated_harassment", "Crime and Disorder Act 1998 s.32(1)(a) (Protection from Harassment Act 1997 s.2)", "8M"),
        ("no_offence", None, None),
    ],
)
def test_statutes_and_codes_come_from_the_data_file(label, statute, code):
    offence = load_taxonomy().offence(label)
    assert (offence.statute, offence.hocr_code) == (statute, code)


def test_codes_live_in_data_not_code():
    raw = json.loads(TAXONOMY_PATH.read_text())
    assert {item["name"] for item in raw["labels"]} == set(LABELS)


def test_code_lookup_covers_both_harassment_forms():
    assert load_taxonomy().labels_for_code("8l") == ("harassment", "harassment_fear_of_violence")


def _elements(**met):
    return {name: met.get(name, False) for name in ELEMENT_NAMES}


@pytest.mark.parametrize(
    "met, expected",
    [
        ({}, "no_offence"),
        ({"stalking_behaviour": True, "fear_of_violence": True}, "no_offence"),  # no course of conduct: nothing else counts
        ({"course_of_conduct": True}, "harassment"),
        ({"course_of_conduct": True, "serious_alarm_distress": True}, "harassment"),  # no s.4A(ii) for harassment
        ({"course_of_conduct": True, "fear_of_violence": True}, "harassment_fear_of_violence"),
        ({"course_of_conduct": True, "stalking_behaviour": True}, "stalking"),
        ({"course_of_conduct": True, "stalking_behaviour": True, "serious_alarm_distress": True}, "stalking_fear_alarm_distress"),
        ({"course_of_conduct": True, "racial_religious_hostility": True}, "aggravated_harassment"),
        ({"course_of_conduct": True, "stalking_behaviour": True, "fear_of_violence": True, "racial_religious_hostility": True},
         "aggravated_stalking_fear_alarm_distress"),
    ],
)
def test_precedence_rules(met, expected):
    assert label_from_elements(_elements(**met)) == expected


def test_factors_of_every_label():
    assert factors_of("aggravated_stalking") == {"behaviour": "stalking", "severity": "basic", "aggravation": "racial_or_religious"}
    assert {factors_of(l)["behaviour"] for l in LABELS} == {"none", "harassment", "stalking"}

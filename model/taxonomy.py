"""The public contract: labels, evidence types, elements and the law's precedence rules.

Names, statutes and counting-rules codes live in ``taxonomy.json`` (the rules change most
Aprils); this module only gives them types and encodes how the elements decide a label.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

TAXONOMY_PATH = Path(__file__).with_name("taxonomy.json")

ElementStatus = Literal["met", "not_met", "unclear"]
ELEMENT_NAMES: tuple[str, ...] = (
    "course_of_conduct",
    "stalking_behaviour",
    "fear_of_violence",
    "serious_alarm_distress",
    "racial_religious_hostility",
)


@dataclass(frozen=True)
class Offence:
    name: str
    display_name: str
    statute: str | None
    hocr_code: str | None
    behaviour: str
    severity: str
    aggravation: str
    limbs: dict


@dataclass(frozen=True)
class Taxonomy:
    version: str
    offences: tuple[Offence, ...]
    evidence_types: dict[str, tuple[str, ...]]
    elements: dict[str, str]
    alternative_offences: dict[str, dict]
    rules: dict[str, str]

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(o.name for o in self.offences)

    def offence(self, label: str) -> Offence:
        for o in self.offences:
            if o.name == label:
                return o
        raise KeyError(f"unknown label {label!r}; known labels: {', '.join(self.labels)}")

    def type_of_subtype(self, subtype: str) -> str:
        for evidence_type, subtypes in self.evidence_types.items():
            if subtype in subtypes:
                return evidence_type
        raise KeyError(f"unknown evidence subtype {subtype!r}")

    def labels_for_code(self, code: str) -> tuple[str, ...]:
        """Labels a recorded counting-rules code can mean (8L covers s.2 and s.4)."""
        wanted = code.strip().upper()
        return tuple(o.name for o in self.offences if o.hocr_code and o.hocr_code.upper() == wanted)


@lru_cache(maxsize=1)
def load_taxonomy(path: Path = TAXONOMY_PATH) -> Taxonomy:
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    offences = tuple(
        Offence(
            name=item["name"],
            display_name=item["display_name"],
            statute=item["statute"],
            hocr_code=item["hocr_code"],
            behaviour=item["factors"]["behaviour"],
            severity=item["factors"]["severity"],
            aggravation=item["factors"]["aggravation"],
            limbs=item.get("limbs", {}),
        )
        for item in raw["labels"]
    )
    return Taxonomy(
        version=raw["version"],
        offences=offences,
        evidence_types={k: tuple(v) for k, v in raw["evidence_types"].items()},
        elements=dict(raw["elements"]),
        alternative_offences=dict(raw["alternative_offences"]),
        rules=dict(raw["rules"]),
    )


LABELS: tuple[str, ...] = load_taxonomy().labels
EVIDENCE_TYPES: tuple[str, ...] = tuple(load_taxonomy().evidence_types)


def label_from_elements(elements: dict[str, bool]) -> str:
    """The precedence rules of offences.md 4.3 applied to established elements.

    ``elements`` maps each element name to whether it is met. Order matters: the course of
    conduct gates everything; stalking character outranks harassment; the serious-alarm limb
    exists only for stalking; racial or religious hostility turns any form into its
    aggravated form (CDA 1998 s.32).
    """
    if not elements.get("course_of_conduct"):
        return "no_offence"
    stalking = bool(elements.get("stalking_behaviour"))
    fear = bool(elements.get("fear_of_violence"))
    serious = bool(elements.get("serious_alarm_distress"))
    if stalking:
        base = "stalking_fear_alarm_distress" if (fear or serious) else "stalking"
    else:
        # There is no harassment equivalent of the s.4A(1)(b)(ii) limb: serious distress alone stays s.2.
        base = "harassment_fear_of_violence" if fear else "harassment"
    if elements.get("racial_religious_hostility"):
        return f"aggravated_{base}"
    return base


def factors_of(label: str) -> dict[str, str]:
    offence = load_taxonomy().offence(label)
    return {"behaviour": offence.behaviour, "severity": offence.severity, "aggravation": offence.aggravation}

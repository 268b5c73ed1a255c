"""The legal elements, from evidence spans and rule findings (offences.md 4.3).

Each element is met, not met or unclear, with the spans (indices into the span list) that show it.
Notes are plain words about the law, never narrative text.
"""

from __future__ import annotations

from dataclasses import dataclass

from model.rules import RuleFindings
from model.suggestion import Element, EvidenceSpan
from model.taxonomy import ELEMENT_NAMES

# An element head this sure that an element is met, where no evidence shows it, makes the element unclear.
HEAD_CONFIDENT = 0.8

# s.2A(3) acts: contact and gifts are acts too, but contact alone must not make stalking (4.3 rule 3).
NON_CONTACT_ACTS = {
    "STALK_FOLLOW", "STALK_TURN_UP", "STALK_LOITER", "STALK_WATCH", "STALK_MONITOR",
    "STALK_PUBLISH", "STALK_PROPERTY", "STALK_ORDERS",
}
CONTACT_ACTS = {"STALK_CONTACT", "STALK_GIFTS"}
CONDUCT_TYPES = {"SURVEILLANCE", "CONTACT", "INTERFERENCE", "THREAT", "HOSTILITY"}


@dataclass
class ElementReading:
    elements: dict[str, Element]
    established: dict[str, bool]
    occasions: int


def _indices(spans: list[EvidenceSpan], predicate) -> list[int]:
    return [i for i, s in enumerate(spans) if predicate(s)]


# A repetition phrase this close to a threat ("threatened to kill her | several times since March") repeats it.
REPETITION_ATTACHED_CHARS = 3


def threat_occasions(spans: list[EvidenceSpan], threats: list[int]) -> int:
    """Occasions of threats: one per threat span, and one more when a repetition phrase is attached to one."""
    ordered = sorted(range(len(spans)), key=lambda i: spans[i].start)
    attached = False
    for position, i in enumerate(ordered):
        if i not in threats:
            continue
        neighbours = [ordered[j] for j in (position - 1, position + 1) if 0 <= j < len(ordered)]
        for j in neighbours:
            gap = max(spans[j].start - spans[i].end, spans[i].start - spans[j].end)  # negative when they overlap
            if spans[j].type == "REPETITION" and 0 <= gap <= REPETITION_ATTACHED_CHARS:
                attached = True
    return len(threats) + int(attached)


def derive_elements(
    spans: list[EvidenceSpan], findings: RuleFindings, former_partner_rule: bool = True
) -> ElementReading:
    subtypes = {s.subtype for s in spans}
    repetition = _indices(spans, lambda s: s.type == "REPETITION")
    conduct = _indices(spans, lambda s: s.type in CONDUCT_TYPES and s.subtype != "FEAR_OF_VIOLENCE")
    counted = findings.occasions  # what the words say: "on 3 occasions", dates, "again"
    if repetition:
        counted = max(counted, 2)
    # Separately described acts are separate occasions, unless the record calls it one incident.
    occasions = max(counted, len(conduct))

    # Course of conduct: the gate.
    if not conduct:
        course = Element(status="not_met", note="no conduct towards the victim was found")
    elif findings.mutuality and occasions >= 2:
        course = Element(status="unclear", spans=repetition, note="two-way rows or a reconciliation between occasions (Curtis, Hills)")
    elif findings.lawful_purpose and occasions >= 2:
        course = Element(status="unclear", spans=repetition, note="possible lawful purpose (PHA s.1(3)): a registrar should decide")
    elif findings.single_incident and counted < 2:
        course = Element(status="not_met", spans=conduct, note="described as a single incident")
    elif occasions >= 2:
        course = Element(status="met", spans=repetition + conduct, note=f"at least {occasions} occasions")
    else:
        course = Element(status="not_met", spans=conduct, note="fewer than two occasions found")
    course_met = course.status == "met"

    acts = _indices(spans, lambda s: s.subtype in NON_CONTACT_ACTS | CONTACT_ACTS)
    fixation = _indices(spans, lambda s: s.subtype == "FIXATION")
    non_contact_kinds = subtypes & NON_CONTACT_ACTS
    former_partner_course = former_partner_rule and findings.former_partner and course_met
    if acts and fixation:
        stalking = Element(status="met", spans=acts + fixation, note="acts associated with stalking with a fixation marker (s.2A(3))")
    elif (len(non_contact_kinds) >= 2 or former_partner_course) and findings.issue_based:
        # Rules 3(b) and 3(c) give way when the conduct is plainly about an issue (offences.md 4.3).
        stalking = Element(status="not_met", spans=acts,
                           note="the conduct is about an issue, not the person: harassment rather than stalking")
    elif len(non_contact_kinds) >= 2:
        stalking = Element(status="met", spans=acts, note="two or more kinds of stalking act aimed at the person (s.2A(3))")
    elif former_partner_course:
        stalking = Element(status="met", spans=acts, note="former partner's course of conduct (HOCR April 2020 rule)")
    elif acts:
        # Contact, or one kind of act, without fixation is harassment's ground, not stalking's (4.3 rule 3).
        stalking = Element(status="not_met", spans=acts, note="acts without a fixation marker or a second kind of stalking act")
    else:
        stalking = Element(status="not_met", note="no act associated with stalking was found")

    threats = _indices(spans, lambda s: s.subtype == "THREAT_VIOLENCE")
    fears = _indices(spans, lambda s: s.subtype == "FEAR_OF_VIOLENCE")
    # s.4 and s.4A(1)(b)(i) need fear on two occasions: count threats (one span followed by "again" or
    # "several times a week" is two), or two separate mentions of the victim's fear.
    fear_occasions = max(threat_occasions(spans, threats), len(fears))
    if fears and fear_occasions >= 2:
        fear = Element(status="met", spans=threats + fears, note="the victim fears violence against themself")
    elif fears:
        fear = Element(status="not_met", spans=threats + fears,
                       note="the victim's fear of violence is shown on one occasion only; s.4 needs two")
    elif threats:
        fear = Element(status="not_met", spans=threats + fears, note="threats found, but not the victim's fear of violence on two occasions")
    else:
        fear = Element(status="not_met", note="no threat or fear of violence found")

    impact = _indices(spans, lambda s: s.subtype == "SERIOUS_IMPACT")
    distress = _indices(spans, lambda s: s.subtype == "DISTRESS")
    if impact:
        serious = Element(status="met", spans=impact + distress, note="a substantial adverse effect on day-to-day life")
    elif distress:
        serious = Element(status="not_met", spans=distress, note="distress without a change to day-to-day life")
    else:
        serious = Element(status="not_met", note="no serious alarm or distress found")

    hostile = _indices(spans, lambda s: s.type == "HOSTILITY")
    hostility = (
        Element(status="met", spans=hostile, note="hostility based on race or religion (CDA 1998 s.28)")
        if hostile
        else Element(status="not_met", note="no racial or religious hostility found")
    )

    elements = {
        "course_of_conduct": course,
        "stalking_behaviour": stalking,
        "fear_of_violence": fear,
        "serious_alarm_distress": serious,
        "racial_religious_hostility": hostility,
    }
    established = {name: element.status == "met" for name, element in elements.items()}
    return ElementReading(elements=elements, established=established, occasions=occasions)


def reconcile_with_heads(reading: ElementReading, element_probs, confident: float = HEAD_CONFIDENT) -> ElementReading:
    """Models with element heads: an element they read as met with confidence, but that the spans and
    rules do not show, is shown as "unclear" (a registrar should look) rather than "not met".

    Only the shown status changes: ``established`` (what the precedence rules reach) still needs evidence.
    """
    elements = dict(reading.elements)
    for name, probability in zip(ELEMENT_NAMES, element_probs):
        element = elements[name]
        if element.status == "not_met" and float(probability) >= confident:
            elements[name] = Element(
                status="unclear",
                spans=element.spans,
                note=f"the model reads this element as met (p={float(probability):.2f}), "
                "but no clear evidence for it was found",
            )
    return ElementReading(elements=elements, established=reading.established, occasions=reading.occasions)

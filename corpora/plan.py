"""The legal side of the corpus: what happened in a case, and which elements that establishes.

A Plan is the facts of one invented case: who the suspect is to the victim, each occasion
of conduct, threats, fear, impact, hostility, and anything that stops the occasions from
being a course of conduct (a single incident, one conversation, mutual rows, a lawful
purpose, reconciliation, a live relationship). ``derive_elements`` applies the rules of
offences.md 4.3 to those facts; the label then comes from ``model.taxonomy.label_from_elements``,
never from here. Pattern builders choose facts aimed at a label; ``make_plan`` checks the law
agrees and fails loudly if a builder is wrong.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from corpora.banks.acts import NON_CONTACT
from model.taxonomy import LABELS, label_from_elements

RELATIONSHIPS = (
    "ex_partner",
    "partner",
    "neighbour",
    "colleague",
    "stranger",
    "online_acquaintance",
    "family",
    "customer",
    "business",
)
COURSE_BLOCKERS = ("none", "single", "one_conversation", "mutual", "lawful", "reconciled", "live_relationship", "none_yet")
HOSTILE_STRANDS = ("racial", "religious")
OTHER_STRANDS = ("homophobic", "disability", "transgender")


@dataclass
class Occasion:
    """One occasion of conduct towards the victim (PHA s.7(3))."""

    act: str  # an evidence subtype (STALK_*), or "ROW" / "LAWFUL" for non-spans
    kind: str = ""  # contact kind for STALK_CONTACT (message, call, voicemail, ...)
    threat: str = ""  # "", "victim" or "relative"
    hostility: str = ""  # "", a CDA s.28 strand, or another hate strand
    quote: str = ""  # "", "threat", "fixation", "abuse", "racial", "religious"
    day: int = 0  # days after the plan's start date
    minute: int = 0  # minutes after midnight


@dataclass
class Plan:
    label: str
    pattern: str
    relationship: str
    occasions: list[Occasion]
    start: date
    fixation: bool = False
    unwanted: bool = False
    fear: bool = False  # the victim fears violence against herself (FEAR_OF_VIOLENCE span)
    no_fear_stated: bool = False  # an explicit "not afraid" (negation, never a span)
    impact: str = "none"  # none | distress | serious
    escalation: bool = False
    issue: bool = False  # the conduct is plainly about an issue, not the person
    blocker: str = "none"
    other_hate: str = ""
    mention: str = ""  # race or religion mentioned without hostility
    order: str = ""  # a court order or bail condition the conduct breaches
    alt_offence: str = "none"
    third_party_actor: bool = False  # s.7(3A): others act on the suspect's behalf
    victim_gender: str = "f"
    suspect_gender: str = "m"
    notes: list[str] = field(default_factory=list)

    @property
    def acts(self) -> list[str]:
        return [o.act for o in self.occasions if o.act.startswith("STALK_")]

    @property
    def threats_to_victim(self) -> int:
        return sum(1 for o in self.occasions if o.threat == "victim")

    @property
    def hostility(self) -> str:
        strands = [o.hostility for o in self.occasions if o.hostility in HOSTILE_STRANDS]
        return strands[0] if strands else ""


def derive_elements(plan: Plan) -> dict[str, bool]:
    """The five elements from the facts, by the rules of offences.md 4.3.

    Elements are factual: hostility shown on a single occasion is still hostility, even though
    without a course of conduct the label is no_offence.
    """
    occasions = len(plan.occasions)
    course = occasions >= 2 and plan.blocker == "none"
    acts = set(plan.acts)
    non_contact = acts & set(NON_CONTACT)
    stalking = bool(
        (acts and plan.fixation)
        or (len(non_contact) >= 2 and not plan.issue)
        or (plan.relationship == "ex_partner" and course and not plan.issue)
    )
    fear = plan.threats_to_victim >= 2 and plan.fear
    return {
        "course_of_conduct": course,
        "stalking_behaviour": stalking,
        "fear_of_violence": fear,
        "serious_alarm_distress": plan.impact == "serious",
        "racial_religious_hostility": bool(plan.hostility),
    }


# --- pattern builders --------------------------------------------------------------------------

STALK_ACTS_BY_REL = {
    "ex_partner": ["STALK_TURN_UP", "STALK_LOITER", "STALK_FOLLOW", "STALK_WATCH", "STALK_MONITOR", "STALK_GIFTS",
                   "STALK_PROPERTY", "STALK_PUBLISH", "STALK_ORDERS"],
    "colleague": ["STALK_GIFTS", "STALK_LOITER", "STALK_WATCH", "STALK_TURN_UP", "STALK_FOLLOW", "STALK_MONITOR"],
    "stranger": ["STALK_FOLLOW", "STALK_WATCH", "STALK_LOITER", "STALK_TURN_UP"],
    "customer": ["STALK_TURN_UP", "STALK_FOLLOW", "STALK_GIFTS", "STALK_LOITER", "STALK_WATCH"],
    "online_acquaintance": ["STALK_MONITOR", "STALK_PUBLISH", "STALK_TURN_UP", "STALK_WATCH", "STALK_ORDERS"],
    "neighbour": ["STALK_WATCH", "STALK_LOITER", "STALK_PROPERTY", "STALK_FOLLOW", "STALK_MONITOR"],
    "family": ["STALK_TURN_UP", "STALK_MONITOR", "STALK_LOITER", "STALK_FOLLOW"],
}
STALK_CONTACT_KINDS = ["message", "call", "third_party", "new_account", "letter", "voicemail"]
HARASS_KINDS_BY_REL = {
    "neighbour": ["in_person", "in_person", "letter", "message"],
    "colleague": ["in_person", "message", "email"],
    "family": ["message", "call", "in_person", "voicemail"],
    "customer": ["email", "call", "in_person", "message"],
    "online_acquaintance": ["message", "message", "email"],
    "stranger": ["message", "email", "in_person"],
    "ex_partner": ["message", "call", "email", "voicemail"],
}
HARASS_RELS = ["neighbour", "neighbour", "colleague", "family", "customer", "online_acquaintance", "stranger"]
STALK_RELS = ["ex_partner", "ex_partner", "ex_partner", "colleague", "stranger", "customer", "online_acquaintance",
              "neighbour", "family"]


class _B:
    """Helpers shared by the builders: a random source and the occasion timeline."""

    def __init__(self, rng: random.Random, long: bool = False):
        self.rng = rng
        self.long = long

    def n_course(self) -> int:
        if self.long:  # a long record tells a longer story, rather than more noise
            return self.rng.choices([3, 4, 5, 6, 7, 8, 9, 10], weights=[6, 10, 14, 14, 12, 10, 8, 6])[0]
        return self.rng.choices([2, 3, 4, 5, 6, 7, 8], weights=[14, 24, 22, 16, 10, 8, 6])[0]

    def days(self, n: int, lo: int = 1, hi: int = 20) -> list[int]:
        day, out = 0, []
        for _ in range(n):
            out.append(day)
            day += self.rng.randint(lo, hi)
        return out

    def minute(self) -> int:
        return self.rng.randint(0, 1439)

    def contact(self, kinds: list[str], day: int, **kw) -> Occasion:
        kind = self.rng.choice(kinds)
        return Occasion("STALK_CONTACT", kind=kind, day=day, minute=self.minute(), **kw)

    def stalking_occasions(self, rel: str, n: int, need_two_types: bool, contact_share: float = 0.4) -> list[Occasion]:
        """n occasions of stalking-type conduct; with need_two_types, two different non-contact acts."""
        pool = STALK_ACTS_BY_REL[rel]
        days = self.days(n)
        occ: list[Occasion] = []
        forced: list[str] = []
        if need_two_types:
            non_contact = [a for a in pool if a in NON_CONTACT]
            forced = self.rng.sample(non_contact, 2)
        for i, d in enumerate(days):
            if i < len(forced):
                occ.append(Occasion(forced[i], day=d, minute=self.minute()))
            elif self.rng.random() < contact_share:
                occ.append(self.contact(STALK_CONTACT_KINDS, d))
            else:
                occ.append(Occasion(self.rng.choice(pool), day=d, minute=self.minute()))
        self.rng.shuffle(occ)
        for o, d in zip(occ, sorted(o.day for o in occ)):
            o.day = d
        return occ

    def harassment_occasions(self, rel: str, n: int) -> list[Occasion]:
        kinds = HARASS_KINDS_BY_REL[rel]
        return [self.contact(kinds, d) for d in self.days(n)]

    def add_threats(self, occ: list[Occasion], k: int, target: str = "victim") -> None:
        for o in self.rng.sample(occ, min(k, len(occ))):
            o.threat = target
            if o.kind in ("message", "voicemail", "new_account", "letter") and self.rng.random() < 0.5 and target == "victim":
                o.quote = "threat"

    def add_hostility(self, occ: list[Occasion], strand: str, k: int) -> None:
        for o in self.rng.sample(occ, min(k, len(occ))):
            o.hostility = strand
            if strand in HOSTILE_STRANDS and o.kind in ("message", "new_account", "letter") and not o.quote:
                if self.rng.random() < 0.5:
                    o.quote = strand

    def quotes(self, occ: list[Occasion], flavour: str, p: float = 0.35) -> None:
        for o in occ:
            if not o.quote and o.kind in ("message", "new_account", "voicemail") and self.rng.random() < p:
                o.quote = flavour


def _stalking_base(b: _B, rel: str | None = None, via: str | None = None) -> tuple[str, list[Occasion], bool]:
    """Occasions with a stalking character: ex-partner, fixation, or two non-contact acts."""
    rng = b.rng
    rel = rel or rng.choice(STALK_RELS)
    n = b.n_course()
    if via is None:
        via = "ex" if rel == "ex_partner" else rng.choice(["fixation", "two_types", "both"])
    need_two = via in ("two_types", "both") or (rel == "stranger")
    n = max(n, 2)
    occ = b.stalking_occasions(rel, n, need_two_types=need_two, contact_share=0.5 if rel == "ex_partner" else 0.3)
    fixation = via in ("fixation", "both") or (rel == "ex_partner" and rng.random() < 0.6)
    b.quotes(occ, "fixation" if fixation else "abuse")
    return rel, occ, fixation


def build(label: str, pattern: str, rng: random.Random, long: bool = False) -> Plan:
    """Facts for one case of ``pattern`` aimed at ``label`` (before aggravation is added)."""
    b = _B(rng, long)
    start = date(2021, 1, 4) + timedelta(days=rng.randint(0, 365 * 5))
    vg = "f" if rng.random() < 0.8 else "m"
    sg = "m" if rng.random() < 0.85 else "f"
    P = lambda rel, occ, **kw: Plan(label=label, pattern=pattern, relationship=rel, occasions=occ, start=start,
                                    victim_gender=vg, suspect_gender=sg, **kw)  # noqa: E731

    # ---- no course of conduct --------------------------------------------------------------
    if pattern == "single_incident":
        rel = rng.choice(["neighbour", "stranger", "colleague", "ex_partner", "customer", "online_acquaintance", "family"])
        act = rng.choice(["STALK_CONTACT", "STALK_CONTACT", "STALK_TURN_UP", "STALK_FOLLOW", "STALK_WATCH", "STALK_PROPERTY"])
        o = b.contact(HARASS_KINDS_BY_REL[rel] + ["email"], 0) if act == "STALK_CONTACT" else Occasion(act, minute=b.minute())
        if rng.random() < 0.3:
            o.threat = "victim"
        plan = P(rel, [o], blocker="single", alt_offence=rng.choice(["MALICIOUS_COMMS", "PUBLIC_ORDER", "NON_CRIME"]))
        plan.fear = o.threat == "victim" and rng.random() < 0.6
        plan.impact = rng.choice(["none", "distress", "distress"])
        return plan
    if pattern == "single_hate_incident":
        rel = rng.choice(["stranger", "stranger", "neighbour", "customer"])
        o = Occasion("STALK_CONTACT", kind="in_person", minute=b.minute(), hostility=rng.choice(HOSTILE_STRANDS))
        return P(rel, [o], blocker="single", impact="distress", alt_offence="AGGRAVATED_PUBLIC_ORDER")
    if pattern == "one_conversation":
        rel = rng.choice(["ex_partner", "colleague", "online_acquaintance", "neighbour", "family", "stranger"])
        o = Occasion("STALK_CONTACT", kind="message", minute=b.minute(), quote=rng.choice(["abuse", "abuse", ""]))
        return P(rel, [o], blocker="one_conversation", impact=rng.choice(["none", "distress"]),
                 alt_offence="MALICIOUS_COMMS")
    if pattern == "single_threat":
        rel = rng.choice(["neighbour", "stranger", "customer", "colleague", "family", "ex_partner"])
        o = b.contact(["in_person", "message", "voicemail"], 0, threat="victim")
        if o.kind != "in_person" and rng.random() < 0.5:
            o.quote = "threat"
        return P(rel, [o], blocker="single", fear=rng.random() < 0.7, alt_offence="THREATS_TO_KILL")
    if pattern == "negated_conduct":
        rel = rng.choice(["ex_partner", "neighbour", "colleague", "online_acquaintance"])
        o = b.contact(["message", "call", "letter"], 0)
        return P(rel, [o], blocker="single", alt_offence="NON_CRIME", notes=["negate_stalking"])
    if pattern == "worry_only":
        rel = rng.choice(["ex_partner", "ex_partner", "neighbour", "family"])
        return P(rel, [], blocker="none_yet", alt_offence="NON_CRIME", notes=["hypothetical"])
    if pattern == "lawful_purpose":
        n = rng.randint(2, 6)
        occ = [Occasion("STALK_CONTACT", kind=rng.choice(["letter", "call", "visit"]), day=d, minute=b.minute())
               for d in b.days(n, 3, 25)]
        return P("business", occ, blocker="lawful", impact=rng.choice(["none", "distress"]), alt_offence="NON_CRIME")
    if pattern == "mutual_rows":
        rel = rng.choice(["partner", "ex_partner", "neighbour", "partner"])
        n = rng.randint(2, 6)
        occ = []
        for d in b.days(n, 10, 70):
            if rng.random() < 0.5:
                occ.append(Occasion("ROW", day=d, minute=b.minute()))
            else:
                occ.append(b.contact(["in_person", "message"], d))
        return P(rel, occ, blocker="mutual", alt_offence="NON_CRIME")
    if pattern == "reconciled":
        occ = [b.contact(["in_person", "message", "call"], 0),
               b.contact(["in_person", "message", "call"], rng.randint(95, 220))]
        return P("ex_partner", occ, blocker="reconciled", alt_offence="NON_CRIME")
    if pattern == "live_relationship_control":
        n = rng.randint(2, 5)
        occ = [Occasion("CCB", day=d, minute=b.minute()) for d in b.days(n, 2, 30)]
        return P("partner", occ, blocker="live_relationship", fear=False, impact=rng.choice(["none", "distress"]),
                 alt_offence="CCB")

    # ---- harassment (no stalking character) ------------------------------------------------
    if pattern in ("repeated_contact", "threats_no_fear", "kelly", "threat_to_relative", "one_threat",
                   "other_hate", "race_mentioned", "serious_impact_no_stalking", "issue_based_dispute",
                   "ex_issue_based", "third_party_behalf", "repeated_threats", "threats_issue_based",
                   "threats_other_hate", "threats_race_mentioned", "threats_serious_impact"):
        return _harassment_family(b, P, label, pattern)

    # ---- stalking ----------------------------------------------------------------------------
    return _stalking_family(b, P, label, pattern)


def _harassment_family(b: _B, P, label: str, pattern: str) -> Plan:
    rng = b.rng
    issue = pattern in ("issue_based_dispute", "threats_issue_based", "ex_issue_based") or rng.random() < 0.3
    rel = "ex_partner" if pattern == "ex_issue_based" else rng.choice(HARASS_RELS)
    if pattern == "kelly":
        t = rng.randint(18 * 60, 23 * 60)
        gaps = sorted(rng.sample(range(1, 14), 2))
        occ = [Occasion("STALK_CONTACT", kind="voicemail", minute=t),
               Occasion("STALK_CONTACT", kind="voicemail", minute=t + gaps[0]),
               Occasion("STALK_CONTACT", kind="voicemail", minute=t + gaps[1])]
        rel = rng.choice(["neighbour", "colleague", "family", "customer", "stranger"])
        return P(rel, occ, issue=issue, impact=rng.choice(["distress", "distress", "none"]), notes=["kelly"])
    if pattern in ("issue_based_dispute", "threats_issue_based"):
        rel = rng.choice(["neighbour", "neighbour", "customer", "family"])
        n = max(3, b.n_course())
        days = b.days(n)
        acts = rng.sample(["STALK_PROPERTY", "STALK_WATCH", "STALK_ORDERS", "STALK_LOITER"], 2)
        occ = [Occasion(acts[i % 2], day=d, minute=b.minute()) if i < 2 or rng.random() < 0.3
               else b.contact(HARASS_KINDS_BY_REL[rel], d) for i, d in enumerate(days)]
    else:
        occ = b.harassment_occasions(rel, b.n_course())
    if pattern == "third_party_behalf":
        rel = rng.choice(["neighbour", "colleague", "family"])
    plan = P(rel, occ, issue=issue)
    plan.third_party_actor = pattern == "third_party_behalf"
    b.quotes(occ, "abuse")
    plan.impact = rng.choice(["none", "distress", "distress"])
    if pattern in ("repeated_threats", "threats_issue_based", "threats_other_hate", "threats_race_mentioned",
                   "threats_serious_impact"):
        b.add_threats(occ, rng.randint(2, min(4, len(occ))))
        plan.fear = True
    if pattern == "threats_no_fear":
        b.add_threats(occ, rng.randint(2, min(3, len(occ))))
        plan.no_fear_stated = True
    if pattern == "one_threat":
        b.add_threats(occ, 1)
        plan.fear = rng.random() < 0.7
    if pattern == "threat_to_relative":
        b.add_threats(occ, rng.randint(2, min(3, len(occ))), target="relative")
        plan.no_fear_stated = True
        plan.notes.append("fear_self")
    if pattern in ("other_hate", "threats_other_hate"):
        plan.other_hate = rng.choice(OTHER_STRANDS)
        b.add_hostility(occ, plan.other_hate, rng.randint(1, min(3, len(occ))))
    if pattern in ("race_mentioned", "threats_race_mentioned"):
        plan.mention = rng.choice(["race", "religion"])
    if pattern in ("serious_impact_no_stalking", "threats_serious_impact"):
        plan.impact = "serious"
    if rng.random() < 0.25:
        plan.escalation = True
    plan.unwanted = rng.random() < 0.3
    return plan


def _stalking_family(b: _B, P, label: str, pattern: str) -> Plan:
    rng = b.rng
    if pattern == "ex_pleading":
        n = max(3, b.n_course())
        occ = [b.contact(["message", "message", "call", "third_party", "new_account", "letter"], d) for d in b.days(n)]
        b.quotes(occ, "fixation", p=0.6)
        plan = P("ex_partner", occ, fixation=rng.random() < 0.8, unwanted=True)
        plan.notes.append("no_threats")
    elif pattern == "order_breach":
        rel = rng.choice(["ex_partner", "ex_partner", "neighbour", "family"])
        n = rng.randint(2, 5)
        occ = [Occasion("STALK_TURN_UP", day=d, minute=b.minute()) for d in b.days(n)]
        if rel != "ex_partner":
            occ.append(Occasion(rng.choice(["STALK_LOITER", "STALK_WATCH"]), day=occ[-1].day + rng.randint(1, 6),
                                minute=b.minute()))
        plan = P(rel, occ, order=rng.choice(["a restraining order", "a non-molestation order", "an SPO", "bail conditions"]))
        plan.fixation = rng.random() < 0.5
    elif pattern == "colleague_gifts":
        n = max(3, b.n_course())
        occ = []
        days = b.days(n)
        acts = ["STALK_GIFTS", "STALK_LOITER"] + [rng.choice(["STALK_GIFTS", "STALK_LOITER", "STALK_CONTACT", "STALK_WATCH"])
                                                  for _ in range(n - 2)]
        for a, d in zip(acts, days):
            occ.append(b.contact(["message", "letter"], d) if a == "STALK_CONTACT" else Occasion(a, day=d, minute=b.minute()))
        b.quotes(occ, "fixation", p=0.5)
        plan = P(rng.choice(["colleague", "colleague", "customer"]), occ, fixation=True, unwanted=rng.random() < 0.6)
        plan.notes.append("no_threats")
    elif pattern == "fake_profiles":
        n = max(2, b.n_course())
        days = b.days(n)
        occ = [Occasion("STALK_PUBLISH", day=days[0], minute=b.minute()), Occasion("STALK_MONITOR", day=days[1], minute=b.minute())]
        for d in days[2:]:
            occ.append(Occasion(rng.choice(["STALK_PUBLISH", "STALK_MONITOR"]), day=d, minute=b.minute())
                       if rng.random() < 0.6 else b.contact(["message", "new_account"], d))
        plan = P(rng.choice(["online_acquaintance", "ex_partner", "colleague", "stranger", "neighbour"]), occ)
    elif pattern == "stranger_follow":
        rel, occ, fix = _stalking_base(b, rel=rng.choice(["stranger", "stranger", "customer"]), via="two_types")
        plan = P(rel, occ, fixation=fix and rng.random() < 0.4)
    else:
        rel, occ, fix = _stalking_base(b)
        plan = P(rel, occ, fixation=fix)
        plan.unwanted = rng.random() < 0.5

    occ = plan.occasions
    plan.impact = rng.choice(["none", "distress", "distress"])
    if pattern in ("stalk_fear", "stalk_fear_and_serious"):
        b.add_threats(occ, rng.randint(2, min(4, len(occ))))
        plan.fear = True
    if pattern in ("stalk_serious", "stalk_fear_and_serious"):
        plan.impact = "serious"
    if pattern == "stalk_serious":
        plan.notes.append("no_threats")
    if pattern == "stalking_one_threat":
        b.add_threats(occ, 1)
        plan.fear = rng.random() < 0.7
    if pattern == "stalking_threats_no_fear":
        b.add_threats(occ, rng.randint(2, min(3, len(occ))))
        plan.no_fear_stated = True
    if pattern == "stalking_relative_threat":
        b.add_threats(occ, rng.randint(2, min(3, len(occ))), target="relative")
        plan.no_fear_stated = True
        plan.notes.append("fear_self")
    if pattern == "stalking_other_hate":
        plan.other_hate = rng.choice(OTHER_STRANDS)
        b.add_hostility(occ, plan.other_hate, rng.randint(1, 2))
    if pattern == "stalking_race_mentioned":
        plan.mention = rng.choice(["race", "religion"])
    if pattern == "stalking_serious_fear_self_only":
        plan.impact = "distress"
    if rng.random() < 0.3:
        plan.escalation = True
    if plan.relationship == "ex_partner" and rng.random() < 0.3 and not plan.order:
        plan.order = rng.choice(["", "", "a restraining order", "a non-molestation order", "bail conditions"])
    return plan


# Which patterns make each base label, with weights. Aggravated labels reuse the base patterns
# (except those whose point is the absence of race/religion hostility) and add hostility.
PATTERNS: dict[str, list[tuple[str, float]]] = {
    "no_offence": [
        ("single_incident", 3.0), ("single_hate_incident", 1.2), ("one_conversation", 1.6), ("single_threat", 1.2),
        ("negated_conduct", 0.9), ("worry_only", 0.6), ("lawful_purpose", 1.3), ("mutual_rows", 1.4),
        ("reconciled", 1.0), ("live_relationship_control", 1.3),
    ],
    "harassment": [
        ("repeated_contact", 3.0), ("kelly", 1.0), ("threat_to_relative", 1.0), ("one_threat", 1.0),
        ("threats_no_fear", 0.8), ("other_hate", 1.0), ("race_mentioned", 0.8), ("serious_impact_no_stalking", 0.9),
        ("issue_based_dispute", 1.1), ("ex_issue_based", 0.6), ("third_party_behalf", 0.5),
    ],
    "harassment_fear_of_violence": [
        ("repeated_threats", 3.5), ("threats_issue_based", 1.2), ("threats_other_hate", 0.8),
        ("threats_race_mentioned", 0.7), ("threats_serious_impact", 0.8),
    ],
    "stalking": [
        ("ex_pleading", 2.0), ("order_breach", 1.0), ("colleague_gifts", 1.0), ("fake_profiles", 1.0),
        ("stranger_follow", 1.0), ("stalking_general", 2.0), ("stalking_one_threat", 0.8),
        ("stalking_threats_no_fear", 0.6), ("stalking_relative_threat", 0.5), ("stalking_other_hate", 0.5),
        ("stalking_race_mentioned", 0.5),
    ],
    "stalking_fear_alarm_distress": [
        ("stalk_fear", 2.0), ("stalk_serious", 2.0), ("stalk_fear_and_serious", 1.0),
    ],
}
_NOT_FOR_AGGRAVATION = {"race_mentioned", "threats_race_mentioned", "stalking_race_mentioned"}


def _base_of(label: str) -> str:
    return label[len("aggravated_"):] if label.startswith("aggravated_") else label


def patterns_for(label: str) -> list[tuple[str, float]]:
    if label.startswith("aggravated_"):
        return [(p, w) for p, w in PATTERNS[_base_of(label)] if p not in _NOT_FOR_AGGRAVATION]
    return PATTERNS[label]


def make_plan(label: str, rng: random.Random, long: bool = False) -> Plan:
    """Facts for one case whose elements give ``label`` under the precedence rules.

    ``long`` asks for more occasions where the pattern allows, for records that run long.
    """
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r}")
    choices = patterns_for(label)
    pattern = rng.choices([p for p, _ in choices], weights=[w for _, w in choices])[0]
    plan = build(label, pattern, rng, long)
    if any(o.quote == "fixation" for o in plan.occasions):
        plan.fixation = True  # a pleading message in the sender's words is itself a fixation marker
    if label.startswith("aggravated_"):
        strand = rng.choice(HOSTILE_STRANDS)
        k = rng.choices([1, 2, 3], weights=[3, 4, 3])[0]
        b = _B(rng)
        b.add_hostility(plan.occasions, strand, k)
        plan.mention = ""
    # a race or religion mentioned in passing, in cases of any label, so mentions carry no signal
    if not plan.mention and not plan.hostility and rng.random() < 0.12:
        plan.mention = rng.choice(["race", "religion"])
    got = label_from_elements(derive_elements(plan))
    if got != label:
        raise AssertionError(f"pattern {pattern} built for {label} gives {got}: a builder is wrong")
    return plan

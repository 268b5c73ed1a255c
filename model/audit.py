"""Audit: compare the classification a force recorded with a Suggestion, and say why in plain words.

Pure logic over the taxonomy and a Suggestion: no model, no I/O. Reasons are built only from the
taxonomy's names, the elements and the evidence span types/subtypes, so they can never quote the
narrative (span ``text`` is never read here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from model.errors import UnknownClassification
from model.suggestion import Suggestion
from model.taxonomy import Taxonomy, load_taxonomy

Verdict = Literal["agree", "likely_misclassified", "needs_review"]
VERDICTS: tuple[str, ...] = ("agree", "likely_misclassified", "needs_review")

# Plain words for each evidence subtype (and the type itself when a span carries no subtype).
_SUBTYPE_WORDS: dict[str, str] = {
    "STALK_FOLLOW": "following",
    "STALK_TURN_UP": "turning up uninvited",
    "STALK_LOITER": "loitering",
    "STALK_WATCH": "watching",
    "STALK_MONITOR": "monitoring",
    "STALK_CONTACT": "repeated contact",
    "STALK_GIFTS": "unwanted gifts",
    "STALK_PUBLISH": "publishing material about the victim",
    "STALK_PROPERTY": "interfering with property",
    "STALK_ORDERS": "orders or complaints made in the victim's name",
    "FIXATION": "a fixation marker",
    "UNWANTED": "contact the victim did not want",
    "REPETITION": "repeated occasions",
    "ESCALATION": "escalation",
    "THREAT_VIOLENCE": "threats of violence",
    "FEAR_OF_VIOLENCE": "the victim's fear of violence",
    "SERIOUS_IMPACT": "a substantial effect on day-to-day life",
    "DISTRESS": "distress",
    "RACIAL_HOSTILITY": "racial hostility",
    "RELIGIOUS_HOSTILITY": "religious hostility",
}
_TYPE_WORDS: dict[str, str] = {
    "SURVEILLANCE": "surveillance of the victim",
    "CONTACT": "repeated contact",
    "INTERFERENCE": "interference with the victim's life or property",
    "FIXATION": "a fixation marker",
    "REPETITION": "repeated occasions",
    "THREAT": "threats of violence",
    "DISTRESS_IMPACT": "serious alarm or distress",
    "HOSTILITY": "racial or religious hostility",
}

# Which evidence types speak to which legal factor; used to pick the spans worth naming.
_STALKING_TYPES = ("SURVEILLANCE", "INTERFERENCE", "FIXATION")
_STALKING_SUBTYPES = ("STALK_GIFTS",)  # gifts are the one CONTACT subtype with a stalking character
_FEAR_TYPES = ("THREAT",)
_SERIOUS_SUBTYPES = ("SERIOUS_IMPACT",)
_HOSTILITY_TYPES = ("HOSTILITY",)
_COURSE_TYPES = ("REPETITION", "CONTACT", "SURVEILLANCE", "INTERFERENCE")

_MAX_EVIDENCE_WORDS = 4


@dataclass(frozen=True)
class AuditResult:
    verdict: Verdict
    reasons: list[str] = field(default_factory=list)
    recorded_label: str = ""


def resolve_recorded(recorded: str, taxonomy: Taxonomy | None = None) -> tuple[str, ...]:
    """Labels that a recorded classification can mean: a label name, or a counting-rules code.

    Label names are matched case-insensitively, with spaces or hyphens for underscores
    ("Stalking", "aggravated-harassment"); a code such as ``8L`` covers every label filed under it.
    Raises ``UnknownClassification`` (without echoing the input) when nothing matches.
    """
    taxonomy = taxonomy or load_taxonomy()
    cleaned = (recorded or "").strip()
    if not cleaned:
        raise UnknownClassification(
            "recorded is empty: give a label name (see GET /v1/offences) or a counting-rules code such as 8L, 8M or 8Q"
        )
    as_label = re.sub(r"[\s\-]+", "_", cleaned.lower())
    if as_label in taxonomy.labels:
        return (as_label,)
    labels = taxonomy.labels_for_code(cleaned)
    if labels:
        return labels
    codes = sorted({o.hocr_code for o in taxonomy.offences if o.hocr_code})
    raise UnknownClassification(
        "recorded is not a known label or counting-rules code: use one of the labels from GET /v1/offences "
        f"or one of the codes {', '.join(codes)}"
    )


def audit(suggestion: Suggestion, recorded: str, taxonomy: Taxonomy | None = None) -> AuditResult:
    """Verdict on a recorded classification given the model's suggestion.

    ``agree`` when the suggested label is the recorded one (or the recorded code covers it) and the
    suggestion is sure enough; ``needs_review`` whenever the suggestion itself asks for a registrar;
    otherwise ``likely_misclassified``, with reasons naming the evidence that separates the two.
    """
    taxonomy = taxonomy or load_taxonomy()
    candidates = resolve_recorded(recorded, taxonomy)
    recorded_label = suggestion.label if suggestion.label in candidates else candidates[0]
    recorded_phrase = _recorded_phrase(recorded, candidates, recorded_label, taxonomy)

    if suggestion.needs_review:
        reasons = [
            f"recorded as {recorded_phrase}; the suggestion ({_offence_phrase(suggestion.label, taxonomy)}, "
            f"confidence {suggestion.confidence:.2f}) is not certain enough to confirm or contradict it, "
            "so a registrar should decide"
        ]
        reasons += [r for r in suggestion.review_reasons if r]
        return AuditResult("needs_review", reasons, recorded_label)

    if suggestion.label in candidates:
        evidence = _evidence_words(suggestion, _types_for_label(suggestion.label, taxonomy))
        if evidence:
            reason = f"recorded as {recorded_phrase}, and {_join(evidence)} support{'s' if len(evidence) == 1 else ''} it"
        else:
            reason = f"recorded as {recorded_phrase}, which matches the suggestion"
        return AuditResult("agree", [reason], recorded_label)

    return AuditResult(
        "likely_misclassified",
        _disagreement_reasons(suggestion, recorded_label, recorded_phrase, taxonomy),
        recorded_label,
    )


# --- reasons ---------------------------------------------------------------------------------


def _disagreement_reasons(suggestion: Suggestion, recorded_label: str, recorded_phrase: str, taxonomy: Taxonomy) -> list[str]:
    suggested = taxonomy.offence(suggestion.label)
    recorded = taxonomy.offence(recorded_label)
    target = _offence_phrase(suggestion.label, taxonomy)
    reasons: list[str] = []

    if suggestion.label == "no_offence":
        occasions = suggestion.occasions
        if occasions is not None and occasions < 2:
            counted = "only one occasion was found" if occasions == 1 else "no occasion aimed at the victim was found"
            lead = f"recorded as {recorded_phrase}, but {counted}: a course of conduct needs at least two (PHA s.7(3))"
        else:
            lead = (
                f"recorded as {recorded_phrase}, but no course of conduct amounting to harassment was established "
                "(PHA s.1 and s.7(3))"
            )
        reasons.append(lead)
        hint = _alternative_phrase(suggestion.alternative_offence, taxonomy)
        if hint:
            reasons.append(f"the facts may fit {hint} instead")
        return reasons

    # The lead reason names the evidence for what the suggestion adds over the recorded form.
    relevant: list[str] = []
    if recorded_label == "no_offence":
        relevant += list(_COURSE_TYPES)
    if suggested.behaviour == "stalking" and recorded.behaviour != "stalking":
        relevant += list(_STALKING_TYPES) + list(_STALKING_SUBTYPES)
    if suggested.severity != "basic" and suggested.severity != recorded.severity:
        relevant += list(_FEAR_TYPES)
        if suggested.behaviour == "stalking":  # only stalking has the serious-alarm limb (s.4A(1)(b)(ii))
            relevant += list(_SERIOUS_SUBTYPES)
    if suggested.aggravation != "none" and recorded.aggravation == "none":
        relevant += list(_HOSTILITY_TYPES)
    evidence = _evidence_words(suggestion, tuple(relevant)) if relevant else []
    if evidence:
        verb = "points" if len(evidence) == 1 else "point"
        reasons.append(f"recorded as {recorded_phrase}, but {_join(evidence)} {verb} to {target}")
    else:
        reasons.append(f"recorded as {recorded_phrase}, but the evidence points to {target}")

    # Then one sentence for each element the recorded form claims that the suggestion does not find.
    if recorded.behaviour == "stalking" and suggested.behaviour != "stalking":
        reasons.append(
            "no act associated with stalking (PHA s.2A(3)) with a fixated, person-focused character was found"
        )
    if recorded.severity == "fear_of_violence" and suggested.severity == "basic":
        reasons.append("fear of violence on at least two occasions (PHA s.4) was not established")
    if recorded.severity == "fear_or_serious_alarm" and suggested.severity == "basic":
        reasons.append(
            "neither fear of violence on two occasions nor serious alarm or distress with a substantial "
            "effect on day-to-day life (PHA s.4A) was established"
        )
    if recorded.aggravation != "none" and suggested.aggravation == "none":
        reasons.append("no racial or religious hostility (CDA 1998 s.28) was found")
    return reasons


def _types_for_label(label: str, taxonomy: Taxonomy) -> tuple[str, ...]:
    offence = taxonomy.offence(label)
    if offence.behaviour == "none":
        return ()
    types: list[str] = ["REPETITION"]
    if offence.behaviour == "stalking":
        types += list(_STALKING_TYPES) + list(_STALKING_SUBTYPES)
    else:
        types += ["CONTACT"]
    if offence.severity != "basic":
        types += list(_FEAR_TYPES) + list(_SERIOUS_SUBTYPES)
    if offence.aggravation != "none":
        types += list(_HOSTILITY_TYPES)
    return tuple(types)


def _evidence_words(suggestion: Suggestion, wanted: tuple[str, ...]) -> list[str]:
    """Plain words for the spans whose type or subtype is wanted, in narrative order, no repeats."""
    words: list[str] = []
    for span in sorted(suggestion.spans, key=lambda s: (s.start, s.end)):
        if span.type not in wanted and (span.subtype or "") not in wanted:
            continue
        word = _SUBTYPE_WORDS.get(span.subtype or "") or _TYPE_WORDS.get(span.type)
        if word and word not in words:
            words.append(word)
        if len(words) == _MAX_EVIDENCE_WORDS:
            break
    return words


def _join(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]


def short_statute(statute: str | None) -> str | None:
    """'Protection from Harassment Act 1997 s.2A' -> 'PHA s.2A' (and CDA for the aggravated forms)."""
    if not statute:
        return None
    text = statute.replace("Protection from Harassment Act 1997", "PHA").replace("Crime and Disorder Act 1998", "CDA")
    return re.sub(r"\s*\((PHA [^)]*)\)", r" with \1", text)


def _offence_phrase(label: str, taxonomy: Taxonomy) -> str:
    offence = taxonomy.offence(label)
    name = offence.display_name[0].lower() + offence.display_name[1:]
    if label == "no_offence":
        return "no offence under the Protection from Harassment Act"
    statute = short_statute(offence.statute)
    return f"{name} ({statute})" if statute else name


def _recorded_phrase(recorded: str, candidates: tuple[str, ...], recorded_label: str, taxonomy: Taxonomy) -> str:
    if len(candidates) == 1 and candidates[0] == re.sub(r"[\s\-]+", "_", recorded.strip().lower()):
        offence = taxonomy.offence(recorded_label)
        if recorded_label == "no_offence":
            return "no offence"
        return offence.display_name[0].lower() + offence.display_name[1:]
    # A code: name the classification it stands for (the first label under a code is its basic form).
    code = recorded.strip().upper()
    base = taxonomy.offence(candidates[0]).display_name
    return f"{code} ({base[0].lower() + base[1:]})"


def _alternative_phrase(hint: str | None, taxonomy: Taxonomy) -> str | None:
    if not hint:
        return None
    entry = taxonomy.alternative_offences.get(hint)
    words = hint.replace("_", " ").lower()
    if hint == "NON_CRIME":
        return "a non-crime incident"
    if entry and entry.get("statute"):
        return f"{words} ({entry['statute']})"
    return words

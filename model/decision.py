"""From calibrated label probabilities and legal elements to one decision.

The sequence head gives a calibrated distribution over the nine labels. The elements give the
label the law's precedence rules reach from the evidence. Models with element heads also give a
probability for each element, which the same precedence rules turn into a second distribution
over labels. The decision combines them (a product of experts: the element heads' distribution
raised to ``element_weight``, and the rules' label's probability multiplied by ``1 + rule_weight``),
checks that the chosen label's factors agree with the elements, and asks for a registrar when
the confidence is under the threshold or the two disagree.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from model.elements import ElementReading
from model.rules import RuleFindings
from model.suggestion import EvidenceSpan
from model.taxonomy import ELEMENT_NAMES, LABELS, factors_of, label_from_elements


@dataclass
class DecisionConfig:
    temperature: float = 1.0
    rule_weight: float = 0.0
    element_weight: float = 0.0
    # Applied to the combined distribution last: the experts' product is sharper than any one of them.
    combined_temperature: float = 1.0
    review_threshold: float = 0.5
    former_partner_rule: bool = True
    review_on_inconsistency: bool = True


@dataclass
class Decision:
    label: str
    probabilities: dict[str, float]
    confidence: float
    rule_label: str
    needs_review: bool
    review_reasons: list[str] = field(default_factory=list)
    alternative_offence: str | None = None


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = np.asarray(logits, dtype=np.float64) / max(temperature, 1e-6)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


@lru_cache(maxsize=1)
def _element_label_matrix() -> tuple[np.ndarray, np.ndarray]:
    """Every assignment of the E elements, (2**E, E), and the label each one reaches, as a (2**E, 9) one-hot."""
    rows = list(itertools.product((0, 1), repeat=len(ELEMENT_NAMES)))
    onehot = np.zeros((len(rows), len(LABELS)))
    for i, row in enumerate(rows):
        onehot[i, LABELS.index(label_from_elements(dict(zip(ELEMENT_NAMES, map(bool, row)))))] = 1.0
    return np.array(rows, dtype=np.float64), onehot


def label_probs_from_elements(element_probs: np.ndarray) -> np.ndarray:
    """P(label) when each element is met independently with the given probability (offences.md 4.3 precedence)."""
    assignments, onehot = _element_label_matrix()
    p = np.clip(np.asarray(element_probs, dtype=np.float64), 1e-6, 1 - 1e-6)
    weights = np.prod(np.where(assignments == 1, p, 1 - p), axis=1)
    return weights @ onehot


def combine(probs: np.ndarray, rule_label: str, rule_weight: float) -> np.ndarray:
    if rule_weight <= 0:
        return probs
    boosted = probs.copy()
    boosted[LABELS.index(rule_label)] *= 1.0 + rule_weight
    return boosted / boosted.sum()


def consistency_reasons(label: str, reading: ElementReading) -> list[str]:
    """Where the chosen label and the elements found disagree, in plain words (offences.md 4.3)."""
    reasons = []
    factors = factors_of(label)
    status = {name: element.status for name, element in reading.elements.items()}
    if factors["behaviour"] != "none" and status["course_of_conduct"] != "met":
        reasons.append("the label needs a course of conduct, but two connected occasions were not clearly found")
    if factors["behaviour"] == "none" and status["course_of_conduct"] == "met":
        reasons.append("a course of conduct was found, but no offence is suggested")
    if factors["behaviour"] == "stalking" and status["stalking_behaviour"] == "not_met":
        reasons.append("stalking is suggested, but no act associated with stalking was found")
    if factors["behaviour"] == "harassment" and status["stalking_behaviour"] == "met":
        reasons.append("harassment is suggested, but the evidence shows stalking behaviour: think stalking first")
    if factors["severity"] == "fear_of_violence" and status["fear_of_violence"] != "met":
        reasons.append("fear of violence on two occasions was not clearly found")
    if factors["aggravation"] != "none" and status["racial_religious_hostility"] != "met":
        reasons.append("an aggravated form is suggested, but no racial or religious hostility was found")
    if factors["aggravation"] == "none" and status["racial_religious_hostility"] == "met":
        reasons.append("racial or religious hostility was found, but a basic form is suggested")
    return reasons


def alternative_offence(spans: list[EvidenceSpan], findings: RuleFindings) -> str:
    """For no_offence: a hint at what the facts may fit instead (offences.md 4.2, row 11)."""
    subtypes = {s.subtype for s in spans}
    if findings.lawful_purpose or findings.mutuality:
        return "NON_CRIME"
    if findings.live_relationship and ("STALK_MONITOR" in subtypes or "THREAT_VIOLENCE" in subtypes):
        return "CCB"
    if subtypes & {"RACIAL_HOSTILITY", "RELIGIOUS_HOSTILITY"}:
        return "AGGRAVATED_PUBLIC_ORDER"
    threats = [s for s in spans if s.subtype == "THREAT_VIOLENCE"]
    if any("kill" in s.text.lower() for s in threats):
        return "THREATS_TO_KILL"
    if threats:
        return "PUBLIC_ORDER"
    if "STALK_CONTACT" in subtypes:
        return "MALICIOUS_COMMS"
    return "NON_CRIME"


def decide(
    sequence_logits: np.ndarray,
    reading: ElementReading,
    spans: list[EvidenceSpan],
    findings: RuleFindings,
    config: DecisionConfig,
    element_probs: np.ndarray | None = None,
) -> Decision:
    probs = softmax(sequence_logits, config.temperature)
    if element_probs is not None and config.element_weight > 0:
        expert = label_probs_from_elements(element_probs) ** config.element_weight
        probs = probs * np.maximum(expert, 1e-12)
        probs = probs / probs.sum()
    rule_label = label_from_elements(reading.established)
    probs = combine(probs, rule_label, config.rule_weight)
    if config.combined_temperature != 1.0:
        probs = softmax(np.log(np.maximum(probs, 1e-12)), config.combined_temperature)
    best = int(np.argmax(probs))
    label = LABELS[best]
    confidence = float(probs[best])
    reasons = consistency_reasons(label, reading)
    if reading.elements["course_of_conduct"].status == "unclear":
        reasons.append(reading.elements["course_of_conduct"].note)
    low_confidence = confidence < config.review_threshold
    if low_confidence:
        reasons.insert(0, f"confidence {confidence:.2f} is below the review threshold {config.review_threshold:.2f}")
    return Decision(
        label=label,
        probabilities={name: round(float(p), 6) for name, p in zip(LABELS, probs)},
        confidence=confidence,
        rule_label=rule_label,
        needs_review=low_confidence or (config.review_on_inconsistency and bool(reasons)),
        review_reasons=reasons,
        alternative_offence=alternative_offence(spans, findings) if label == "no_offence" else None,
    )

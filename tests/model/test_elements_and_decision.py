import numpy as np
import pytest

from model.decision import DecisionConfig, alternative_offence, decide
from model.elements import derive_elements
from model.rules import build_pipeline
from model.suggestion import EvidenceSpan
from model.taxonomy import LABELS, load_taxonomy

NLP = build_pipeline()


def spans_for(text, pieces):
    out = []
    for piece, subtype in pieces:
        start = text.index(piece)
        out.append(EvidenceSpan(start=start, end=start + len(piece), type=load_taxonomy().type_of_subtype(subtype),
                                subtype=subtype, text=piece, score=0.9))
    return out


def read(text, pieces, former_partner_rule=True):
    findings = NLP(text)._.rightfirst
    spans = spans_for(text, pieces)
    return derive_elements(spans, findings, former_partner_rule), spans, findings


def test_stalking_needs_acts_and_fixation():
    text = "He waited outside her work on 3 occasions and says they are meant to be together."
    reading, _, _ = read(text, [("waited outside her work", "STALK_LOITER"), ("on 3 occasions", "REPETITION"),
                                ("says they are meant to be together", "FIXATION")])
    assert reading.elements["course_of_conduct"].status == "met"
    assert reading.elements["stalking_behaviour"].status == "met"
    assert reading.elements["stalking_behaviour"].spans  # linked to evidence


def test_contact_alone_is_not_stalking():
    text = "The neighbour sent her 30 texts about the parking dispute."
    reading, _, _ = read(text, [("sent her 30 texts", "STALK_CONTACT")])
    assert reading.established["course_of_conduct"]
    assert not reading.established["stalking_behaviour"]


def test_former_partner_rule_is_a_setting():
    text = "Her ex-partner has sent her 20 messages since Friday asking to talk."
    pieces = [("sent her 20 messages", "STALK_CONTACT")]
    assert read(text, pieces, True)[0].established["stalking_behaviour"]
    assert not read(text, pieces, False)[0].established["stalking_behaviour"]


def test_single_incident_is_no_course_of_conduct():
    text = "One abusive email. First time anything like this has happened."
    reading, spans, findings = read(text, [("One abusive email", "STALK_CONTACT")])
    assert reading.elements["course_of_conduct"].status == "not_met"
    assert alternative_offence(spans, findings) == "MALICIOUS_COMMS"


def test_mutual_rows_are_unclear_not_met():
    text = "Both parties were shouting at each other again, 4th time this month, he swore at her."
    reading, _, _ = read(text, [("he swore at her", "STALK_CONTACT"), ("4th time this month", "REPETITION")])
    assert reading.elements["course_of_conduct"].status == "unclear"


def test_serious_distress_without_stalking_stays_harassment_in_rules():
    text = "Colleague sent abusive emails every day; she has been signed off sick."
    reading, spans, findings = read(text, [("sent abusive emails", "STALK_CONTACT"), ("every day", "REPETITION"),
                                           ("signed off sick", "SERIOUS_IMPACT")])
    logits = np.zeros(len(LABELS))
    decision = decide(logits, reading, spans, findings, DecisionConfig(rule_weight=10.0))
    assert decision.rule_label == "harassment"
    assert decision.label == "harassment"


def test_low_confidence_and_disagreement_go_to_review():
    text = "He followed her from the station on 12/05 and again on 14/05 and knows her shift times."
    reading, spans, findings = read(text, [("followed her from the station", "STALK_FOLLOW"),
                                           ("again on 14/05", "REPETITION"), ("knows her shift times", "FIXATION")])
    logits = np.zeros(len(LABELS))
    logits[LABELS.index("harassment")] = 5.0  # the head says harassment, the evidence says stalking
    decision = decide(logits, reading, spans, findings, DecisionConfig(review_threshold=0.5))
    assert decision.label == "harassment"
    assert decision.needs_review
    assert any("think stalking first" in r for r in decision.review_reasons)
    assert abs(sum(decision.probabilities.values()) - 1.0) < 1e-5


def test_element_probabilities_give_a_label_distribution_by_precedence():
    from model.decision import label_probs_from_elements
    from model.taxonomy import LABELS

    # course, stalking, fear, serious, hostility
    certain_stalking = label_probs_from_elements(np.array([1.0, 1.0, 0.0, 0.0, 0.0]))
    assert certain_stalking.sum() == pytest.approx(1.0)
    assert LABELS[int(np.argmax(certain_stalking))] == "stalking"
    # Serious distress without stalking stays s.2 harassment (there is no harassment limb (ii)).
    serious_only = label_probs_from_elements(np.array([1.0, 0.0, 0.0, 1.0, 0.0]))
    assert LABELS[int(np.argmax(serious_only))] == "harassment"
    # No course of conduct: no offence, whatever else is met.
    assert LABELS[int(np.argmax(label_probs_from_elements(np.array([0.0, 1.0, 1.0, 1.0, 1.0]))))] == "no_offence"
    unsure = label_probs_from_elements(np.array([0.9, 0.5, 0.5, 0.5, 0.1]))
    assert unsure.max() < 0.5 and unsure.sum() == pytest.approx(1.0)


def test_element_weight_lets_the_element_heads_move_the_decision():
    from model.rules import RuleFindings
    from model.taxonomy import LABELS

    spans, findings = [], RuleFindings()
    reading = derive_elements(spans, findings)
    logits = np.zeros(len(LABELS))
    logits[LABELS.index("harassment")] = 1.0
    aggravated_stalking = np.array([0.99, 0.99, 0.01, 0.01, 0.99])
    without = decide(logits, reading, spans, findings, DecisionConfig(), aggravated_stalking)
    with_weight = decide(logits, reading, spans, findings, DecisionConfig(element_weight=1.0), aggravated_stalking)
    assert without.label == "harassment"
    assert with_weight.label == "aggravated_stalking"
    assert sum(with_weight.probabilities.values()) == pytest.approx(1.0, abs=1e-4)


def test_combined_temperature_softens_confidence_but_keeps_the_label():
    from model.rules import RuleFindings

    spans, findings = [], RuleFindings()
    reading = derive_elements(spans, findings)
    logits = np.array([0.0, 3.0, 1.0, 0, 0, 0, 0, 0, 0])
    sharp = decide(logits, reading, spans, findings, DecisionConfig())
    soft = decide(logits, reading, spans, findings, DecisionConfig(combined_temperature=2.0))
    assert soft.label == sharp.label == "harassment"
    assert soft.confidence < sharp.confidence


def test_confident_element_head_without_evidence_makes_the_element_unclear_not_met():
    from model.elements import reconcile_with_heads
    from model.rules import RuleFindings

    reading = derive_elements([], RuleFindings())
    assert reading.elements["fear_of_violence"].status == "not_met"
    # course, stalking, fear, serious, hostility
    reconciled = reconcile_with_heads(reading, np.array([0.1, 0.3, 0.95, 0.5, 0.05]))
    assert reconciled.elements["fear_of_violence"].status == "unclear"
    assert "0.95" in reconciled.elements["fear_of_violence"].note
    assert reconciled.elements["serious_alarm_distress"].status == "not_met"  # 0.5 is not confident
    assert reconciled.established == reading.established  # what the rules reach still needs evidence


def test_fear_of_violence_needs_two_occasions():
    one = "He told her he would stab her. She is terrified he will hurt her."
    pieces = [("He told her he would stab her", "THREAT_VIOLENCE"), ("She is terrified he will hurt her", "FEAR_OF_VIOLENCE")]
    reading, _, _ = read(one, pieces)
    assert reading.elements["fear_of_violence"].status == "not_met"
    assert "one occasion" in reading.elements["fear_of_violence"].note

    repeated = "He told her he would stab her several times since March. She is terrified he will hurt her."
    reading, _, _ = read(repeated, pieces + [("several times since March", "REPETITION")])
    assert reading.elements["fear_of_violence"].status == "met"

    two = "He told her he would stab her. On 4/5 he said she was dead. She is terrified he will hurt her."
    reading, _, _ = read(two, pieces + [("he said she was dead", "THREAT_VIOLENCE")])
    assert reading.elements["fear_of_violence"].status == "met"


def test_a_repetition_phrase_elsewhere_does_not_repeat_the_threat():
    text = "He told her he would stab her. He followed her again later. She is terrified he will hurt her."
    reading, _, _ = read(text, [("He told her he would stab her", "THREAT_VIOLENCE"), ("again later", "REPETITION"),
                                ("She is terrified he will hurt her", "FEAR_OF_VIOLENCE")])
    assert reading.elements["fear_of_violence"].status == "not_met"


def test_an_issue_based_dispute_stays_harassment():
    acts = [("followed her to the shop", "STALK_FOLLOW"), ("watched her house", "STALK_WATCH")]
    plain = "He followed her to the shop on 2/3. He watched her house on 5/3."
    assert read(plain, acts)[0].established["stalking_behaviour"]
    issue = plain + " It is a dispute about the boundary fence."
    reading, _, _ = read(issue, acts)
    assert not reading.established["stalking_behaviour"]
    assert "issue" in reading.elements["stalking_behaviour"].note


def test_separately_described_acts_are_separate_occasions_unless_one_incident():
    pieces = [("He followed her to the station", "STALK_FOLLOW"), ("He sat outside her house", "STALK_LOITER")]
    text = "He followed her to the station. He sat outside her house."
    assert read(text, pieces)[0].elements["course_of_conduct"].status == "met"
    one_off = text + " First time anything like this has happened."
    assert read(one_off, pieces)[0].elements["course_of_conduct"].status == "not_met"

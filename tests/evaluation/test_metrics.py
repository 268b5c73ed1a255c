"""Metrics on cases small enough to compute by hand."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from evaluation import metrics as m
from model.taxonomy import LABELS


# ----------------------------------------------------------------------------- labels


def test_perfect_prediction_scores_one(records, perfect_predictions):
    report = m.evaluate(records, perfect_predictions)
    cls = report["classification"]
    assert cls["macro_f1"] == 1.0
    assert cls["accuracy"] == 1.0
    present = {r["label"] for r in records}
    for label, row in cls["per_label"].items():
        if label in present:
            assert row["f1"] == 1.0
        else:
            assert row["f1"] is None and row["support"] == 0
    assert report["factors"] == {"behaviour": 1.0, "severity": 1.0, "aggravation": 1.0}
    assert report["elements"]["mean_accuracy"] == 1.0
    assert report["spans"]["token"]["typed"]["f1"] == 1.0
    assert report["spans"]["iou"]["typed"]["f1"] == 1.0
    assert report["errors"] == [] and report["n_errors"] == 0


def test_known_confusion_gives_known_precision_recall():
    gold = ["harassment", "harassment", "stalking", "stalking"]
    pred = ["harassment", "stalking", "stalking", "stalking"]
    cls = m.classification_metrics(gold, pred)
    h, s = cls["per_label"]["harassment"], cls["per_label"]["stalking"]
    assert (h["precision"], h["recall"]) == (1.0, 0.5)
    assert h["f1"] == pytest.approx(2 / 3)
    assert (s["precision"], s["recall"]) == (pytest.approx(2 / 3), 1.0)
    assert s["f1"] == pytest.approx(0.8)
    assert cls["macro_f1"] == pytest.approx((2 / 3 + 0.8) / 2)
    assert cls["accuracy"] == 0.75
    hi, si = LABELS.index("harassment"), LABELS.index("stalking")
    matrix = np.array(cls["confusion_matrix"])
    assert matrix[hi, hi] == 1 and matrix[hi, si] == 1 and matrix[si, si] == 2
    assert matrix.sum() == 4


def test_label_predicted_but_absent_counts_against_macro_f1():
    cls = m.classification_metrics(["harassment", "harassment"], ["harassment", "stalking"])
    assert cls["per_label"]["stalking"]["f1"] == 0.0
    # harassment: P=1, R=0.5, F1=2/3; stalking: F1 0 -> macro 1/3
    assert cls["macro_f1"] == pytest.approx(1 / 3)


def test_unknown_label_is_refused():
    with pytest.raises(ValueError, match="unknown label"):
        m.classification_metrics(["harassment"], ["bullying"])


def test_factor_accuracies_split_the_label():
    acc = m.factor_accuracies(["stalking", "aggravated_harassment"], ["stalking_fear_alarm_distress", "harassment"])
    assert acc == {"behaviour": 1.0, "severity": 0.5, "aggravation": 0.5}


def test_element_accuracy_counts_unclear_as_wrong():
    gold = [{"course_of_conduct": True, "stalking_behaviour": False}]
    pred = [{"course_of_conduct": {"status": "unclear"}, "stalking_behaviour": {"status": "not_met"}}]
    out = m.element_accuracy(gold, pred)
    assert out["per_element"]["course_of_conduct"] == {"accuracy": 0.0, "unclear_rate": 1.0}
    assert out["per_element"]["stalking_behaviour"]["accuracy"] == 1.0
    assert out["all_correct"] == 0.0


# ----------------------------------------------------------------------------- spans


def test_word_tokens():
    assert m.word_tokens("IP's ex, 2x!") == [(0, 2), (3, 4), (5, 7), (9, 11)]


def test_token_f1_partial_span():
    text = "he followed her home and sent texts"
    gold = [[{"start": 3, "end": 20, "type": "SURVEILLANCE"}]]  # followed her home
    pred = [[{"start": 3, "end": 15, "type": "SURVEILLANCE"}]]  # followed her
    out = m.span_token_f1([text], gold, pred)
    assert out["typed"]["precision"] == 1.0
    assert out["typed"]["recall"] == pytest.approx(2 / 3)
    assert out["typed"]["f1"] == pytest.approx(0.8)


def test_token_f1_typed_vs_untyped_and_mid_token_overlap():
    text = "he followed her home"
    gold = [[{"start": 3, "end": 15, "type": "SURVEILLANCE"}]]
    # Starts inside "followed" and ends inside "her": both tokens overlap, but the type is wrong.
    pred = [[{"start": 5, "end": 13, "type": "CONTACT"}]]
    out = m.span_token_f1([text], gold, pred)
    assert out["typed"]["f1"] == 0.0
    assert out["untyped"]["f1"] == 1.0


def test_span_metrics_with_nothing_to_find_are_undefined():
    out = m.span_token_f1(["no evidence here"], [[]], [[]])
    assert out["typed"]["f1"] is None and out["typed"]["gold"] == 0


@pytest.mark.parametrize(
    ("pred", "matched"),
    [
        ((0, 10), 1),  # identical
        ((0, 5), 1),  # IOU exactly 0.5 counts
        ((0, 4), 0),  # IOU 0.4
        ((5, 15), 0),  # overlap 5, union 15: IOU 1/3
        ((10, 20), 0),  # touching, no overlap
        ((2, 12), 1),  # overlap 8, union 12: IOU 2/3
    ],
)
def test_iou_threshold_edges(pred, matched):
    gold = [[{"start": 0, "end": 10, "type": "THREAT"}]]
    p = [[{"start": pred[0], "end": pred[1], "type": "THREAT"}]]
    assert m.span_iou_f1(gold, p)["typed"]["tp"] == matched


def test_iou_typed_requires_same_type():
    gold = [[{"start": 0, "end": 10, "type": "THREAT"}]]
    pred = [[{"start": 0, "end": 10, "type": "CONTACT"}]]
    out = m.span_iou_f1(gold, pred)
    assert out["typed"]["tp"] == 0 and out["untyped"]["tp"] == 1


def test_iou_matching_is_one_to_one():
    # One long prediction over two gold spans can match at most one of them.
    gold = [[{"start": 0, "end": 10, "type": "T"}, {"start": 12, "end": 14, "type": "T"}]]
    pred = [[{"start": 0, "end": 14, "type": "T"}]]
    out = m.span_iou_f1(gold, pred)["typed"]
    assert (out["tp"], out["predicted"], out["gold"]) == (1, 1, 2)
    assert out["precision"] == 1.0 and out["recall"] == 0.5
    # Greedy by IOU: the better pairing wins even if listed second.
    gold = [[{"start": 0, "end": 10, "type": "T"}]]
    pred = [[{"start": 0, "end": 5, "type": "T"}, {"start": 0, "end": 9, "type": "T"}]]
    assert m.span_iou_f1(gold, pred)["typed"]["tp"] == 1


# ----------------------------------------------------------------------------- calibration


def test_ece_of_perfectly_calibrated_toy_is_zero():
    conf = [0.8] * 10 + [0.3] * 10
    correct = [True] * 8 + [False] * 2 + [True] * 3 + [False] * 7
    assert m.expected_calibration_error(conf, correct) == pytest.approx(0.0)


def test_ece_of_overconfident_toy():
    conf = [0.9] * 10
    correct = [True] * 5 + [False] * 5
    assert m.expected_calibration_error(conf, correct) == pytest.approx(0.4)


def test_reliability_bins_edges():
    bins = m.reliability_diagram([0.0, 1 / 15, 0.07, 1.0], [True, True, False, True])
    assert len(bins) == 15
    assert bins[0]["count"] == 2  # 0 and exactly 1/15 fall in the first bin
    assert bins[1]["count"] == 1
    assert bins[14]["count"] == 1 and bins[14]["accuracy"] == 1.0


def test_risk_coverage_and_threshold():
    conf = [0.9, 0.8, 0.7, 0.6]
    correct = [True, True, False, True]
    curve = m.risk_coverage_curve(conf, correct)
    assert [(p["coverage"], round(p["accuracy"], 4)) for p in curve["points"]] == [
        (0.25, 1.0), (0.5, 1.0), (0.75, 0.6667), (1.0, 0.75)
    ]
    assert curve["aurc"] == pytest.approx((0 + 0 + 1 / 3 + 0.25) / 4)
    assert m.choose_threshold(conf, correct, 0.75)["threshold"] == 0.6
    chosen = m.choose_threshold(conf, correct, 0.9)
    assert chosen["threshold"] == 0.8 and chosen["coverage"] == 0.5 and chosen["achievable"]


def test_threshold_with_ties_and_unreachable_target():
    chosen = m.choose_threshold([0.9, 0.9], [True, False], 0.9)
    assert not chosen["achievable"] and chosen["coverage"] == 0.0
    assert chosen["threshold"] > 0.9  # everything goes to review


def test_threshold_by_part_holds_every_part_to_the_target():
    # Pooled, the easy part carries the hard one: at 0.6 the pool is 5 of 6 right (0.83) but part
    # "hard" only 1 of 2. Each part must reach 0.8 alone, so the threshold rises to 0.75.
    conf = [0.95, 0.9, 0.85, 0.8, 0.75, 0.6]
    correct = [True, True, True, True, True, False]
    parts = ["easy", "easy", "easy", "easy", "hard", "hard"]
    assert m.choose_threshold(conf, correct, 0.8)["threshold"] == 0.6
    chosen = m.choose_threshold_by_part(conf, correct, parts, 0.8)
    assert chosen["threshold"] == 0.75 and chosen["achievable"]
    assert chosen["coverage"] == pytest.approx(5 / 6) and chosen["accuracy"] == 1.0
    assert chosen["parts"]["hard"] == {"n": 2, "coverage": 0.5, "accuracy": 1.0}
    # One part alone is the pooled rule.
    assert m.choose_threshold_by_part(conf, correct, ["all"] * 6, 0.8)["threshold"] == 0.6


def test_threshold_by_part_unreachable_and_bad_input():
    chosen = m.choose_threshold_by_part([0.9, 0.9], [True, False], ["a", "a"], 0.9)
    assert not chosen["achievable"] and chosen["threshold"] > 0.9 and chosen["coverage"] == 0.0
    with pytest.raises(ValueError, match="same length"):
        m.choose_threshold_by_part([0.9], [True], ["a", "b"], 0.9)


def test_temperature_fit_recovers_known_scale():
    rng = np.random.default_rng(7)
    true_logits = rng.normal(0.0, 2.0, size=(4000, 9))
    probs = m.apply_temperature(true_logits, 1.0)
    labels = [int(rng.choice(9, p=row)) for row in probs]
    # An over-confident model: its logits are the calibrated ones times 3.
    t = m.fit_temperature(true_logits * 3.0, labels)
    assert t == pytest.approx(3.0, rel=0.1)
    # Under-confident logits give T < 1.
    assert m.fit_temperature(true_logits * 0.5, labels) == pytest.approx(0.5, rel=0.1)


def test_apply_temperature_and_log_probabilities():
    p = m.apply_temperature([[2.0, 0.0, -1.0]], 2.0)
    assert p.sum() == pytest.approx(1.0)
    expected = np.exp([1.0, 0.0, -0.5]) / np.exp([1.0, 0.0, -0.5]).sum()
    assert np.allclose(p[0], expected)
    back = m.apply_temperature(m.logits_from_probabilities([[0.7, 0.2, 0.1]]), 1.0)
    assert np.allclose(back, [[0.7, 0.2, 0.1]])
    with pytest.raises(ValueError):
        m.apply_temperature([[1.0]], 0.0)


# ----------------------------------------------------------------------------- McNemar


def test_mcnemar_known_table():
    # b = 10 (A right, B wrong), c = 2 (A wrong, B right), 20 concordant.
    a = [True] * 10 + [False] * 2 + [True] * 15 + [False] * 5
    b = [False] * 10 + [True] * 2 + [True] * 15 + [False] * 5
    exact = m.mcnemar(a, b, method="exact")
    assert (exact["b"], exact["c"]) == (10, 2)
    assert exact["p_value"] == pytest.approx(2 * (1 + 12 + 66) / 4096)  # 0.0386
    cc = m.mcnemar(a, b, method="continuity")
    assert cc["statistic"] == pytest.approx(49 / 12)
    assert cc["p_value"] == pytest.approx(0.04330, abs=1e-4)
    assert m.mcnemar(a, b)["method"] == "exact"  # b + c < 25
    assert m.mcnemar([True, False], [True, False])["p_value"] == 1.0


# ----------------------------------------------------------------------------- evaluate


def test_evaluate_refuses_mismatched_ids(records, perfect_predictions):
    with pytest.raises(ValueError, match="fx-01") as info:
        m.evaluate(records, perfect_predictions[1:])
    assert "no prediction" in str(info.value)
    extra = perfect_predictions + [dict(perfect_predictions[0], id="zz-99")]
    with pytest.raises(ValueError, match="zz-99"):
        m.evaluate(records, extra)
    with pytest.raises(ValueError, match="duplicate"):
        m.evaluate(records, perfect_predictions + [perfect_predictions[0]])


def test_evaluate_is_json_serialisable_and_text_free(records, perfect_predictions):
    preds = perfect_predictions
    preds[0] = dict(preds[0], label="harassment", confidence=0.9)  # one confident error
    report = m.evaluate(records, preds)
    dumped = json.dumps(report, allow_nan=False)
    for r in records:
        assert r["text"] not in dumped
        for s in r["spans"]:
            if len(s["text"]) > 12:
                assert s["text"] not in dumped
    assert report["errors"] == [{"id": "fx-01", "gold": "stalking", "predicted": "harassment", "confidence": 0.9}]
    assert report["correct"]["fx-01"] is False
    assert report["per_voice"]["officer_summary"]["accuracy"] < 1.0
    assert report["per_voice"]["call_log"]["accuracy"] == 1.0


def test_evaluate_without_spans_or_elements_marks_them_not_applicable(records):
    preds = [{"id": r["id"], "label": "no_offence", "probabilities": {"no_offence": 1.0}, "confidence": 1.0} for r in records]
    report = m.evaluate(records, preds)
    assert report["spans"] is None and report["elements"] is None and report["review"] is None
    n_no = sum(r["label"] == "no_offence" for r in records)
    assert report["classification"]["accuracy"] == pytest.approx(n_no / len(records))


def test_compare_and_gate(records, perfect_predictions):
    champion = m.evaluate(records, perfect_predictions)
    worse = [dict(p) for p in perfect_predictions]
    worse[0]["label"] = "harassment"  # a stalking item lost
    challenger = m.evaluate(records, worse)
    comp = m.compare(champion, challenger)
    assert comp["macro_f1"]["delta"] < 0
    assert comp["per_label"]["stalking"]["recall"] == pytest.approx(-0.5)
    assert comp["mcnemar"]["b"] == 1 and comp["mcnemar"]["c"] == 0
    # One stalking narrative of two: the recall drop is past the tolerance but could be chance.
    assert comp["per_label"]["stalking"]["mcnemar"]["b"] == 1 and comp["per_label"]["stalking"]["mcnemar"]["c"] == 0
    # One narrative: neither the macro-F1 drop nor the recall drop is past chance (the confidently
    # wrong narrative does worsen calibration)...
    reasons = m.gate_reasons(comp, recall_tolerance=0.02)
    assert reasons and all(r.startswith("calibration worse") for r in reasons)
    # ...but with the old rules (alpha 1) each drop refuses.
    assert any("macro-F1 drops" in r for r in m.gate_reasons(comp, macro_f1_alpha=1.0))
    assert any("recall of stalking" in r for r in m.gate_reasons(comp, recall_tolerance=0.02, recall_alpha=1.0))
    assert m.gate_reasons(m.compare(challenger, champion)) == []
    assert not math.isnan(comp["mcnemar"]["p_value"])


def test_the_gate_refuses_a_recall_drop_only_when_the_labels_items_show_it():
    gold = [{"id": f"{label}-{i}", "label": label, "text": "x"} for label in ("stalking", "harassment") for i in range(20)]
    right = [{"id": r["id"], "label": r["label"], "confidence": 0.9} for r in gold]

    def losing(n):
        lost = {f"stalking-{i}" for i in range(n)}
        return m.compare(m.evaluate(gold, right), m.evaluate(gold, [dict(p, label="harassment") if p["id"] in lost else p
                                                                     for p in right]))

    # Ten of twenty lost: b/c = 10/0 on the stalking items, p = 0.002.
    many = losing(10)
    assert many["per_label"]["stalking"]["mcnemar"]["p_value"] < 0.01
    assert any(r.startswith("recall of stalking drops by 0.5000") and "b/c = 10/0" in r for r in m.gate_reasons(many))
    # Two of twenty: past the tolerance, p = 0.5, so not a recall reason (and not a macro-F1 one either).
    few = m.gate_reasons(losing(2))
    assert few == []
    assert any("macro-F1 drops" in r for r in m.gate_reasons(losing(2), macro_f1_alpha=1.0))
    # A comparison from reports without gold labels has no per-label test: every drop past the tolerance refuses.
    old = losing(2)
    for d in old["per_label"].values():
        d["mcnemar"] = None
    assert any("recall of stalking drops by 0.1000 (tolerance 0.0200)" == r for r in m.gate_reasons(old))


def test_macro_f1_permutation_test_separates_chance_from_a_real_drop():
    labels = ("stalking", "harassment", "no_offence")
    gold = [labels[i % 3] for i in range(60)]
    same = m.macro_f1_permutation_test(gold, gold, gold, labels)
    assert same["delta"] == 0 and same["p_value"] == 1.0
    # B loses 12 of the 20 stalking items to harassment: a drop no reshuffling of the pairs explains.
    lost = [("harassment" if g == "stalking" and i < 36 else g) for i, g in enumerate(gold)]
    real = m.macro_f1_permutation_test(gold, gold, lost, labels)
    expected = (m.classification_metrics(gold, lost, labels)["macro_f1"]
                - m.classification_metrics(gold, gold, labels)["macro_f1"])
    assert real["delta"] == pytest.approx(expected) and real["delta"] < 0
    assert real["p_value"] < 0.01
    # One item lost: half of all reshufflings move it, so p is near 0.5.
    one = [("harassment" if i == 0 else g) for i, g in enumerate(gold)]
    assert 0.3 < m.macro_f1_permutation_test(gold, gold, one, labels)["p_value"] <= 1.0
    # Seeded: the same call gives the same p.
    assert m.macro_f1_permutation_test(gold, gold, one, labels) == m.macro_f1_permutation_test(gold, gold, one, labels)
    with pytest.raises(ValueError, match="same items"):
        m.macro_f1_permutation_test(gold, gold[:-1], gold, labels)
    with pytest.raises(ValueError, match="outside the label set"):
        m.macro_f1_permutation_test(gold, gold, ["robbery"] * len(gold), labels)


def test_the_gate_refuses_a_macro_f1_drop_only_when_the_permutation_test_shows_it():
    gold = [{"id": f"{label}-{i}", "label": label, "text": "x"} for label in ("stalking", "harassment") for i in range(20)]
    right = [{"id": r["id"], "label": r["label"], "confidence": 0.9} for r in gold]
    lost = {f"stalking-{i}" for i in range(10)}
    champion = m.evaluate(gold, right)
    challenger = m.evaluate(gold, [dict(p, label="harassment") if p["id"] in lost else p for p in right])
    assert challenger["predicted"]["stalking-0"] == "harassment"
    comparison = m.compare(champion, challenger)
    assert comparison["macro_f1"]["permutation"]["p_value"] < 0.01
    assert any(r.startswith("macro-F1 drops") and "permutation test, p = " in r for r in m.gate_reasons(comparison))
    # Reports without predicted labels (cached before they carried them) give no test: every drop refuses.
    for report in (champion, challenger):
        del report["predicted"]
    small = m.compare(champion, challenger)
    assert small["macro_f1"]["permutation"] is None
    assert any(r.startswith("macro-F1 drops") for r in m.gate_reasons(small, macro_f1_alpha=0.05))


def test_recalibrate_keeps_labels_and_lowers_overconfidence(records, perfect_predictions):
    from model.taxonomy import LABELS

    preds = []
    for i, p in enumerate(perfect_predictions):
        probs = {lab: 0.01 for lab in LABELS}
        probs[p["label"] if i % 2 else "no_offence"] = 0.92  # half of them confidently wrong-ish
        preds.append(dict(p, label=max(probs, key=probs.get), probabilities=probs, confidence=max(probs.values())))
    softer = m.recalibrate(preds, 3.0)
    assert [p["label"] for p in softer] == [p["label"] for p in preds]
    assert all(s["confidence"] < p["confidence"] for s, p in zip(softer, preds))
    assert all(sum(s["probabilities"].values()) == pytest.approx(1.0) for s in softer)
    before = m.evaluate(records, preds)["calibration"]["ece"]
    after = m.evaluate(records, softer)["calibration"]["ece"]
    assert after < before

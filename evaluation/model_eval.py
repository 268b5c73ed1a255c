"""Evaluate a model version on gold records, with the ablation of its decision.

The ablation scores the readings of the same analyses: the sequence head alone (calibrated),
the elements-and-rules alone (the label the precedence rules reach from the found evidence), the
element heads alone (models that have them: the most probable label under their element
probabilities), and the combined decision the model serves. The analyses are computed once and reused.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from evaluation.metrics import apply_temperature, evaluate, expected_calibration_error
from model.decision import DecisionConfig, label_probs_from_elements
from model.taxonomy import LABELS, label_from_elements


def analyse_records(classifier, records: Sequence[Mapping[str, Any]], batch_size: int = 16,
                    progress: Callable[[int], None] | None = None) -> list:
    analyses = []
    for i in range(0, len(records), batch_size):
        batch = records[i : i + batch_size]
        analyses.extend(classifier.analyse_many([r["text"] for r in batch]))
        if progress:
            progress(len(batch))
    return analyses


def predictions(classifier, records, analyses, decision: DecisionConfig | None = None) -> list[dict]:
    out = []
    for record, analysis in zip(records, analyses):
        suggestion = classifier.suggest(analysis, decision).model_dump()
        suggestion["id"] = record["id"]
        out.append(suggestion)
    return out


def evaluate_model(classifier, records: Sequence[Mapping[str, Any]], analyses: list | None = None,
                   progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """The full report for one gold set: the served decision plus the ablation and ECE before/after scaling."""
    records = list(records)
    analyses = analyses if analyses is not None else analyse_records(classifier, records, progress=progress)
    served = evaluate(records, predictions(classifier, records, analyses))
    logits = np.stack([a.sequence_logits for a in analyses])
    gold = [r["label"] for r in records]

    def head_only(temperature: float) -> list[dict]:
        probs = apply_temperature(logits, temperature)
        return [
            {"id": r["id"], "label": LABELS[int(np.argmax(p))], "confidence": float(np.max(p)),
             "probabilities": dict(zip(LABELS, map(float, p)))}
            for r, p in zip(records, probs)
        ]

    raw = head_only(1.0)
    scaled = head_only(classifier.decision.temperature)
    rules_only = [
        {"id": r["id"], "label": label_from_elements(a.reading.established), "confidence": 1.0}
        for r, a in zip(records, analyses)
    ]
    readings = [
        ("sequence_head", evaluate(records, scaled)),
        ("elements_and_rules", evaluate(records, rules_only)),
    ]
    if all(a.element_probs is not None for a in analyses):
        element_only = []
        for r, a in zip(records, analyses):
            p = label_probs_from_elements(a.element_probs)
            element_only.append({"id": r["id"], "label": LABELS[int(np.argmax(p))], "confidence": float(np.max(p))})
        readings.append(("element_heads", evaluate(records, element_only)))
    readings.append(("combined", served))
    served["ablation"] = {
        name: {
            "macro_f1": report["classification"]["macro_f1"],
            "accuracy": report["classification"]["accuracy"],
            "behaviour_accuracy": report["factors"]["behaviour"],
        }
        for name, report in readings
    }
    served["calibration"]["ece_sequence_head_uncalibrated"] = expected_calibration_error(
        [p["confidence"] for p in raw], [p["label"] == g for p, g in zip(raw, gold)]
    )
    served["calibration"]["ece_sequence_head_calibrated"] = expected_calibration_error(
        [p["confidence"] for p in scaled], [p["label"] == g for p, g in zip(scaled, gold)]
    )
    served["model_version"] = classifier.version
    return served

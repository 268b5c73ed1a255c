"""The rules and elements on their own, read from gold evidence spans instead of the tagger's.

The ablation's "elements and rules" mixes two sources of error: the spans the tagger finds and the
rules that turn spans into elements and a label (offences.md 4.3). Given the gold spans, only the
rules are left, so this is the measure to watch when changing ``model/rules.py``,
``model/rule_patterns.json`` or ``model/elements.py``. Gold spans the rules read as negated are
dropped, as the tagger's would be. No narrative text enters the report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from evaluation.metrics import classification_metrics
from model.elements import derive_elements
from model.rules import build_pipeline
from model.suggestion import EvidenceSpan
from model.taxonomy import ELEMENT_NAMES, label_from_elements, load_taxonomy


def rules_on_gold_spans(records: Sequence[Mapping[str, Any]], patterns_path: Path | None = None,
                        former_partner_rule: bool = True) -> dict[str, Any]:
    """Label and element agreement of the rules with the gold, from each record's gold spans."""
    if not records:
        raise ValueError("no records to check the rules on")
    nlp = build_pipeline(patterns_path)
    taxonomy = load_taxonomy()
    gold_labels, rule_labels = [], []
    element_hits: Counter[str] = Counter()
    with_elements = 0
    dropped = 0
    for record in records:
        text = record["text"]
        findings = nlp(text)._.rightfirst
        spans = []
        for s in record.get("spans", []):
            if findings.is_negated(s["start"], s["end"]):
                dropped += 1
                continue
            spans.append(EvidenceSpan(start=s["start"], end=s["end"], type=taxonomy.type_of_subtype(s["subtype"]),
                                      subtype=s["subtype"], text=text[s["start"]:s["end"]], score=1.0))
        reading = derive_elements(spans, findings, former_partner_rule)
        gold_labels.append(record["label"])
        rule_labels.append(label_from_elements(reading.established))
        if isinstance(record.get("elements"), Mapping):
            with_elements += 1
            element_hits.update(name for name in ELEMENT_NAMES
                                if bool(record["elements"][name]) == reading.established[name])
    metrics = classification_metrics(gold_labels, rule_labels)
    confusions = Counter((g, r) for g, r in zip(gold_labels, rule_labels) if g != r)
    return {
        "n": len(records),
        "label_accuracy": metrics["accuracy"],
        "macro_f1": metrics["macro_f1"],
        "elements": {name: element_hits[name] / with_elements for name in ELEMENT_NAMES} if with_elements else None,
        "gold_spans_read_as_negated": dropped,
        "confusions": [{"gold": g, "rules": r, "count": c} for (g, r), c in confusions.most_common()],
    }

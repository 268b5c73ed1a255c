"""`rightfirst train`, `rightfirst evaluate`, `rightfirst classify`: thin shells over model/, training/, evaluation/."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from cli.progress import progress_bar


def register(app: typer.Typer) -> None:
    app.command("train")(train)
    app.command("evaluate")(evaluate)
    app.command("classify")(classify)


def _read_pattern_boosts(path: Path) -> dict[str, float]:
    from training.pattern_boost import read_boosts

    try:
        return read_boosts(path)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def train(
    output: Optional[Path] = typer.Option(None, help="Model version directory; default: a new version in the registry"),
    train_file: Optional[Path] = typer.Option(None, exists=True, dir_okay=False, help="Training JSONL (default corpus train split)"),
    dev_file: Optional[Path] = typer.Option(None, exists=True, dir_okay=False, help="Dev JSONL for calibration"),
    max_train_docs: Optional[int] = typer.Option(0, help="Sample this many training narratives (stratified by label); 0 for all, as the shipped model used"),
    max_dev_docs: Optional[int] = typer.Option(600, help="Dev narratives used for calibration; 0 for all"),
    epochs: float = typer.Option(1.0, help="Passes over the sampled training set"),
    max_length: int = typer.Option(256, help="Tokens per window"),
    batch_docs: int = typer.Option(8, help="Narratives per step"),
    length_buckets: int = typer.Option(
        0, min=0, help="Batch narratives of similar length within groups of this many batches (less padding); 0 shuffles plainly"),
    freeze_layers: int = typer.Option(0, help="Keep the lowest N transformer layers fixed"),
    precision: str = typer.Option(
        "fp32", help="Forward-pass arithmetic while training: fp32, or bf16 (mixed precision; fast where the CPU has native bf16)"),
    element_heads: bool = typer.Option(True, help="Train per-element attention heads beside the label head"),
    handwritten: bool = typer.Option(True, help="Add the hand-written narratives (corpora/handwritten.jsonl) to training and calibration"),
    handwritten_weight: int = typer.Option(3, min=1, help="Times each hand-written training narrative is repeated"),
    pattern_balance: float = typer.Option(
        0.0, min=0.0, max=1.0,
        help="Even out the corpus's case patterns within each label (0 keeps the corpus's mix, 1 makes them equal)"),
    pattern_boosts: Optional[Path] = typer.Option(
        None, exists=True, dir_okay=False,
        help="JSON from `python -m training.pattern_boost`: give the patterns a model got wrong a larger share of their label"),
    seed: int = typer.Option(13, help="Random seed"),
    learning_rate: float = typer.Option(8e-5, help="Encoder learning rate"),
    init_from: Optional[Path] = typer.Option(None, exists=True, file_okay=False, help="Continue training from this model version"),
    with_audits: bool = typer.Option(False, "--with-audits", help="Merge registrar-audited labels into training"),
    audits_file: Optional[Path] = typer.Option(None, exists=True, dir_okay=False, help="Audit export JSONL (default: read the database)"),
    audit_weight: float = typer.Option(1.0, help="Times each audited narrative is repeated"),
    promote: bool = typer.Option(False, help="Make the new version current straight away (skips the gate)"),
    tiny: bool = typer.Option(False, hidden=True, help="Tiny random encoder, for tests"),
) -> None:
    """Fine-tune the encoder on the corpus, calibrate on dev, and save a new model version."""
    from model.settings import get_settings
    from training.train import CORPUS_DIR, HANDWRITTEN_FILE, TrainingArgs
    from training.train import train as run_training
    from training import registry

    settings = get_settings()
    version = registry.new_version_name()
    output = output or settings.models_dir / version
    extra = []
    if with_audits:
        from training.audits import load_audited_records

        extra = load_audited_records(audits_file, settings)
        m = getattr(extra, "manifest", None) or {}
        typer.echo(f"merging {len(extra)} audited narratives"
                   + (f" ({m['held_out']} held out for evaluation, {m['refused_total']} refused: evaluation sets use them)"
                      if m else ""))
    try:
        args = TrainingArgs(
            output_dir=output,
            train_file=train_file or CORPUS_DIR / "train.jsonl",
            dev_file=dev_file or CORPUS_DIR / "dev.jsonl",
            version=output.name,
            max_train_docs=max_train_docs or None,
            max_dev_docs=max_dev_docs or None,
            epochs=epochs,
            max_length=max_length,
            batch_docs=batch_docs,
            length_buckets=length_buckets,
            freeze_layers=freeze_layers,
            precision=precision,
            element_heads=element_heads,
            handwritten_file=HANDWRITTEN_FILE if handwritten else None,
            handwritten_weight=handwritten_weight,
            pattern_balance=pattern_balance,
            pattern_boosts=_read_pattern_boosts(pattern_boosts) if pattern_boosts else None,
            seed=seed,
            learning_rate=learning_rate,
            init_from=init_from,
            tiny=tiny,
            extra_records=extra,
            extra_weight=audit_weight,
        )
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    from training.train import native_bf16

    if args.precision == "bf16" and not native_bf16():
        typer.echo("warning: this CPU has no native bf16 (AVX-512 BF16 or AMX), so --precision bf16 may train more "
                   "slowly than fp32; compare with benchmarks/train_speed.py --precision fp32 bf16", err=True)
    with progress_bar() as bar:
        tasks: dict[str, int] = {}

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done)

        path = run_training(args, progress=report)
    registry.register_version(path, settings, make_current=promote)
    typer.echo(f"saved model version {path.name} to {path}")


def evaluate(
    model_path: Optional[Path] = typer.Argument(None, help="Model version directory (default: the current one)"),
    data: list[Path] = typer.Option(None, "--data", exists=True, dir_okay=False, help="Gold JSONL sets (default: corpus test and the challenge set)"),
    output: Optional[Path] = typer.Option(None, help="Write the full report as JSON here"),
    html: Optional[Path] = typer.Option(None, help="Write a self-contained HTML report here"),
    split: Optional[str] = typer.Option(
        None, help="Score only records of this split (meta.split), e.g. dev_handwritten in corpora/handwritten.jsonl"
    ),
    save_to_model: bool = typer.Option(False, help="Store the figures in the model's metrics.json and card"),
    against: Optional[str] = typer.Option(
        None, "--against", help="Champion to compare with: 'current', a registry version or a model directory"
    ),
) -> None:
    """Score a model on gold sets: labels, factors, spans, calibration, risk-coverage and the ablation."""
    from cli.evaluation_commands import load_gold_sets
    from evaluation.model_eval import evaluate_model
    from model.classifier import load_model
    from training.train import CORPUS_DIR

    loaded = load_gold_sets(data or [CORPUS_DIR / "test.jsonl", CORPUS_DIR.parent / "challenge.jsonl"], split)
    classifier = load_model(model_path)
    reports = {}
    for name, records in loaded.items():
        with progress_bar() as bar:
            task = bar.add_task(name, total=len(records))
            reports[name] = evaluate_model(classifier, records, progress=lambda n: bar.update(task, advance=n))
    _print_summary(reports)
    comparisons = _compare_against(against, loaded, reports, classifier.version) if against else {}
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(reports, indent=2))
        if comparisons:
            output.with_name(output.stem + ".comparison.json").write_text(
                json.dumps({k: {"comparison": v["comparison"], "reasons": v["reasons"]} for k, v in comparisons.items()}, indent=2)
            )
    if html:
        from evaluation.report import render_html

        # render_html draws one set per page: one page per set when there are several.
        for name, report in reports.items():
            page = html if len(reports) == 1 else html.with_name(f"{html.stem}-{name}{html.suffix}")
            extra = comparisons.get(name, {})
            render_html(report, page, subtitle=f"model {classifier.version} on {name}",
                        comparison=extra.get("comparison"), champion=extra.get("champion_report"),
                        gate_reasons=extra.get("reasons"))
    if save_to_model:
        from training.card import write_model_card

        # Add to the figures already stored: scoring dev must not erase test's.
        metrics_path = classifier.path / "metrics.json"
        summary = json.loads(metrics_path.read_text(encoding="utf-8")) if metrics_path.is_file() else {}
        summary.update({name: _headline(r) for name, r in reports.items()})
        metrics_path.write_text(json.dumps(summary, indent=2))
        write_model_card(classifier.path)
        from training.registry import write_manifest

        write_manifest(classifier.path)


def _compare_against(against: str, loaded: dict, reports: dict, challenger: str) -> dict:
    """Score the champion on the same records; per set the deltas, McNemar's test and the gate's reasons."""
    from cli.registry_commands import print_comparisons
    from evaluation.model_eval import evaluate_model
    from model.classifier import load_model
    from model.settings import get_settings
    from training.gate import compare_reports, resolve_version
    from training.registry import RegistryError

    try:
        champion = load_model(resolve_version(against, get_settings()))
    except RegistryError as exc:
        raise typer.BadParameter(str(exc), param_hint="--against") from None
    out = {}
    for name, records in loaded.items():
        champion_report = evaluate_model(champion, records)
        out[name] = compare_reports(champion_report, reports[name]) | {"champion_report": champion_report, "n": len(records)}
    print_comparisons(out, champion.version, challenger)
    return out


def _headline(report: dict) -> dict:
    spans = report.get("spans") or {}
    return {
        "n": report["n"],
        "macro_f1": report["classification"]["macro_f1"],
        "accuracy": report["classification"]["accuracy"],
        "behaviour_accuracy": report["factors"]["behaviour"],
        "span_token_f1_typed": (spans.get("token") or {}).get("typed", {}).get("f1"),
        "span_token_f1_untyped": (spans.get("token") or {}).get("untyped", {}).get("f1"),
        "span_iou_f1_typed": (spans.get("iou") or {}).get("typed", {}).get("f1"),
        "ece": report["calibration"]["ece"],
        "review": report.get("review"),
        "ablation": report.get("ablation"),
        "elements": report.get("elements"),
    }


def _print_summary(reports: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="rightfirst evaluation")
    for column in ("set", "n", "macro-F1", "accuracy", "behaviour acc", "span tok-F1 typed", "untyped", "ECE", "coverage",
                   "acc not flagged"):
        table.add_column(column)
    for name, report in reports.items():
        h = _headline(report)
        review = h["review"] or {}

        def fmt(x):
            return "-" if x is None else f"{x:.3f}"

        table.add_row(name, str(h["n"]), fmt(h["macro_f1"]), fmt(h["accuracy"]), fmt(h["behaviour_accuracy"]),
                      fmt(h["span_token_f1_typed"]), fmt(h["span_token_f1_untyped"]), fmt(h["ece"]), fmt(review.get("coverage")), fmt(review.get("accuracy_not_flagged")))
    Console(stderr=True).print(table)


def classify(
    text: Optional[str] = typer.Argument(None, help="The narrative; omit (or give -) to read it from stdin"),
    input: Optional[Path] = typer.Option(None, "--input", exists=True, dir_okay=False, help="JSONL of {\"id\", \"text\"} lines"),
    output: Optional[Path] = typer.Option(None, "--output", help="Where to write one Suggestion per input line"),
    model_path: Optional[Path] = typer.Option(None, "--model", help="Model version directory (default: the current one)"),
    batch_size: int = typer.Option(16, help="Narratives per forward pass"),
) -> None:
    """Suggest the offence for one narrative (argument or stdin) or for a JSONL batch (--input/--output)."""
    from model.classifier import load_model
    from model.errors import RightfirstError

    if (input is None) != (output is None):
        raise typer.BadParameter("--input and --output go together")
    classifier = load_model(model_path)
    if input is None:
        narrative = sys.stdin.read() if text in (None, "-") else text
        try:
            suggestion = classifier.classify(narrative)
        except RightfirstError as exc:
            typer.echo(f"error: {exc.message}", err=True)
            raise typer.Exit(2) from None
        typer.echo(suggestion.model_dump_json(indent=2))
        return
    from cli.batch import classify_file

    failures = classify_file(classifier, input, output, batch_size)
    if failures:
        typer.echo(f"{failures} line(s) could not be classified; their error entries are in {output}", err=True)
        raise typer.Exit(1)

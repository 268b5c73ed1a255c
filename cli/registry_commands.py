"""`rightfirst models list|promote|rollback`: the model registry, with the promotion gate in front of it."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

models_app = typer.Typer(
    help="The model registry: list versions, promote one past the champion-vs-challenger gate, roll back.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(models_app, name="models")


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


@models_app.command("list")
def list_models() -> None:
    """Every version with its headline macro-F1 (test, challenge, audited hold-out) and which is current."""
    from rich.console import Console
    from rich.table import Table

    from model.settings import get_settings
    from training.registry import version_summaries

    settings = get_settings()
    rows = version_summaries(settings)
    if not rows:
        typer.echo(f"no model versions in {settings.models_dir}; run `rightfirst train`", err=True)
        raise typer.Exit(1)
    table = Table(title=f"rightfirst models in {settings.models_dir}")
    for column in ("", "version", "created (UTC)", "test F1", "challenge F1", "audit F1", "audited"):
        table.add_column(column, no_wrap=column in ("version", "created (UTC)"))
    for row in rows:
        table.add_row(
            "*" if row["current"] else "",
            row["version"],
            (row["created"] or "-")[:16].replace("T", " "),
            _fmt(row["test_macro_f1"]),
            _fmt(row["challenge_macro_f1"]),
            _fmt(row["audit_holdout_macro_f1"]),
            str(row["audited_records"]),
        )
    Console().print(table)
    Console(stderr=True).print(
        "* = current. F1 = macro-F1 from `rightfirst evaluate --save-to-model` or the promotion gate; "
        "audit = the audited hold-out slice; audited = audited records trained on."
    )


@models_app.command("promote")
def promote(
    version: str = typer.Argument(..., help="The version to make current (a directory name in the registry)"),
    force: bool = typer.Option(False, "--force", help="Promote even if the gate refuses; recorded in history.json"),
    reason: Optional[str] = typer.Option(None, help="Why; recorded in history.json"),
    audits_file: Optional[Path] = typer.Option(
        None, exists=True, dir_okay=False, help="Audit export for the held-out slice (default: the database)"
    ),
    no_audits: bool = typer.Option(False, "--no-audits", help="Do not score the audited hold-out slice"),
    test_file: Optional[Path] = typer.Option(None, exists=True, dir_okay=False, help="Frozen test set (default corpus test split)"),
    challenge_file: Optional[Path] = typer.Option(None, exists=True, dir_okay=False, help="Challenge set (default corpora/challenge.jsonl)"),
    recall_tolerance: float = typer.Option(0.02, help="Largest drop in any label's recall the gate accepts"),
    recall_alpha: float = typer.Option(
        0.05, help="A larger recall drop refuses only if McNemar's test on the label's items gives p below this (1: always)"),
    macro_f1_alpha: float = typer.Option(
        0.05, help="A macro-F1 drop refuses only if its paired permutation test gives p below this (1: always)"),
    max_ece: float = typer.Option(0.05, help="ECE above which a calibration loss refuses promotion"),
    ece_tolerance: float = typer.Option(0.01, help="Largest ECE increase the gate accepts above max-ece"),
    report_dir: Optional[Path] = typer.Option(None, help="Also write one HTML comparison report per frozen set here"),
) -> None:
    """Evaluate VERSION against the current model on the frozen sets, and make it current if it is not worse."""
    from rich.console import Console

    from cli.progress import progress_bar
    from model.errors import RightfirstError
    from model.settings import get_settings
    from training.gate import GatePolicy, frozen_sets
    from training.registry import PromotionRefused, RegistryError, current_version
    from training.registry import promote as run_promote

    settings = get_settings()
    console = Console(stderr=True)
    try:
        policy = GatePolicy(recall_tolerance, max_ece, ece_tolerance, recall_alpha, macro_f1_alpha)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    notes: list[str] = []
    champion = current_version(settings)
    try:
        sets = None
        if champion is not None and champion != version:
            sets = frozen_sets(settings, audits_file=audits_file, include_audits=not no_audits,
                               test_file=test_file, challenge_file=challenge_file, notes=notes)
        with progress_bar() as bar:
            tasks: dict[str, int] = {}

            def report(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = bar.add_task(stage, total=total)
                bar.update(tasks[stage], completed=done)

            result = run_promote(version, settings, force=force, reason=reason, policy=policy, sets=sets,
                                 progress=report)
    except PromotionRefused as exc:
        for note in notes:
            console.print(f"[dim]{note}[/dim]")
        console.print(f"[red]refused:[/red] {version} does not replace {champion}:")
        for r in exc.reasons:
            console.print(f"  - {r}")
        console.print("Nothing changed. Use --force (recorded in history.json) to promote anyway.")
        raise typer.Exit(1) from None
    except (RegistryError, ValueError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    except RightfirstError as exc:  # e.g. the database holding the audited hold-out is unreachable
        console.print(f"[red]error:[/red] {exc.message} (use --audits-file or --no-audits to gate without it)")
        raise typer.Exit(2) from None
    for note in notes:
        console.print(f"[dim]{note}[/dim]")
    if result is None:
        typer.echo(f"{version} is now current (no gate: there was no current model to compare with)")
        return
    print_comparisons({name: r for name, r in result.sets.items()}, result.champion, result.challenger)
    if report_dir is not None:
        write_comparison_reports(report_dir, result.reports, result.sets, result.challenger, result.champion)
    if result.passed:
        typer.echo(f"{version} passed the gate and is now current (was {champion})")
    else:
        typer.echo(f"{version} is now current, FORCED past the gate (was {champion}); recorded in history.json")


@models_app.command("recalibrate")
def recalibrate(
    version: str = typer.Argument(..., help="'current', a version in the registry, or a model directory"),
    as_version: Optional[str] = typer.Option(
        None, "--as", help="Leave VERSION as it is and write the result as this new version beside it"),
    patterns: Optional[Path] = typer.Option(
        None, help="Rule patterns for the new version (with --as), e.g. model/rule_patterns.json after a rules change"),
) -> None:
    """Re-fit a version's decision (temperatures, weights, review threshold) on the calibration data it recorded.

    With --as, the same weights become a new version (with --patterns, new rule patterns): the way to
    ship a change to the rules without retraining. Promote it through the gate like any other.
    """
    from cli.progress import progress_bar
    from model.settings import get_settings
    from training.gate import resolve_version
    from training.registry import RegistryError
    from training.train import recalibrate as run_recalibrate

    try:
        path = resolve_version(version, get_settings())
        with progress_bar() as bar:
            task = bar.add_task("calibrate", total=None)

            def report(_stage: str, done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            calibration = run_recalibrate(path, report, as_version=as_version, patterns=patterns)
    except (RegistryError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    threshold = calibration["report"]["threshold"]
    name = as_version or path.name
    typer.echo(f"{name}: review threshold {calibration['decision']['review_threshold']}, "
               f"coverage {threshold['coverage']:.3f} on {calibration['report']['dev_docs']} calibration records")
    for name, part in sorted(threshold.get("parts", {}).items()):
        accuracy = "n/a" if part["accuracy"] is None else f"{part['accuracy']:.3f}"
        typer.echo(f"  {name}: {part['n']} records, coverage {part['coverage']:.3f}, accuracy {accuracy}")
    typer.echo("metrics and cached evaluations were removed: run `rightfirst evaluate --save-to-model` for new ones")


@models_app.command("rollback")
def rollback(reason: Optional[str] = typer.Option(None, help="Why; recorded in history.json")) -> None:
    """Make the previously current version current again (each rollback undoes one more promotion)."""
    from model.settings import get_settings
    from training.registry import RegistryError
    from training.registry import rollback as run_rollback

    try:
        before, after = run_rollback(get_settings(), reason)
    except RegistryError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"rolled back from {before} to {after}; reload the API (POST /v1/admin/reload) to serve it")


# ---------------------------------------------------------------------------------------------
# Shared with `rightfirst evaluate --against`
# ---------------------------------------------------------------------------------------------


def print_comparisons(results: dict[str, dict], champion: str, challenger: str) -> None:
    """One summary table over the sets, then the per-label deltas of each set."""
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True)

    def signed(x: float | None) -> str:
        if x is None:
            return "-"
        x = 0.0 if abs(x) < 5e-4 else x  # no "-0.000"
        colour = "green" if x > 1e-12 else "red" if x < -1e-12 else "white"
        return f"[{colour}]{x:+.3f}[/{colour}]"

    table = Table(title=f"champion {champion} against challenger {challenger}")
    for column in ("set", "n", "macro-F1 champ", "macro-F1 chall", "change", "its p", "accuracy change", "ECE change",
                   "McNemar b/c", "p", "gate"):
        table.add_column(column)
    for name, result in results.items():
        c = result["comparison"]
        mc = c["mcnemar"]
        permutation = c["macro_f1"].get("permutation")
        table.add_row(name, str(result.get("n", "")), _fmt(c["macro_f1"]["champion"]), _fmt(c["macro_f1"]["challenger"]),
                      signed(c["macro_f1"]["delta"]), f"{permutation['p_value']:.3g}" if permutation else "",
                      signed(c["accuracy"]["delta"]), signed(c["ece"]["delta"]),
                      f"{mc['b']}/{mc['c']}", f"{mc['p_value']:.3g}",
                      "[green]pass[/green]" if not result["reasons"] else "[red]refuse[/red]")
    console.print(table)
    for name, result in results.items():
        per = Table(title=f"{name}: per-label change (challenger minus champion)")
        for column in ("label", "support", "Δ precision", "Δ recall", "Δ F1", "its items b/c", "p"):
            per.add_column(column)
        for label, d in result["comparison"]["per_label"].items():
            if d["support"] or d["f1"] is not None:
                test = d.get("mcnemar")
                per.add_row(label, str(d["support"]), signed(d["precision"]), signed(d["recall"]), signed(d["f1"]),
                            f"{test['b']}/{test['c']}" if test else "", f"{test['p_value']:.3g}" if test else "")
        console.print(per)
        for reason in result["reasons"]:
            console.print(f"  [red]-[/red] {reason}")
    console.print("McNemar: b = champion right and challenger wrong, c = the reverse. "
                  "The macro-F1 change's p is a paired permutation test.")


def write_comparison_reports(folder: Path, reports: dict[str, dict[str, dict]], results: dict[str, dict],
                             challenger: str, champion: str) -> list[Path]:
    """One self-contained HTML page per set: the challenger's report with the comparison section."""
    from evaluation.report import render_html

    written = []
    for name, pair in reports.items():
        path = Path(folder) / f"{challenger}-vs-{champion}-{name}.html"
        render_html(pair["challenger"], path, title=f"rightfirst {challenger} against {champion}: {name}",
                    subtitle=f"{results[name]['n']} items; challenger {challenger}, champion {champion}",
                    comparison=results[name]["comparison"], champion=pair["champion"],
                    gate_reasons=results[name]["reasons"])
        written.append(path)
    return written

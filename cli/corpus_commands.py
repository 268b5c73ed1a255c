"""`rightfirst corpus ...`: build and check the training corpus."""

from __future__ import annotations

import json
from pathlib import Path

import typer

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "corpora" / "data"


def register(app: typer.Typer) -> None:
    corpus_app = typer.Typer(help="Build and validate the synthetic training corpus.", no_args_is_help=True)
    app.add_typer(corpus_app, name="corpus")

    @corpus_app.command("build")
    def build(
        seed: int = typer.Option(13, help="Random seed; the same seed gives byte-identical files."),
        size: int = typer.Option(9000, min=9, help="Total narratives over train/dev/test (balanced over the nine labels)."),
        out: Path = typer.Option(DEFAULT_OUT, file_okay=False, help="Directory for train.jsonl, dev.jsonl and test.jsonl."),
    ) -> None:
        """Generate the corpus, validate it, and write the three splits."""
        import time

        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from corpora.build import build as build_corpus
        from corpora.build import quotas
        from model.errors import RightfirstError

        total = sum(n for per_label in quotas(size).values() for n in per_label.values())
        started = time.perf_counter()
        with Progress(TextColumn("[bold]building corpus"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()) as bar:
            task = bar.add_task("build", total=total)
            try:
                paths = build_corpus(seed=seed, size=size, out_dir=out, progress=lambda n: bar.advance(task, n))
            except RightfirstError as exc:
                typer.secho(exc.message, fg=typer.colors.RED, err=True)
                raise typer.Exit(code=1) from exc
        for split, path in paths.items():
            typer.echo(f"{split}: {path}")
        typer.echo(f"validated and written {total} narratives in {time.perf_counter() - started:.1f} s")

    @corpus_app.command("validate")
    def validate(
        out: Path = typer.Option(DEFAULT_OUT, exists=True, file_okay=False, help="Directory holding the three splits."),
    ) -> None:
        """Check spans, labels, elements, ids and split separation; exit 1 on any failure."""
        from corpora.validate import validate_dir

        try:
            report = validate_dir(out)
        except FileNotFoundError as exc:
            typer.secho(f"missing split file: {exc.filename}. Run `rightfirst corpus build` first.", fg=typer.colors.RED, err=True)
            raise typer.Exit(code=1) from exc
        if report.ok:
            typer.echo(f"ok: {report.records} records pass every check")
            return
        for err in report.errors[:50]:
            typer.echo(err, err=True)
        typer.secho(f"{len(report.errors)} problem(s) in {report.records} records", fg=typer.colors.RED, err=True)
        raise typer.Exit(code=1)

    @corpus_app.command("stats")
    def stats(
        out: Path = typer.Option(DEFAULT_OUT, exists=True, file_okay=False, help="Directory holding the three splits."),
        as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of tables."),
        ngram: int = typer.Option(8, min=2, help="n for the split-leakage figure (word n-grams)."),
    ) -> None:
        """Counts by label, voice and length band, spans per type, and the train->test leakage figure."""
        from rich.console import Console
        from rich.table import Table

        from corpora.build import read
        from corpora.stats import corpus_stats, leakage

        splits = read(out)
        result = corpus_stats(splits)
        result["leakage_test"] = leakage(splits["train"], splits["test"], n=ngram)
        result["leakage_dev"] = leakage(splits["train"], splits["dev"], n=ngram)
        if as_json:
            typer.echo(json.dumps(result, indent=2))
            return
        console = Console()
        for title, key in (("Label", "by_label"), ("Voice", "by_voice"), ("Length band (words)", "by_length_band"),
                           ("Spans per type", "spans_by_type"), ("Relationship", "by_relationship")):
            table = Table(title=title)
            table.add_column(title)
            table.add_column("count", justify="right")
            for name, count in result[key].items():
                table.add_row(str(name), str(count))
            console.print(table)
        split_table = Table(title="Label by split")
        split_table.add_column("label")
        for split in result["by_split_label"]:
            split_table.add_column(split, justify="right")
        for label in result["by_label"]:
            split_table.add_row(label, *(str(result["by_split_label"][s][label]) for s in result["by_split_label"]))
        console.print(split_table)
        w = result["words"]
        console.print(f"words: min {w['min']}, median {w['median']}, max {w['max']}, over 600: {w['over_600']}")
        for name in ("leakage_test", "leakage_dev"):
            lk = result[name]
            console.print(f"{name}: {lk['found_in_train']}/{lk['test_ngrams']} distinct {lk['n']}-grams found in train "
                          f"= {lk['share']:.4f}; evidence spans of 4+ words verbatim in train: "
                          f"{lk['test_spans_in_train']}/{lk['test_spans_4plus']} = {lk['span_share']:.4f}")

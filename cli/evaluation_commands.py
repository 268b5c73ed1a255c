"""`rightfirst baselines`: fit and score the keyword and TF-IDF baselines on the frozen sets.
`rightfirst check-rules`: the rules and elements alone, on gold evidence spans."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def _read_jsonl(path: Path) -> list[dict]:
    import json

    records = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise typer.BadParameter(f"{path}: line {number} is not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict) or not {"id", "text", "label"} <= record.keys():
                raise typer.BadParameter(f"{path}: line {number} lacks one of the fields id, text, label")
            records.append(record)
    return records


def load_gold_sets(paths: list[Path], split: str | None = None) -> dict[str, list[dict]]:
    """Gold sets by name, for every command that scores several: a file's stem, or with ``split`` the split
    itself (two hold-out rounds of one file are two sets). Two sets that would share a name are refused."""
    sets: dict[str, list[dict]] = {}
    for path in paths:
        if not path.is_file():
            raise typer.BadParameter(f"{path} not found", param_hint="--data")
        records = _read_jsonl(path)
        if split:
            records = [r for r in records if r.get("meta", {}).get("split") == split]
            if not records:
                raise typer.BadParameter(f"no records of split {split!r} in {path}", param_hint="--split")
        name = split or path.stem
        if name in sets:
            raise typer.BadParameter(f"two sets would both be called {name!r}; score them one at a time",
                                     param_hint="--data")
        sets[name] = records
    return sets


def baselines(
    train: Annotated[Path, typer.Option(help="Training split the TF-IDF baseline is fitted on.")] = Path("corpora/data/train.jsonl"),
    test: Annotated[Path, typer.Option(help="Held-out test split.")] = Path("corpora/data/test.jsonl"),
    challenge: Annotated[Path, typer.Option(help="Hand-written challenge set (skipped if absent).")] = Path("corpora/challenge.jsonl"),
    output: Annotated[Path, typer.Option(help="Where to write the full reports as JSON.")] = Path("artifacts/baselines.json"),
    html_dir: Annotated[Path | None, typer.Option(help="Also write one HTML report per baseline and set here.")] = None,
    seed: Annotated[int, typer.Option(help="Seed of the logistic regression.")] = 0,
) -> None:
    """Fit the TF-IDF baseline on TRAIN, run both baselines on TEST and CHALLENGE, print the headline figures."""
    import json
    import time

    from rich.console import Console
    from rich.table import Table

    from evaluation.baselines import KeywordBaseline, TfidfBaseline
    from evaluation.metrics import evaluate

    console = Console(stderr=True)
    for required in (train, test):
        if not required.is_file():
            console.print(f"[red]{required} not found.[/red] Build the corpus first (rightfirst corpus build).")
            raise typer.Exit(code=2)
    sets = {"test": _read_jsonl(test)}
    if challenge.is_file():
        sets["challenge"] = _read_jsonl(challenge)
    else:
        console.print(f"[yellow]{challenge} not found; scoring the test split only.[/yellow]")

    started = time.perf_counter()
    with console.status("Fitting the TF-IDF baseline"):
        tfidf = TfidfBaseline(seed=seed).fit(_read_jsonl(train))
    fit_s = time.perf_counter() - started
    keyword = KeywordBaseline()

    results: dict[str, dict] = {"keyword": {}, "tfidf": {}}
    for set_name, records in sets.items():
        with console.status(f"Scoring the baselines on {set_name}"):
            results["keyword"][set_name] = evaluate(records, keyword.predict(records))
            results["tfidf"][set_name] = evaluate(records, tfidf.predict(records))

    output.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "seed": seed,
        "files": {"train": str(train), "test": str(test), "challenge": str(challenge) if "challenge" in sets else None},
        "tfidf_fit_seconds": round(fit_s, 2),
        "results": results,
    }
    output.write_text(json.dumps(payload, indent=2, sort_keys=True), encoding="utf-8")

    if html_dir is not None:
        from evaluation.report import render_html

        for baseline, per_set in results.items():
            for set_name, report in per_set.items():
                render_html(report, html_dir / f"{baseline}_{set_name}.html",
                            title=f"Baseline {baseline} on {set_name}", subtitle=f"{report['n']} narratives")

    table = Table(title="Baselines (token-F1: typed evidence spans; behaviour: none/harassment/stalking)")
    for column in ("baseline", "set", "n", "macro-F1", "accuracy", "behaviour", "token-F1", "ECE"):
        table.add_column(column, justify="left" if column in ("baseline", "set") else "right", no_wrap=True)

    def fmt(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    for baseline, per_set in results.items():
        for set_name, report in per_set.items():
            spans = report["spans"]
            table.add_row(
                baseline,
                set_name,
                str(report["n"]),
                fmt(report["classification"]["macro_f1"]),
                fmt(report["classification"]["accuracy"]),
                fmt(report["factors"]["behaviour"]),
                fmt(spans["token"]["typed"]["f1"]) if spans else "-",
                fmt(report["calibration"]["ece"]),
            )
    Console().print(table)
    console.print(f"Reports written to {output}")


def check_rules(
    data: Annotated[list[Path], typer.Option("--data", help="Gold JSONL sets with spans.")] = [Path("corpora/data/dev.jsonl")],  # noqa: B006
    split: Annotated[str | None, typer.Option(help="Only records of this split (meta.split).")] = None,
    patterns: Annotated[Path | None, typer.Option(help="Rule patterns (default: model/rule_patterns.json).")] = None,
    output: Annotated[Path | None, typer.Option(help="Write the full reports as JSON here.")] = None,
) -> None:
    """Score the rules and elements alone: from each record's gold spans, how often they reach its label and elements.

    Without the tagger's errors, what is left is the rules' own: the measure for a change to
    model/rules.py, model/rule_patterns.json or model/elements.py. Labels and counts only, never text.
    """
    import json

    from rich.console import Console
    from rich.table import Table

    from evaluation.rules_check import rules_on_gold_spans
    from model.taxonomy import ELEMENT_NAMES

    reports = {}
    for name, records in load_gold_sets(data, split).items():
        try:
            reports[name] = rules_on_gold_spans(records, patterns)
        except (KeyError, ValueError) as exc:
            raise typer.BadParameter(f"{name}: {exc}", param_hint="--data") from None
    table = Table(title="rules on gold spans")
    for column in ("set", "n", "label acc.", "macro-F1", *(n.replace("_", " ") for n in ELEMENT_NAMES)):
        table.add_column(column)
    for name, report in reports.items():
        elements = report["elements"] or {}
        table.add_row(name, str(report["n"]), f"{report['label_accuracy']:.3f}", f"{report['macro_f1']:.3f}",
                      *(f"{elements[n]:.3f}" if n in elements else "n/a" for n in ELEMENT_NAMES))
    console = Console()
    console.print(table)
    for name, report in reports.items():
        top = ", ".join(f"{c['gold']} -> {c['rules']} {c['count']}" for c in report["confusions"][:5])
        console.print(f"{name}: most frequent disagreements (gold -> rules): {top or 'none'}")
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(reports, indent=2))


def register(app: typer.Typer) -> None:
    app.command(name="baselines")(baselines)
    app.command(name="check-rules")(check_rules)

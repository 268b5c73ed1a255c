"""`rightfirst export-audits`: the registrars' decisions as a dataset, with agreement figures."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"


def _fmt(value: float | None, digits: int = 3) -> str:
    return "undefined" if value is None else f"{value:.{digits}f}"


def export_audits(
    output: Annotated[
        Path, typer.Option("--output", "-o", dir_okay=False, writable=True, help="File to write (JSONL or Parquet)")
    ],
    format: Annotated[
        ExportFormat | None,
        typer.Option("--format", "-f", help="jsonl (default) or parquet; a .parquet output name implies parquet"),
    ] = None,
    all_decisions: Annotated[
        bool,
        typer.Option("--all-decisions", help="One row per decision (first and second reviews) instead of per case"),
    ] = False,
) -> None:
    """Write the audited labels (one row per decided case: its final decision), readable by `datasets`,
    and print agreement: registrar vs model, and registrar vs registrar on second reviews (Cohen's kappa)."""
    from model.settings import get_settings
    from storage import Database
    from storage.audit_export import agreement, audited_labels

    chosen = format or (ExportFormat.parquet if output.suffix.lower() == ".parquet" else ExportFormat.jsonl)
    database = Database.from_settings(get_settings())
    try:
        with database.session() as session:
            rows, purged = audited_labels(session, all_decisions=all_decisions)
            figures = agreement(session)
    finally:
        database.dispose()

    output.parent.mkdir(parents=True, exist_ok=True)
    if chosen is ExportFormat.parquet:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from storage.audit_export import EXPORT_COLUMNS

        schema = pa.schema([(name, pa.type_for_alias(kind)) for name, kind in EXPORT_COLUMNS.items()])
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), output)
    else:
        with output.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")

    unit = "decisions" if all_decisions else "audited labels"
    typer.echo(f"wrote {len(rows)} {unit} to {output} ({chosen.value})")
    if purged:
        typer.echo(f"left out {purged} decided case(s) whose narrative was purged under the retention policy")
    model = figures["registrar_vs_model"]
    peers = figures["registrar_vs_registrar"]
    typer.echo(
        f"registrar vs model:     n={model.n}  agreement={_fmt(model.agreement)}  Cohen's kappa={_fmt(model.kappa)}"
    )
    typer.echo(
        f"registrar vs registrar: n={peers.n}  agreement={_fmt(peers.agreement)}  Cohen's kappa={_fmt(peers.kappa)}"
        + ("  (cases sent for a second review)" if peers.n else "  (no case has had a second review yet)")
    )


def register(app: typer.Typer) -> None:
    app.command("export-audits")(export_audits)

"""`rightfirst corpus ...`: build and check the training corpus."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    corpus_app = typer.Typer(help="Build and validate the synthetic training corpus.", no_args_is_help=True)
    app.add_typer(corpus_app, name="corpus")
    # The corpus helper fills this in (build, validate, stats).

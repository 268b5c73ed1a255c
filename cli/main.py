"""The one `rightfirst` command. Each package registers its own subcommands; this file only assembles them."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="rightfirst",
    help="Suggests the right harassment or stalking offence for a police incident narrative.",
    no_args_is_help=True,
    add_completion=False,
)

# Each shell module exposes register(app). Keep imports inside the modules' commands light:
# `rightfirst --help` must not load torch.
from cli import corpus_commands  # noqa: E402

corpus_commands.register(app)

from cli import model_commands  # noqa: E402

model_commands.register(app)

from cli import evaluation_commands  # noqa: E402

evaluation_commands.register(app)

from cli import api_commands  # noqa: E402

api_commands.register(app)

from cli import registry_commands  # noqa: E402

registry_commands.register(app)

from cli import review_commands  # noqa: E402

review_commands.register(app)

if __name__ == "__main__":
    app()

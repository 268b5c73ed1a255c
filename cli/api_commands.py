"""`rightfirst serve`, `rightfirst keys ...` and `rightfirst purge`: run the API and manage its data."""

from __future__ import annotations

from typing import Annotated

import typer

ROLE_CHOICES = ("system", "registrar", "admin")


def _database():
    from model.settings import get_settings
    from storage import Database

    return Database.from_settings(get_settings())


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on (127.0.0.1 keeps it on this machine)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port")] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level: critical, error, warning, info, debug")] = "info",
) -> None:
    """Serve the records-system API with uvicorn; the model loads once at start-up (watch /readyz)."""
    import uvicorn

    from api import create_app

    uvicorn.run(create_app(), host=host, port=port, log_level=log_level, proxy_headers=False)


def keys_create(
    role: Annotated[str, typer.Option(help="system (classify, audit), registrar (review) or admin (keys, everything)")],
    name: Annotated[str | None, typer.Option(help="Who or what holds the key, e.g. the records system's name")] = None,
) -> None:
    """Create an API key and print it once: it is stored only as a hash and cannot be shown again."""
    if role not in ROLE_CHOICES:
        raise typer.BadParameter(f"role must be one of {', '.join(ROLE_CHOICES)}", param_hint="--role")
    from storage import create_api_key

    with _database().session() as session:
        new = create_api_key(session, role, name)
        record = new.record
        typer.echo(f"created key {record.id} ({record.name}, role {record.role}); store it now, it is not shown again:", err=True)
        typer.echo(new.key)


def bootstrap_key() -> None:
    """Create the first admin key if there is no active one (prints it once); otherwise do nothing."""
    from storage import create_api_key, list_api_keys

    with _database().session() as session:
        admins = [k for k in list_api_keys(session, include_revoked=False) if k.role == "admin"]
        if admins:
            typer.echo(
                f"an admin key exists already (id {admins[0].id}); create more with `rightfirst keys create`", err=True
            )
            return
        new = create_api_key(session, "admin", "bootstrap admin")
        typer.echo(f"created admin key {new.record.id}; store it now, it is not shown again:", err=True)
        typer.echo(new.key)


def keys_revoke(key_id: Annotated[int, typer.Argument(help="The key's id, from `rightfirst keys list`")]) -> None:
    """Revoke an API key: requests with it get 401 from now on."""
    from storage import NotFound, revoke_api_key

    try:
        with _database().session() as session:
            record = revoke_api_key(session, key_id)
            typer.echo(f"revoked key {record.id} ({record.name}, role {record.role})")
    except NotFound as exc:
        typer.echo(exc.message, err=True)
        raise typer.Exit(code=1) from None


def keys_list(
    active: Annotated[bool, typer.Option("--active", help="Only keys that are not revoked")] = False,
) -> None:
    """List API keys: id, role, name, the key's first characters, created and revoked times."""
    from storage import list_api_keys

    with _database().session() as session:
        records = list_api_keys(session, include_revoked=not active)
        typer.echo(f"{'id':>4}  {'role':<9}  {'prefix':<12}  {'created (UTC)':<19}  {'revoked (UTC)':<19}  name")
        for r in records:
            revoked = r.revoked_at.strftime("%Y-%m-%d %H:%M:%S") if r.revoked_at else "-"
            typer.echo(
                f"{r.id:>4}  {r.role:<9}  {r.prefix + '…':<12}  {r.created_at.strftime('%Y-%m-%d %H:%M:%S'):<19}  "
                f"{revoked:<19}  {r.name}"
            )


def purge(
    days: Annotated[
        int | None, typer.Option(min=0, help="Override RIGHTFIRST_RETENTION_DAYS for this run")
    ] = None,
) -> None:
    """Clear the narrative text of cases closed more than the retention period ago (decisions are kept)."""
    from model.settings import get_settings
    from storage import purge_narratives

    retention = days if days is not None else get_settings().retention_days
    if retention is None:
        typer.echo("no retention period: set RIGHTFIRST_RETENTION_DAYS or pass --days", err=True)
        raise typer.Exit(code=2)
    with _database().session() as session:
        count = purge_narratives(session, older_than_days=retention)
    typer.echo(f"purged the narrative text of {count} closed case(s) older than {retention} days")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("purge")(purge)
    app.command("bootstrap-key")(bootstrap_key)
    keys_app = typer.Typer(help="Create, revoke and list API keys.", no_args_is_help=True)
    keys_app.command("create")(keys_create)
    keys_app.command("revoke")(keys_revoke)
    keys_app.command("list")(keys_list)
    app.add_typer(keys_app, name="keys")

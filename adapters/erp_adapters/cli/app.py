"""The ``erp`` command: ``erp login`` and ``erp call`` (click).

Exit codes: 0 success; 1 the API or the network failed (a typed ``ERPError``: the message is
printed, never a secret); 2 a usage or configuration problem (unknown operation, bad parameter,
missing setting, unsafe config file); 130 interrupted.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from erp_adapters.auth import fits_header
from erp_adapters.cli import config as config_module
from erp_adapters.cli import connection, operations, render
from erp_adapters.cli.config import VENDORS, ConfigError
from erp_adapters.cli.login import DEFAULT_TIMEOUT, OAUTH_VENDORS, LoginOptions, login, token_path
from erp_adapters.cli.progress import PageProgress
from erp_adapters.errors import ERPError

EXIT_API = 1
EXIT_USAGE = 2


class _State:
    def __init__(self, config: Path | None) -> None:
        self.explicit = config
        self.path = config if config is not None else config_module.default_path(os.environ)

    def settings(self, vendor: str) -> config_module.Settings:
        return config_module.load(vendor, path=self.explicit)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Config file (TOML). Default: $ERP_CONFIG or ~/.config/erp/config.toml.",
)
@click.pass_context
def cli(ctx: click.Context, config: Path | None) -> None:
    """Call the ERP APIs from the shell. Credentials come from ERP_<VENDOR>_<KEY> variables or the config file."""
    ctx.obj = _State(config)


@cli.command("login")
@click.argument("vendor", type=click.Choice(OAUTH_VENDORS))
@click.option("--port", type=click.IntRange(0, 65535), default=None, help="Loopback port of the redirect (0: any).")
@click.option("--paste", is_flag=True, help="Paste the redirect URL or code instead of receiving it on loopback.")
@click.option("--timeout", type=click.FloatRange(1, 3600), default=DEFAULT_TIMEOUT, show_default=True)
@click.option("--token-file", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--open", "open_browser", is_flag=True, help="Open the authorize URL in the default browser.")
@click.pass_obj
def login_command(
    state: _State,
    vendor: str,
    port: int | None,
    paste: bool,
    timeout: float,
    token_file: Path | None,
    open_browser: bool,
) -> None:
    """Authorize this machine for VENDOR (OAuth2 code flow) and save the token set to a 0600 file."""
    settings = state.settings(vendor)
    path = token_file or token_path(settings, state.path)
    options = LoginOptions(path, port=port, paste=paste, timeout=timeout, open_browser=open_browser)
    written = login(settings, options, say=lambda text: click.echo(text, err=True), stdin=sys.stdin)
    click.echo(f"Saved the {vendor} token set to {written}")


def _params(values: Sequence[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for value in values:
        key, sep, text = value.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{value!r} is not key=value", param_hint="--param")
        params[key] = text
    return params


def _body(source: str | None) -> Any:
    if source is None:
        return None
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise click.BadParameter(f"cannot read {source!r} ({type(exc).__name__})", param_hint="--body") from None
    try:
        return json.loads(text)
    except ValueError:
        raise click.BadParameter("is not JSON", param_hint="--body") from None


@cli.command("call")
@click.argument("vendor", type=click.Choice(VENDORS))
@click.argument("operation")
@click.option("--param", "-p", "param", multiple=True, metavar="KEY=VALUE", help="A parameter (repeatable).")
@click.option("--body", metavar="FILE|-", default=None, help="Request body: a JSON file, or - for stdin.")
@click.option("--all", "every_page", is_flag=True, help="Every item of a list, page after page (progress on stderr).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (the models' to_dict(); JSON Lines with --all).")
@click.option("--quiet", "-q", is_flag=True, help="No progress line.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    metavar="SECONDS",
    help="This call's HTTP timeout (each request; the adapter's total deadline still applies).",
)
@click.option("--header", "-H", "header", multiple=True, metavar="NAME:VALUE", help="A request header (repeatable).")
@click.pass_obj
def call_command(
    state: _State,
    vendor: str,
    operation: str,
    param: tuple[str, ...],
    body: str | None,
    every_page: bool,
    as_json: bool,
    quiet: bool,
    timeout: float | None,
    header: tuple[str, ...],
) -> None:
    """Call OPERATION (<resource>.<method>, e.g. contatos.list) of VENDOR and print the result."""
    params, payload, call_options = _params(param), _body(body), _call_options(timeout, header)
    settings = state.settings(vendor)
    arguments = connection.arguments(settings, token_path(settings, state.path))
    with connection.resource_client_class(vendor)(*arguments.args, **arguments.kwargs) as client:
        op = operations.from_resource_client(client, operation)
        _run(op, params, payload, every_page, as_json, quiet, call_options)


def _call_options(timeout: float | None, values: Sequence[str]) -> dict[str, Any]:
    """The resource method's per-call ``timeout=`` and ``extra_headers=`` from ``--timeout`` and ``--header``."""
    headers: dict[str, str] = {}
    for value in values:
        name, sep, text = value.partition(":")
        name, text = name.strip(), text.strip()
        if not sep or not name or not name.isascii() or not name.replace("-", "").isalnum():
            raise click.BadParameter(
                f"{name or value[:20]!r} is not NAME:VALUE with a header name", param_hint="--header"
            )
        if not fits_header(text):
            raise click.BadParameter(f"the value of {name} has characters a header cannot carry", param_hint="--header")
        headers[name] = text
    chosen: dict[str, Any] = {}
    if timeout is not None:
        chosen["timeout"] = timeout
    if headers:
        chosen["extra_headers"] = headers
    return chosen


def _run(
    op: operations.Operation,
    params: dict[str, str],
    body: Any,
    every_page: bool,
    as_json: bool,
    quiet: bool,
    call_options: dict[str, Any] | None = None,
) -> None:
    kwargs = {**op.arguments(params, body), **(call_options or {})}
    if every_page:
        run_all = op.run_all
        if run_all is None:
            raise operations.OperationError(f"--all needs a list operation; {op.name} is not one")
        progress = PageProgress(sys.stderr, enabled=not quiet)
        try:
            for line in render.lines(run_all(kwargs, progress), json_lines=as_json):
                click.echo(line)
        finally:
            progress.done()
        return
    result = op.run(kwargs)
    click.echo(render.as_json(result) if as_json else render.readable(result))


@cli.command("operations")
@click.argument("vendor", type=click.Choice(VENDORS))
def operations_command(vendor: str) -> None:
    """List the <resource>.<method> names of VENDOR's operations."""
    for name in operations.names_of(connection.resource_client_class(vendor)):
        click.echo(name)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``erp`` with ``argv`` (default: the process's arguments); return the exit code."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="erp", standalone_mode=False)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        return 130
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return EXIT_USAGE
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE if exc.exit_code == 2 else exc.exit_code
    except ConfigError as exc:
        click.echo(f"erp: {exc}", err=True)
        return EXIT_USAGE
    except ERPError as exc:
        click.echo(f"erp: {type(exc).__name__}: {exc}", err=True)
        return EXIT_API
    except ValueError as exc:  # an adapter refusing an argument (the message names it, never its value)
        click.echo(f"erp: {exc}", err=True)
        return EXIT_USAGE
    return 0

"""The ``space-sdk`` command: ``apis``, ``ops``, ``call``, ``contract``, ``mock``, ``diff``, ``drift``.

Built on click (parsing, typed options, help, completion, the test runner) and rich (tables, progress).
Every API, operation and option comes from :mod:`space_sdk._registry` and the generated tables; the
``contract`` and ``mock`` commands run :mod:`space_sdk.contract` (the ``contract`` extra), the same that
``make contract`` / ``make mock`` run; ``diff`` runs the repository's ``generator``.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import re
import signal
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import click

from .._exceptions import APIError, ConfigurationError, SpaceSDKError
from .._registry import api_names, get_api
from .._setup import server_url
from ._call import CallGroup
from ._drift import drift as drift_command
from ._errors import (
    EXIT_CONFIG,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    CLIError,
    StdoutClosed,
)
from ._output import FORMATS, Result, atomic_output, default_format, is_terminal, write

__all__ = ["cli"]

PROG = "space-sdk"


@dataclass
class State:
    """What the error handler needs after click has finished with the context."""

    debug: bool = False


class RootGroup(click.Group):
    """The top-level group: turns every failure into one line on stderr and a documented exit code."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        state = State(debug=os.environ.get("SPACE_SDK_DEBUG", "") not in ("", "0"))
        extra.setdefault("obj", state)
        code = _run(
            lambda: super(RootGroup, self).main(
                args, prog_name or PROG, complete_var, standalone_mode=False, **extra
            ),
            state,
        )
        if standalone_mode:
            sys.exit(code)
        return code

    def invoke(self, ctx: click.Context) -> Any:
        try:
            rv = super().invoke(ctx)
            # Flush here, inside the guard: a pipe closed by the reader shows up on the last write.
            sys.stdout.flush()
            return rv
        except BrokenPipeError as exc:
            raise StdoutClosed() from exc


def _run(invoke: Callable[[], Any], state: State) -> int:
    """Run the command; every outcome becomes an exit code, every failure one line on stderr."""
    try:
        rv = invoke()
        return rv if isinstance(rv, int) else EXIT_OK
    except StdoutClosed:
        _silence_stdout()
        return EXIT_OK
    except click.UsageError as exc:
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
        return _fail(state, f"{_one_line(exc.format_message())}{hint}", EXIT_USAGE)
    except click.ClickException as exc:
        return _fail(state, _one_line(exc.format_message()), exc.exit_code)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except (click.Abort, KeyboardInterrupt):
        return _fail(state, "interrupted", EXIT_INTERRUPTED, show=False)
    except CLIError as exc:
        return _fail(state, exc.message, exc.exit_code)
    except ConfigurationError as exc:
        return _fail(state, str(exc), EXIT_CONFIG)
    except APIError as exc:
        return _fail(state, f"{type(exc).__name__}: {exc}", EXIT_FAILED)
    except SpaceSDKError as exc:
        return _fail(state, f"{type(exc).__name__}: {exc}", EXIT_FAILED)
    except Exception as exc:
        return _fail(
            state, f"unexpected {type(exc).__name__}: {exc} (--debug shows the traceback)", EXIT_FAILED
        )


def _fail(state: State, message: str, code: int, *, show: bool = True) -> int:
    if state.debug and sys.exc_info()[0] is not None:
        traceback.print_exc(file=sys.stderr)
    click.echo(f"{PROG}: error: {message}" if show else f"{PROG}: {message}", err=True)
    return code


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _silence_stdout() -> None:
    # The reader is gone: point stdout at /dev/null so the interpreter's final flush cannot fail loudly.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _debug_logging(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    if value:
        state = ctx.ensure_object(State)
        state.debug = True
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        logger = logging.getLogger("space_sdk")
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    return value


@click.group(
    cls=RootGroup,
    name=PROG,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
)
@click.option(
    "--debug",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_debug_logging,
    help="Tracebacks on errors and the SDK's request log on stderr (also SPACE_SDK_DEBUG=1).",
)
@click.version_option(package_name="space-sdk", prog_name=PROG)
def cli() -> None:
    """Typed clients for the APIs in this SDK, from the command line.

    \b
      space-sdk apis                      the APIs and their operation counts
      space-sdk ops spacescope            every operation of one API
      space-sdk call spacescope power.network_storage_capacity \\
          --start-date 2022-01-01 --end-date 2022-12-31 --format csv -o capacity.csv
      space-sdk contract --api spacescope the contract suite (make contract)
      space-sdk mock                      the spec-driven mock (make mock)
      space-sdk drift rec/ --api spaces   recorded answers → a spec patch (make drift)

    Exit codes: 0 ok, 1 API or network error / contract failures, 2 bad usage or parameter,
    3 configuration (token, base URL, missing extra), 130 interrupted.
    Shell completion (bash): eval "$(_SPACE_SDK_COMPLETE=bash_source space-sdk)"; zsh_source, fish_source.
    """


cli.add_command(
    CallGroup(
        name="call",
        subcommand_metavar="API METHOD [--param value ...]",
        help="Call any operation: space-sdk call API METHOD [--param value ...]. "
        "`space-sdk call API METHOD --help` lists its options.",
        short_help="Call any operation of an API.",
    )
)


def _format_option() -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option(
        "--format",
        "-f",
        "fmt",
        type=click.Choice(FORMATS),
        default=None,
        help="Output format. Default: table on a terminal, json otherwise.",
    )


def _emit(rows: list[dict[str, Any]], fmt: str | None) -> None:
    stdout = sys.stdout
    with atomic_output(None, stdout) as out:
        write(Result([rows]), fmt or default_format(None, stdout), out)


@cli.command()
@_format_option()
def apis(fmt: str | None) -> None:
    """The APIs and their operation counts."""
    rows = []
    for name in api_names():
        entry = get_api(name)
        assert entry is not None
        api = entry.api
        rows.append(
            {
                "api": name,
                "title": api.get("title"),
                "version": api.get("version"),
                "operations": len(entry.operations),
                "token": f"${entry.token_variable}",
                "base_url": _default_server(api),
            }
        )
    _emit(rows, fmt)


@cli.command()
@click.argument("api", type=click.Choice(api_names()))
@_format_option()
def ops(api: str, fmt: str | None) -> None:
    """Every operation of API: SDK method, HTTP method and path, summary."""
    entry = get_api(api)
    assert entry is not None
    rows = [
        {
            "method": op.get("sdk_method") or op_id,
            "http": op["method"],
            "path": op["path"],
            "summary": op.get("summary") or "",
        }
        for op_id, op in entry.operations.items()
    ]
    _emit(sorted(rows, key=lambda row: str(row["method"])), fmt)


# -- commands that run the repository's own tooling --------------------------------------------------------


def _default_server(api: Any) -> str | None:
    try:
        return server_url(api, None)
    except ConfigurationError:
        return None


def _contract_modules(command: str) -> tuple[ModuleType, ModuleType, ModuleType]:
    """The contract suite and mock (``space_sdk.contract``): part of the package, their tools (schemathesis,
    jsonschema, PyYAML, uvicorn) in the ``contract`` extra."""
    try:
        return (
            importlib.import_module("space_sdk.contract.apis"),
            importlib.import_module("space_sdk.contract.runner"),
            importlib.import_module("space_sdk.contract.junit"),
        )
    except ImportError as exc:
        missing = exc.name or str(exc)
        raise CLIError(
            f"'{PROG} {command}' needs the contract extra ({missing} is not installed): "
            "pip install 'space-sdk[contract]'",
            EXIT_CONFIG,
        ) from None


def _repository_module(name: str, command: str) -> ModuleType:
    """Import ``space_sdk.contract``/``generator`` code, which lives in a space-sdk checkout (with its specs),
    not in the installed wheel: found beside the installed source (an editable install) or from the
    current directory upwards."""

    candidates = [Path(__file__).resolve().parents[2], *[p for p in [Path.cwd(), *Path.cwd().parents]]]
    for root in candidates:
        if (root / "openapi").is_dir() and (root / name.split(".")[0]).is_dir():
            if str(root) not in sys.path:
                sys.path.insert(0, str(root))
            break
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise CLIError(
            f"'{PROG} {command}' runs in a space-sdk checkout with the dev toolchain "
            f"(git clone, then make install or pip install -e '.[dev]'): {exc}",
            EXIT_CONFIG,
        ) from None


@cli.command()
@click.option(
    "--api",
    "apis_",
    multiple=True,
    envvar="CONTRACT_API",
    show_envvar=True,
    help="Only this API (repeatable).",
)
@click.option(
    "--base-url",
    envvar="CONTRACT_BASE_URL",
    show_envvar=True,
    metavar="URL",
    help="A live deployment (with its server path, e.g. https://spaces.pe/api/v1); needs --api and the token.",
)
@click.option(
    "--target",
    type=click.Choice(["asgi", "http", "url"]),
    envvar="CONTRACT_TARGET",
    show_envvar=True,
    help="asgi: in-process mock (default); http: the mock served on 127.0.0.1; url: --base-url.",
)
@click.option(
    "--max-examples",
    type=click.IntRange(1),
    default=100,
    envvar="CONTRACT_MAX_EXAMPLES",
    show_envvar=True,
    show_default=True,
    help="Generated cases per operation and phase.",
)
@click.option(
    "--seed",
    type=int,
    default=20240601,
    envvar="CONTRACT_SEED",
    show_envvar=True,
    show_default=True,
    help="Fixed seed: the same run every time.",
)
@click.option(
    "--jobs",
    type=click.IntRange(1),
    default=os.cpu_count() or 1,
    envvar="CONTRACT_JOBS",
    show_envvar=True,
    help="Processes per API (in-process mock only). Default: CPU count.",
)
@click.option(
    "--workers",
    type=click.IntRange(1),
    default=1,
    envvar="CONTRACT_WORKERS",
    show_envvar=True,
    show_default=True,
    help="schemathesis threads per process.",
)
@click.option(
    "--phases",
    default="examples,coverage,fuzzing,stateful",
    envvar="CONTRACT_PHASES",
    show_envvar=True,
    show_default=True,
    help="Comma-separated subset (stateful runs only for specs with links).",
)
@click.option("--operation", multiple=True, help="Only this operationId (repeatable).")
@click.option(
    "--reports-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("reports"),
    envvar="CONTRACT_REPORTS",
    show_envvar=True,
    show_default=True,
    help="JUnit files contract-<api>.xml.",
)
@click.option(
    "--junit", type=click.Path(dir_okay=False, path_type=Path), help="Also one JUnit file with every API."
)
@click.option(
    "--record",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="CONTRACT_RECORD",
    show_envvar=True,
    help="Write every exchange to DIR/<api>.har (HAR 1.2, secrets removed), for `space-sdk drift`.",
)
@click.option(
    "--progress/--no-progress", default=None, help="Spinner on stderr. Default: when stderr is a terminal."
)
@click.option(
    "--read-only",
    is_flag=True,
    envvar="CONTRACT_READ_ONLY",
    show_envvar=True,
    help="Only operations that cannot change anything (GET/HEAD, and those the spec marks x-read-only): "
    "for production APIs.",
)
@click.option(
    "--rate-limit",
    metavar="N/s",
    envvar="CONTRACT_RATE_LIMIT",
    show_envvar=True,
    help="At most N requests per second (also N/m, N/h): schemathesis' own limiter.",
)
@click.option(
    "--spec",
    "spec_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Run the suite on this spec file (--api NAME: whose token variable and settings apply; "
    "default: the file name).",
)
@click.option(
    "--token",
    envvar="CONTRACT_TOKEN",
    help="The token to send (any spec); default: the API's variable, e.g. $SPACESCOPE_TOKEN. Prefer the "
    "environment: a command line is visible to other users.",
)
def contract(
    apis_: tuple[str, ...],
    base_url: str | None,
    target: str | None,
    max_examples: int,
    seed: int,
    jobs: int,
    workers: int,
    phases: str,
    operation: tuple[str, ...],
    reports_dir: Path,
    junit: Path | None,
    record: Path | None,
    progress: bool | None,
    read_only: bool,
    rate_limit: str | None,
    spec_file: Path | None,
    token: str | None,
) -> None:
    """The contract suite (what `make contract` runs): every spec against the mock, or one API against
    --base-url. Prints a summary table; exit 1 on any failure, 3 when the API refuses the token."""
    apis_mod, runner, junit_mod = _contract_modules("contract")
    preflight = importlib.import_module("space_sdk.contract.preflight")
    specs: dict[str, Path] = apis_mod.api_specs()
    names = [n for value in apis_ for n in value.split(",") if n]
    target = target or ("url" if base_url else "asgi")
    if spec_file is not None:
        if len(names) > 1:
            raise click.UsageError("--spec runs one spec: give at most one --api (whose settings apply)")
        names = names or [spec_file.stem]
        specs = {names[0]: spec_file}
    if target == "url" and (not base_url or len(names) != 1):
        raise click.UsageError("--base-url checks one API: give exactly one --api (or --spec)")
    unknown = [n for n in names if n not in specs]
    if unknown:
        raise click.UsageError(f"unknown API {', '.join(unknown)}; known: {', '.join(specs)}")
    if names:
        specs = {n: specs[n] for n in names}
    if rate_limit is not None and not re.fullmatch(r"\d+/[smh]", rate_limit.strip()):
        raise click.BadParameter(
            f"{rate_limit!r}: expected N/s, N/m or N/h (e.g. 10/s)", param_hint="--rate-limit"
        )
    token_source: str | None = None
    if token:
        source = click.get_current_context().get_parameter_source("token")
        token_source = "CONTRACT_TOKEN" if source == click.core.ParameterSource.ENVIRONMENT else "--token"
    if token is None and target == "url":
        variable = runner.token_variable(names[0])
        token = os.environ.get(variable)
        token_source = variable
        if not token:
            raise CLIError(f"missing token for {base_url}: set {variable} (or --token)", EXIT_CONFIG)
    options = runner.RunOptions(
        max_examples=max_examples,
        seed=seed,
        workers=workers,
        phases=tuple(p.strip() for p in phases.split(",") if p.strip()),
        include_operations=tuple(operation),
        reports_dir=reports_dir,
        jobs=jobs,
        record_dir=record,
        read_only=read_only,
        rate_limit=rate_limit.strip() if rate_limit else None,
    )
    show = is_terminal(sys.stderr) if progress is None else progress
    results = []
    started = time.monotonic()
    from rich.console import Console

    err = Console(stderr=True)
    for name, path in specs.items():
        status = err.status(f"contract: {name} ...") if show else contextlib.nullcontext()
        with status:
            try:
                results += runner.run_all(
                    {name: path},
                    options,
                    target=target,
                    base_url=base_url,
                    token=token,
                    token_source=token_source,
                    printer=lambda line: click.echo(line, err=True),
                )
            except preflight.CredentialsRefused as exc:
                raise CLIError(str(exc), EXIT_CONFIG) from None
    secrets = [token] if token else []
    if junit is not None:
        junit_mod.write_junit_all(results, junit, secrets=secrets)
    rows = [result.summary_row() for result in results]
    _emit(rows, "table")  # a summary for people and CI logs alike; the JUnit files are for machines
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if step_summary:  # GitHub Actions shows this Markdown on the run's page
        results_mod = importlib.import_module("space_sdk.contract.results")
        with open(step_summary, "a", encoding="utf-8") as out:
            out.write(results_mod.markdown_summary(results))
    failed = [r.api for r in results if r.failed]
    click.echo(
        f"contract: {len(results)} APIs in {time.monotonic() - started:.1f}s, reports in {reports_dir}/"
        + (f", {junit}" if junit else "")
        + (f"; FAILED: {', '.join(failed)}" if failed else "; OK"),
        err=True,
    )
    if failed:
        raise click.exceptions.Exit(EXIT_FAILED)


@cli.command()
@click.option("--api", "apis_", multiple=True, help="Serve only this API (repeatable). Default: every spec.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=4010,
    envvar="MOCK_PORT",
    show_envvar=True,
    show_default=True,
    help="First port: one port per API, in registry order.",
)
@click.option(
    "--test-mode", is_flag=True, help="Enable X-Mock-Fault fault injection (also MOCK_TEST_MODE=1)."
)
@click.option("--combined", is_flag=True, help="Every API on --port under /<api>/ prefixes.")
def mock(apis_: tuple[str, ...], port: int, test_mode: bool, combined: bool) -> None:
    """The spec-driven mock on 127.0.0.1 (what `make mock` runs); Ctrl-C stops it."""
    apis_mod, _runner, _junit = _contract_modules("mock")
    main_mod = importlib.import_module("space_sdk.contract.mock.__main__")
    known = apis_mod.api_specs()
    unknown = [n for n in apis_ if n not in known]
    if unknown:
        raise click.UsageError(f"unknown API {', '.join(unknown)}; known: {', '.join(known)}")
    argv = ["--port", str(port), *[a for n in apis_ for a in ("--api", n)]]
    argv += ["--test-mode"] if test_mode else []
    argv += ["--combined"] if combined else []
    raise click.exceptions.Exit(int(main_mod.main(argv)))


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("old")
@click.argument("new")
@click.argument("extra", nargs=-1, type=click.UNPROCESSED)
def diff(old: str, new: str, extra: tuple[str, ...]) -> None:
    """The change report between two versions of a spec (generator/diff): OLD and NEW are files or
    REF:PATH (git). Options after them go to the report as they are: --format markdown|json,
    --allow-breaking, --changelog FILE, --no-sdk (python -m generator.diff --help). Exit 0 nothing
    breaking, 1 something breaks, 2 bad input."""
    module = _repository_module("generator.diff", "diff")
    report = getattr(module, "main", None)
    if not callable(report):
        raise CLIError(
            "the change report (generator.diff.main) is not available in this checkout", EXIT_CONFIG
        )
    raise click.exceptions.Exit(int(report([old, new, *extra])))


cli.add_command(drift_command)


def install_signal_handlers() -> None:
    """SIGTERM unwinds like Ctrl-C, so an ``--output`` temporary file is removed (main thread only)."""

    def terminate(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    with contextlib.suppress(ValueError):
        signal.signal(signal.SIGTERM, terminate)

"""``space-sdk call API METHOD [--param value ...]``: any operation of any registered API, through its typed
client, with options built from the generated ``OPERATIONS`` table (nothing here names an endpoint).

A spec parameter becomes an option spelled from its Python name (``start_date`` → ``--start-date``) whose
click type comes from its JSON schema: ``format: date`` → a date, ``format: date-time`` → an RFC 3339
date-time with an offset, ``enum`` → a choice, integers and numbers with their ``minimum``/``maximum`` as a
range, arrays as a repeatable option; ``required`` parameters are required options and each option's help is
the parameter's description. A request body (an argument of the typed method that is not a parameter) is
``--body JSON`` or ``--body @file.json``, read into the body's generated model. A parameter whose name
clashes with the command's own options (``--format``, ``--output``, ...) is spelled ``--param-<name>``.
Everything else the spec says (patterns, lengths, date order, ``x-require-any-of``) is checked by the SDK
before sending, and reported as a bad option.
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import importlib
import inspect
import json
import os
import sys
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import click

from .._exceptions import ConfigurationError, ParameterError
from .._options import RequestOptions
from .._registry import ApiEntry, api_names, get_api
from ._errors import EXIT_CONFIG, EXIT_USAGE, CLIError
from ._output import FORMATS, Result, atomic_output, default_format, is_terminal, to_plain, write
from ._progress import Progress

__all__ = ["CallGroup", "OperationCommand"]

# The command's own options (destination names): a spec parameter with one of these names gets a prefix.
_OWN_OPTIONS = frozenset(
    {"format", "output", "token", "base_url", "timeout", "max_retries", "progress", "body", "help"}
)


class DateType(click.ParamType[datetime.date]):
    """``YYYY-MM-DD`` → :class:`datetime.date`."""

    name = "date"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, datetime.date):
            return value
        try:
            return datetime.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date (YYYY-MM-DD)", param, ctx)


class DateTimeType(click.ParamType[datetime.datetime]):
    """RFC 3339 ``YYYY-MM-DDTHH:MM:SSZ`` (or ``+HH:MM``) → an aware :class:`datetime.datetime`."""

    name = "datetime"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "YYYY-MM-DDTHH:MM:SSZ"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, datetime.datetime):
            return value
        try:
            parsed = datetime.datetime.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date-time (e.g. 2022-07-01T00:00:00Z)", param, ctx)
        if parsed.tzinfo is None:
            self.fail(f"{value!r} has no UTC offset: add Z or +HH:MM (e.g. 2022-07-01T00:00:00Z)", param, ctx)
        return parsed


class JsonChoice(click.Choice[str]):
    """An ``enum`` of any JSON scalars: shown and typed as text, returned as the spec's own value."""

    def __init__(self, values: Sequence[Any]) -> None:
        self._values = {_enum_text(v): v for v in values}
        super().__init__(list(self._values))

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return self._values[str(super().convert(_enum_text(value), param, ctx))]


def _enum_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def click_type(schema: Mapping[str, Any]) -> click.ParamType[Any]:
    """The click type for a (resolved) parameter schema; unknown shapes stay text for the SDK to check."""
    if "enum" in schema:
        return JsonChoice([v for v in schema["enum"] if v is not None])
    types_ = schema.get("type")
    kinds = [types_] if isinstance(types_, str) else [t for t in (types_ or []) if t != "null"]
    kind = kinds[0] if len(kinds) == 1 else None
    fmt = schema.get("format")
    if kind == "string" and fmt == "date":
        return DateType()
    if kind == "string" and fmt == "date-time":
        return DateTimeType()
    if kind in ("integer", "number"):
        lo, hi = schema.get("minimum"), schema.get("maximum")
        xlo, xhi = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        lo = xlo if isinstance(xlo, int | float) and not isinstance(xlo, bool) else lo
        hi = xhi if isinstance(xhi, int | float) and not isinstance(xhi, bool) else hi
        bounded = lo is not None or hi is not None
        open_lo, open_hi = xlo is not None and lo == xlo, xhi is not None and hi == xhi
        if kind == "integer":
            if not bounded:
                return click.INT
            ilo, ihi = (None if b is None else int(b) for b in (lo, hi))
            return click.IntRange(ilo, ihi, min_open=open_lo, max_open=open_hi)
        return click.FloatRange(lo, hi, min_open=open_lo, max_open=open_hi) if bounded else click.FLOAT
    if kind == "boolean":
        return click.BOOL
    return click.STRING


class SpecParam:
    """One spec parameter as an option: its Python name, option flag and click ``Option``."""

    def __init__(self, data: Mapping[str, Any], flag: str | None = None) -> None:
        self.python_name: str = data["python_name"]
        self.wire_name: str = data.get("name") or self.python_name
        spelled = self.python_name if self.python_name not in _OWN_OPTIONS else f"param_{self.python_name}"
        self.flag = flag or "--" + spelled.replace("_", "-")
        self.dest = f"spec__{self.python_name}"
        schema: Mapping[str, Any] = data.get("schema") or {}
        is_array = schema.get("type") == "array"
        items = schema.get("items")
        item_schema: Mapping[str, Any] = items if is_array and isinstance(items, Mapping) else schema
        help_text = str(data.get("description") or "").strip()
        if data.get("name") not in (None, self.python_name):
            help_text += f" (sent as {data['name']})"
        if is_array:
            help_text += " Repeat the option for several values."
        self.option = click.Option(
            [self.flag, self.dest],
            type=click_type(item_schema),
            required=bool(data.get("required")),
            multiple=is_array,
            default=None,
            help=help_text.strip(),
            show_default=False,
        )


class BodyParam:
    """An argument of the typed method that is not a spec parameter: the request body, given as JSON."""

    def __init__(self, python_name: str, annotation: Any, required: bool) -> None:
        self.python_name = python_name
        self.annotation = annotation
        self.flag = "--" + python_name.replace("_", "-")
        self.dest = f"body__{python_name}"
        model = _model_of(annotation)
        what = f"{model.__name__} (a JSON object)" if model is not None else "JSON"
        self.option = click.Option(
            [self.flag, self.dest],
            required=required,
            metavar="JSON|@FILE",
            help=f"The request body: {what} as text, or @path to a JSON file (@- for stdin).",
        )

    def convert(self, text: str) -> Any:
        if text.startswith("@"):
            source = text[1:]
            try:
                text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
            except OSError as exc:
                raise click.BadParameter(
                    f"cannot read {source}: {exc.strerror}", param_hint=self.flag
                ) from None
        try:
            value = json.loads(text)
        except ValueError as exc:
            raise click.BadParameter(f"not valid JSON: {exc}", param_hint=self.flag) from None
        model = _model_of(self.annotation)
        if model is None:
            return value
        if not isinstance(value, dict):
            raise click.BadParameter(f"must be a JSON object ({model.__name__})", param_hint=self.flag)
        try:
            return model.from_dict(value)  # type: ignore[attr-defined]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise click.BadParameter(
                f"does not match {model.__name__}: {detail}", param_hint=self.flag
            ) from None


def _model_of(annotation: Any) -> type | None:
    """The generated model class in an annotation such as ``Model | None`` (one with ``from_dict``)."""
    for candidate in _members(annotation):
        if isinstance(candidate, type) and callable(getattr(candidate, "from_dict", None)):
            return candidate
    return None


def _enum_of(annotation: Any) -> type[enum.Enum] | None:
    for candidate in _members(annotation):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate
    return None


def _members(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [a for a in typing.get_args(annotation) if a is not type(None)]
    return [annotation]


def _annotations(func: Callable[..., Any]) -> dict[str, tuple[Any, bool]]:
    """Each keyword argument of a generated method: its evaluated annotation (``None`` if it cannot be
    evaluated) and whether it is required."""
    namespace = dict(vars(sys.modules[func.__module__]))
    # A body model may be named only in an annotation; the generated package's ``models`` has every class.
    package = func.__module__.rpartition(".")[0]
    with contextlib.suppress(ImportError):
        namespace = {**vars(importlib.import_module(f"{package}.models")), **namespace}
    out: dict[str, tuple[Any, bool]] = {}
    for name, param in inspect.signature(func).parameters.items():
        if name == "options" or param.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        annotation = param.annotation
        if isinstance(annotation, str):
            try:
                # The generated facade's own annotation text (``from __future__ import annotations``),
                # evaluated in the facade module's namespace, where its model and enum classes live.
                annotation = eval(annotation, namespace)
            except Exception:
                annotation = None
        out[name] = (annotation, param.default is inspect.Parameter.empty)
    return out


def resolve_method(resources: Any, sdk_method: str) -> Callable[..., Any]:
    """``resources.power.network_storage_capacity`` for ``power.network_storage_capacity``."""
    target = resources
    for part in sdk_method.split("."):
        target = getattr(target, part)
    return typing.cast(Callable[..., Any], target)


# Keyword arguments of a job's one-call method (start, wait, retrieve) that the command fills itself.
_JOB_ARGUMENTS = frozenset({"max_wait", "on_progress"})
# Per-call options of every method: the command's own --timeout / --max-retries set them client-wide.
_PER_CALL = frozenset({"timeout", "max_retries", "extra_headers", "extra_query"})


class OperationCommand(click.Command):
    """One operation as a command; its options are the operation's parameters plus the output options.

    With ``job_call`` (an operation's ``job.call`` node, e.g. ``imagery.search``) the command runs the whole
    job: start it with the operation's arguments, wait (status and progress on stderr), print its result.
    """

    def __init__(self, entry: ApiEntry, operation: Mapping[str, Any], job_call: str | None = None) -> None:
        self.entry = entry
        self.operation = operation
        self.job_call = job_call
        self.sdk_method: str = job_call or operation.get("sdk_method") or operation["operation_id"]
        # a list's page size is --page-size whatever the spec calls it (Spaces: `limit`), so that --limit can be
        # what a user expects of it: the number of rows returned
        pagination = operation.get("pagination") or {}
        size = pagination.get("limit_param") or pagination.get("size_param")
        self.spec_params = [
            SpecParam(p, "--page-size" if pagination and p.get("name") == size else None)
            for p in operation.get("params", ())
        ]
        if pagination:  # any other spec parameter called limit keeps its meaning under another flag
            for i, p in enumerate(self.spec_params):
                if p.flag == "--limit":
                    self.spec_params[i] = SpecParam(operation["params"][i], "--param-limit")
        # The typed method, on resources without a client: only its signature is read here.
        template = resolve_method(entry.generated.Resources(None), self.sdk_method)
        arguments = _annotations(template)
        self.accepts = set(inspect.signature(template).parameters)
        # a body is --body JSON (its fields are also keyword arguments of the method: not options here)
        body_fields = set((operation.get("body") or {}).get("fields") or ())
        known = {p.python_name for p in self.spec_params} | _JOB_ARGUMENTS | _PER_CALL | body_fields
        self.body_params = [
            BodyParam(name, annotation, required)
            for name, (annotation, required) in arguments.items()
            if name not in known
        ]
        self.enums = {
            name: cls for name, (annotation, _required) in arguments.items() if (cls := _enum_of(annotation))
        }
        params: list[click.Parameter] = [p.option for p in self.spec_params]
        params += [b.option for b in self.body_params]
        self.pages = bool(pagination) or bool(((operation.get("job") or {}).get("pages")) and job_call)
        if self.pages:
            params.append(
                click.Option(
                    ["--limit", "row_limit"],
                    type=click.IntRange(1),
                    metavar="N",
                    help="Return at most N rows (pages are fetched only until there are N).",
                )
            )
        # a job with no one-call command (a Scaleway server action's task: x-job has no `call`) is waited for
        # like one; where there is one (imagery.search), the start command prints the handle to resume
        self.waits = (
            operation.get("shape") == "job"
            and not (operation.get("job") or {}).get("call")
            and "max_wait" not in self.accepts
        )
        if "max_wait" in self.accepts or self.waits:
            params.append(
                click.Option(
                    ["--max-wait"],
                    type=click.FloatRange(0, min_open=True),
                    metavar="SECONDS",
                    help="Longest wait for the job (default 15 min).",
                )
            )
        params += _output_options(entry)
        summary = str(operation.get("summary") or self.sdk_method)
        if job_call:
            summary = f"{summary}, wait for it and print its result"
        super().__init__(
            name=self.sdk_method,
            params=params,
            help=self._help(summary),
            short_help=summary,
            epilog=self._epilog(),
            no_args_is_help=False,
        )

    def _help(self, summary: str) -> str:
        op = self.operation
        description = str(op.get("description") or "").strip()
        endpoint = f"{op['method']} {op['path']} (operation {op['operation_id']})."
        return "\n\n".join(part for part in (f"{summary}.", description, endpoint) if part)

    def _epilog(self) -> str:
        op = self.operation
        notes: list[str] = []
        # x-date-range and x-require-any-of name parameters as the wire spells them
        flags = {p.wire_name: p.flag for p in self.spec_params}
        date_range = op.get("date_range")
        if date_range and date_range.get("max_days"):
            start, end = (flags.get(date_range[k], date_range[k]) for k in ("start", "end"))
            notes.append(
                f"{start}..{end} longer than {date_range['max_days']} days is fetched in windows "
                "(progress on stderr) and merged in order."
            )
        if op.get("require_any_of"):
            names = ", ".join(flags.get(n, n) for n in op["require_any_of"])
            notes.append(f"At least one of {names} is required.")
        if self.pages:
            notes.append(
                "Every page is fetched (or, with --limit N, pages until N rows); json and jsonl stream page by page."
            )
        if self.job_call:
            notes.append("The job's status and progress message are shown on stderr while it runs.")
        notes.append(f"Token: --token or ${self.entry.token_variable}.")
        return "\n\n".join(notes)

    def invoke(self, ctx: click.Context) -> None:
        values = ctx.params
        kwargs: dict[str, Any] = {}
        for p in self.spec_params:
            value = values.get(p.dest)
            if value is None or value == ():
                continue
            value = list(value) if isinstance(value, tuple) else value
            enum_cls = self.enums.get(p.python_name)
            if enum_cls is not None:
                value = [enum_cls(v) for v in value] if isinstance(value, list) else enum_cls(value)
            kwargs[p.python_name] = value
        for b in self.body_params:
            text = values.get(b.dest)
            if text is not None:
                kwargs[b.python_name] = b.convert(text)
        run_operation(self, kwargs, values)

    def option_for(self, python_name: str) -> str:
        """How the user spells a Python argument name (for errors)."""
        flags = {p.python_name: p.flag for p in self.spec_params}
        flags.update({b.python_name: b.flag for b in self.body_params})
        return flags.get(python_name, python_name)


def server_options(api: Mapping[str, Any]) -> list[click.Option]:
    """``--server-<name>`` for each ``{variable}`` of the spec's first server (choices from its ``enum``)."""
    servers = api.get("servers") or []
    first = servers[0] if servers and isinstance(servers[0], Mapping) else {}
    options = []
    for name, spec in (first.get("variables") or {}).items():
        enum_values = spec.get("enum")
        options.append(
            click.Option(
                [f"--server-{name.replace('_', '-')}", f"server__{name}"],
                type=click.Choice([str(v) for v in enum_values]) if enum_values else click.STRING,
                default=None,
                help=f"{spec.get('description') or f'The {{{name}}} of the server URL.'} "
                f"Default: {spec.get('default')}.",
            )
        )
    return options


def _output_options(entry: ApiEntry) -> list[click.Parameter]:
    return [
        *server_options(entry.api),
        click.Option(
            ["--format", "-f", "fmt"],
            type=click.Choice(FORMATS),
            default=None,
            help="Output format. Default: from --output's suffix, else table on a terminal, json otherwise.",
        ),
        click.Option(
            ["--output", "-o"],
            type=click.Path(dir_okay=False, writable=True, path_type=Path),
            default=None,
            help="Write to this file (atomically: nothing is left behind on an error or Ctrl-C).",
        ),
        click.Option(
            ["--token"],
            default=None,
            metavar="TOKEN",
            help=f"API token. Default: ${entry.token_variable}.",
        ),
        click.Option(
            ["--base-url"],
            default=None,
            metavar="URL",
            help="API root, e.g. the mock's http://127.0.0.1:4010. Default: the spec's server.",
        ),
        click.Option(
            ["--timeout"],
            type=click.FloatRange(0, min_open=True),
            default=None,
            metavar="SECONDS",
            help="Read timeout per request (default 60).",
        ),
        click.Option(
            ["--max-retries"],
            type=click.IntRange(0),
            default=None,
            help="Retries after the first try (default 2).",
        ),
        click.Option(
            ["--progress/--no-progress"],
            default=None,
            help="Progress bar on stderr. Default: when stderr is a terminal.",
        ),
    ]


def run_operation(command: OperationCommand, kwargs: dict[str, Any], values: Mapping[str, Any]) -> None:
    """Call the operation with ``kwargs`` and write what it returns."""
    entry = command.entry
    token = values.get("token") or os.environ.get(entry.token_variable)
    if not token:
        raise CLIError(f"missing token: set {entry.token_variable} or pass --token", EXIT_CONFIG)
    output: Path | None = values.get("output")
    stdout = sys.stdout
    fmt = values.get("fmt") or default_format(output, stdout)
    show_progress = values.get("progress")
    if show_progress is None:
        show_progress = is_terminal(sys.stderr)
    server_variables = {
        key.removeprefix("server__"): value
        for key, value in values.items()
        if key.startswith("server__") and value is not None
    }
    try:
        client = entry.client_class(
            token,
            base_url=values.get("base_url"),
            timeout=values.get("timeout"),
            max_retries=values.get("max_retries"),
            server_variables=server_variables or None,
        )
    except ConfigurationError as exc:
        raise CLIError(str(exc), EXIT_CONFIG) from None
    with client, Progress(f"{entry.name} {command.sdk_method}", enabled=bool(show_progress)) as progress:
        method = resolve_method(client, command.sdk_method)
        extra: dict[str, Any] = {"options": RequestOptions(on_progress=progress.windows)}
        if "on_progress" in command.accepts:
            extra["on_progress"] = progress.job
        if values.get("max_wait") is not None and not command.waits:
            extra["max_wait"] = values["max_wait"]
        try:
            answer = method(**kwargs, **extra)
            if command.waits:  # the started job's handle: wait (progress on stderr), print its result
                answer = answer.wait(max_wait=values.get("max_wait"), on_progress=progress.job).retrieve()
        except ParameterError as exc:
            names = [command.option_for(n.strip()) for n in exc.parameter.split("|")]
            shown = "" if exc.value is None else f", got {_shown(exc.value)}"
            raise CLIError(f"bad value for {' | '.join(names)}: {exc.allowed}{shown}", EXIT_USAGE) from None
        if isinstance(answer, bytes | bytearray):
            _write_bytes(bytes(answer), output)
            return
        result = _result(answer, progress, values.get("row_limit"))
        if fmt in ("table", "csv") or result.single:
            # every row is read first; the progress line is then ended, so the data starts on its own line
            result = Result([[record for batch in result.batches for record in batch]], single=result.single)
            progress.stop()
        with atomic_output(output, stdout) as out:
            count = write(result, fmt, out)
            out.flush()
    if output is not None:
        click.echo(f"{count} rows written to {output}", err=True)


def _write_bytes(content: bytes, output: Path | None) -> None:
    """A file the API sent (an image tile): its bytes as they are, whatever --format says."""
    if output is None:
        if is_terminal(sys.stdout):
            raise CLIError(
                f"the answer is {len(content)} bytes of binary data: give --output FILE", EXIT_USAGE
            )
        sys.stdout.flush()
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
        return
    with atomic_output(output, sys.stdout, binary=True) as out:
        out.write(content)
    click.echo(f"{len(content)} bytes written to {output}", err=True)


def _shown(value: Any) -> str:
    """A rejected value as the user typed it (2022-01-01, not datetime.date(2022, 1, 1))."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return repr(value.value)
    return repr(value)


def _result(answer: Any, progress: Progress, limit: int | None = None) -> Result:
    iter_pages = getattr(answer, "iter_pages", None)
    if callable(iter_pages):

        def batches() -> Iterator[list[Any]]:
            rows = 0
            for number, page in enumerate(iter_pages(), start=1):
                items = page.data if limit is None else page.data[: limit - rows]
                batch = [to_plain(item) for item in items]
                rows += len(batch)
                progress.page(number, rows)
                yield batch
                if limit is not None and rows >= limit:
                    return  # the next page is never asked for

        return Result(batches())
    if isinstance(answer, list):
        return Result([[to_plain(item) for item in answer]])
    return Result([[to_plain(answer)]], single=True)


class ApiGroup(click.Group):
    """``space-sdk call API``: one command per operation, built when asked for (so help is instant)."""

    def __init__(self, entry: ApiEntry) -> None:
        title = entry.api.get("title") or entry.name
        super().__init__(
            name=entry.name,
            help=f"Operations of the {title} ({len(entry.operations)}); `space-sdk ops {entry.name}` lists them.",
            short_help=str(title),
            subcommand_metavar="METHOD [--param value ...]",
        )
        self.entry = entry
        by_method = {str(op.get("sdk_method") or op_id): op_id for op_id, op in entry.operations.items()}
        # An asynchronous job's one-call node (the operation's ``job.call``) is a command of its own.
        self._jobs = {
            str(job["call"]): op_id
            for op_id, op in entry.operations.items()
            if isinstance(job := op.get("job"), Mapping) and job.get("call")
        }
        self._by_method = dict(sorted({**by_method, **self._jobs}.items()))

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self._by_method)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        op_id = self._by_method.get(cmd_name, cmd_name)  # the operationId works too
        operation = self.entry.operations.get(op_id)
        if operation is None:
            return None
        return OperationCommand(self.entry, operation, job_call=cmd_name if cmd_name in self._jobs else None)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and not args[0].startswith("-") and self.get_command(ctx, args[0]) is None:
            raise click.UsageError(_unknown("operation", args[0], list(self._by_method)), ctx)
        return super().resolve_command(ctx, args)


class CallGroup(click.Group):
    """``space-sdk call``: one group per registered API."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return api_names()

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = get_api(cmd_name)
        return None if entry is None else ApiGroup(entry)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and not args[0].startswith("-") and get_api(args[0]) is None:
            raise click.UsageError(_unknown("API", args[0], api_names()), ctx)
        return super().resolve_command(ctx, args)


def _unknown(what: str, name: str, known: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
    if close:
        return f"unknown {what} {name!r}; did you mean {', '.join(close)}?"
    if len(known) > 8:
        return f"unknown {what} {name!r} ({len(known)} known; list them with --help)"
    return f"unknown {what} {name!r}; known: {', '.join(known)}"

"""Results out as ``table``, ``json``, ``jsonl`` or ``csv``, to stdout or atomically to a file.

What a result becomes (the same for every API, read from the value, not from the operation):

* a list of rows (``rows`` operations, every page of a paginated list) is a sequence of records;
  one model (``one``) or a JSON object is a single record; anything else is written as JSON.
* a record is the model's ``to_dict()``: the JSON the API sent, so field names are the wire's and
  big integers stay Python ints, exact in every format (JSON numbers with all their digits, CSV and table
  cells with all their digits). Date-times are written back as ISO 8601 with their offset
  (``2022-07-01T00:00:00+00:00``, where the wire may say ``Z``).

``json`` is an array of records (one object for a single record), ``jsonl`` one record per line; both
stream, so ``| head`` sees the first rows of a paginated list as soon as its first page arrives.

``csv`` and ``table`` flatten a record: a nested object becomes dotted columns (``{"a": {"b": 1}}`` →
column ``a.b``), a list is written as its JSON text in one cell (``["x", "y"]``), null or a field a row
lacks is an empty cell, booleans are ``true``/``false``, numbers are written as JSON writes them. Columns are
every key of every row in first-seen order, so both need all rows before writing the header.
"""

from __future__ import annotations

import contextlib
import csv
import enum
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

__all__ = [
    "FORMATS",
    "Result",
    "atomic_output",
    "default_format",
    "flatten",
    "records",
    "to_plain",
    "write",
]

FORMATS = ("table", "json", "jsonl", "csv")
_SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def default_format(output: Path | None, stdout: IO[str]) -> str:
    """``--format`` when not given: from the output file's suffix (else json); on stdout a table for a
    terminal and JSON for a pipe or file."""
    if output is not None:
        return _SUFFIX_FORMATS.get(output.suffix.lower(), "json")
    isatty = getattr(stdout, "isatty", None)
    return "table" if callable(isatty) and isatty() else "json"


def to_plain(value: Any) -> Any:
    """A generated model (or a list of them) as the JSON-ready data it came from."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list | tuple):
        return [to_plain(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, dict | str | int | float | bool):
        return value
    # Anything else the SDK hands back (a started job's handle) is written as its text (a job: its id).
    return str(value)


class Result:
    """What an operation returned, as batches of records (each batch one page or one whole answer).

    ``single`` is set when the answer is one record (or a bare JSON value) rather than a list of them.
    """

    def __init__(self, batches: Iterable[list[Any]], *, single: bool = False) -> None:
        self.batches = batches
        self.single = single


def records(value: Any) -> Result:
    """Wrap a value that is already complete (a list, a model, decoded JSON)."""
    if isinstance(value, list | tuple):
        return Result([[to_plain(item) for item in value]])
    return Result([[to_plain(value)]], single=True)


def flatten(record: Any, prefix: str = "", out: dict[str, Any] | None = None) -> dict[str, Any]:
    """One CSV/table row: nested objects as dotted keys, every leaf a cell value (see the module doc)."""
    out = {} if out is None else out
    if not isinstance(record, Mapping):
        out[prefix or "value"] = record
        return out
    for key, value in record.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, Mapping) and value:
            flatten(value, name, out)
        else:
            out[name] = value
    return out


def cell(value: Any) -> str:
    """The text of one cell: empty for null, JSON spelling otherwise (exact integers, no quotes on text)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)


def write(result: Result, fmt: str, out: IO[str]) -> int:
    """Write ``result`` to ``out`` in ``fmt``; returns the number of records written."""
    if fmt == "json":
        return _write_json(result, out)
    if fmt == "jsonl":
        count = 0
        for batch in result.batches:
            for record in batch:
                out.write(_dumps(record) + "\n")
                count += 1
            out.flush()
        return count
    rows = [flatten(record) for batch in result.batches for record in batch]
    columns = _columns(rows)
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        if columns:
            writer.writerow(columns)
        writer.writerows([cell(row.get(column)) for column in columns] for row in rows)
        return len(rows)
    if fmt == "table":
        _write_table(rows, columns, out)
        return len(rows)
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


def _dumps(value: Any, indent: int | None = None) -> str:
    # json (not msgspec) on purpose: both keep big ints exact, and json also writes floats the way Python
    # reads them back; ensure_ascii off so names in other scripts stay readable.
    return json.dumps(value, ensure_ascii=False, indent=indent)


def _write_json(result: Result, out: IO[str]) -> int:
    if result.single:
        count = 0
        for batch in result.batches:
            for record in batch:
                out.write(_dumps(record, indent=2) + "\n")
                count += 1
        return count
    count = 0
    out.write("[")
    for batch in result.batches:
        for record in batch:
            out.write(("," if count else "") + "\n  " + _dumps(record))
            count += 1
        out.flush()
    out.write("\n]\n" if count else "]\n")
    return count


def _write_table(rows: list[dict[str, Any]], columns: list[str], out: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    isatty = getattr(out, "isatty", None)
    terminal = bool(callable(isatty) and isatty())
    if terminal:
        # Columns that fit the terminal at a readable width (a Scaleway server flattens into ~90 columns,
        # which rich would squeeze to nothing); the rest are named on stderr, with the formats that keep them.
        width = Console(file=out).width
        fits = max(1, width // _MIN_COLUMN)
        if len(columns) > fits:
            # the record's own fields (id, name, state) before the nested objects' (bootscript.kernel, ...)
            columns = sorted(columns, key=lambda c: (c not in ("id", "name"), "." in c))
            hidden = columns[fits:]
            columns = columns[:fits]
            print(
                f"{len(hidden)} more columns not shown in {width} columns ({', '.join(hidden[:5])}"
                f"{', ...' if len(hidden) > 5 else ''}): use --format json, jsonl or csv",
                file=sys.stderr,
            )
    table = Table(show_lines=False, header_style="bold")
    numeric = {c for c in columns if rows and all(_is_number(r.get(c)) for r in rows if r.get(c) is not None)}
    for column in columns:
        table.add_column(column, justify="right" if column in numeric else "left", overflow="fold")
    for row in rows:
        table.add_row(*(cell(row.get(column)) for column in columns))
    # A file or pipe gets plain text at a width that fits every column (no wrapping inside numbers).
    console = Console(file=out, force_terminal=terminal, width=None if terminal else 10_000, soft_wrap=False)
    console.print(table, crop=False)


_MIN_COLUMN = 14  # characters a table column needs to stay readable on a terminal (borders included)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@contextlib.contextmanager
def atomic_output(path: Path | None, stdout: IO[str], *, binary: bool = False) -> Iterator[IO[Any]]:
    """``stdout``, or a temporary file beside ``path`` renamed onto it only when the block succeeds.

    On an error or Ctrl-C the temporary file is removed and ``path`` is left as it was (absent, or its old
    content): no half-written output ever sits where the caller expects a result.
    """
    if path is None:
        yield stdout
        return
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=directory)
    tmp = Path(tmp_name)
    try:
        # mkstemp makes the file private (0600); the result gets the mode any new file would (umask).
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        handle: IO[Any]
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def is_terminal(stream: IO[str] | None = None) -> bool:
    stream = sys.stderr if stream is None else stream
    isatty = getattr(stream, "isatty", None)
    return bool(callable(isatty) and isatty())

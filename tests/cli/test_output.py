"""Output formats, CSV flattening, atomic files and the progress hooks, without a server."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from space_sdk import JobState
from space_sdk.cli._output import Result, atomic_output, cell, default_format, flatten, write
from space_sdk.cli._progress import Progress

BIG = 20431876696867700000123  # > 2**64: must survive every format digit for digit


def test_flatten_dots_nested_objects_and_keeps_lists_whole() -> None:
    record = {
        "id": 1,
        "space": {"id": 2, "owner": {"name": "x"}},
        "tags": ["a", "b"],
        "empty": {},
        "none": None,
    }
    assert flatten(record) == {
        "id": 1,
        "space.id": 2,
        "space.owner.name": "x",
        "tags": ["a", "b"],
        "empty": {},
        "none": None,
    }
    assert flatten(5) == {"value": 5}


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (True, "true"),
        (False, "false"),
        (BIG, str(BIG)),
        (1.5, "1.5"),
        ("é", "é"),
        (["a", 1], '["a",1]'),
        ({}, "{}"),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell(value) == text


def _write(records: list[dict[str, object]], fmt: str, single: bool = False) -> str:
    out = io.StringIO()
    assert write(Result([records], single=single), fmt, out) == len(records)
    return out.getvalue()


def test_csv_union_of_columns_in_first_seen_order_and_exact_integers() -> None:
    text = _write([{"a": BIG, "n": {"x": 1}}, {"a": 2, "b": True}], "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == ["a", "n.x", "b"]
    assert rows == [{"a": str(BIG), "n.x": "1", "b": ""}, {"a": "2", "n.x": "", "b": "true"}]


def test_json_jsonl_keep_big_integers_and_stream_batches() -> None:
    out = io.StringIO()
    batches = [[{"v": BIG}], [], [{"v": 2}, {"v": 3}]]
    assert write(Result(iter(batches)), "json", out) == 3
    assert json.loads(out.getvalue()) == [{"v": BIG}, {"v": 2}, {"v": 3}]
    assert str(BIG) in out.getvalue()
    lines = _write([{"v": BIG}, {"v": 1}], "jsonl").splitlines()
    assert [json.loads(line)["v"] for line in lines] == [BIG, 1]
    assert json.loads(_write([], "json")) == []
    assert json.loads(_write([{"v": 1}], "json", single=True)) == {"v": 1}


def test_table_has_every_column_and_digit() -> None:
    text = _write([{"name": "a", "value": BIG}, {"name": "b", "value": 1}], "table")
    assert "name" in text
    assert "value" in text
    assert str(BIG) in text


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        _write([{"a": 1}], "xml")


def test_default_format() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert default_format(None, Tty()) == "table"
    assert default_format(None, io.StringIO()) == "json"
    assert default_format(Path("x.CSV"), Tty()) == "csv"
    assert default_format(Path("x.ndjson"), Tty()) == "jsonl"
    assert default_format(Path("x.txt"), Tty()) == "json"


def _write_half_then_fail(target: Path) -> None:
    with atomic_output(target, io.StringIO()) as handle:
        handle.write("half")
        raise RuntimeError("boom")


def test_atomic_output_renames_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with atomic_output(target, io.StringIO()) as handle:
        handle.write("a,b\n")
        assert not target.exists()  # nothing at the final name while writing
        assert len(list(tmp_path.iterdir())) == 1
    assert target.read_text(encoding="utf-8") == "a,b\n"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # an ordinary new file, not mkstemp's 0600
    with pytest.raises(RuntimeError, match="boom"):
        _write_half_then_fail(target)
    assert target.read_text(encoding="utf-8") == "a,b\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_atomic_output_without_a_path_is_stdout() -> None:
    stdout = io.StringIO()
    with atomic_output(None, stdout) as handle:
        assert handle is stdout


def test_progress_hooks_update_one_bar_on_the_given_stream() -> None:
    stream = io.StringIO()
    with Progress("api op", enabled=True, stream=stream) as progress:
        progress.windows(3, 12)
        assert progress.description == "api op: windows"
        progress.page(2, 200)
        assert progress.description == "api op: page 2, 200 rows"
        progress.job(JobState("PROCESSING", 5.0, {"percent": 40}, 3.0, 2, {}))
        assert progress.description == "api op: job PROCESSING ({'percent': 40})"
    disabled = Progress("x", enabled=False, stream=stream)
    with disabled:
        disabled.windows(1, 2)
        assert disabled.description == ""


# -- option types from parameter schemas (including shapes no spec uses yet) -----------------------------------


def _convert(schema: dict[str, object], text: str) -> object:
    import click

    from space_sdk.cli._call import click_type

    return click_type(schema).convert(text, None, click.Context(click.Command("x")))


def test_option_types_follow_the_parameter_schema() -> None:
    import datetime

    assert _convert({"type": "string", "format": "date"}, "2022-07-01") == datetime.date(2022, 7, 1)
    aware = _convert({"type": "string", "format": "date-time"}, "2022-07-01T05:00:00Z")
    assert aware == datetime.datetime(2022, 7, 1, 5, tzinfo=datetime.UTC)
    assert _convert({"type": "integer", "minimum": 1, "maximum": 100}, "100") == 100
    assert _convert({"type": "integer"}, str(BIG)) == BIG
    assert _convert({"type": "number", "exclusiveMinimum": 0}, "0.5") == 0.5
    assert _convert({"type": "boolean"}, "true") is True
    assert _convert({"enum": [1, 2, 3]}, "2") == 2  # the spec's own value, not its text
    assert _convert({"type": "string", "enum": ["RESOLVED", "FAILED"]}, "FAILED") == "FAILED"
    assert _convert({"type": ["string", "integer"]}, "101") == "101"  # left for the SDK's own check


@pytest.mark.parametrize(
    ("schema", "text", "message"),
    [
        ({"type": "string", "format": "date"}, "07/01/2022", "is not a date (YYYY-MM-DD)"),
        ({"type": "string", "format": "date-time"}, "2022-07-01T05:00:00", "has no UTC offset"),
        ({"type": "integer", "minimum": 1, "maximum": 100}, "101", "101 is not in the range 1<=x<=100"),
        ({"type": "number", "exclusiveMinimum": 0}, "0", "0 is not in the range x>0"),
        ({"type": "integer"}, "1.5", "'1.5' is not a valid integer"),
        ({"enum": ["RESOLVED", "FAILED"]}, "DONE", "'DONE' is not one of 'RESOLVED', 'FAILED'"),
    ],
)
def test_option_types_refuse_what_the_schema_does_not_allow(
    schema: dict[str, object], text: str, message: str
) -> None:
    import click

    with pytest.raises(click.BadParameter) as info:
        _convert(schema, text)
    assert message in info.value.format_message()

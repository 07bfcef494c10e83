"""Typed decoding of list answers (space_sdk/_typed_rows.py) gives exactly what the usual way gives, or declines.

The usual way is the untyped decode and the generated ``from_dicts``; the typed way decodes the answer against
the row's ``_wire_fields`` and builds the rows with ``from_wire``. Compared type-strictly (``5`` is not
``5.0``), on every model that has ``_wire_fields`` in every generated package, with rows generated to be
right, wrong in type, missing fields, or carrying undocumented keys; then through the client.
"""

from __future__ import annotations

import datetime
import importlib
import json
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sdk_helpers import capacity_row, envelope

from space_sdk import ResponseValidationError
from space_sdk._json import decode_json
from space_sdk._typed_rows import GIVE_UP, WireRows, is_wire

PACKAGES = [
    "spacescope_client",
    "spaces_client",
    "scaleway_client",
    "spaceknow_client",
    "spacescope_v1_client",
]
ENVELOPE = {
    "code": "code",
    "message": "message",
    "data": "data",
    "request_id": "request_id",
    "success_code": 0,
}


def _wire_models() -> list[Any]:
    found = []
    for package in PACKAGES:
        models = importlib.import_module(f"{package}.models")
        for name in sorted(dir(models)):
            cls = getattr(models, name)
            if isinstance(cls, type) and getattr(cls, "_wire_fields", None):
                found.append(pytest.param(cls, id=f"{package}.{name}"))
    return found


MODELS = _wire_models()


def test_the_plain_row_models_of_both_spacescope_packages_are_described_on_the_wire() -> None:
    # Spacescope's rows are all plain (dates and numbers): the template must find them (which ones follows the specs)
    assert {m.values[0].__module__.split(".")[0] for m in MODELS} >= {
        "spacescope_client",
        "spacescope_v1_client",
    }


def same(a: Any, b: Any, path: str = "$") -> None:
    """Equal and of the same type, all the way down (attrs models by field, additional_properties included)."""
    assert type(a) is type(b), f"{path}: {a!r} ({type(a).__name__}) vs {b!r} ({type(b).__name__})"
    if attrs.has(type(a)):
        for f in attrs.fields(type(a)):
            same(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
    elif isinstance(a, list | tuple):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{path}[{i}]")
    elif isinstance(a, dict):
        assert list(a) == list(b), path
        for k in a:
            same(a[k], b[k], f"{path}.{k}")
    else:
        assert a == b, f"{path}: {a!r} != {b!r}"


def usual(cls: type[Any], content: bytes, enveloped: bool) -> list[Any] | Exception:
    try:
        body = decode_json(content)
        rows = body["data"] if enveloped else body
        built: list[Any] = cls.from_dicts(rows)
        return built
    except Exception as exc:  # the usual way's error, which the client maps to ResponseValidationError
        return exc


def typed(cls: type[Any], content: bytes, enveloped: bool) -> list[Any] | Exception | None:
    body = WireRows(cls, ENVELOPE if enveloped else None).decode(content)
    if body is None:
        return None  # declined: the usual way runs
    assert is_wire(body)
    try:
        built: list[Any] = body.build(body["data"] if enveloped else body)
        return built
    except Exception as exc:
        return exc


def check(cls: type[Any], rows: list[Any], enveloped: bool) -> bool:
    content = json.dumps({**envelope(), "data": rows} if enveloped else rows).encode()
    got = typed(cls, content, enveloped)
    if got is None:
        return False
    want = usual(cls, content, enveloped)
    if isinstance(got, Exception) or isinstance(want, Exception):
        # a value of the right JSON type that from_dict's own code refuses (a malformed date): both raise it
        assert type(got) is type(want), f"typed way: {got!r}, usual way: {want!r}"
        return True
    same(got, want)
    return True


_SAMPLES: dict[str, Any] = {
    "str": st.text(max_size=8),
    "int": st.integers(min_value=-(2**70), max_value=2**70),
    "float": st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(-(10**6), 10**6)),
    "bool": st.booleans(),
    "datetime.datetime": st.datetimes(timezones=st.just(datetime.UTC)).map(lambda d: d.isoformat()),
    "datetime.date": st.dates().map(lambda d: d.isoformat()),
}
_ANY_JSON = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
)


def _row(cls: type[Any]) -> st.SearchStrategy[dict[str, Any]]:
    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        row: dict[str, Any] = {}
        for name, _, kind, required in cls._wire_fields:
            mode = draw(st.sampled_from(["right"] * 6 + ["wrong", "absent"]))
            if mode == "absent" and not required:
                continue
            row[name] = draw(_ANY_JSON) if mode == "wrong" else draw(_SAMPLES[kind])
        if draw(st.integers(0, 7)) == 0:
            row["zz_undocumented"] = draw(_ANY_JSON)
        return row

    return build()


@pytest.mark.parametrize("cls", MODELS)
@pytest.mark.parametrize("enveloped", [True, False], ids=["envelope", "bare"])
def test_documented_rows_are_decoded_typed_and_built_alike(cls: type[Any], enveloped: bool) -> None:
    rows = []
    for i in range(3):
        row: dict[str, Any] = {}
        for name, _, kind, required in cls._wire_fields:
            if required or i != 1:  # the second row leaves its optional fields out
                row[name] = {
                    "str": "a",
                    "int": 20431876696867700000 + i,
                    "float": [1.5, 2, 0.0][i],  # an integer stays an int, as from_dict keeps it
                    "bool": True,
                    "datetime.datetime": "2024-03-01T00:00:00Z",
                    "datetime.date": "2024-03-01",
                }[kind]
        rows.append(row)
    assert check(cls, rows, enveloped), "a row the spec describes fully must take the typed way"


@pytest.mark.parametrize("cls", MODELS[:: max(1, len(MODELS) // 12)])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_rows_are_built_alike_or_declined(cls: type[Any], data: st.DataObject) -> None:
    rows = data.draw(st.lists(_row(cls), max_size=4))
    taken = check(cls, rows, enveloped=True)
    documented = {name for name, *_ in cls._wire_fields}
    if taken:  # declining is always safe; taking is only right for rows of documented keys
        assert all(set(row) <= documented for row in rows)


@pytest.mark.parametrize(
    ("row", "why"),
    [
        ({**capacity_row(), "zz_undocumented": 1}, "an undocumented key"),
        ({**capacity_row(), "total_qa_bytes_power": 1.5}, "a number where the spec says integer"),
        ({**capacity_row(), "total_qa_bytes_power": True}, "a boolean where the spec says integer"),
        ({**capacity_row(), "baseline_power": None}, "null in a non-nullable field"),
        ({k: v for k, v in capacity_row().items() if k != "baseline_power"}, "a required field missing"),
    ],
)
def test_what_the_spec_does_not_describe_is_declined(row: dict[str, Any], why: str) -> None:
    from spacescope_client.models import NetworkStorageCapacity

    content = json.dumps({**envelope(), "data": [capacity_row(), row]}).encode()
    assert WireRows(NetworkStorageCapacity, ENVELOPE).decode(content) is None, why


# -- through the client ---------------------------------------------------------------------------------------


def _answer(body: Any) -> Any:
    return lambda request: httpx.Response(200, content=json.dumps(body).encode())


def test_a_typed_call_gives_the_models_and_the_raw_body_is_still_the_json(spacescope: Any) -> None:
    body = envelope([capacity_row("2024-03-01T00:00:00Z"), capacity_row("2024-03-02T00:00:00Z")])
    api = spacescope(_answer(body))
    raw = api.with_raw_response.power.network_storage_capacity()
    assert is_wire(raw.exchanges[-1].body)  # it took the typed way
    assert [r.stat_date.day for r in raw.parsed] == [1, 2]
    assert all(r.additional_properties == {} for r in raw.parsed)
    assert raw.body == body  # dicts, as decoded JSON always was


def test_an_undocumented_key_is_kept_as_before(spacescope: Any) -> None:
    api = spacescope(_answer(envelope([{**capacity_row(), "new_field": [1, 2]}])))
    (row,) = api.power.network_storage_capacity()
    assert row.additional_properties == {"new_field": [1, 2]}


def test_a_malformed_date_is_the_same_shape_error_as_before(spacescope: Any) -> None:
    api = spacescope(_answer(envelope([capacity_row("yesterday")])))
    with pytest.raises(ResponseValidationError, match="row does not match") as caught:
        api.power.network_storage_capacity()
    assert caught.value.body == envelope([capacity_row("yesterday")])  # the decoded JSON, not typed rows


async def test_the_async_client_takes_the_typed_way_too(async_spacescope: Any) -> None:
    body = envelope([capacity_row("2024-03-01T00:00:00Z"), {**capacity_row("2024-03-02T00:00:00Z"), "x": 1}])
    typed_api = async_spacescope(_answer(envelope([capacity_row()])))
    raw = await typed_api.with_raw_response.power.network_storage_capacity()
    assert is_wire(raw.exchanges[-1].body)
    assert raw.body == envelope([capacity_row()])
    usual_api = async_spacescope(_answer(body))  # an undocumented key: the usual way, the key kept
    rows = await usual_api.power.network_storage_capacity()
    assert [r.additional_properties for r in rows] == [{}, {"x": 1}]


def test_a_server_that_never_matches_stops_costing_a_second_decode() -> None:
    from spacescope_client.models import NetworkStorageCapacity

    wire = WireRows(NetworkStorageCapacity, ENVELOPE)
    good = json.dumps(envelope([capacity_row()])).encode()
    odd = json.dumps(envelope([{**capacity_row(), "zz_undocumented": 1}])).encode()
    assert wire.decode(odd) is None
    assert wire.decode(good) is not None  # one decline, then typed again
    for _ in range(GIVE_UP):
        assert wire.decode(odd) is None
    assert wire.decode(good) is None  # given up: the usual way only, whose result is the same

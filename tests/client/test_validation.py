"""Bad input is refused before anything is sent, with the parameter named and what it accepts."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sdk_helpers import Recorder

from space_sdk import InvalidRequestError, ParameterError, RequestOptions, Spaces, Spacescope
from space_sdk._operation import Operation


def never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing should be sent, got {request.url}")


D = datetime.date
UTC = datetime.UTC


@pytest.mark.parametrize(
    ("call", "parameter", "allowed"),
    [
        pytest.param(
            lambda api: api.power.network_storage_capacity(
                start_date=D(2022, 12, 31), end_date=D(2022, 7, 1)
            ),
            "end_date",
            "on or after start_date=2022-12-31",
            id="start-after-end",
        ),
        pytest.param(
            lambda api: api.power.network_storage_capacity(start_date="2022-07-01"),
            "start_date",
            "datetime.date",
            id="date-as-string",
        ),
        pytest.param(
            lambda api: api.power.network_storage_capacity(start_date=datetime.datetime(2022, 7, 1)),
            "start_date",
            "datetime.date",
            id="datetime-for-date",
        ),
        pytest.param(
            lambda api: api.gas.network_base_fee(
                start_hour=datetime.datetime(2022, 7, 2, tzinfo=UTC),
                end_hour=datetime.datetime(2022, 7, 1, tzinfo=UTC),
            ),
            "end_hour",
            "on or after start_hour",
            id="hours-backwards",
        ),
        pytest.param(
            lambda api: api.gas.network_base_fee(start_hour=datetime.datetime(2022, 7, 1)),
            "start_hour",
            "timezone-aware",
            id="naive-datetime",
        ),
        pytest.param(
            lambda api: api.deals.deal_snapshot(page_size=10),
            "deal_id | piece_cid",
            "at least one",
            id="no-filter",
        ),
        pytest.param(
            lambda api: api.deals.deal_snapshot(page_size=0, deal_id=1),
            "page_size",
            "between 1 and",
            id="page-size-0",
        ),
        pytest.param(
            lambda api: api.deals.deal_snapshot(page_size=10**6, deal_id=1),
            "page_size",
            "between 1 and",
            id="page-size-huge",
        ),
        pytest.param(
            lambda api: api.deals.deal_snapshot(page_size=10, page=-1, deal_id=1),
            "page",
            "at least 0",
            id="page-negative",
        ),
        pytest.param(
            lambda api: api.deals.deal_snapshot(page_size="10", deal_id=1),
            "page_size",
            "integer",
            id="page-size-str",
        ),
        pytest.param(
            lambda api: api.deals.deal_snapshot(page_size=True, deal_id=1),
            "page_size",
            "integer",
            id="page-size-bool",
        ),
    ],
)
def test_spacescope_bad_input(
    call: Callable[[Any], Any], parameter: str, allowed: str, spacescope: Callable[..., Spacescope]
) -> None:
    rec = Recorder(never)
    with pytest.raises(ParameterError) as info:
        call(spacescope(rec))
    assert info.value.parameter.startswith(parameter)
    assert allowed in info.value.allowed
    assert parameter in str(info.value)
    assert rec.calls == 0


@pytest.mark.parametrize("limit", [0, 101, -5])
def test_spaces_limit_range(limit: int, spaces: Callable[..., Spaces]) -> None:
    rec = Recorder(never)
    with pytest.raises(ParameterError, match=r"limit: must be between 1 and 100"):
        spaces(rec).customers.list(limit=limit)
    assert rec.calls == 0


def test_parameter_error_is_an_invalid_request_and_a_value_error() -> None:
    err = ParameterError("limit", "must be between 1 and 100", 0)
    assert isinstance(err, InvalidRequestError)
    assert isinstance(err, ValueError)
    assert err.status_code is None
    assert err.request_id is None


def _op(schema: dict[str, Any], required: bool = False) -> Operation:
    return Operation(
        {
            "operation_id": "op",
            "method": "GET",
            "path": "/x",
            "params": [
                {
                    "name": "miner_id",
                    "python_name": "miner_id",
                    "in": "query",
                    "required": required,
                    "schema": schema,
                }
            ],
        }
    )


def test_pattern_from_the_schema() -> None:
    op = _op({"type": "string", "pattern": r"^f0\d+$"})
    op.validate({"miner_id": "f0110804"})
    with pytest.raises(ParameterError, match=r"miner_id: must match the pattern \^f0\\d\+\$, got 'bogus'"):
        op.validate({"miner_id": "bogus"})


def test_enum_length_and_required() -> None:
    _op({"type": "string", "enum": ["a", "b"]}).validate({"miner_id": "a"})
    with pytest.raises(ParameterError, match="one of 'a', 'b'"):
        _op({"type": "string", "enum": ["a", "b"]}).validate({"miner_id": "c"})
    with pytest.raises(ParameterError, match="at most 3 characters"):
        _op({"type": "string", "maxLength": 3}).validate({"miner_id": "abcd"})
    with pytest.raises(ParameterError, match="is required"):
        _op({"type": "string"}, required=True).validate({})


def test_spacescope_spec_miner_id_is_checked_when_the_spec_has_a_pattern(
    spacescope: Callable[..., Spacescope],
) -> None:
    from spacescope_client._sdk import OPERATIONS

    schema = next(
        p["schema"] for p in OPERATIONS["storage_provider_power"]["params"] if p["name"] == "miner_id"
    )
    if "pattern" not in schema:
        pytest.skip("the spec gives miner_id no pattern yet")
    rec = Recorder(never)
    with pytest.raises(ParameterError, match="miner_id"):
        spacescope(rec).storage_provider.power(miner_id="not-a-miner")
    assert rec.calls == 0


def test_bad_options_are_refused() -> None:
    with pytest.raises(ParameterError, match="max_retries"):
        RequestOptions(max_retries=-1)
    with pytest.raises(ParameterError, match="max_concurrency"):
        RequestOptions(max_concurrency=0)


async def test_async_bad_input_sends_nothing(async_spacescope: Callable[..., Any]) -> None:
    rec = Recorder(never)
    async with async_spacescope(rec) as api:
        with pytest.raises(ParameterError):
            await api.power.network_storage_capacity(start_date=D(2022, 12, 31), end_date=D(2022, 7, 1))
    assert rec.calls == 0

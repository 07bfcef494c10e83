"""Every documented error becomes its own exception class, straight from the specs' x-errors tables."""

from __future__ import annotations

import datetime
import gc
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sdk_helpers import capacity_row, envelope, load_spec, respond

import space_sdk
from space_sdk import (
    APIError,
    AuthenticationError,
    DataNotReadyError,
    InvalidRequestError,
    NotFoundError,
    ResponseValidationError,
    ServerError,
    Spaces,
    Spacescope,
)
from space_sdk._exceptions import KIND_TO_EXCEPTION
from space_sdk._ranges import ready_at

SPECS = ["spacescope", "spaces", "spaceknow"]
README_KINDS = {
    "authentication",
    "permission",
    "invalid_request",
    "not_found",
    "conflict",
    "rate_limit",
    "server",
    "data_not_ready",
    "job_failed",
}


def _rows(spec: str) -> list[dict[str, Any]]:
    table: list[dict[str, Any]] = load_spec(spec)["x-errors"]["table"]
    return table


SPACESCOPE_CODES = [pytest.param(row, id=str(row["code"])) for row in _rows("spacescope")]
SPACES_STATUSES = [pytest.param(row, id=str(row["http_status"])) for row in _rows("spaces")]


@pytest.mark.parametrize("spec", SPECS)
def test_every_kind_in_the_specs_has_its_own_exception(spec: str) -> None:
    for row in _rows(spec):
        cls = KIND_TO_EXCEPTION.get(row["kind"])
        assert cls is not None, f"{spec}: kind {row['kind']!r} has no exception class"
        assert cls is not APIError
        assert issubclass(cls, APIError)
        assert getattr(space_sdk, cls.__name__) is cls


def test_every_documented_kind_is_mapped() -> None:
    assert set(KIND_TO_EXCEPTION) == README_KINDS


@pytest.mark.parametrize("row", SPACESCOPE_CODES)
def test_spacescope_error_code_raises_its_class(
    row: dict[str, Any], spacescope: Callable[..., Spacescope]
) -> None:
    body = {"request_id": "req-42#7", "code": row["code"], "message": row["message"]}
    rec = respond(httpx.Response(row["http_status"], json=body))
    api = spacescope(rec, max_retries=0)
    with pytest.raises(KIND_TO_EXCEPTION[row["kind"]]) as info:
        api.power.network_storage_capacity(
            start_date=datetime.date(2024, 3, 1), end_date=datetime.date(2024, 3, 2)
        )
    err = info.value
    assert type(err) is KIND_TO_EXCEPTION[row["kind"]]
    assert err.code == row["code"]
    assert err.status_code == row["http_status"]
    assert err.request_id == "req-42#7"
    assert err.message == row["message"]
    assert err.retryable is row["retryable"]


@pytest.mark.parametrize("row", SPACES_STATUSES)
def test_spaces_status_raises_its_class(row: dict[str, Any], spaces: Callable[..., Spaces]) -> None:
    rec = respond(httpx.Response(row["http_status"], json={"message": "nope"}))
    api = spaces(rec, max_retries=0)
    with pytest.raises(KIND_TO_EXCEPTION[row["kind"]]) as info:
        api.customers.retrieve(customer_id="cus_1")
    assert info.value.status_code == row["http_status"]
    assert info.value.message == "nope"


def test_unknown_code_is_a_plain_api_error(spacescope: Callable[..., Spacescope]) -> None:
    rec = respond(httpx.Response(200, json={"request_id": "r", "code": 99999, "message": "new thing"}))
    with pytest.raises(APIError) as info:
        spacescope(rec).power.network_storage_capacity()
    assert type(info.value) is APIError
    assert info.value.code == 99999
    assert rec.calls == 1


def test_undocumented_statuses_fall_back_to_their_meaning(spaces: Callable[..., Spaces]) -> None:
    api = spaces(respond(httpx.Response(403, json={"message": "no"})), max_retries=0)
    with pytest.raises(space_sdk.PermissionDeniedError):
        api.account.retrieve()
    api = spaces(respond(httpx.Response(429, json={"message": "slow"})), max_retries=0)
    with pytest.raises(space_sdk.RateLimitError):
        api.account.retrieve()
    api = spaces(respond(httpx.Response(503, json={"message": "down"})), max_retries=0)
    with pytest.raises(ServerError):
        api.account.retrieve()
    api = spaces(respond(httpx.Response(418, json={"message": "teapot"})), max_retries=0)
    with pytest.raises(APIError) as info:
        api.account.retrieve()
    assert type(info.value) is APIError


def test_401_with_a_plain_body_is_an_authentication_error(spacescope: Callable[..., Spacescope]) -> None:
    rec = respond(httpx.Response(401, text="Unauthorized"))
    with pytest.raises(AuthenticationError):
        spacescope(rec).power.network_storage_capacity()
    assert rec.calls == 1


@pytest.mark.parametrize(
    ("response", "what"),
    [
        pytest.param(
            httpx.Response(
                502, text="<html><body>Bad Gateway</body></html>", headers={"content-type": "text/html"}
            ),
            "not valid JSON",
            id="html-502",
        ),
        pytest.param(
            httpx.Response(200, content=b'{"request_id": "r", "code": 0, "data": [{"stat_'),
            "not valid JSON",
            id="truncated",
        ),
        pytest.param(
            # deeper than the interpreter's recursion limit: must not escape as RecursionError
            httpx.Response(200, content=b'{"request_id": "r", "code": 0, "data": ' + b"[" * 100_000),
            "not valid JSON",
            id="nested-too-deep",
        ),
        pytest.param(
            httpx.Response(200, content=b'{"request_id": "r", "code": 0, "data": "\xff"}'),
            "not valid JSON",
            id="invalid-utf8",
        ),
        pytest.param(
            httpx.Response(200, json={"request_id": "r", "message": "?", "data": []}),
            "no 'code'",
            id="missing-code",
        ),
        pytest.param(
            httpx.Response(200, json={"request_id": "r", "code": 0, "message": "ok"}),
            "no 'data'",
            id="missing-data",
        ),
        pytest.param(
            httpx.Response(200, json=envelope([{"total_qa_bytes_power": 1}])),
            "row does not match",
            id="row-missing-field",
        ),
        pytest.param(
            httpx.Response(200, json=envelope([capacity_row("yesterday")])),
            "row does not match",
            id="row-bad-date",
        ),
        pytest.param(
            httpx.Response(200, json=envelope({"not": "a list"})), "expected a list", id="data-not-list"
        ),
        pytest.param(httpx.Response(200, json=[1, 2]), "no 'code'", id="not-an-object"),
    ],
)
def test_malformed_answers_raise_response_validation_error(
    response: httpx.Response, what: str, spacescope: Callable[..., Spacescope]
) -> None:
    with pytest.raises(ResponseValidationError, match=what):
        spacescope(respond(response), max_retries=0).power.network_storage_capacity()


def test_malformed_spaces_object(spaces: Callable[..., Spaces]) -> None:
    with pytest.raises(ResponseValidationError):
        spaces(respond(httpx.Response(200, json={"object": "customer"}))).customers.retrieve(customer_id="c")


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ConnectError("refused"), space_sdk.APIConnectionError),
        (httpx.RemoteProtocolError("bad"), space_sdk.APIConnectionError),
        (httpx.ReadError("reset"), space_sdk.APIConnectionError),
        (httpx.ConnectTimeout("slow"), space_sdk.APITimeoutError),
        (httpx.ReadTimeout("slow"), space_sdk.APITimeoutError),
        (httpx.PoolTimeout("busy"), space_sdk.APITimeoutError),
    ],
)
def test_transport_errors_are_wrapped(
    exc: Exception, cls: type[Exception], spacescope: Callable[..., Spacescope]
) -> None:
    with pytest.raises(cls) as info:
        spacescope(respond(exc), max_retries=0).power.network_storage_capacity()
    assert isinstance(info.value.__cause__ or info.value.__context__, httpx.HTTPError)


def test_data_not_ready_carries_ready_at(spacescope: Callable[..., Spacescope]) -> None:
    rec = respond(httpx.Response(200, json={"request_id": "r", "code": 30004, "message": "not ready"}))
    api = spacescope(rec)
    # NOW is 2024-03-10 12:00 UTC: 2024-03-09's data is due 2024-03-10 21:00 UTC
    with pytest.raises(DataNotReadyError) as info:
        api.power.network_storage_capacity(
            start_date=datetime.date(2024, 3, 1), end_date=datetime.date(2024, 3, 9)
        )
    assert info.value.ready_at == datetime.datetime(2024, 3, 10, 21, 0, tzinfo=datetime.UTC)
    assert rec.calls == 1
    assert "2024-03-10T21:00:00+00:00" in str(info.value)


def test_invalid_request_is_raised_for_30002(spacescope: Callable[..., Spacescope]) -> None:
    rec = respond(httpx.Response(200, json={"request_id": "r", "code": 30002, "message": "bad"}))
    with pytest.raises(InvalidRequestError):
        spacescope(rec).power.network_storage_capacity()


def test_not_found_for_spaces(spaces: Callable[..., Spaces]) -> None:
    with pytest.raises(NotFoundError):
        spaces(respond(httpx.Response(404, json={"message": "gone"}))).invoices.retrieve(invoice_id="inv_3")


UTC = datetime.UTC
FRESH = {"lag_days": 1, "ready_at_utc": "21:00"}


@pytest.mark.parametrize(
    ("requested", "now", "expected"),
    [
        # the day before today, before 21:00: due today at 21:00
        (
            datetime.date(2024, 3, 9),
            datetime.datetime(2024, 3, 10, 12, 0, tzinfo=UTC),
            datetime.datetime(2024, 3, 10, 21, 0, tzinfo=UTC),
        ),
        # today's data: due tomorrow at 21:00
        (
            datetime.date(2024, 3, 10),
            datetime.datetime(2024, 3, 10, 12, 0, tzinfo=UTC),
            datetime.datetime(2024, 3, 11, 21, 0, tzinfo=UTC),
        ),
        # a future day
        (
            datetime.date(2024, 3, 20),
            datetime.datetime(2024, 3, 10, 12, 0, tzinfo=UTC),
            datetime.datetime(2024, 3, 21, 21, 0, tzinfo=UTC),
        ),
        # late data (due time passed): the next 21:00
        (
            datetime.date(2024, 3, 1),
            datetime.datetime(2024, 3, 10, 22, 0, tzinfo=UTC),
            datetime.datetime(2024, 3, 11, 21, 0, tzinfo=UTC),
        ),
        # no date asked: the latest day (yesterday)
        (
            None,
            datetime.datetime(2024, 3, 10, 12, 0, tzinfo=UTC),
            datetime.datetime(2024, 3, 10, 21, 0, tzinfo=UTC),
        ),
    ],
)
def test_ready_at(
    requested: datetime.date | None, now: datetime.datetime, expected: datetime.datetime
) -> None:
    assert ready_at(FRESH, requested, now) == expected


def test_ready_at_without_freshness_is_none() -> None:
    assert ready_at(None, None, datetime.datetime(2024, 1, 1, tzinfo=UTC)) is None


@pytest.mark.parametrize(("stat_date", "fails"), [("2022-07-01T00:00:00Z", False), ("yesterday", True)])
def test_building_rows_leaves_the_garbage_collector_as_it_found_it(
    stat_date: str, fails: bool, spacescope: Callable[..., Spacescope]
) -> None:
    """Rows are built with the collector paused (a speed measure); it must come back on, error or not, and
    stay off if the caller had switched it off."""
    api = spacescope(respond(httpx.Response(200, json=envelope([capacity_row(stat_date)]))), max_retries=0)
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            if fails:
                with pytest.raises(ResponseValidationError):
                    api.power.network_storage_capacity()
            else:
                assert len(api.power.network_storage_capacity()) == 1
            assert gc.isenabled() is enabled
        finally:
            gc.enable()

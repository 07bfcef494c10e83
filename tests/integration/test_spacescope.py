"""Spacescope through the typed client against the spec-driven mock: range splitting, typed rows,
error mapping (mock fault injection) and the async client's bounded concurrency."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
import pytest

from space_sdk import (
    APIConnectionError,
    AsyncSpacescope,
    AuthenticationError,
    DataNotReadyError,
    InvalidRequestError,
    ParameterError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    Spacescope,
)
from space_sdk.contract.constraints import latest_available
from space_sdk.contract.mock.app import MockApp

from .conftest import EXPIRED, LOOPBACK, TOKEN, Recorder

UTC = datetime.UTC
START, END = datetime.date(2022, 7, 1), datetime.date(2022, 12, 31)
DAYS = [START + datetime.timedelta(days=n) for n in range((END - START).days + 1)]
# The spec's x-date-range for this operation: max_days 31, both ends counted.
WINDOWS = [(DAYS[i], DAYS[min(i + 30, len(DAYS) - 1)]) for i in range(0, len(DAYS), 31)]
CAPACITY_PATH = "/v2/power/network_storage_capacity"
# The docs' example row, which the mock returns for every day (big integers beyond 2**64).
QA, RAW, BASELINE = 20431876696867700000, 19307467099059780000, 10430930206272310000
NOT_READY = "Spacescope API data are not ready yet."


def test_expected_windows() -> None:
    assert len(DAYS) == 184
    assert len(WINDOWS) == 6
    assert WINDOWS[0] == (datetime.date(2022, 7, 1), datetime.date(2022, 7, 31))
    assert WINDOWS[-1] == (datetime.date(2022, 12, 3), datetime.date(2022, 12, 31))


# -- helpers -------------------------------------------------------------------------------------------------


class Sleeps(list[float]):
    """Records the delays a client would have slept (sync and async)."""

    async def asleep(self, seconds: float) -> None:
        self.append(seconds)


@contextmanager
def sync_client(
    base: str, *, fault: str | None = None, token: str = TOKEN, **kwargs: Any
) -> Iterator[Spacescope]:
    headers = {"X-Mock-Fault": fault} if fault else {}
    with (
        httpx.Client(headers=headers) as http,
        Spacescope(token, base_url=base, http_client=http, **kwargs) as api,
    ):
        yield api


@asynccontextmanager
async def async_client(
    rec: Recorder, *, fault: str | None = None, token: str = TOKEN, **kwargs: Any
) -> AsyncIterator[AsyncSpacescope]:
    headers = {"X-Mock-Fault": fault} if fault else {}
    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=rec), headers=headers) as http,
        AsyncSpacescope(token, base_url=LOOPBACK, http_client=http, **kwargs) as api,
    ):
        yield api


def _windows_seen(rec: Recorder) -> list[tuple[datetime.date, datetime.date]]:
    return sorted(
        (datetime.date.fromisoformat(s.query["start_date"]), datetime.date.fromisoformat(s.query["end_date"]))
        for s in rec.requests
    )


def _assert_capacity_rows(rows: list[Any]) -> None:
    days = [row.stat_date for row in rows]
    assert days == [datetime.datetime.combine(d, datetime.time(0), tzinfo=UTC) for d in DAYS]
    assert len(set(days)) == 184
    for row in rows:
        assert (row.total_qa_bytes_power, row.total_raw_bytes_power, row.baseline_power) == (
            QA,
            RAW,
            BASELINE,
        )
        assert type(row.total_qa_bytes_power) is int
        assert type(row.baseline_power) is int


# -- range splitting --------------------------------------------------------------------------------------


def test_sync_range_is_split_into_windows_and_merged(served_spacescope: tuple[str, Recorder]) -> None:
    base, rec = served_spacescope
    with sync_client(base) as api:
        rows = api.power.network_storage_capacity(start_date=START, end_date=END)
    _assert_capacity_rows(rows)
    assert len(rec.requests) == len(WINDOWS) == 6
    assert {s.path for s in rec.requests} == {CAPACITY_PATH}
    assert [  # the sync client asks window after window, in order
        (s.query["start_date"], s.query["end_date"]) for s in rec.requests
    ] == [(lo.isoformat(), hi.isoformat()) for lo, hi in WINDOWS]
    assert {s.headers["authorization"] for s in rec.requests} == {f"Bearer {TOKEN}"}


async def test_async_range_matches_sync_and_default_concurrency_is_4(
    served_spacescope: tuple[str, Recorder], spacescope_rec: Recorder
) -> None:
    base, _ = served_spacescope
    with sync_client(base) as api:
        sync_rows = api.power.network_storage_capacity(start_date=START, end_date=END)
    spacescope_rec.delay = 0.02  # hold requests open so overlapping ones are counted
    async with async_client(spacescope_rec) as api:
        rows = await api.power.network_storage_capacity(start_date=START, end_date=END)
    _assert_capacity_rows(rows)
    assert [r.to_dict() for r in rows] == [r.to_dict() for r in sync_rows]
    assert _windows_seen(spacescope_rec) == WINDOWS
    assert spacescope_rec.max_in_flight == 4


@pytest.mark.parametrize("limit", [1, 2])
async def test_async_range_concurrency_is_bounded(spacescope_rec: Recorder, limit: int) -> None:
    spacescope_rec.delay = 0.02
    async with async_client(spacescope_rec, max_concurrency=limit) as api:
        rows = await api.power.network_storage_capacity(start_date=START, end_date=END)
    _assert_capacity_rows(rows)
    assert _windows_seen(spacescope_rec) == WINDOWS
    assert spacescope_rec.max_in_flight == limit


def test_sync_hourly_range(served_spacescope: tuple[str, Recorder]) -> None:
    base, rec = served_spacescope
    start = datetime.datetime(2022, 7, 1, tzinfo=UTC)
    with sync_client(base) as api:
        rows = api.gas.network_base_fee(
            start_hour=start, end_hour=datetime.datetime(2022, 7, 3, 23, tzinfo=UTC)
        )
    assert [r.hour_date for r in rows] == [start + datetime.timedelta(hours=h) for h in range(72)]
    assert {r.base_fee for r in rows} == {0.12069467401666667}
    assert len(rec.requests) == 1
    assert rec.requests[0].query == {
        "start_hour": "2022-07-01T00:00:00+00:00",
        "end_hour": "2022-07-03T23:00:00+00:00",
    }


async def test_async_hourly_range_longer_than_a_window(spacescope_rec: Recorder) -> None:
    start = datetime.datetime(2022, 7, 1, tzinfo=UTC)
    async with async_client(spacescope_rec) as api:
        rows = await api.gas.network_base_fee(
            start_hour=start, end_hour=datetime.datetime(2022, 8, 9, 23, tzinfo=UTC)
        )
    assert [r.hour_date for r in rows] == [start + datetime.timedelta(hours=h) for h in range(40 * 24)]
    assert sorted((s.query["start_hour"], s.query["end_hour"]) for s in spacescope_rec.requests) == [
        ("2022-07-01T00:00:00+00:00", "2022-07-31T23:00:00+00:00"),
        ("2022-08-01T00:00:00+00:00", "2022-08-09T23:00:00+00:00"),
    ]


async def test_hourly_range_with_a_non_utc_offset(spacescope_rec: Recorder) -> None:
    cest = datetime.timezone(datetime.timedelta(hours=2))
    async with async_client(spacescope_rec) as api:
        rows = await api.gas.network_base_fee(
            start_hour=datetime.datetime(2022, 7, 1, 2, tzinfo=cest),
            end_hour=datetime.datetime(2022, 7, 1, 5, tzinfo=cest),
        )
    assert [r.hour_date for r in rows] == [datetime.datetime(2022, 7, 1, h, tzinfo=UTC) for h in range(4)]


async def test_naive_datetime_is_rejected_before_sending(spacescope_rec: Recorder) -> None:
    async with async_client(spacescope_rec) as api:
        with pytest.raises(ParameterError, match="timezone-aware") as info:
            await api.gas.network_base_fee(
                start_hour=datetime.datetime(2022, 7, 1), end_hour=datetime.datetime(2022, 7, 3, 23)
            )
    assert info.value.parameter == "start_hour"
    assert spacescope_rec.requests == []


def test_sync_storage_provider_rows_carry_the_miner_id(served_spacescope: tuple[str, Recorder]) -> None:
    base, rec = served_spacescope
    with sync_client(base) as api:
        rows = api.storage_provider.power(miner_id="f01234", state_date=datetime.date(2022, 10, 1))
    assert len(rows) == 1
    assert rows[0].miner_id == "f01234"
    assert rows[0].stat_date == datetime.datetime(2022, 10, 1, tzinfo=UTC)
    assert rows[0].raw_byte_power == 29171417874432
    assert type(rows[0].raw_byte_power) is int
    assert rec.requests[0].query == {"miner_id": "f01234", "state_date": "2022-10-01"}


async def test_async_storage_provider_bad_miner_id_is_rejected_before_sending(
    spacescope_rec: Recorder,
) -> None:
    async with async_client(spacescope_rec) as api:
        with pytest.raises(ParameterError) as info:
            await api.storage_provider.power(miner_id="x1234")
    assert info.value.parameter == "miner_id"
    assert spacescope_rec.requests == []


def test_reversed_range_is_rejected_before_sending(served_spacescope: tuple[str, Recorder]) -> None:
    base, rec = served_spacescope
    with sync_client(base) as api, pytest.raises(ParameterError) as info:
        api.power.network_storage_capacity(start_date=END, end_date=START)
    assert info.value.parameter == "end_date"
    assert rec.requests == []


# -- errors (fault injection) --------------------------------------------------------------------------


def test_sync_data_not_ready_fault(served_spacescope: tuple[str, Recorder]) -> None:
    base, rec = served_spacescope
    sleeps = Sleeps()
    now = datetime.datetime(2022, 7, 3, 12, 0, tzinfo=UTC)
    with (
        sync_client(base, fault="code:30004", sleep=sleeps.append, now=lambda: now) as api,
        pytest.raises(DataNotReadyError) as info,
    ):
        api.power.network_storage_capacity(start_date=START, end_date=datetime.date(2022, 7, 2))
    err = info.value
    assert (err.code, err.status_code, err.message) == (30004, 200, NOT_READY)
    assert err.ready_at == datetime.datetime(2022, 7, 3, 21, 0, tzinfo=UTC)  # day after end_date, 21:00 UTC
    assert err.request_id is not None
    assert err.request_id == err.body["request_id"]
    assert len(rec.requests) == 1
    assert sleeps == []


async def test_async_data_not_ready_for_real_future_day(
    spacescope_rec: Recorder, spacescope_app: MockApp
) -> None:
    """No fault: the mock itself refuses a day after its latest published one."""
    latest = latest_available(spacescope_app.spec)
    day = latest + datetime.timedelta(days=3)
    now = datetime.datetime.combine(latest + datetime.timedelta(days=1), datetime.time(22), tzinfo=UTC)
    async with async_client(spacescope_rec, now=lambda: now) as api:
        with pytest.raises(DataNotReadyError) as info:
            await api.power.network_storage_capacity(start_date=day, end_date=day)
    assert info.value.code == 30004
    assert info.value.ready_at == datetime.datetime.combine(
        day + datetime.timedelta(days=1), datetime.time(21), tzinfo=UTC
    )
    assert len(spacescope_rec.requests) == 1


def test_sync_http_503_is_server_error_after_retries(served_spacescope: tuple[str, Recorder]) -> None:
    base, rec = served_spacescope
    sleeps = Sleeps()
    with (
        sync_client(base, fault="status:503", sleep=sleeps.append, max_retries=2) as api,
        pytest.raises(ServerError) as info,
    ):
        api.power.network_storage_capacity(start_date=START, end_date=datetime.date(2022, 7, 2))
    assert info.value.status_code == 503
    assert info.value.code is None
    assert len(rec.requests) == 3
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5
    assert 0.75 <= sleeps[1] <= 1.0


async def test_async_code_30003_is_server_error_after_retries(spacescope_rec: Recorder) -> None:
    sleeps = Sleeps()
    async with async_client(spacescope_rec, fault="code:30003", sleep=sleeps.asleep, max_retries=3) as api:
        with pytest.raises(ServerError) as info:
            await api.power.network_storage_capacity(start_date=START, end_date=datetime.date(2022, 7, 2))
    assert (info.value.code, info.value.status_code) == (30003, 200)
    assert info.value.message == "Spacescope API internal server error."
    assert len(spacescope_rec.requests) == 4
    assert len(sleeps) == 3


def test_sync_rate_limit_honours_retry_after(served_spacescope: tuple[str, Recorder]) -> None:
    base, rec = served_spacescope
    sleeps = Sleeps()
    with (
        sync_client(base, fault="status:429;retry-after=2", sleep=sleeps.append, max_retries=2) as api,
        pytest.raises(RateLimitError) as info,
    ):
        api.power.network_storage_capacity(start_date=START, end_date=datetime.date(2022, 7, 2))
    assert info.value.status_code == 429
    assert sleeps == [2.0, 2.0]
    assert len(rec.requests) == 3


def test_sync_html_502_is_response_validation_error_after_retries(
    served_spacescope: tuple[str, Recorder],
) -> None:
    base, rec = served_spacescope
    sleeps = Sleeps()
    with (
        sync_client(base, fault="html-502", sleep=sleeps.append, max_retries=1) as api,
        pytest.raises(ResponseValidationError) as info,
    ):
        api.power.network_storage_capacity(start_date=START, end_date=datetime.date(2022, 7, 2))
    assert info.value.status_code == 502
    assert "not valid JSON" in info.value.message
    assert "text/html" in info.value.message
    assert len(rec.requests) == 2
    assert len(sleeps) == 1


async def test_async_truncated_json_is_response_validation_error_not_retried(
    spacescope_rec: Recorder,
) -> None:
    sleeps = Sleeps()
    async with async_client(spacescope_rec, fault="truncated", sleep=sleeps.asleep, max_retries=2) as api:
        with pytest.raises(ResponseValidationError) as info:
            await api.power.network_storage_capacity(start_date=START, end_date=datetime.date(2022, 7, 2))
    assert info.value.status_code == 200
    assert len(spacescope_rec.requests) == 1
    assert sleeps == []


def test_sync_connection_reset_is_connection_error_after_retries(
    served_spacescope: tuple[str, Recorder],
) -> None:
    base, rec = served_spacescope
    sleeps = Sleeps()
    with (
        sync_client(base, fault="reset", sleep=sleeps.append, max_retries=1) as api,
        pytest.raises(APIConnectionError),
    ):
        api.power.network_storage_capacity(start_date=START, end_date=datetime.date(2022, 7, 2))
    assert len(rec.requests) == 2
    assert len(sleeps) == 1


async def test_async_in_process_reset_is_connection_error_after_retries(spacescope_rec: Recorder) -> None:
    """In-process, the mock's reset surfaces as a bare ConnectionResetError from the ASGI transport;
    the SDK must still raise only its own exception."""
    sleeps = Sleeps()
    async with async_client(spacescope_rec, fault="reset", sleep=sleeps.asleep, max_retries=1) as api:
        with pytest.raises(APIConnectionError, match="connection failed") as info:
            await api.power.network_storage_capacity(start_date=START, end_date=datetime.date(2022, 7, 2))
    assert isinstance(info.value.__cause__, OSError)
    assert len(spacescope_rec.requests) == 2
    assert len(sleeps) == 1


async def test_async_transient_503_inside_a_split_range_is_retried(spacescope_rec: Recorder) -> None:
    """fail-times:2 keys on header + path: the first two window requests fail, their retries succeed."""
    sleeps = Sleeps()
    async with async_client(
        spacescope_rec, fault="fail-times:2,status:503", sleep=sleeps.asleep, max_retries=2, max_concurrency=1
    ) as api:
        rows = await api.power.network_storage_capacity(start_date=START, end_date=END)
    _assert_capacity_rows(rows)
    assert len(spacescope_rec.requests) == len(WINDOWS) + 2
    assert len(sleeps) == 2
    assert sorted(set(_windows_seen(spacescope_rec))) == WINDOWS


def test_sync_expired_token(served_spacescope: tuple[str, Recorder]) -> None:
    base, rec = served_spacescope
    with (
        sync_client(base, token=EXPIRED, sleep=lambda s: None) as api,
        pytest.raises(AuthenticationError) as info,
    ):
        api.power.network_storage_capacity(start_date=START, end_date=datetime.date(2022, 7, 2))
    assert (info.value.code, info.value.status_code) == (10012, 401)
    assert info.value.message == "The token has expired."
    assert len(rec.requests) == 1


async def test_async_unknown_token(spacescope_rec: Recorder) -> None:
    async with async_client(spacescope_rec, token="nobody", sleep=Sleeps().asleep) as api:
        with pytest.raises(AuthenticationError) as info:
            await api.power.network_storage_capacity(start_date=START, end_date=datetime.date(2022, 7, 2))
    assert (info.value.code, info.value.status_code) == (10011, 401)
    assert info.value.message.startswith("The token format error.")
    assert len(spacescope_rec.requests) == 1  # never retried


async def test_async_server_side_invalid_request(spacescope_rec: Recorder) -> None:
    async with async_client(spacescope_rec, fault="code:30002") as api:
        with pytest.raises(InvalidRequestError) as info:
            await api.power.network_storage_capacity(start_date=START, end_date=datetime.date(2022, 7, 2))
    assert not isinstance(info.value, ParameterError)
    assert (info.value.code, info.value.status_code) == (30002, 200)
    assert len(spacescope_rec.requests) == 1

"""Ranges longer than x-date-range.max_days are split, fetched (async: concurrently, bounded) and merged."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sdk_helpers import day_rows, envelope

from space_sdk import RequestOptions, ServerError, Spacescope

D = datetime.date


def windows_of(requests: list[httpx.Request]) -> list[tuple[str, str]]:
    return [(r.url.params["start_date"], r.url.params["end_date"]) for r in requests]


def server(overlap: int = 0) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    """Answers each window with one row per day, ``overlap`` days beyond each end (a sloppy server)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        start = D.fromisoformat(request.url.params["start_date"]) - datetime.timedelta(days=overlap)
        end = D.fromisoformat(request.url.params["end_date"]) + datetime.timedelta(days=overlap)
        rows = day_rows(start, end)
        rows.reverse()  # the merge must order by date whatever the server does
        return httpx.Response(200, json=envelope(rows))

    return seen, handler


def test_long_range_is_split_into_31_day_windows(spacescope: Callable[..., Spacescope]) -> None:
    seen, handler = server()
    rows = spacescope(handler).power.network_storage_capacity(
        start_date=D(2022, 7, 1), end_date=D(2022, 12, 31)
    )
    assert windows_of(seen) == [
        ("2022-07-01", "2022-07-31"),
        ("2022-08-01", "2022-08-31"),
        ("2022-09-01", "2022-10-01"),
        ("2022-10-02", "2022-11-01"),
        ("2022-11-02", "2022-12-02"),
        ("2022-12-03", "2022-12-31"),
    ]
    assert len(rows) == 184
    days = [r.stat_date.date() for r in rows]
    assert days == sorted(days)
    assert len(set(days)) == 184
    assert days[0] == D(2022, 7, 1)
    assert days[-1] == D(2022, 12, 31)


def test_rows_outside_a_window_and_duplicates_are_dropped(spacescope: Callable[..., Spacescope]) -> None:
    seen, handler = server(overlap=1)
    rows = spacescope(handler).power.network_storage_capacity(
        start_date=D(2022, 7, 1), end_date=D(2022, 9, 30)
    )
    days = [r.stat_date.date() for r in rows]
    assert len(seen) == 3
    assert days == sorted(set(days))
    assert days[0] == D(2022, 7, 1)
    assert days[-1] == D(2022, 9, 30)
    assert len(days) == 92


def test_short_range_is_one_request(spacescope: Callable[..., Spacescope]) -> None:
    seen, handler = server()
    rows = spacescope(handler).power.network_storage_capacity(
        start_date=D(2022, 7, 1), end_date=D(2022, 7, 31)
    )
    assert len(seen) == 1
    assert len(rows) == 31


def test_progress_callback(spacescope: Callable[..., Spacescope]) -> None:
    _, handler = server()
    calls: list[tuple[int, int]] = []
    spacescope(handler).power.network_storage_capacity(
        start_date=D(2022, 1, 1),
        end_date=D(2022, 3, 31),
        options=RequestOptions(on_progress=lambda d, t: calls.append((d, t))),
    )
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_hourly_ranges_split_by_hours(spacescope: Callable[..., Spacescope]) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        start = datetime.datetime.fromisoformat(request.url.params["start_hour"])
        end = datetime.datetime.fromisoformat(request.url.params["end_hour"])
        rows: list[dict[str, Any]] = []
        t = start
        while t <= end:
            rows.append({"hour_date": t.isoformat().replace("+00:00", "Z"), "base_fee": 1.0})
            t += datetime.timedelta(hours=1)
        return httpx.Response(200, json=envelope(rows))

    utc = datetime.UTC
    rows = spacescope(handler).gas.network_base_fee(
        start_hour=datetime.datetime(2022, 7, 1, tzinfo=utc),
        end_hour=datetime.datetime(2022, 8, 15, 23, tzinfo=utc),
    )
    assert len(seen) == 2
    assert seen[0].url.params["end_hour"].startswith("2022-07-31T23:00:00")
    assert seen[1].url.params["start_hour"].startswith("2022-08-01T00:00:00")
    assert len(rows) == 46 * 24


def test_a_failing_window_fails_the_call(spacescope: Callable[..., Spacescope]) -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 2:
            return httpx.Response(200, json={"request_id": "r", "code": 30003, "message": "x"})
        return httpx.Response(200, json=envelope([]))

    with pytest.raises(ServerError):
        spacescope(handler, max_retries=0).power.network_storage_capacity(
            start_date=D(2022, 1, 1), end_date=D(2022, 6, 30)
        )
    assert calls == 2


async def test_async_windows_are_concurrent_but_bounded(async_spacescope: Callable[..., Any]) -> None:
    active = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01)
        active -= 1
        start = D.fromisoformat(request.url.params["start_date"])
        end = D.fromisoformat(request.url.params["end_date"])
        return httpx.Response(200, json=envelope(day_rows(start, end)))

    progress: list[tuple[int, int]] = []
    async with async_spacescope(handler) as api:
        rows = await api.power.network_storage_capacity(
            start_date=D(2021, 1, 1),
            end_date=D(2021, 12, 31),
            options=RequestOptions(on_progress=lambda d, t: progress.append((d, t))),
        )
    assert len(rows) == 365
    assert [r.stat_date.date() for r in rows] == sorted(r.stat_date.date() for r in rows)
    assert peak == 4
    assert [d for d, _ in progress] == list(range(1, 13))
    assert {t for _, t in progress} == {12}


async def test_async_concurrency_option(async_spacescope: Callable[..., Any]) -> None:
    active = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.005)
        active -= 1
        return httpx.Response(200, json=envelope([]))

    async with async_spacescope(handler, max_concurrency=2) as api:
        await api.power.network_storage_capacity(start_date=D(2021, 1, 1), end_date=D(2021, 6, 30))
    assert peak == 2


# -- rows dated outside the asked range: the same answer whether or not the range is split -------------------
RANGES = [
    pytest.param(D(2022, 7, 1), D(2022, 7, 31), 1, id="one-window"),
    pytest.param(D(2022, 7, 1), D(2022, 9, 30), 3, id="three-windows"),
]


def _expected_days(start: datetime.date, end: datetime.date) -> list[datetime.date]:
    return [start + datetime.timedelta(days=i) for i in range((end - start).days + 1)]


@pytest.mark.parametrize(("start", "end", "requests"), RANGES)
def test_rows_outside_the_range_are_dropped_split_or_not(
    spacescope: Callable[..., Spacescope], start: datetime.date, end: datetime.date, requests: int
) -> None:
    seen, handler = server(overlap=2)  # every answer carries two days beyond each end of what was asked
    rows = spacescope(handler).power.network_storage_capacity(start_date=start, end_date=end)
    assert len(seen) == requests
    assert [r.stat_date.date() for r in rows] == _expected_days(start, end)


@pytest.mark.parametrize(("start", "end", "requests"), RANGES)
async def test_async_rows_outside_the_range_are_dropped_split_or_not(
    async_spacescope: Callable[..., Any], start: datetime.date, end: datetime.date, requests: int
) -> None:
    seen, sync_handler = server(overlap=2)

    async def handler(request: httpx.Request) -> httpx.Response:
        return sync_handler(request)

    async with async_spacescope(handler) as api:
        rows = await api.power.network_storage_capacity(start_date=start, end_date=end)
    assert len(seen) == requests
    assert [r.stat_date.date() for r in rows] == _expected_days(start, end)


def test_an_open_ended_range_keeps_every_row(spacescope: Callable[..., Spacescope]) -> None:
    """With one end left to the server's default there is no window to hold rows to: all are returned."""
    rows = day_rows(D(2022, 6, 29), D(2022, 7, 3))
    api = spacescope(lambda request: httpx.Response(200, json=envelope(rows)))
    got = api.power.network_storage_capacity(start_date=D(2022, 7, 1))
    assert len(got) == 5

"""``with_raw_response`` gives the HTTP answer next to the typed result."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import httpx
from sdk_helpers import day_rows, envelope, respond

from space_sdk import RawResponse, Spaces, Spacescope


def test_raw_response_sync(spacescope: Callable[..., Spacescope]) -> None:
    rec = respond(
        httpx.Response(
            200,
            json=envelope(day_rows(datetime.date(2022, 7, 1), datetime.date(2022, 7, 2)), request_id="abc#9"),
            headers={"X-Thing": "1"},
        )
    )
    raw = spacescope(rec).with_raw_response.power.network_storage_capacity(
        start_date=datetime.date(2022, 7, 1), end_date=datetime.date(2022, 7, 2)
    )
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-thing"] == "1"
    assert raw.request_id == "abc#9"
    assert raw.body["code"] == 0
    assert raw.body["message"] == "success."
    assert [r.stat_date.day for r in raw.parsed] == [1, 2]
    assert raw.retries == 0
    assert raw.elapsed >= 0
    assert "abc#9" in repr(raw)


def test_raw_response_of_a_split_range_has_every_exchange(spacescope: Callable[..., Spacescope]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        s = datetime.date.fromisoformat(request.url.params["start_date"])
        e = datetime.date.fromisoformat(request.url.params["end_date"])
        return httpx.Response(200, json=envelope(day_rows(s, e), request_id=f"r-{s}"))

    raw = spacescope(handler).with_raw_response.power.network_storage_capacity(
        start_date=datetime.date(2022, 1, 1), end_date=datetime.date(2022, 2, 15)
    )
    assert len(raw.exchanges) == 2
    assert raw.request_id == "r-2022-02-01"
    assert len(raw.parsed) == 46


def test_raw_response_for_spaces(spaces: Callable[..., Spaces]) -> None:
    body = {"object": "space", "id": 3, "created": 1, "url": None}
    raw = spaces(respond(httpx.Response(200, json=body))).with_raw_response.spaces.retrieve(space_id=3)
    assert raw.parsed.id == 3
    assert raw.body == body


async def test_raw_response_async(async_spacescope: Callable[..., Any]) -> None:
    rec = respond(httpx.Response(200, json=envelope([], request_id="a1")))
    async with async_spacescope(rec) as api:
        raw = await api.with_raw_response.storage_provider.deals.deal_count(miner_id="f0110804")
    assert raw.parsed == []
    assert raw.request_id == "a1"
    assert rec.requests[0].url.path == "/v2/storage_provider/deals/deal_count"
    assert rec.requests[0].url.params["miner_id"] == "f0110804"

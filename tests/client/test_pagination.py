"""Cursor pages (Spaces) and numbered pages (deal_snapshot), sync and async, item and page level."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from sdk_helpers import envelope, load_spec

from space_sdk import AsyncCursorPage, Spaces, Spacescope, SyncCursorPage, SyncPageNumberPage


def customer(i: int) -> dict[str, Any]:
    return {
        "object": "customer",
        "id": f"cus_{i}",
        "name": f"n{i}",
        "email": f"{i}@x",
        "created": i,
        "space": {"object": "space", "id": 1, "created": 1, "url": None},
    }


def cursor_server(
    total: int, *, omit_has_more: bool = False
) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        limit = int(request.url.params.get("limit", "20"))
        after = request.url.params.get("starting_after")
        start = 0 if after is None else int(after.split("_")[1]) + 1
        items = [customer(i) for i in range(start, min(start + limit, total))]
        body: dict[str, Any] = {"object": "list", "count": len(items), "data": items}
        if not omit_has_more:
            body["has_more"] = start + limit < total
        return httpx.Response(200, json=body)

    return seen, handler


def test_cursor_iteration_walks_every_page(spaces: Callable[..., Spaces]) -> None:
    seen, handler = cursor_server(7)
    page = spaces(handler).customers.list(limit=3)
    assert isinstance(page, SyncCursorPage)
    assert [c.id for c in page.data] == ["cus_0", "cus_1", "cus_2"]
    assert page.has_next_page()
    assert len(seen) == 1  # lazy
    assert [c.id for c in page] == [f"cus_{i}" for i in range(7)]
    assert [r.url.params.get("starting_after") for r in seen] == [None, "cus_2", "cus_5"]
    assert [len(p.data) for p in page.iter_pages()] == [3, 3, 1]


def test_cursor_page_level_access(spaces: Callable[..., Spaces]) -> None:
    _, handler = cursor_server(2)
    page = spaces(handler).customers.list(limit=5)
    assert not page.has_next_page()
    assert page.get_next_page() is None
    assert page.http_response.status_code == 200
    assert page.body["object"] == "list"
    assert page.next_page_args() is None


def test_missing_has_more_means_a_full_page_may_have_more(spaces: Callable[..., Spaces]) -> None:
    seen, handler = cursor_server(4, omit_has_more=True)
    ids = [c.id for c in spaces(handler).customers.list(limit=2)]
    assert ids == ["cus_0", "cus_1", "cus_2", "cus_3"]
    assert len(seen) == 3  # the third page is empty


def test_backwards_cursor(spaces: Callable[..., Spaces]) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        before = request.url.params["starting_before"]
        end = int(before.split("_")[1])
        items = [customer(i) for i in range(max(0, end - 2), end)]
        return httpx.Response(200, json={"object": "list", "data": items, "has_more": end - 2 > 0})

    ids = [c.id for c in spaces(handler).customers.list(limit=2, starting_before="cus_6")]
    assert ids == ["cus_4", "cus_5", "cus_2", "cus_3", "cus_0", "cus_1"]
    assert [r.url.params["starting_before"] for r in seen] == ["cus_6", "cus_4", "cus_2"]


async def test_async_cursor_iteration(async_spaces: Callable[..., Any]) -> None:
    _, handler = cursor_server(5)
    async with async_spaces(handler) as api:
        page = await api.customers.list(limit=2)
        assert isinstance(page, AsyncCursorPage)
        ids = [c.id async for c in page]
        pages = [len(p.data) async for p in page.iter_pages()]
    assert ids == [f"cus_{i}" for i in range(5)]
    assert pages == [2, 2, 1]


SNAPSHOT_EXAMPLE: dict[str, Any] = load_spec("spacescope")["paths"]["/v2/deals/deal_snapshot"]["get"][
    "responses"
]["200"]["content"]["application/json"]["examples"]["success"]["value"]["data"][0]


def snapshot_row(i: int) -> dict[str, Any]:
    """The spec's documented deal_snapshot row (every required field) with its own deal_id."""
    return {**SNAPSHOT_EXAMPLE, "deal_id": i}


def test_page_number_pagination_stops_on_a_short_page(spacescope: Callable[..., Spacescope]) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        page = int(request.url.params.get("page", "0"))
        size = int(request.url.params["page_size"])
        rows = [snapshot_row(i) for i in range(page * size, min((page + 1) * size, 25))]
        return httpx.Response(200, json=envelope(rows))

    page = spacescope(handler).deals.deal_snapshot(page_size=10, client_id="f01020500")
    assert isinstance(page, SyncPageNumberPage)
    ids = [row.deal_id for row in page]
    assert ids == list(range(25))
    assert [r.url.params.get("page") for r in seen] == ["0", "1", "2"]
    assert all(r.url.params["client_id"] == "f01020500" for r in seen)

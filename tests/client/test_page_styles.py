"""Every x-pagination style through the core (body cursor, Link header, and the no-advance rule for all),
with a synthetic operation table, so the styles are tested before any spec uses them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest

from space_sdk import (
    AsyncBodyCursorPage,
    AsyncLinkPage,
    ResponseValidationError,
    Spaces,
    SyncBodyCursorPage,
    SyncLinkPage,
)
from space_sdk._async.client import AsyncAPIClient
from space_sdk._auth import BearerAuth
from space_sdk._pagination import PAGE_STYLES
from space_sdk._sync.client import SyncAPIClient
from space_sdk._sync.pages import SYNC_PAGES

API: dict[str, Any] = {"title": "t", "x-errors": {"body": {"message": "message"}}}

BODY_CURSOR_OP = {
    "operation_id": "list_transactions",
    "method": "POST",
    "path": "/credits/list-transactions",
    "sdk_method": "credits.transactions",
    "params": [],
    "pagination": {"style": "body_cursor", "items": "results", "cursor_field": "cursor"},
}
LINK_OP = {
    "operation_id": "list_volumes",
    "method": "GET",
    "path": "/volumes",
    "sdk_method": "volumes.list",
    "params": [
        {
            "name": "page",
            "python_name": "page",
            "in": "query",
            "required": False,
            "schema": {"type": "integer"},
        },
        {
            "name": "per_page",
            "python_name": "per_page",
            "in": "query",
            "required": False,
            "schema": {"type": "integer", "minimum": 1, "maximum": 100},
        },
    ],
    "pagination": {
        "style": "link",
        "items": "volumes",
        "page_param": "page",
        "size_param": "per_page",
        "first_page": 1,
        "total_header": "X-Total-Count",
    },
}


def build_body(**args: Any) -> dict[str, Any]:
    body = {"filter": "all"}
    if args.get("cursor"):
        body["cursor"] = args["cursor"]
    return {"method": "post", "url": "/credits/list-transactions", "json": body}


def build_query(**args: Any) -> dict[str, Any]:
    return {"method": "get", "url": "/volumes", "params": dict(args)}


def ident(row: Mapping[str, Any]) -> dict[str, Any]:
    return dict(row)


def sync_client(handler: Callable[[httpx.Request], httpx.Response]) -> SyncAPIClient:
    return SyncAPIClient(
        api=API,
        auth=BearerAuth("t"),
        base_url="https://api.example.test",
        transport=httpx.MockTransport(handler),
    )


def async_client(handler: Callable[[httpx.Request], httpx.Response]) -> AsyncAPIClient:
    return AsyncAPIClient(
        api=API,
        auth=BearerAuth("t"),
        base_url="https://api.example.test",
        transport=httpx.MockTransport(handler),
    )


def body_cursor_server(total: int, per_page: int = 3) -> tuple[list[dict[str, Any]], Any]:
    sent: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        import json

        body = json.loads(request.content)
        sent.append(body)
        start = int(body.get("cursor") or 0)
        rows = [{"id": i} for i in range(start, min(start + per_page, total))]
        nxt = start + per_page
        return httpx.Response(200, json={"results": rows, "cursor": str(nxt) if nxt < total else None})

    return sent, handler


def link_server(
    total: int, *, next_page: Callable[[int], int] | None = None
) -> tuple[list[httpx.Request], Any]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        page = int(request.url.params.get("page", "1"))
        size = int(request.url.params.get("per_page", "50"))
        rows = [{"id": f"v{i}"} for i in range((page - 1) * size, min(page * size, total))]
        last = max(1, -(-total // size))
        links = [f'<https://api.example.test/volumes?page={last}&per_page={size}>; rel="last"']
        if page < last:
            target = next_page(page) if next_page else page + 1
            links.append(f'<https://api.example.test/volumes?page={target}&per_page={size}>; rel="next"')
        headers = {"X-Total-Count": str(total), "Link": ", ".join(links)}
        return httpx.Response(200, json={"volumes": rows}, headers=headers)

    return seen, handler


def test_body_cursor_walks_every_page_sending_the_cursor_in_the_body() -> None:
    sent, handler = body_cursor_server(8)
    page = sync_client(handler).page(BODY_CURSOR_OP, build_body, {}, ident).parsed
    assert isinstance(page, SyncBodyCursorPage)
    assert len(sent) == 1  # lazy
    assert [r["id"] for r in page] == list(range(8))
    assert sent == [{"filter": "all"}, {"filter": "all", "cursor": "3"}, {"filter": "all", "cursor": "6"}]


def test_body_cursor_null_on_the_first_page_is_the_last_page() -> None:
    _, handler = body_cursor_server(2)
    page = sync_client(handler).page(BODY_CURSOR_OP, build_body, {}, ident).parsed
    assert not page.has_next_page()
    assert page.next_page_info() is None
    assert [r["id"] for r in page] == [0, 1]


def test_body_cursor_that_repeats_stops_with_a_validation_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"results": [{"id": 1}], "cursor": "same"})

    page = sync_client(handler).page(BODY_CURSOR_OP, build_body, {}, ident).parsed
    with pytest.raises(ResponseValidationError, match="cursor is the one just sent"):
        list(page)


def test_empty_page_with_a_cursor_is_an_error_not_a_quiet_end() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"results": [], "cursor": "more"})

    page = sync_client(handler).page(BODY_CURSOR_OP, build_body, {}, ident).parsed
    assert page.has_next_page()  # the answer says so; the error comes when the next page is asked for
    with pytest.raises(ResponseValidationError, match="empty page"):
        page.get_next_page()


async def test_async_body_cursor() -> None:
    sent, handler = body_cursor_server(5, per_page=2)
    page = (await async_client(handler).page(BODY_CURSOR_OP, build_body, {}, ident)).parsed
    assert isinstance(page, AsyncBodyCursorPage)
    assert [r["id"] async for r in page] == [0, 1, 2, 3, 4]
    assert [b.get("cursor") for b in sent] == [None, "2", "4"]


def test_link_pages_follow_rel_next_and_state_the_total() -> None:
    seen, handler = link_server(7)
    page = sync_client(handler).page(LINK_OP, build_query, {"per_page": 3}, ident).parsed
    assert isinstance(page, SyncLinkPage)
    assert page.total == 7
    assert [r["id"] for r in page] == [f"v{i}" for i in range(7)]
    assert [r.url.params.get("page") for r in seen] == [None, "2", "3"]
    assert all(r.url.params["per_page"] == "3" for r in seen)


def test_link_page_that_points_back_is_an_error() -> None:
    _, handler = link_server(7, next_page=lambda page: 1)
    page = sync_client(handler).page(LINK_OP, build_query, {"per_page": 3, "page": 2}, ident).parsed
    assert len(page.data) == 3  # this page's rows reach the user
    with pytest.raises(ResponseValidationError, match="is 1, not after this page"):
        list(page)


def test_link_without_a_page_number_is_an_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"volumes": [{"id": "a"}]}, headers={"Link": '</volumes?x=1>; rel="next"'}
        )

    page = sync_client(handler).page(LINK_OP, build_query, {}, ident).parsed
    assert [row["id"] for row in page.data] == ["a"]
    with pytest.raises(ResponseValidationError, match="no whole-number 'page'"):
        page.get_next_page()


def test_per_page_out_of_range_is_refused_before_sending() -> None:
    seen, handler = link_server(7)
    from space_sdk import ParameterError

    with pytest.raises(ParameterError, match="per_page"):
        sync_client(handler).page(LINK_OP, build_query, {"per_page": 101}, ident)
    assert seen == []


async def test_async_link_pages() -> None:
    _, handler = link_server(5)
    page = (await async_client(handler).page(LINK_OP, build_query, {"per_page": 2}, ident)).parsed
    assert isinstance(page, AsyncLinkPage)
    assert page.total == 5
    assert [r["id"] async for r in page] == [f"v{i}" for i in range(5)]


def test_a_total_that_is_not_a_number_is_none() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"volumes": [{"id": "a"}]}, headers={"X-Total-Count": "many"})

    assert sync_client(handler).page(LINK_OP, build_query, {}, ident).parsed.total is None


# -- the rule on the styles that existed before: Spaces' cursor (the Prism static-mock loop) --------------


def customer(i: int) -> dict[str, Any]:
    return {"object": "customer", "id": f"cus_{i}", "name": "n", "email": "e", "created": 1}


def test_cursor_that_keeps_saying_has_more_with_the_same_last_id_stops(spaces: Callable[..., Spaces]) -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1  # bounded, so a core without the rule fails this test instead of hanging it
        return httpx.Response(200, json={"object": "list", "data": [customer(1)], "has_more": calls < 5})

    with pytest.raises(ResponseValidationError, match="starting_after is 'cus_1' again"):
        list(spaces(handler).customers.list(limit=1))
    assert calls == 2


def test_cursor_empty_page_with_has_more_stops(spaces: Callable[..., Spaces]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"object": "list", "data": [], "has_more": True})

    page = spaces(handler).customers.list(limit=1)
    with pytest.raises(ResponseValidationError, match="empty page"):
        page.get_next_page()


CURSOR_OP = {
    "operation_id": "list_events",
    "method": "GET",
    "path": "/events",
    "params": [],
    "pagination": {
        "style": "cursor",
        "items": "data",
        "has_more": "has_more",
        "id_field": "id",
        "limit_param": "limit",
        "after_param": "starting_after",
    },
}


def test_cursor_has_more_but_no_id_to_page_past_stops() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [{"type": "x"}], "has_more": True})

    page = sync_client(handler).page(CURSOR_OP, build_query, {"limit": 1}, ident).parsed
    assert page.data == [{"type": "x"}]
    with pytest.raises(ResponseValidationError, match="has no 'id'"):
        page.next_page_args()


def test_cursor_guessed_more_without_ids_ends_quietly() -> None:
    def handler(request: httpx.Request) -> httpx.Response:  # no has_more: a full page only suggests more
        return httpx.Response(200, json={"data": [{"type": "x"}]})

    page = sync_client(handler).page(CURSOR_OP, build_query, {"limit": 1}, ident).parsed
    assert not page.has_next_page()


def test_page_number_style_that_repeats_its_rows_stops() -> None:
    op = {
        "operation_id": "snap",
        "method": "GET",
        "path": "/snap",
        "params": [],
        "pagination": {"style": "page", "page_param": "page", "size_param": "page_size", "first_page": 0},
    }

    def handler(request: httpx.Request) -> httpx.Response:  # ignores ?page=, like a static mock
        return httpx.Response(200, json=[{"id": 1}, {"id": 2}])

    page = sync_client(handler).page(op, build_query, {"page_size": 2}, ident).parsed
    with pytest.raises(ResponseValidationError, match="repeats the rows"):
        list(page)


def test_every_style_has_a_page_class_and_the_facade_agrees() -> None:
    from generator.facade import PAGE_STYLES as FACADE_STYLES

    assert set(SYNC_PAGES) == set(PAGE_STYLES) == set(FACADE_STYLES)
    assert FACADE_STYLES == PAGE_STYLES


def test_unknown_style_is_refused() -> None:
    from space_sdk._operation import Operation

    with pytest.raises(ValueError, match="x-pagination style 'offset'"):
        Operation({**LINK_OP, "pagination": {"style": "offset"}})

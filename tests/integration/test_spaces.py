"""Spaces through the typed client against the spec-driven mock: cursor pagination and errors."""

from __future__ import annotations

import math

import httpx
import pytest

from space_sdk import AsyncSpaces, AuthenticationError, NotFoundError, ParameterError, Spaces
from space_sdk.contract.mock.app import MockApp

from .conftest import LOOPBACK, SPACES_PATH, TOKEN, Recorder

LIST_SIZE = 250  # space_sdk/contract/README.md: 250 objects per list resource, ids cus_0001...


def _async_spaces(rec: Recorder, token: str = TOKEN) -> AsyncSpaces:
    return AsyncSpaces(token, base_url=LOOPBACK + SPACES_PATH, transport=httpx.ASGITransport(app=rec))


def test_expected_ids_are_the_mock_data_set(expected_customer_ids: list[str], spaces_app: MockApp) -> None:
    assert expected_customer_ids == [f"cus_{i:04d}" for i in range(1, LIST_SIZE + 1)]
    assert expected_customer_ids == [item["id"] for item in spaces_app.datasets["/customers"].items]


# -- iterating everything -----------------------------------------------------------------------------


def _assert_cursor_chain(rec: Recorder, limit: int, ids: list[str]) -> None:
    """One request per page; each asks for the page after the last id of the previous one."""
    assert len(rec.requests) == math.ceil(LIST_SIZE / limit)
    for n, seen in enumerate(rec.requests):
        assert seen.method == "GET"
        assert seen.path == SPACES_PATH + "/customers"
        expected = {"limit": str(limit)}
        if n:
            expected["starting_after"] = ids[n * limit - 1]
        assert seen.query == expected


@pytest.mark.parametrize("limit", [7, 100])
def test_sync_iteration_yields_every_customer_once_in_order(
    served_spaces: tuple[str, Recorder], expected_customer_ids: list[str], limit: int
) -> None:
    base, rec = served_spaces
    with Spaces(TOKEN, base_url=base) as api:
        ids = [customer.id for customer in api.customers.list(limit=limit)]
    assert ids == expected_customer_ids
    _assert_cursor_chain(rec, limit, ids)


@pytest.mark.parametrize("limit", [7, 100])
async def test_async_iteration_yields_every_customer_once_in_order(
    spaces_rec: Recorder, expected_customer_ids: list[str], limit: int
) -> None:
    async with _async_spaces(spaces_rec) as api:
        ids = [customer.id async for customer in await api.customers.list(limit=limit)]
    assert ids == expected_customer_ids
    _assert_cursor_chain(spaces_rec, limit, ids)


def test_sync_iter_pages_sizes(served_spaces: tuple[str, Recorder], expected_customer_ids: list[str]) -> None:
    base, _ = served_spaces
    with Spaces(TOKEN, base_url=base) as api:
        pages = list(api.customers.list(limit=100).iter_pages())
    assert [len(p.data) for p in pages] == [100, 100, 50]
    assert [p.has_next_page() for p in pages] == [True, True, False]
    assert [c.id for p in pages for c in p.data] == expected_customer_ids


# -- page-level access -----------------------------------------------------------------------------------


def test_first_page_is_typed_and_equals_the_mock_objects(
    served_spaces: tuple[str, Recorder], spaces_app: MockApp
) -> None:
    base, rec = served_spaces
    with Spaces(TOKEN, base_url=base) as api:
        page = api.customers.list(limit=7)
    assert len(page.data) == 7
    assert page.has_next_page() is True
    assert page.body["has_more"] is True
    assert page.next_page_args() == {"limit": 7, "starting_after": "cus_0007"}
    assert [c.to_dict() for c in page.data] == spaces_app.datasets["/customers"].items[:7]
    assert page.http_response.status_code == 200
    assert len(rec.requests) == 1  # the first page only: nothing fetched ahead


async def test_async_last_page_has_no_next(spaces_rec: Recorder) -> None:
    async with _async_spaces(spaces_rec) as api:
        page = await api.customers.list(limit=7, starting_after="cus_0245")
        assert [c.id for c in page.data] == [f"cus_{i:04d}" for i in range(246, 251)]
        assert page.has_next_page() is False
        assert page.body["has_more"] is False
        assert await page.get_next_page() is None
    assert len(spaces_rec.requests) == 1


def test_sync_paging_backwards_with_starting_before(served_spaces: tuple[str, Recorder]) -> None:
    base, rec = served_spaces
    with Spaces(TOKEN, base_url=base) as api:
        first = api.customers.list(limit=7, starting_before="cus_0020")
        pages = [[c.id for c in p.data] for p in first.iter_pages()]
    # pages walk towards the start; each page keeps the list's order
    assert pages == [
        [f"cus_{i:04d}" for i in range(13, 20)],
        [f"cus_{i:04d}" for i in range(6, 13)],
        [f"cus_{i:04d}" for i in range(1, 6)],
    ]
    assert [s.query.get("starting_before") for s in rec.requests] == ["cus_0020", "cus_0013", "cus_0006"]
    assert all("starting_after" not in s.query for s in rec.requests)


async def test_async_paging_backwards_covers_everything_before_the_cursor(spaces_rec: Recorder) -> None:
    async with _async_spaces(spaces_rec) as api:
        ids = [c.id async for c in await api.customers.list(limit=100, starting_before="cus_0250")]
    assert sorted(ids) == [f"cus_{i:04d}" for i in range(1, 250)]
    assert len(ids) == len(set(ids)) == 249
    assert len(spaces_rec.requests) == 3


def test_retrieve_returns_the_mock_object(served_spaces: tuple[str, Recorder], spaces_app: MockApp) -> None:
    base, rec = served_spaces
    with Spaces(TOKEN, base_url=base) as api:
        customer = api.customers.retrieve(customer_id="cus_0042")
    assert customer.id == "cus_0042"
    assert customer.to_dict() == spaces_app.datasets["/customers"].items[41]
    assert [s.path for s in rec.requests] == [SPACES_PATH + "/customers/cus_0042"]


# -- errors ------------------------------------------------------------------------------------------------


def test_sync_wrong_token_is_authentication_error(served_spaces: tuple[str, Recorder]) -> None:
    base, rec = served_spaces
    with (
        Spaces("not-a-token", base_url=base, sleep=lambda s: None) as api,
        pytest.raises(AuthenticationError) as info,
    ):
        api.customers.list(limit=7)
    assert info.value.status_code == 401
    assert info.value.message == "No valid API key used"
    assert info.value.body == {"message": "No valid API key used"}
    assert len(rec.requests) == 1  # never retried


async def test_async_wrong_token_is_authentication_error(spaces_rec: Recorder) -> None:
    async with _async_spaces(spaces_rec, token="not-a-token") as api:
        with pytest.raises(AuthenticationError) as info:
            await api.customers.retrieve(customer_id="cus_0001")
    assert info.value.status_code == 401
    assert info.value.message == "No valid API key used"
    assert len(spaces_rec.requests) == 1


def test_sync_unknown_id_is_not_found(served_spaces: tuple[str, Recorder]) -> None:
    base, rec = served_spaces
    with Spaces(TOKEN, base_url=base) as api, pytest.raises(NotFoundError) as info:
        api.customers.retrieve(customer_id="cus_9999")
    assert info.value.status_code == 404
    assert info.value.message == "A resource was not found (customer_id: no such object)"
    assert len(rec.requests) == 1  # 404 is not retried


async def test_async_unknown_id_is_not_found(spaces_rec: Recorder) -> None:
    async with _async_spaces(spaces_rec) as api:
        with pytest.raises(NotFoundError) as info:
            await api.customers.retrieve(customer_id="cus_0251")
    assert info.value.status_code == 404
    assert len(spaces_rec.requests) == 1


@pytest.mark.parametrize("limit", [0, 101])
def test_sync_limit_out_of_range_is_rejected_before_sending(
    served_spaces: tuple[str, Recorder], limit: int
) -> None:
    base, rec = served_spaces
    with Spaces(TOKEN, base_url=base) as api, pytest.raises(ParameterError) as info:
        api.customers.list(limit=limit)
    assert info.value.parameter == "limit"
    assert info.value.value == limit
    assert str(info.value) == f"limit: must be between 1 and 100, got {limit}"
    assert rec.requests == []


@pytest.mark.parametrize("limit", [0, 101])
async def test_async_limit_out_of_range_is_rejected_before_sending(spaces_rec: Recorder, limit: int) -> None:
    async with _async_spaces(spaces_rec) as api:
        with pytest.raises(ParameterError) as info:
            await api.customers.list(limit=limit)
    assert info.value.parameter == "limit"
    assert spaces_rec.requests == []


def test_mock_itself_rejects_out_of_range_limit(served_spaces: tuple[str, Recorder]) -> None:
    """The pre-send check mirrors a rule the server enforces: the mock answers 400 for limit=101."""
    base, _ = served_spaces
    response = httpx.get(base + "/customers", params={"limit": 101}, auth=(TOKEN, ""))
    assert response.status_code == 400

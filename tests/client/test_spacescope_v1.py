"""Spacescope v1: deprecated clients that warn once per process, over the same core as v2."""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Iterator

import httpx
import pytest
from sdk_helpers import ROOT, TOKEN, envelope, load_spec

from space_sdk import AsyncSpacescopeV1, DataNotReadyError, SpacescopeV1, _sdk_base
from space_sdk.contract.mock import create_app

D = datetime.date
V1_ROW = load_spec("spacescope-v1")["paths"]["/v1/network_core/capacity-services/network_storage_capacity"][
    "get"
]["responses"]["200"]["content"]["application/json"]["examples"]["success"]["value"]["data"][0]


@pytest.fixture(autouse=True)
def fresh_process() -> Iterator[None]:
    """Each test starts as a new process would: no deprecation warning given yet."""
    saved = set(_sdk_base._warned)
    _sdk_base._warned.clear()
    yield
    _sdk_base._warned.clear()
    _sdk_base._warned.update(saved)


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=envelope([V1_ROW]))


def test_creating_a_client_warns_once_pointing_to_spacescope() -> None:
    with pytest.warns(DeprecationWarning, match=r"use space_sdk\.Spacescope\b") as caught:
        first = SpacescopeV1(TOKEN, transport=httpx.MockTransport(_ok))
    assert len(caught) == 1
    assert caught[0].filename == __file__  # the warning names the caller's line, not the SDK's
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a second warning would raise here
        second = SpacescopeV1(TOKEN, transport=httpx.MockTransport(_ok))
    first.close()
    second.close()


async def test_async_client_warns_once_pointing_to_async_spacescope() -> None:
    with pytest.warns(DeprecationWarning, match=r"use space_sdk\.AsyncSpacescope\b"):
        first = AsyncSpacescopeV1(TOKEN, transport=httpx.MockTransport(_ok))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        second = AsyncSpacescopeV1(TOKEN, transport=httpx.MockTransport(_ok))
    await first.close()
    await second.close()


def test_the_v2_clients_do_not_warn() -> None:
    from space_sdk import Spacescope

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Spacescope(TOKEN, transport=httpx.MockTransport(_ok)).close()


def test_deprecation_is_in_the_docstring_and_readme() -> None:
    assert "Deprecated: use :class:`space_sdk.Spacescope`" in (SpacescopeV1.__doc__ or "")
    assert "Deprecated: use :class:`space_sdk.AsyncSpacescope`" in (AsyncSpacescopeV1.__doc__ or "")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`SpacescopeV1`, `AsyncSpacescopeV1` (deprecated)" in readme


def test_v1_rows_are_typed_and_exact() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _ok(request)

    with (
        pytest.warns(DeprecationWarning, match="deprecated"),
        SpacescopeV1(TOKEN, transport=httpx.MockTransport(handler)) as api,
    ):
        rows = api.capacity_services.network_storage_capacity(
            start_date=D(2022, 7, 1), end_date=D(2022, 7, 1)
        )
    assert seen[0].url.path == "/v1/network_core/capacity-services/network_storage_capacity"
    assert seen[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert sum(r.total_qa_bytes_power for r in rows) == 20431876696867700000  # exact: above 2**64
    assert rows[0].new_baseline_power == 10430930206272310000


async def test_v1_against_the_mock_splits_long_ranges_and_raises_sdk_errors() -> None:
    app = create_app(ROOT / "openapi" / "spacescope-v1.yaml", tokens=["mock-token"])
    transport = httpx.ASGITransport(app=app)
    with pytest.warns(DeprecationWarning, match="deprecated"):
        api = AsyncSpacescopeV1("mock-token", base_url="http://127.0.0.1", transport=transport)
    async with api:
        rows = await api.capacity_services.network_storage_capacity(
            start_date=D(2022, 7, 1), end_date=D(2022, 8, 15)
        )
        legacy = await api.capacity_services.legacy_network_storage_capacity(
            start_date=D(2022, 7, 1), end_date=D(2022, 7, 1)
        )
        raw = await api.with_raw_response.market_deals.deal_client_headcount(
            start_date=D(2022, 7, 1), end_date=D(2022, 8, 15)
        )
        with pytest.raises(DataNotReadyError):
            await api.circulating_supply.circulating_supply(start_date=D(2999, 1, 1), end_date=D(2999, 1, 2))
    assert [r.stat_date.date() for r in rows] == [
        D(2022, 7, 1) + datetime.timedelta(days=i) for i in range(46)
    ]
    assert sum(r.total_qa_bytes_power for r in rows) == 46 * V1_ROW["total_qa_bytes_power"]
    assert [r.to_dict() for r in legacy] == [rows[0].to_dict()]
    assert len(raw.exchanges) == 2  # 46 days: two windows of at most 31
    assert len(raw.parsed) == 46

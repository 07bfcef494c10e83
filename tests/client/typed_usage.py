"""Checked by ``mypy --strict`` (see test_typing.py), never run: call sites infer the generated models."""

from __future__ import annotations

import datetime

from spaceknow_client.models.imagery_search_request import ImagerySearchRequest
from spaceknow_client.models.kraken_release import KrakenRelease
from spaceknow_client.models.kraken_release_request import KrakenReleaseRequest
from spaceknow_client.models.scene import Scene
from spaces_client.models.customer import Customer
from spaces_client.models.space import Space
from spacescope_client.models.deal_snapshot import DealSnapshot
from spacescope_client.models.network_base_fee import NetworkBaseFee
from spacescope_client.models.network_storage_capacity import NetworkStorageCapacity
from spacescope_client.models.storage_provider_deals_deal_count import StorageProviderDealsDealCount
from spacescope_v1_client.models.gas_fee_overview_h import GasFeeOverviewH
from spacescope_v1_client.models.network_storage_capacity import (
    NetworkStorageCapacity as NetworkStorageCapacityV1,
)

from space_sdk import (
    AsyncBodyCursorPage,
    AsyncCursorPage,
    AsyncJob,
    AsyncSpaceKnow,
    AsyncSpaces,
    AsyncSpacescope,
    AsyncSpacescopeV1,
    Job,
    RawResponse,
    RequestOptions,
    SpaceKnow,
    Spaces,
    Spacescope,
    SpacescopeV1,
    SyncBodyCursorPage,
    SyncCursorPage,
    SyncPageNumberPage,
)

# GeoJSON is free-form (``extent: Any`` in the models); a typed variable keeps the call sites Any-free
POINT: dict[str, str] = {"type": "Point"}


def spaceknow_usage() -> None:
    search = ImagerySearchRequest(provider="maxar", dataset="ard", extent=POINT)
    release_body = KrakenReleaseRequest(map_type="cars", scene_ids=["s"], extent=POINT)
    with SpaceKnow() as sk:
        job: Job[KrakenRelease] = sk.kraken.release.initiate(body=release_body)
        job_id: str = job.id
        done: KrakenRelease = job.wait(max_wait=60.0).retrieve()
        once: KrakenRelease = sk.kraken.release(body=release_body)
        resumed: Job[KrakenRelease] = sk.kraken.release.resume(job_id)
        scenes: SyncBodyCursorPage[Scene] = sk.imagery.search(body=search)
        for scene in scenes:
            scene_id: str = scene.scene_id
    del done, once, resumed, scene_id


async def async_spaceknow_usage() -> None:
    release_body = KrakenReleaseRequest(map_type="cars", scene_ids=["s"], extent=POINT)
    search = ImagerySearchRequest(provider="maxar", dataset="ard", extent=POINT)
    async with AsyncSpaceKnow() as sk:
        job: AsyncJob[KrakenRelease] = await sk.kraken.release.initiate(body=release_body)
        done: KrakenRelease = await job.result()
        scenes: AsyncBodyCursorPage[Scene] = await sk.imagery.search(body=search)
        async for scene in scenes:
            scene_id: str = scene.scene_id
    del done, scene_id


def sync_usage() -> None:
    with Spacescope() as api:
        rows: list[NetworkStorageCapacity] = api.power.network_storage_capacity(
            start_date=datetime.date(2022, 7, 1), end_date=datetime.date(2022, 12, 31)
        )
        first: datetime.datetime = rows[0].stat_date
        # Fields the docs always show are required in the spec, so they are plain ints, not ``int | Unset``.
        total_qa: int = sum(r.total_qa_bytes_power for r in rows)
        hours: list[NetworkBaseFee] = api.gas.network_base_fee(
            start_hour=datetime.datetime(2022, 7, 1, tzinfo=datetime.UTC), options=RequestOptions(timeout=5.0)
        )
        deals: list[StorageProviderDealsDealCount] = api.storage_provider.deals.deal_count(
            miner_id="f0110804"
        )
        snapshot: SyncPageNumberPage[DealSnapshot] = api.deals.deal_snapshot(page_size=10, deal_id=1)
        for row in snapshot:
            one: DealSnapshot = row
        raw: RawResponse[list[NetworkStorageCapacity]] = (
            api.with_raw_response.power.network_storage_capacity()
        )
        status: int = raw.status_code
        request_id: str | None = raw.request_id
    with Spaces() as spaces:
        page: SyncCursorPage[Customer] = spaces.customers.list(limit=100)
        for customer in page:
            cid: str = customer.id
        space: Space = spaces.spaces.retrieve(space_id=1)
        raw_space: RawResponse[Space] = spaces.with_raw_response.spaces.retrieve(space_id=1)
    with SpacescopeV1() as v1:
        v1_rows: list[NetworkStorageCapacityV1] = v1.capacity_services.network_storage_capacity(
            start_date=datetime.date(2022, 7, 1), end_date=datetime.date(2022, 7, 31)
        )
        v1_total: int = sum(r.total_qa_bytes_power for r in v1_rows)
        baseline: int = v1_rows[0].new_baseline_power
    del first, total_qa, hours, deals, one, status, request_id, cid, space, raw_space, v1_total, baseline


async def async_usage() -> None:
    async with AsyncSpacescope() as api:
        rows: list[NetworkStorageCapacity] = await api.power.network_storage_capacity(
            start_date=datetime.date(2022, 7, 1), end_date=datetime.date(2022, 12, 31)
        )
        raw: RawResponse[
            list[NetworkStorageCapacity]
        ] = await api.with_raw_response.power.network_storage_capacity()
    async with AsyncSpacescopeV1() as v1:
        v1_hours: list[GasFeeOverviewH] = await v1.transactions_usage.gas_fee_overview_h(
            start_hour=datetime.datetime(2022, 7, 1, tzinfo=datetime.UTC)
        )
        base_fees: float = sum(h.base_fee for h in v1_hours)
    async with AsyncSpaces() as spaces:
        page: AsyncCursorPage[Customer] = await spaces.customers.list()
        async for customer in page:
            name: str = customer.name
    del rows, raw, name, base_fees


def scaleway_usage() -> None:
    from scaleway_client.models.server import Server
    from scaleway_client.models.volume import Volume

    from space_sdk import Scaleway, SyncLinkPage

    with Scaleway(email="me@example.com", password="pw", region="ams1") as scw:
        server: Server = scw.servers.get(server_id="s")
        root: Volume = server.volumes["0"]
        volumes: SyncLinkPage[Volume] = scw.volumes.list(per_page=50)
        total: int | None = volumes.total
        del root, total

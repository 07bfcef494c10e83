"""Checked by ``mypy --strict`` and pyright strict (see test_typing.py; both run in ``make lint``), never run:
call sites infer the generated models, and request bodies are typed keyword arguments for every API that
takes one (Scaleway, Spaces, SpaceKnow; Spacescope and v1 take none)."""

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
            del scene_id
    del done, once, resumed


async def async_spaceknow_usage() -> None:
    release_body = KrakenReleaseRequest(map_type="cars", scene_ids=["s"], extent=POINT)
    search = ImagerySearchRequest(provider="maxar", dataset="ard", extent=POINT)
    async with AsyncSpaceKnow() as sk:
        job: AsyncJob[KrakenRelease] = await sk.kraken.release.initiate(body=release_body)
        done: KrakenRelease = await job.result()
        scenes: AsyncBodyCursorPage[Scene] = await sk.imagery.search(body=search)
        async for scene in scenes:
            scene_id: str = scene.scene_id
            del scene_id
    del done


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
            del one
        raw: RawResponse[list[NetworkStorageCapacity]] = (
            api.with_raw_response.power.network_storage_capacity()
        )
        status: int = raw.status_code
        request_id: str | None = raw.request_id
    with Spaces() as spaces:
        page: SyncCursorPage[Customer] = spaces.customers.list(limit=100)
        for customer in page:
            cid: str = customer.id
            del cid
        space: Space = spaces.spaces.retrieve(space_id=1)
        raw_space: RawResponse[Space] = spaces.with_raw_response.spaces.retrieve(space_id=1)
    with SpacescopeV1() as v1:
        v1_rows: list[NetworkStorageCapacityV1] = v1.capacity_services.network_storage_capacity(
            start_date=datetime.date(2022, 7, 1), end_date=datetime.date(2022, 7, 31)
        )
        v1_total: int = sum(r.total_qa_bytes_power for r in v1_rows)
        baseline: int = v1_rows[0].new_baseline_power
    del first, total_qa, hours, deals, status, request_id, space, raw_space, v1_total, baseline


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
            del name
    del rows, raw, base_fees


def scaleway_usage() -> None:
    from space_sdk import Scaleway, SyncLinkPage
    from space_sdk.scaleway import (
        Server,
        ServerCreate,
        ServerCreateVolumes,
        Task,
        Volume,
        VolumeTemplate,
        VolumeTemplateVolumeType,
    )

    with Scaleway(email="me@example.com", password="pw", region="ams1", timeout=5.0) as scw:
        server: Server = scw.servers.get(server_id="s")
        root: Volume = server.volumes["0"]
        volumes: SyncLinkPage[Volume] = scw.volumes.list(per_page=50)
        total: int | None = volumes.total
        # bodies: the body's fields as keyword arguments (enums as their strings), or body= the model
        made: Server = scw.servers.create(name="web", organization="org", image="img", boot_type="local")
        also: Server = scw.servers.create(body=ServerCreate(name="web", organization="org", image="img"))
        volume: Volume = scw.volumes.create(name="d", organization="org", volume_type="l_ssd", size=10**9)
        extra = ServerCreateVolumes()
        extra["1"] = VolumeTemplate(
            name="d", organization="org", size=10**9, volume_type=VolumeTemplateVolumeType.L_SSD
        )
        with_volumes: Server = scw.servers.create(name="w", organization="o", image="i", volumes=extra)
        task: Task = scw.servers.action(server_id=made.id, action="poweron").wait(max_wait=60.0).retrieve()
        scw.servers.delete(server_id=made.id)  # -> None
        del root, total, also, volume, with_volumes, task


def bodies_usage() -> None:
    from space_sdk.spaceknow import ImagerySearchResult
    from space_sdk.spaceknow import KrakenRelease as Release
    from space_sdk.spaceknow import Scene as SceneModel
    from space_sdk.spaces import ResourceSubscription

    with Spaces() as spaces:
        sub: ResourceSubscription = spaces.resource_subscriptions.create(
            event="customer.created", target_url="https://example.com/hook"
        )
        del sub
    with SpaceKnow() as sk:
        job: Job[ImagerySearchResult] = sk.imagery.search.initiate(
            provider="maxar", dataset="ard", extent=POINT
        )
        release: Release = sk.kraken.release(map_type="cars", scene_ids=["s"], extent=POINT)
        for scene in sk.imagery.search(provider="maxar", dataset="ard", extent=POINT):
            found: SceneModel = scene
            del found
        tile: bytes | dict[str, object] | list[object] | None = sk.kraken.tile(
            map_id=release.map_id, z=16, x=35357, y=22209, file="truecolor.png"
        )
        del job, tile

"""The SpaceKnow client against the spec-driven mock (in-process ASGI): pipelines from x-job, faults, 404 for
unknown ids, early retrieve, permissions per token, the 64 KiB limit, tiles, body-cursor pages."""

from __future__ import annotations

import asyncio
import struct
import zlib
from typing import Any

import httpx
import pytest
from fake_time import FakeTime
from spaceknow_client.models import (
    AreaCheckRequest,
    ImagerySearchRequest,
    KrakenReleaseRequest,
    RetrieveRequest,
    TransactionsRequest,
)

from space_sdk import (
    AsyncSpaceKnow,
    ConflictError,
    JobFailedError,
    JobState,
    NotFoundError,
    PermissionDeniedError,
    SpaceKnow,
)
from space_sdk.contract.mock.app import MockApp, create_app
from space_sdk.contract.mock.jobs import JOB_STEPS
from space_sdk.spec import SPEC_DIR

TOKEN = "mock-token"
EXTENT = {"type": "Polygon", "coordinates": [[[14.4, 50.0], [14.5, 50.0], [14.5, 50.1], [14.4, 50.0]]]}
BASE = "http://127.0.0.1"


class SyncASGI(httpx.BaseTransport):
    """httpx's ASGI transport for a sync client: each request runs the app on a private event loop."""

    def __init__(self, app: Any) -> None:
        self.inner = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        async def go() -> httpx.Response:
            response = await self.inner.handle_async_request(request)
            content = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=content)

        return asyncio.run(go())


def mock(**kw: Any) -> MockApp:
    return create_app(SPEC_DIR / "spaceknow.yaml", test_mode=True, tokens=[TOKEN, "weak-token"], **kw)


def client(app: MockApp, clock: FakeTime, token: str = TOKEN) -> SpaceKnow:
    return SpaceKnow(token, base_url=BASE, transport=SyncASGI(app), sleep=clock.sleep, now=clock.now)


def release() -> KrakenReleaseRequest:
    return KrakenReleaseRequest(map_type="cars", scene_ids=["s1"], extent=EXTENT)


def test_a_pipeline_goes_new_processing_resolved_with_the_documented_progress() -> None:
    app, clock = mock(), FakeTime()
    states: list[JobState] = []
    with client(app, clock) as sk:
        job = sk.kraken.release.initiate(body=release())
        assert job.status == "NEW"
        assert job.next_try == 5.0
        result = job.wait(on_progress=states.append).retrieve()
    assert [s.status for s in states] == ["PROCESSING"] * JOB_STEPS + ["RESOLVED"]
    assert states[0].progress == {"message": "Preparing analysis", "step": 1}
    assert states[1].progress["message"] == "Ordering data from provider"
    assert clock.sleeps == [5.0] * JOB_STEPS
    assert result.map_id
    assert result.tiles


def test_retrieving_early_is_the_documented_conflict_and_unknown_ids_are_404() -> None:
    app, clock = mock(), FakeTime()
    with client(app, clock) as sk:
        job = sk.kraken.release.initiate(body=release())
        with pytest.raises(ConflictError) as early:
            job.retrieve()
        assert early.value.code == "PIPELINE-NOT-PROCESSED"
        assert early.value.status_code == 409
        with pytest.raises(NotFoundError) as unknown:
            sk.kraken.release.resume("NOPE").wait()
        assert unknown.value.code == "NON-EXISTENT-PIPELINE"
        assert unknown.value.request_id  # from the SpaceKnow-Request-Id header
        with pytest.raises(NotFoundError):
            sk.kraken.release.retrieve(body=RetrieveRequest(pipeline_id="NOPE"))


def test_a_failed_pipeline_retrieves_as_424_processing_error() -> None:
    app, clock = mock(), FakeTime()
    failing = httpx.Client(transport=SyncASGI(app), headers={"X-Mock-Fault": "job:fail"})
    with (
        SpaceKnow(TOKEN, base_url=BASE, http_client=failing, sleep=clock.sleep, now=clock.now) as sk,
        pytest.raises(JobFailedError) as info,
    ):
        sk.kraken.release(body=release())
    assert (info.value.code, info.value.status_code, info.value.status) == ("PROCESSING-ERROR", 424, "FAILED")
    failing.close()


def test_odd_next_try_values_are_clamped_by_the_client() -> None:
    app, clock = mock(), FakeTime()
    odd = httpx.Client(transport=SyncASGI(app), headers={"X-Mock-Fault": "job:odd-next-try"})
    with SpaceKnow(TOKEN, base_url=BASE, http_client=odd, sleep=clock.sleep, now=clock.now) as sk:
        sk.kraken.release(body=release())
    odd.close()
    assert clock.sleeps
    assert all(1.0 <= s <= 60.0 for s in clock.sleeps)
    assert {1.0, 60.0} <= set(clock.sleeps)


def test_search_pages_are_new_pipelines_and_every_scene_comes_once() -> None:
    app, clock = mock(), FakeTime()
    body = ImagerySearchRequest(provider="maxar", dataset="idaho-pansharpened", extent=EXTENT)
    with client(app, clock) as sk:
        scenes = [s.scene_id for s in sk.imagery.search(body=body)]
    assert len(scenes) == 5
    assert len(set(scenes)) == 5
    assert len(app.jobs.jobs) == 3  # 5 scenes, 2 a page: three pipelines


def test_permissions_per_token_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_PERMISSIONS", "mock-token:kraken|credits;weak-token:credits.check-area")
    app, clock = mock(), FakeTime()
    with client(app, clock, "weak-token") as weak:
        cost = weak.credits.area.check_geojson(body=AreaCheckRequest(scene_ids=["s1"], geojson=EXTENT))
        assert cost.km2 >= 0
        with pytest.raises(PermissionDeniedError) as info:
            weak.kraken.release.initiate(body=release())
        assert (info.value.code, info.value.status_code) == ("USER-AUTHORIZATION-NOT-PERMITTED", 403)
        assert weak.tasking is not None
    with client(app, clock) as strong:
        strong.kraken.release.initiate(body=release())
        with pytest.raises(PermissionDeniedError):
            strong.imagery.search.initiate(
                body=ImagerySearchRequest(provider="maxar", dataset="ard", extent=EXTENT)
            )


def test_the_mock_refuses_bodies_over_64_kib_with_413() -> None:
    app = mock()
    transport = SyncASGI(app)
    with httpx.Client(transport=transport, base_url=BASE) as raw:
        answer = raw.post(
            "/credits/area/check-geojson",
            content=b'{"sceneIds": ["' + b"x" * 70_000 + b'"]}',
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        )
    assert answer.status_code == 413
    assert answer.json()["error"] == "PAYLOAD-TOO-LARGE"


def test_tiles_are_real_pngs_json_or_204() -> None:
    app, clock = mock(), FakeTime()
    kinds: set[str] = set()
    with client(app, clock) as sk:
        for x in range(12):
            tile = sk.kraken.tile(map_id="map1", z=4, x=x, y=3, file="truecolor.png")
            if tile is None:
                kinds.add("none")
                continue
            assert isinstance(tile, bytes)
            kinds.add("png")
            width, height = struct.unpack(">II", tile[16:24])
            assert tile[:8] == b"\x89PNG\r\n\x1a\n"
            assert (width, height) == (512, 512)
            idat = tile[33 + 8 : -12]
            assert len(zlib.decompress(idat)) == 512 * 513
        meta = sk.kraken.tile(map_id="map1", z=4, x=0, y=0, file="metadata.json")
    assert kinds == {"png", "none"}
    assert meta is None or not isinstance(meta, bytes)


def test_transactions_page_for_real_with_a_body_cursor() -> None:
    app, clock = mock(), FakeTime()
    with client(app, clock) as sk:
        page = sk.credits.transactions(body=TransactionsRequest(group_id="g"))
        ids = [t.transaction_id for t in page]
    assert len(ids) == 7
    assert len(set(ids)) == 7
    assert page.body["cursor"] == "MQ=="


def test_async_pipeline_against_the_mock() -> None:
    async def run() -> None:
        app, clock = mock(), FakeTime()
        async with AsyncSpaceKnow(
            TOKEN, base_url=BASE, transport=httpx.ASGITransport(app=app), sleep=clock.asleep, now=clock.now
        ) as sk:
            result = await sk.kraken.release(body=release())
            assert result.map_id
            scenes = [
                s.scene_id
                async for s in await sk.imagery.search(
                    body=ImagerySearchRequest(provider="maxar", dataset="ard", extent=EXTENT)
                )
            ]
            assert len(scenes) == 5

    asyncio.run(run())


def test_email_password_login_against_the_mock_gets_a_token_it_accepts() -> None:
    app, clock = mock(credentials="analyst@example.com:s3cret"), FakeTime()
    seen: list[httpx.Request] = []

    class Recording(SyncASGI):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return super().handle_request(request)

    with SpaceKnow(
        email="analyst@example.com",
        password="s3cret",
        base_url=BASE,
        transport=Recording(app),
        sleep=clock.sleep,
        now=clock.now,
    ) as sk:
        info = sk.user.info()
    assert info is not None
    assert [r.url.path for r in seen] == ["/oauth/ro", "/user/info"]
    bearer = seen[1].headers["authorization"]
    assert bearer.startswith("Bearer mock-login-")
    assert bearer.removeprefix("Bearer ") not in repr(sk)


def test_wrong_password_against_the_mock_is_an_authentication_error_not_a_loop() -> None:
    from space_sdk import AuthenticationError

    app = mock(credentials="analyst@example.com:s3cret")
    calls = 0

    class Counting(SyncASGI):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            nonlocal calls
            calls += 1
            return super().handle_request(request)

    with (
        SpaceKnow(
            email="analyst@example.com", password="wrong", base_url=BASE, transport=Counting(app)
        ) as sk,
        pytest.raises(AuthenticationError) as info,
    ):
        sk.user.info()
    assert info.value.status_code == 401
    assert "wrong" not in str(info.value)
    assert calls == 1

"""Scaleway through the typed client against the stateful mock: login, servers through tasks, Link pages,
conflicts, per-field errors, routing by the spec's servers, and retries by method."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from scaleway_client.models.server_action import ServerAction
from scaleway_client.models.server_action_action import ServerActionAction
from scaleway_client.models.server_create import ServerCreate
from scaleway_client.models.server_create_volumes import ServerCreateVolumes
from scaleway_client.models.server_update import ServerUpdate
from scaleway_client.models.volume import Volume
from scaleway_client.models.volume_create import VolumeCreate
from scaleway_client.models.volume_create_volume_type import VolumeCreateVolumeType
from scaleway_client.models.volume_update import VolumeUpdate
from scaleway_client.types import File

from space_sdk import (
    AsyncScaleway,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    ParameterError,
    Scaleway,
    ServerError,
)
from space_sdk.contract.mock.app import MockApp, create_app
from space_sdk.contract.runner import ServedMock
from space_sdk.spec import SPEC_DIR

from .conftest import TOKEN, Recorder

EMAIL, PASSWORD = "mock@example.com", "mock-password"  # the mock's documented MOCK_CREDENTIALS default
ORG = "000a115d-2852-4b0a-9ce8-47f1134ba95a"
SEEDED_SERVER = "22a5c380-0a27-4a55-8f91-bedf427f6b6a"  # the Blueprint's server example, running


@pytest.fixture(scope="module")
def app() -> MockApp:
    return create_app(SPEC_DIR / "scaleway.yaml", tokens=[TOKEN], credentials=f"{EMAIL}:{PASSWORD}")


@pytest.fixture(scope="module")
def _served(app: MockApp) -> Iterator[tuple[str, Recorder]]:
    rec = Recorder(app)
    with ServedMock(rec) as root:
        yield root, rec


@pytest.fixture
def served(_served: tuple[str, Recorder], app: MockApp) -> tuple[str, Recorder]:
    assert app.store is not None
    app.store.reset()
    _served[1].reset()
    return _served


def _client(root: str, **kwargs: Any) -> Scaleway:
    kwargs.setdefault("email", EMAIL)
    kwargs.setdefault("password", PASSWORD)
    return Scaleway(base_url=root, sleep=lambda s: None, **kwargs)


def _new_server(scw: Scaleway) -> Any:
    volumes = ServerCreateVolumes.from_dict(
        {"1": {"name": "data", "organization": ORG, "size": 10_000_000_000, "volume_type": "l_ssd"}}
    )
    image = next(iter(scw.images.list())).id
    return scw.servers.create(
        body=ServerCreate(name="t", organization=ORG, image=image, volumes=volumes)
    ).server


def test_login_create_power_on_list_and_clean_up(served: tuple[str, Recorder], app: MockApp) -> None:
    root, rec = served
    assert app.store is not None
    seeded = {path: set(items) for path, items in app.store.data.items()}
    with _client(root) as scw:
        server = _new_server(scw)
        assert server.state == "stopped"
        attached = server.volumes["1"]
        assert isinstance(attached, Volume)
        assert attached.server is not None
        assert attached.server.id == server.id
        root_volume = server.volumes["0"]  # x-derive: made from the image's root volume
        assert root_volume.name == server.image.root_volume.name
        assert root_volume.server is not None
        assert root_volume.server.id == server.id
        job = scw.servers.action(server_id=server.id, body=ServerAction(action=ServerActionAction.POWERON))
        seen: list[str] = []
        job.wait(on_progress=lambda state: seen.append(state.status))
        assert seen == ["started", "success"]
        assert scw.servers.get(server_id=server.id).server.state == "running"
        page = scw.volumes.list(per_page=2)
        assert page.total == 6  # 2 documented + 2 on the documented server + the new two
        ids = [v.id for v in page]
        assert len(ids) == 6
        assert {attached.id, root_volume.id} <= set(ids)
        assert [r.query.get("page") for r in rec.requests if r.path == "/volumes"] == [None, "2", "3"]
        with pytest.raises(ConflictError, match="attached"):
            scw.volumes.delete(volume_id=attached.id)
        with pytest.raises(ConflictError, match="should be stopped"):
            scw.servers.delete(server_id=server.id)
        off = scw.servers.action(server_id=server.id, body=ServerAction(action=ServerActionAction.POWEROFF))
        off.wait()
        scw.servers.delete(server_id=server.id)
        for task in (job, off):  # the tasks this test started
            scw.tasks.delete(task_id=str(task))
        assert scw.volumes.get(volume_id=attached.id).volume.server is None  # detached, kept
        scw.volumes.delete(volume_id=attached.id)
        scw.volumes.delete(volume_id=root_volume.id)
        with pytest.raises(NotFoundError):
            scw.servers.get(server_id=server.id)
    logins = [r for r in rec.requests if r.method == "POST" and r.path == "/tokens"]
    assert len(logins) == 1
    assert rec.requests[-1].method == "DELETE"
    assert rec.requests[-1].path.startswith("/tokens/")
    # nothing is left behind: the state is the seeded one again, and the session's token is gone
    assert {path: set(items) for path, items in app.store.data.items() if items} == {
        path: ids for path, ids in seeded.items() if ids
    }
    assert all(status != "ok" for status in map(app.store.token_status, app.store.expiry))


def test_the_documented_server_has_typed_volumes(served: tuple[str, Recorder]) -> None:
    with _client(served[0]) as scw:
        server = scw.servers.get(server_id=SEEDED_SERVER).server
    assert sorted(server.volumes.additional_keys) == ["0", "1"]
    assert all(isinstance(v, Volume) for v in server.volumes.additional_properties.values())
    assert server.volumes["0"].export_uri == "device://dev/vda"


def test_the_readme_example_runs(served: tuple[str, Recorder]) -> None:
    """README's Scaleway example, step by step: a server created from an image (no volumes asked for) has
    its root volume `volumes["0"]`, made from the image's (x-derive), and a security group that is listed."""
    with _client(served[0]) as scw:
        image = next(iter(scw.images.list()))
        server = scw.servers.create(body=ServerCreate(name="web", organization=ORG, image=image.id)).server
        job = scw.servers.action(server_id=server.id, body=ServerAction(action=ServerActionAction.POWERON))
        job.wait(max_wait=600, on_progress=lambda state: None)
        assert scw.servers.get(server_id=server.id).server.state == "running"
        assert server.id in {v.server.id for v in scw.volumes.list(per_page=50) if v.server}
        root = server.volumes["0"]
        assert isinstance(root, Volume)
        assert root.name == image.root_volume.name
        assert server.security_group.id in {g.id for g in scw.security_groups.list()}
        assert scw.users.get(user_id=next(iter(scw.tokens.list())).user_id).user.email


def test_the_operations_the_legacy_clients_use_through_the_typed_client(served: tuple[str, Recorder]) -> None:
    """Permissions, quotas, PUT /volumes and PATCH /servers (issue 18): typed answers, unknown ids 404."""
    with _client(served[0]) as scw:
        token = next(iter(scw.tokens.list()))
        granted = scw.tokens.permissions(token_id=token.id, include_locked=False).permissions
        assert granted["compute"].additional_properties  # service -> permission -> resources
        assert all(isinstance(r, list) for r in granted["compute"].additional_properties.values())
        with pytest.raises(NotFoundError):
            scw.tokens.permissions(token_id="no-such-token")
        assert scw.organizations.quotas(organization_id=ORG).quotas["servers"] >= -1
        server = _new_server(scw)
        renamed = scw.servers.patch(server_id=server.id, body=ServerUpdate(name="patched")).server
        assert renamed.name == "patched"
        assert renamed.tags == server.tags
        root = server.volumes["0"]
        volume = scw.volumes.update(volume_id=root.id, body=VolumeUpdate(name="root-renamed")).volume
        assert volume.name == "root-renamed"
        assert volume.size == root.size
        with pytest.raises(NotFoundError):
            scw.volumes.update(volume_id="no-such-volume", body=VolumeUpdate(name="x"))


def test_a_400_carries_its_fields(served: tuple[str, Recorder]) -> None:
    body = VolumeCreate(name="v", organization=ORG, volume_type=VolumeCreateVolumeType.L_SSD, size=0)
    with _client(served[0]) as scw, pytest.raises(InvalidRequestError) as info:
        scw.volumes.create(body=body)
    assert info.value.code == "invalid_request_error"
    assert info.value.fields is not None
    assert list(info.value.fields) == ["size"]
    assert "size: 0 is less than the minimum of 1" in str(info.value)


def test_per_page_is_checked_before_sending(served: tuple[str, Recorder]) -> None:
    root, rec = served
    with (
        Scaleway(TOKEN, base_url=root) as scw,
        pytest.raises(ParameterError, match="per_page: must be between 1 and 100"),
    ):
        scw.volumes.list(per_page=101)
    assert rec.requests == []


def test_wrong_credentials_raise_once(served: tuple[str, Recorder]) -> None:
    root, rec = served
    with _client(root, password="nope") as scw, pytest.raises(AuthenticationError) as info:
        scw.servers.list()
    assert info.value.code == "invalid_auth"
    assert [(r.method, r.path) for r in rec.requests] == [("POST", "/tokens")]


def test_a_token_the_server_expired_early_means_one_new_login(
    served: tuple[str, Recorder], app: MockApp
) -> None:
    root, rec = served
    assert app.store is not None
    with _client(root) as scw:
        scw.servers.list()
        for token in app.store.expiry:
            app.store.expiry[token] = 0.0  # the server says it ran out; the client's clock does not know
        assert next(iter(scw.servers.list())).id == SEEDED_SERVER
    calls = [(r.method, r.path) for r in rec.requests]
    assert calls[:5] == [
        ("POST", "/tokens"),
        ("GET", "/servers"),
        ("GET", "/servers"),
        ("POST", "/tokens"),
        ("GET", "/servers"),
    ]


def test_user_data_is_text(served: tuple[str, Recorder]) -> None:
    with _client(served[0]) as scw:
        scw.servers.user_data.set(
            server_id=SEEDED_SERVER, key="motd", body=File(payload=io.BytesIO(b"hello\nworld"))
        )
        assert scw.servers.user_data.get(server_id=SEEDED_SERVER, key="motd") == b"hello\nworld"
        assert scw.servers.user_data.list(server_id=SEEDED_SERVER).user_data == ["motd"]
        scw.servers.user_data.delete(server_id=SEEDED_SERVER, key="motd")
        with pytest.raises(NotFoundError):
            scw.servers.user_data.get(server_id=SEEDED_SERVER, key="motd")


def test_async_client_logs_in_waits_and_revokes(app: MockApp) -> None:
    assert app.store is not None
    app.store.reset()
    rec = Recorder(app)

    async def no_sleep(seconds: float) -> None:
        return None

    async def main() -> str:
        async with AsyncScaleway(
            email=EMAIL,
            password=PASSWORD,
            base_url="http://127.0.0.1",
            transport=httpx.ASGITransport(app=rec),
            sleep=no_sleep,
        ) as scw:
            job = await scw.servers.action(
                server_id=SEEDED_SERVER, body=ServerAction(action=ServerActionAction.POWEROFF)
            )
            await job.wait()
            return (await scw.servers.get(server_id=SEEDED_SERVER)).server.state

    assert asyncio.run(main()) == "stopped"
    assert rec.requests[0].path == "/tokens"
    assert rec.requests[-1].method == "DELETE"


# -- routing and retries, over a fake transport ---------------------------------------------------------


def _recording(status: int = 200, body: Any = None) -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body if body is not None else {"servers": [], "tokens": []})

    return seen, httpx.MockTransport(handler)


def test_region_and_account_host_come_from_the_spec() -> None:
    seen, transport = _recording()
    with Scaleway("tok", region="ams1", transport=transport) as scw:
        scw.servers.list()
        scw.tokens.list()
    assert [str(r.url) for r in seen] == [
        "https://cp-ams1.scaleway.com/servers",
        "https://account.scaleway.com/tokens",
    ]
    seen, transport = _recording()
    with Scaleway("tok", transport=transport) as scw:
        scw.servers.list()
    assert seen[0].url.host == "cp-par1.scaleway.com"
    with pytest.raises(ConfigurationError, match="region must be one of 'par1', 'ams1', got 'lon1'"):
        Scaleway("tok", region="lon1").servers.list()


def test_post_is_not_retried_put_is() -> None:
    seen, transport = _recording(500, {"type": "api_error", "message": "boom"})
    with Scaleway("tok", transport=transport, sleep=lambda s: None) as scw:
        with pytest.raises(ServerError):
            scw.volumes.create(
                body=VolumeCreate(
                    name="v", organization=ORG, volume_type=VolumeCreateVolumeType.L_SSD, size=1
                )
            )
        assert len(seen) == 1
        with pytest.raises(ServerError):
            scw.servers.update(server_id="s", body=ServerUpdate(name="n"))
        assert len(seen) == 1 + 3  # PUT is idempotent: the first try and 2 retries
        assert json.loads(seen[-1].content) == {"name": "n"}


def test_the_demo_cleans_up_after_a_failed_step(
    served: tuple[str, Recorder], app: MockApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from examples import scaleway_demo

    assert app.store is not None
    seeded = {path: set(items) for path, items in app.store.data.items() if items}
    created: dict[str, list[str]] = {"servers": [], "volumes": [], "tasks": []}
    with _client(served[0]) as scw:

        def broken_list(**kwargs: Any) -> Any:
            raise ServerError("the volume list failed half-way")

        monkeypatch.setattr(scw.volumes, "list", broken_list)
        with pytest.raises(ServerError, match="half-way"):
            scaleway_demo.session(scw, created)
        scaleway_demo.clean_up(scw, created)  # what main() runs in its finally
    assert created["servers"]  # it got as far as creating (and powering on) a server
    assert created["tasks"]
    assert {path: set(items) for path, items in app.store.data.items() if items} == seeded

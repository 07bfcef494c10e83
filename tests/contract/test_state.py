"""The mock's state store (space_sdk/contract/mock/state.py): what the spec makes stateful, and how the state
moves -- created, listed by Link pages, changed, refused while in use, moved by actions through tasks, deleted,
reset; tokens from the login operation that expire on the store's clock."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from space_sdk.contract.mock.app import MockApp, create_app
from space_sdk.contract.mock.state import RESET_PATH, Store
from space_sdk.spec import SPEC_DIR

TOKEN = "mock-token"
ORG = "000a115d-2852-4b0a-9ce8-47f1134ba95a"
SERVER = "22a5c380-0a27-4a55-8f91-bedf427f6b6a"  # the Blueprint's example server (running, two volumes)
ROOT_VOLUME = "1cb48c59-1816-47b9-b3d8-54560772389c"


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(clock: Clock) -> MockApp:
    made = create_app(SPEC_DIR / "scaleway.yaml", tokens=[TOKEN], credentials="me@example.com:s3cret")
    assert made.store is not None
    made.store.now = clock
    return made


def call(
    app: MockApp, method: str, path: str, query: str = "", body: Any = None, token: str | None = TOKEN
) -> tuple[int, dict[str, str], Any]:
    headers = {"content-type": "application/json"}
    if token is not None:
        headers["x-auth-token"] = token
    raw = json.dumps(body).encode() if body is not None else b""
    answer = asyncio.run(app.handle(method, path, query, headers, raw))
    parsed = json.loads(answer.body) if answer.body else None
    return answer.status, {k.decode(): v.decode() for k, v in answer.headers}, parsed


def test_collections_come_from_the_spec_only(app: MockApp) -> None:
    store = app.store
    assert store is not None
    assert sorted(store.collections) == [
        "/images",
        "/ips",
        "/security_groups",
        "/security_groups/{group_id}/rules",
        "/servers",
        "/servers/{server_id}/user_data",
        "/snapshots",
        "/tasks",
        "/tokens",
        "/users",  # only an item path: seeded from GET /users/{user_id}'s example
        "/volumes",
    ]
    servers = store.collections["/servers"]
    assert [(name, other.path) for name, _, other in servers.embeds] == [("volumes", "/volumes")]
    assert [(name, other.path) for name, other in servers.refs] == [("image", "/images")]
    assert store.collections["/servers/{server_id}/user_data"].text


def test_read_only_apis_have_no_store() -> None:
    assert create_app(SPEC_DIR / "spacescope.yaml").store is None


def test_seeded_from_the_documented_examples_with_embedded_volumes_linked(app: MockApp) -> None:
    status, _, body = call(app, "GET", f"/volumes/{ROOT_VOLUME}")
    assert status == 200
    assert body["volume"]["server"] == {"id": SERVER, "name": "scw-be19b9"}
    # the example token is documentation, not a credential
    assert call(app, "GET", "/tokens")[2] == {"tokens": []}


def test_link_pages_and_total(app: MockApp) -> None:
    status, headers, body = call(app, "GET", "/volumes", "page=2&per_page=3")
    assert status == 200
    assert headers["x-total-count"] == "4"
    assert [v["id"] for v in body["volumes"]] == ["0facb6b5-b117-441a-81c1-f28b1d723779"]
    assert headers["link"] == (
        '</volumes?page=1&per_page=3>; rel="first", </volumes?page=1&per_page=3>; rel="previous", '
        '</volumes?page=2&per_page=3>; rel="last"'
    )
    status, _, body = call(app, "GET", "/volumes", "per_page=101")
    assert status == 400
    assert body["type"] == "invalid_request_error"
    assert list(body["fields"]) == ["per_page"]


def test_create_read_update_delete(app: MockApp) -> None:
    status, headers, body = call(
        app, "POST", "/volumes", body={"name": "v", "organization": ORG, "size": 5, "volume_type": "l_ssd"}
    )
    assert status == 201
    volume = body["volume"]
    assert headers["location"] == f"/volumes/{volume['id']}"
    assert (volume["name"], volume["size"], volume["organization"]) == ("v", 5, ORG)
    assert call(app, "GET", f"/volumes/{volume['id']}")[2] == body
    assert call(app, "GET", "/volumes")[1]["x-total-count"] == "5"
    status, _, body = call(
        app, "PUT", "/snapshots/6f418e5f-b42d-4423-a0b5-349c74c454a4", body={"name": "new"}
    )
    assert status == 200
    assert body["snapshot"]["name"] == "new"
    assert call(app, "DELETE", f"/volumes/{volume['id']}")[0] == 204
    status, _, body = call(app, "GET", f"/volumes/{volume['id']}")
    assert (status, body["type"]) == (404, "unknown_resource")


def test_nested_collections_need_their_parent(app: MockApp) -> None:
    rule = {"action": "drop", "direction": "inbound", "ip_range": "0.0.0.0/0", "protocol": "TCP"}
    status, _, body = call(app, "POST", "/security_groups/nope/rules", body=rule)
    assert (status, body["type"]) == (404, "unknown_resource")
    group = "000a115d-2852-4b1a-9ce8-47f1134ba95a"
    status, _, body = call(app, "POST", f"/security_groups/{group}/rules", body=rule)
    assert status == 201
    assert call(app, "GET", f"/security_groups/{group}/rules")[2]["rules"] == [body["rule"]]


def test_in_use_is_a_conflict(app: MockApp) -> None:
    status, _, body = call(app, "DELETE", f"/volumes/{ROOT_VOLUME}")
    assert (status, body["type"]) == (409, "conflict")
    assert "attached" in body["message"]
    status, _, body = call(app, "DELETE", f"/servers/{SERVER}")
    assert (status, body["type"]) == (409, "conflict")
    assert "should be stopped" in body["message"]


def test_actions_move_the_server_through_its_task(app: MockApp) -> None:
    status, headers, body = call(app, "POST", f"/servers/{SERVER}/action", body={"action": "poweroff"})
    assert status == 202
    task = body["task"]
    assert (task["status"], task["description"]) == ("pending", "server_poweroff")
    assert headers["location"] == f"/tasks/{task['id']}"
    assert call(app, "GET", f"/servers/{SERVER}")[2]["server"]["state"] == "stopping"
    statuses = [call(app, "GET", f"/tasks/{task['id']}")[2]["task"]["status"] for _ in range(3)]
    assert statuses == ["started", "success", "success"]
    assert call(app, "GET", f"/servers/{SERVER}")[2]["server"]["state"] == "stopped"
    status, _, body = call(app, "POST", f"/servers/{SERVER}/action", body={"action": "poweroff"})
    assert (status, body["type"]) == (409, "conflict")
    assert call(app, "DELETE", f"/servers/{SERVER}")[0] == 204
    # the server's volumes are kept, detached
    assert call(app, "GET", f"/volumes/{ROOT_VOLUME}")[2]["volume"]["server"] is None


def test_terminate_deletes_the_server(app: MockApp) -> None:
    task = call(app, "POST", f"/servers/{SERVER}/action", body={"action": "terminate"})[2]["task"]
    for _ in range(2):
        call(app, "GET", f"/tasks/{task['id']}")
    assert call(app, "GET", f"/servers/{SERVER}")[0] == 404


def test_created_servers_start_stopped_with_their_volumes(app: MockApp) -> None:
    request = {
        "name": "s",
        "organization": ORG,
        "image": "98bf3ac2-a1f5-471d-8c8f-1b706ab57ef0",
        "volumes": {"1": {"name": "d", "organization": ORG, "size": 7, "volume_type": "l_ssd"}},
    }
    server = call(app, "POST", "/servers", body=request)[2]["server"]
    assert server["state"] == "stopped"
    assert server["image"]["id"] == "98bf3ac2-a1f5-471d-8c8f-1b706ab57ef0"  # the stored image, embedded
    volume = server["volumes"]["1"]
    assert call(app, "GET", f"/volumes/{volume['id']}")[2]["volume"]["server"]["id"] == server["id"]


def test_tokens_from_the_login_expire_extend_and_die(app: MockApp, clock: Clock) -> None:
    status, _, body = call(
        app, "POST", "/tokens", body={"email": "me@example.com", "password": "no"}, token=None
    )
    assert (status, body["type"]) == (401, "invalid_auth")
    login = {"email": "me@example.com", "password": "s3cret"}
    status, _, body = call(app, "POST", "/tokens", body=login, token=None)
    assert status == 201
    token = body["token"]["id"]
    assert call(app, "GET", "/servers", token=token)[0] == 200
    clock.now += 1700
    extended = call(app, "PATCH", f"/tokens/{token}", token=token)[2]["token"]
    assert extended["expires"] > body["token"]["expires"]
    clock.now += 1700  # 3400 s after creation, 1700 s after the extension
    assert call(app, "GET", "/servers", token=token)[0] == 200
    clock.now += 200
    status, _, body = call(app, "GET", "/servers", token=token)
    assert (status, body["type"]) == (401, "invalid_auth")
    forever = call(app, "POST", "/tokens", body={**login, "expires": False}, token=None)[2]["token"]
    assert forever["expires"] is None
    clock.now += 10**7
    assert call(app, "GET", "/servers", token=forever["id"])[0] == 200
    assert call(app, "DELETE", f"/tokens/{forever['id']}", token=forever["id"])[0] == 204
    assert call(app, "GET", "/servers", token=forever["id"])[0] == 401


def test_user_data_is_stored_as_text(app: MockApp) -> None:
    path = f"/servers/{SERVER}/user_data/motd"
    answer = asyncio.run(
        app.handle("PATCH", path, "", {"x-auth-token": TOKEN, "content-type": "text/plain"}, b"hi there")
    )
    assert answer.status == 201
    answer = asyncio.run(app.handle("GET", path, "", {"x-auth-token": TOKEN}, b""))
    assert (answer.status, answer.body) == (200, b"hi there")
    assert (b"content-type", b"text/plain") in answer.headers
    assert call(app, "GET", f"/servers/{SERVER}/user_data")[2] == {"user_data": ["motd"]}
    assert call(app, "GET", "/servers/nope/user_data")[0] == 404


def test_reset_endpoint_restores_the_seed(app: MockApp) -> None:
    store = app.store
    assert isinstance(store, Store)
    call(app, "DELETE", "/images/98bf3ac2-a1f5-471d-8c8f-1b706ab57ef0")
    assert call(app, "GET", "/images")[1]["x-total-count"] == "1"
    assert call(app, "POST", RESET_PATH, token=None)[0] == 204
    assert call(app, "GET", "/images")[1]["x-total-count"] == "2"

"""The vendor's own legacy Python client, `scaleway-sdk==1.15.0` (python-scaleway on slumber), against the
mock served on 127.0.0.1, as shipped: slumber adds a `/` to every path (`GET /servers/`), sends
`accept`/`content-type: application/json` on every call and raises `HttpClientError` for any 4xx.

Nobody on this project wrote that client; it was written against the real legacy API. One realistic session
runs once per module (login, every list, a volume's life, a server's life through its tasks, permissions,
quotas, errors) and each step is its own test, so a failure names the step. A step that cannot pass is
listed in `CANNOT` with the reason; none is listed today.

`LEGACY_SCALEWAY_URL=http://127.0.0.1:4012` runs the same session against a mock already serving there
(`make mock`, whose Scaleway port is MOCK_PORT+2, with its default MOCK_CREDENTIALS) instead of one of its own.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import slumber
from scaleway.apis import AccountAPI, ComputeAPI

from space_sdk.contract.mock.app import MockApp, create_app
from space_sdk.contract.runner import ServedMock
from space_sdk.spec import SPEC_DIR, load_spec

EMAIL, PASSWORD = "mock@example.com", "mock-password"  # the mock's documented MOCK_CREDENTIALS default
TASK_READS = 10  # a task the mock does not finish within this many reads is a failure (no clock involved)

#: step name -> why it cannot pass against the mock (an xfail that must keep failing)
CANNOT: dict[str, str] = {}


@dataclass
class Session:
    """What the steps share: the served mock's root, the clients, and what earlier steps found."""

    root: str
    token: str = ""
    found: dict[str, Any] = field(default_factory=dict)

    def account(self, token: str | None = None) -> Any:
        return AccountAPI(base_url=self.root + "/", auth_token=self.token if token is None else token)

    def compute(self, token: str | None = None) -> Any:
        return ComputeAPI(base_url=self.root + "/", auth_token=self.token if token is None else token)


def _error(exc: slumber.exceptions.SlumberHttpBaseException) -> tuple[int, dict[str, Any]]:
    """(status, JSON body) of a slumber error; a body that is not the API's JSON error fails the step."""
    response = exc.response  # type: ignore[attr-defined]
    body = json.loads(response.content)
    assert isinstance(body, dict), body
    return int(response.status_code), body


def _spec_error_types() -> set[str]:
    table = load_spec(SPEC_DIR / "scaleway.yaml").document["x-errors"]["table"]
    return {row["code"] for row in table if "code" in row}


ERROR_TYPES = _spec_error_types()


def _assert_error(exc: slumber.exceptions.SlumberHttpBaseException, status: int, type_: str) -> None:
    got_status, body = _error(exc)
    assert got_status == status, body
    assert body.get("type") == type_, body
    assert body["type"] in ERROR_TYPES
    assert isinstance(body.get("message"), str), body
    assert body["message"], body


# -- the steps, in the order a user of the legacy client runs them ------------------------------------


def login(s: Session) -> None:
    answer = (
        AccountAPI(base_url=s.root + "/")
        .query()
        .tokens.post({"email": EMAIL, "password": PASSWORD, "expires": False})
    )
    s.token = answer["token"]["id"]
    s.found["user_id"] = answer["token"]["user_id"]


def get_own_token(s: Session) -> None:
    token = s.account().query().tokens(s.token).get()["token"]
    assert token["id"] == s.token
    assert token["expires"] is None  # created with expires: false


def get_own_user(s: Session) -> None:
    user = s.account().query().users(s.found["user_id"]).get()["user"]
    assert user["id"] == s.found["user_id"]


def list_tokens(s: Session) -> None:
    ids = [t["id"] for t in s.account().query().tokens.get()["tokens"]]
    assert s.token in ids


def list_organizations(s: Session) -> None:
    organizations = s.account().query().organizations.get()["organizations"]
    assert organizations
    s.found["organization"] = organizations[0]["id"]
    assert all(u["email"] for o in organizations for u in o["users"])


def has_perm(s: Session) -> None:
    account = s.account()
    resources = account.get_resources()
    assert resources, "a valid token has permissions"
    assert account.has_perm(service="compute") is True
    assert account.has_perm(service="no-such-service") is False


def quotas(s: Session) -> None:
    account = s.account()
    quotas = account.get_quotas(s.found["organization"])
    assert quotas, quotas
    assert all(isinstance(v, int) for v in quotas.values()), quotas
    assert account.has_quota(s.found["organization"], "servers") is True


def _list(name: str, resource: Callable[[Any], Any], key: str) -> Callable[[Session], None]:
    def step(s: Session) -> None:
        answer = resource(s.compute().query()).get()
        assert isinstance(answer[key], list | dict), answer
        s.found[key] = answer[key]

    step.__name__ = name
    return step


list_servers = _list("list_servers", lambda q: q.servers, "servers")
list_volumes = _list("list_volumes", lambda q: q.volumes, "volumes")
list_images = _list("list_images", lambda q: q.images, "images")
list_snapshots = _list("list_snapshots", lambda q: q.snapshots, "snapshots")
list_ips = _list("list_ips", lambda q: q.ips, "ips")
list_security_groups = _list("list_security_groups", lambda q: q.security_groups, "security_groups")
list_tasks = _list("list_tasks", lambda q: q.tasks, "tasks")
list_products = _list("list_products", lambda q: q.products.servers, "servers")


def head_total_count(s: Session) -> None:
    # scaleway-cli asks HEAD first on every list, for X-Total-Count (GetResponsePaginate)
    volumes = s.compute().query().volumes
    volumes.head()
    assert int(volumes._.headers["X-Total-Count"]) == len(s.found["volumes"])
    assert volumes._.content == b""


def list_availability(s: Session) -> None:
    assert isinstance(s.compute().query().products.servers.availability.get()["servers"], dict)


def list_rules(s: Session) -> None:
    group = s.found["security_groups"][0]["id"]
    assert isinstance(s.compute().query().security_groups(group).rules.get()["rules"], list)


def volume_create(s: Session) -> None:
    body = {"name": "legacy-volume", "organization": s.found["organization"], "size": 10_000_000_000}
    volume = s.compute().query().volumes.post({**body, "volume_type": "l_ssd"})["volume"]
    assert volume["name"] == "legacy-volume"
    assert volume["size"] == 10_000_000_000
    assert volume["server"] is None
    s.found["volume"] = volume["id"]


def volume_get(s: Session) -> None:
    assert s.compute().query().volumes(s.found["volume"]).get()["volume"]["id"] == s.found["volume"]


def volume_rename(s: Session) -> None:
    # as the Go CLI does for a new server's root volume: PUT the whole volume with the new name
    volumes = s.compute().query().volumes(s.found["volume"])
    volume = volumes.get()["volume"]
    renamed = volumes.put({**volume, "name": "legacy-renamed"})["volume"]
    assert renamed["name"] == "legacy-renamed"
    assert volumes.get()["volume"]["name"] == "legacy-renamed"


def volume_delete(s: Session) -> None:
    volumes = s.compute().query().volumes(s.found["volume"])
    assert volumes.delete() is True
    with pytest.raises(slumber.exceptions.HttpNotFoundError) as caught:
        volumes.get()
    _assert_error(caught.value, 404, "unknown_resource")


def server_create(s: Session) -> None:
    image = s.found["images"][0]
    body = {
        "name": "legacy-server",
        "organization": s.found["organization"],
        "image": image["id"],
        "commercial_type": "START1-S",
        "tags": ["legacy"],
    }
    server = s.compute().query().servers.post(body)["server"]
    assert server["state"] == "stopped"
    assert server["image"]["id"] == image["id"]
    root = server["volumes"]["0"]  # the root volume comes from the image
    assert root["name"] == image["root_volume"]["name"]
    for name in ("size", "volume_type"):  # optional in an image's root_volume
        assert root[name] == image["root_volume"].get(name, root[name])
    assert isinstance(root["size"], int)
    assert root["size"] > 0
    assert root["export_uri"] == "device://dev/vda"
    assert root["organization"] == s.found["organization"]
    assert root["server"]["id"] == server["id"]
    groups = {g["id"] for g in s.compute().query().security_groups.get()["security_groups"]}
    assert server["security_group"]["id"] in groups
    assert server["arch"] in ("x86_64", "arm")
    assert server["boot_type"] in ("local", "bootscript")
    s.found["server"] = server["id"]
    s.found["root_volume"] = root["id"]


def server_create_resized_root(s: Session) -> None:
    # scaleway-cli v1.20's create: `volumes["0"]` is `{size}` alone (the image's root volume, resized),
    # then the root volume is renamed `<hostname>-<name>` by PUT with the whole volume
    image = s.found["images"][0]
    body = {
        "name": "cli-server",
        "organization": s.found["organization"],
        "image": image["id"],
        "commercial_type": "START1-S",
        "bootscript": None,
        "volumes": {"0": {"size": 25_000_000_000}},
    }
    compute = s.compute().query()
    server = compute.servers.post(body)["server"]
    root = server["volumes"]["0"]
    assert root["size"] == 25_000_000_000
    assert root["name"] == image["root_volume"]["name"]
    volume = compute.volumes(root["id"])
    renamed = volume.put({**root, "name": f"{server['hostname']}-{root['name']}"})["volume"]
    assert renamed["name"] == f"{server['hostname']}-{root['name']}"
    assert renamed["server"]["id"] == server["id"]  # sent back as is, not changed
    assert compute.servers(server["id"]).delete() is True
    assert volume.delete() is True


def server_root_volume_listed(s: Session) -> None:
    volume = s.compute().query().volumes(s.found["root_volume"]).get()["volume"]
    assert volume["server"]["id"] == s.found["server"]


def server_actions(s: Session) -> None:
    actions = s.compute().query().servers(s.found["server"]).action.get()["actions"]
    assert "poweron" in actions


def _run_action(s: Session, action: str) -> None:
    task = s.compute().query().servers(s.found["server"]).action.post({"action": action})["task"]
    assert task["status"] == "pending"
    for _ in range(TASK_READS):
        task = s.compute().query().tasks(task["id"]).get()["task"]
        if task["status"] in ("success", "failure"):
            break
    assert task["status"] == "success", task


def server_poweron(s: Session) -> None:
    _run_action(s, "poweron")


def server_running(s: Session) -> None:
    assert s.compute().query().servers(s.found["server"]).get()["server"]["state"] == "running"


def server_delete_running_conflict(s: Session) -> None:
    with pytest.raises(slumber.exceptions.HttpClientError) as caught:
        s.compute().query().servers(s.found["server"]).delete()
    _assert_error(caught.value, 409, "conflict")


def server_rename(s: Session) -> None:
    # `scw rename`: PATCH with the name only
    servers = s.compute().query().servers(s.found["server"])
    assert servers.patch({"name": "legacy-renamed"})["server"]["name"] == "legacy-renamed"
    assert servers.get()["server"]["name"] == "legacy-renamed"


def server_poweroff(s: Session) -> None:
    _run_action(s, "poweroff")
    assert s.compute().query().servers(s.found["server"]).get()["server"]["state"] == "stopped"


def attached_volume_delete_conflict(s: Session) -> None:
    with pytest.raises(slumber.exceptions.HttpClientError) as caught:
        s.compute().query().volumes(s.found["root_volume"]).delete()
    _assert_error(caught.value, 409, "conflict")


def server_delete(s: Session) -> None:
    servers = s.compute().query().servers(s.found["server"])
    assert servers.delete() is True
    with pytest.raises(slumber.exceptions.HttpNotFoundError) as caught:
        servers.get()
    _assert_error(caught.value, 404, "unknown_resource")
    # its volumes stay, detached, and can now be deleted
    volume = s.compute().query().volumes(s.found["root_volume"])
    assert volume.get()["volume"]["server"] is None
    assert volume.delete() is True


def error_wrong_token(s: Session) -> None:
    with pytest.raises(slumber.exceptions.HttpClientError) as caught:
        s.compute(token="00000000-0000-4000-8000-000000000000").query().servers.get()
    _assert_error(caught.value, 401, "invalid_auth")


def error_wrong_token_has_perm(s: Session) -> None:
    # the client's own reading of a refused token: 400/404 -> BadToken, 410 -> ExpiredToken
    from scaleway.apis.api_account import BadToken

    with pytest.raises((BadToken, slumber.exceptions.HttpClientError)) as caught:
        s.account(token="00000000-0000-4000-8000-000000000000").has_perm(service="compute")
    if isinstance(caught.value, slumber.exceptions.HttpClientError):
        _assert_error(caught.value, 401, "invalid_auth")


def error_unknown_id(s: Session) -> None:
    with pytest.raises(slumber.exceptions.HttpNotFoundError) as caught:
        s.compute().query().servers("00000000-0000-4000-8000-000000000000").get()
    _assert_error(caught.value, 404, "unknown_resource")


def error_unknown_user(s: Session) -> None:
    with pytest.raises(slumber.exceptions.HttpNotFoundError) as caught:
        s.account().query().users("00000000-0000-4000-8000-000000000000").get()
    _assert_error(caught.value, 404, "unknown_resource")


def error_unknown_path(s: Session) -> None:
    with pytest.raises(slumber.exceptions.HttpNotFoundError) as caught:
        s.compute().query().no_such_things.get()
    _assert_error(caught.value, 404, "unknown_resource")


def error_method_not_allowed(s: Session) -> None:
    with pytest.raises(slumber.exceptions.HttpClientError) as caught:
        s.compute().query().servers.delete()
    status, body = _error(caught.value)
    assert status == 405, body
    assert body.get("type") in ERROR_TYPES, body
    assert body.get("message"), body


def error_invalid_field(s: Session) -> None:
    with pytest.raises(slumber.exceptions.HttpClientError) as caught:
        s.compute().query().volumes.post(
            {"name": "x", "organization": s.found["organization"], "size": 0, "volume_type": "l_ssd"}
        )
    _assert_error(caught.value, 400, "invalid_request_error")
    assert "size" in _error(caught.value)[1].get("fields", {})


def logout(s: Session) -> None:
    assert s.account().query().tokens(s.token).delete() is True
    with pytest.raises(slumber.exceptions.HttpClientError) as caught:
        s.compute().query().servers.get()
    _assert_error(caught.value, 401, "invalid_auth")


STEPS: list[Callable[[Session], None]] = [
    login,
    get_own_token,
    get_own_user,
    list_tokens,
    list_organizations,
    has_perm,
    quotas,
    list_servers,
    list_volumes,
    head_total_count,
    list_images,
    list_snapshots,
    list_ips,
    list_security_groups,
    list_rules,
    list_tasks,
    list_products,
    list_availability,
    volume_create,
    volume_get,
    volume_rename,
    volume_delete,
    server_create,
    server_root_volume_listed,
    server_create_resized_root,
    server_actions,
    server_poweron,
    server_running,
    server_delete_running_conflict,
    server_rename,
    server_poweroff,
    attached_volume_delete_conflict,
    server_delete,
    error_wrong_token,
    error_wrong_token_has_perm,
    error_unknown_id,
    error_unknown_user,
    error_unknown_path,
    error_method_not_allowed,
    error_invalid_field,
    logout,
]


@pytest.fixture(scope="module")
def root() -> Iterator[str]:
    """The mock's root URL: LEGACY_SCALEWAY_URL, or the mock served here on 127.0.0.1."""
    given = os.environ.get("LEGACY_SCALEWAY_URL")
    if given:
        yield given.rstrip("/")
        return
    app: MockApp = create_app(SPEC_DIR / "scaleway.yaml", tokens=[], credentials=f"{EMAIL}:{PASSWORD}")
    with ServedMock(app) as served:
        yield served


@pytest.fixture(scope="module")
def outcomes(root: str) -> dict[str, BaseException | None]:
    """Runs the session once: each step's exception (None when it passed). A step after a failed one
    still runs: it fails on its own if it needed what the failed one should have found."""
    results: dict[str, BaseException | None] = {}
    session = Session(root)
    for step in STEPS:
        try:
            step(session)
        except (Exception, pytest.fail.Exception) as exc:  # reported per step below
            results[step.__name__] = exc
        else:
            results[step.__name__] = None
    return results


@pytest.mark.parametrize("name", [step.__name__ for step in STEPS])
def test_step(name: str, outcomes: dict[str, BaseException | None]) -> None:
    if name in CANNOT:
        pytest.xfail(CANNOT[name])
    failure = outcomes[name]
    if failure is not None:
        raise AssertionError(f"{name}: {type(failure).__name__}: {failure}") from failure


def test_the_client_sent_trailing_slashes() -> None:
    """The client is used as shipped: slumber's `append_slash` is on, so every path above ended in `/`."""
    assert ComputeAPI(base_url="http://127.0.0.1/").query().servers.url().endswith("/servers/")

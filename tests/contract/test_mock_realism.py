"""What the legacy clients showed the mock lacked (issue 18): trailing slashes and HEAD as real servers answer
them, every answer in the API's error shape, created objects derived as documented (`x-derive`), references
to objects that exist (`x-refers-to`), resources with only an item path stored, and updates limited to the
request schema's fields. The legacy client itself runs in tests/legacy/."""

from __future__ import annotations

import asyncio
import copy

import pytest

from space_sdk.contract.mock.app import MockApp, create_app
from space_sdk.contract.mock.state import Store, _choose
from space_sdk.spec import SPEC_DIR, load_spec, spec_from_document

from .test_state import ORG, TOKEN, call

EMAIL, PASSWORD = "me@example.com", "s3cret"
UNKNOWN = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def app() -> MockApp:
    return create_app(
        SPEC_DIR / "scaleway.yaml", tokens=[TOKEN], credentials=f"{EMAIL}:{PASSWORD}", test_mode=True
    )


def _types(app: MockApp) -> set[str]:
    return {str(e.code) for e in app.spec.errors.entries if e.code is not None}


def _image(app: MockApp) -> dict[str, object]:
    _, _, body = call(app, "GET", "/images")
    image: dict[str, object] = body["images"][0]
    return image


def _new_server(app: MockApp, **extra: object) -> dict[str, object]:
    body = {"name": "s", "organization": ORG, "image": _image(app)["id"], **extra}
    status, _, answer = call(app, "POST", "/servers", body=body)
    assert status == 201, answer
    server: dict[str, object] = answer["server"]
    return server


def test_a_trailing_slash_is_the_same_path(app: MockApp) -> None:
    assert call(app, "GET", "/servers/") == call(app, "GET", "/servers")
    assert call(app, "GET", f"/servers/{UNKNOWN}/")[0] == 404


def test_head_is_answered_as_get(app: MockApp) -> None:
    # (send_answer drops the body of a HEAD answer on the wire)
    status, headers, _ = call(app, "HEAD", "/volumes")
    assert status == 200
    assert int(headers["x-total-count"]) == len(call(app, "GET", "/volumes")[2]["volumes"])
    assert call(app, "HEAD", f"/volumes/{UNKNOWN}")[0] == 404


@pytest.mark.parametrize(
    ("method", "path", "status", "type_"),
    [
        ("DELETE", "/servers", 405, "invalid_request_error"),
        ("GET", "/no/such/path", 404, "unknown_resource"),
        ("GET", f"/users/{UNKNOWN}", 404, "unknown_resource"),
        ("GET", f"/tokens/{UNKNOWN}/permissions", 404, "unknown_resource"),
    ],
)
def test_every_answer_is_in_the_error_shape(
    app: MockApp, method: str, path: str, status: int, type_: str
) -> None:
    got, headers, body = call(app, method, path)
    assert got == status
    assert body["type"] == type_
    assert body["type"] in _types(app)
    assert body["message"]
    if status == 405:
        assert headers["allow"] == "GET, POST"


def test_an_injected_503_has_the_server_type(app: MockApp) -> None:
    answer = asyncio.run(
        app.handle("GET", "/servers", "", {"x-auth-token": TOKEN, "x-mock-fault": "status:503"}, b"")
    )
    assert answer.status == 503
    assert b'"type":"api_error"' in answer.body


def test_a_too_large_body_is_413_in_the_error_shape() -> None:
    doc = copy.deepcopy(load_spec(SPEC_DIR / "scaleway.yaml").document)
    doc["x-max-body-bytes"] = {"limit": 10}
    small = MockApp(spec_from_document(doc, name="scaleway"), tokens=[TOKEN])
    status, _, body = call(small, "POST", "/volumes", body={"name": "a long enough body"})
    assert status == 413
    assert body["type"] == "invalid_request_error"


def test_the_login_token_names_a_real_user(app: MockApp) -> None:
    status, _, answer = call(app, "POST", "/tokens", body={"email": EMAIL, "password": PASSWORD}, token=None)
    assert status == 201
    user_id = answer["token"]["user_id"]
    status, _, user = call(app, "GET", f"/users/{user_id}")
    assert status == 200
    assert user["user"]["id"] == user_id
    status, _, perms = call(
        app, "GET", f"/tokens/{answer['token']['id']}/permissions", "include_locked=False"
    )
    assert status == 200, perms
    assert perms["permissions"]


def test_a_server_gets_its_root_volume_from_the_image(app: MockApp) -> None:
    image = _image(app)
    server = _new_server(app)
    volumes = server["volumes"]
    assert isinstance(volumes, dict)
    assert list(volumes) == ["0"]
    root = volumes["0"]
    assert root["name"] == image["root_volume"]["name"]  # type: ignore[index]
    assert root["organization"] == ORG
    assert root["export_uri"] == "device://dev/vda"
    assert root["server"] == {"id": server["id"], "name": "s"}
    status, _, stored = call(app, "GET", f"/volumes/{root['id']}")
    assert status == 200
    assert stored["volume"]["server"]["id"] == server["id"]


def test_request_volumes_sit_beside_the_root_volume_and_a_given_0_wins(app: MockApp) -> None:
    template = {"name": "data", "organization": ORG, "size": 10_000_000_000, "volume_type": "l_ssd"}
    assert sorted(_new_server(app, volumes={"1": template})["volumes"]) == ["0", "1"]  # type: ignore[arg-type]
    given = _new_server(app, volumes={"0": template})["volumes"]
    assert given["0"]["name"] == "data"  # type: ignore[index]
    resized = _new_server(app, volumes={"0": {"size": 7}})["volumes"]  # scaleway-cli's create
    assert resized["0"]["size"] == 7  # type: ignore[index]
    assert resized["0"]["name"] == _image(app)["root_volume"]["name"]  # type: ignore[index]
    status, _, refused = call(
        app, "POST", "/servers", body={"name": "s", "organization": ORG, "image": "i", "volumes": {"0": {}}}
    )
    assert status == 400, refused  # neither a template nor a resize


def test_a_servers_security_group_is_listed_and_of_its_organization(app: MockApp) -> None:
    groups = {g["id"]: g for g in call(app, "GET", "/security_groups")[2]["security_groups"]}
    group = _new_server(app)["security_group"]
    assert isinstance(group, dict)
    assert group["id"] in groups  # no group of ORG is seeded: the listed default group
    assert group["name"] == groups[group["id"]]["name"]
    status, _, made = call(
        app, "POST", "/security_groups", body={"organization": ORG, "name": "mine", "description": "d"}
    )
    assert status == 201
    assert _new_server(app)["security_group"] == {"id": made["security_group"]["id"], "name": "mine"}


def test_refers_to_prefers_match_then_prefer() -> None:
    rule = {"path": "/g/{id}", "match": ["organization"], "prefer": {"default": True}}
    other_default = {"id": "a", "organization": "o2", "default": True}
    same_plain = {"id": "b", "organization": "o1", "default": False}
    same_default = {"id": "c", "organization": "o1", "default": True}
    new = {"organization": "o1"}
    assert _choose([other_default, same_plain, same_default], None, rule, new) is same_default
    assert _choose([other_default, same_plain], None, rule, new) is same_plain
    assert _choose([other_default], None, rule, new) is other_default
    assert _choose([other_default, same_default], "a", rule, new) is other_default  # the request's own
    assert _choose([], None, rule, new) is None


def test_an_update_takes_only_the_request_schemas_fields(app: MockApp) -> None:
    status, _, created = call(
        app, "POST", "/volumes", body={"name": "v", "organization": ORG, "size": 5, "volume_type": "l_ssd"}
    )
    assert status == 201
    volume = created["volume"]
    status, _, renamed = call(
        app, "PUT", f"/volumes/{volume['id']}/", body={**volume, "name": "w", "size": 999, "state": "x"}
    )
    assert status == 200
    assert renamed["volume"]["name"] == "w"
    assert renamed["volume"]["size"] == 5  # scaleway-cli sends the whole volume: only name is writable


def test_patch_changes_only_what_is_sent(app: MockApp) -> None:
    server = _new_server(app, tags=["a"])
    status, _, patched = call(app, "PATCH", f"/servers/{server['id']}", body={"name": "renamed"})
    assert status == 200
    assert patched["server"]["name"] == "renamed"
    assert patched["server"]["tags"] == ["a"]


def test_an_item_only_resource_is_stored_and_seeded() -> None:
    store = Store(load_spec(SPEC_DIR / "scaleway.yaml"))
    users = store.data["/users"]
    assert list(users) == ["5bea0358-db40-429e-bd82-953016a7e2s7"]  # GET /users/{user_id}'s example

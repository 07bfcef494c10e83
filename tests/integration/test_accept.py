"""``Accept``: each request names its operation's documented success media types (the generated
``OPERATIONS[...]["accept"]``), and the mock negotiates as a real server does: 406 in the API's error shape
when nothing it could answer is acceptable."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from space_sdk import APIError, Scaleway, SpaceKnow
from space_sdk._registry import api_names, get_api
from space_sdk.contract.mock.app import MockApp, create_app
from space_sdk.contract.mock.negotiation import acceptable, quality, success_media_types
from space_sdk.spec import SPEC_DIR, load_spec

from .conftest import LOOPBACK, TOKEN, Recorder

SEEDED_SERVER = "22a5c380-0a27-4a55-8f91-bedf427f6b6a"  # the Blueprint's server example
USER_DATA = f"/servers/{SEEDED_SERVER}/user_data/motd"


@pytest.fixture(scope="module")
def scaleway_app() -> MockApp:
    return create_app(SPEC_DIR / "scaleway.yaml", tokens=[TOKEN])


@pytest.fixture(scope="module")
def spaceknow_app() -> MockApp:
    return create_app(SPEC_DIR / "spaceknow.yaml", tokens=[TOKEN])


def test_every_operation_carries_its_success_media_types() -> None:
    for name in api_names():
        spec = load_spec(SPEC_DIR / f"{name}.yaml")
        operations = get_api(name).generated.OPERATIONS  # type: ignore[union-attr]
        assert len(operations) == len(spec.operations)
        for op in spec.operations:
            accept = operations[op.operation_id]["accept"]
            # the success types first, in the spec's order; then the errors' own, at a lower quality
            assert [m for m in accept if not m.endswith(";q=0.5")] == list(success_media_types(spec, op))
    scaleway = get_api("scaleway").generated.OPERATIONS  # type: ignore[union-attr]
    assert scaleway["get_user_data"]["accept"] == ["text/plain", "application/json;q=0.5"]
    assert scaleway["delete_volume"]["accept"] == [
        "application/json;q=0.5"
    ]  # 204: only the errors have a body
    tile = get_api("spaceknow").generated.OPERATIONS["kraken_tile"]  # type: ignore[union-attr]
    assert tile["accept"] == ["image/png", "application/json"]


@pytest.mark.parametrize(
    ("header", "media", "expected"),
    [
        ("application/json", "application/json", 1.0),
        ("application/json", "text/plain", 0.0),
        ("text/*;q=0.5", "text/plain", 0.5),
        ("*/*;q=0.1, text/plain;q=0", "text/plain", 0.0),  # the most specific range wins
        ("*/*;q=0.1, text/plain;q=0", "image/png", 0.1),
        ("TEXT/Plain", "text/plain; charset=utf-8", 1.0),
        ("text/plain;q=oops", "text/plain", 0.0),
    ],
)
def test_quality_follows_rfc_9110(header: str, media: str, expected: float) -> None:
    assert quality(header, media) == expected


def test_no_accept_header_accepts_anything() -> None:
    assert acceptable(None, ["text/plain"])
    assert acceptable("  ", ["text/plain"])
    assert not acceptable("application/json", ["text/plain"])


# -- the mock negotiates ------------------------------------------------------------------------------------


async def _get(app: MockApp, path: str, accept: str | None) -> httpx.Response:
    headers = {"X-Auth-Token": TOKEN, **({"Accept": accept} if accept is not None else {})}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=LOOPBACK) as http:
        return await http.get(path, headers=headers)


@pytest.mark.parametrize(
    "accept", [None, "text/plain", "text/*", "*/*", "application/json, text/plain;q=0.5"]
)
async def test_the_mock_serves_user_data_to_an_accept_allowing_text(
    scaleway_app: MockApp, accept: str
) -> None:
    assert scaleway_app.store is not None
    scaleway_app.store.reset()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=scaleway_app), base_url=LOOPBACK) as http:
        put = await http.patch(
            USER_DATA, content=b"hi", headers={"X-Auth-Token": TOKEN, "content-type": "text/plain"}
        )
        assert put.status_code == 201, put.text
    answer = await _get(scaleway_app, USER_DATA, accept)
    assert answer.status_code == 200
    assert answer.content == b"hi"


async def test_the_mock_answers_406_in_the_apis_error_shape(scaleway_app: MockApp) -> None:
    answer = await _get(scaleway_app, USER_DATA, "application/json")
    assert answer.status_code == 406
    body = answer.json()
    # Scaleway's error shape ({type, message, fields?}, by x-errors.body): the message says what was asked
    assert set(body) <= {"type", "message", "fields"}
    assert "message" in body
    assert "text/plain" in body["message"]
    assert "Accept: application/json" in body["message"]


# -- the SDK sends the documented types ------------------------------------------------------------------------


def _accept_of(rec: Recorder, path_part: str) -> str:
    return next(seen.headers["accept"] for seen in rec.requests if path_part in seen.path)


async def test_user_data_get_sends_text_plain_and_reads_it(scaleway_app: MockApp) -> None:
    from space_sdk import AsyncScaleway

    assert scaleway_app.store is not None
    scaleway_app.store.reset()
    rec = Recorder(scaleway_app)
    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=rec)) as http,
        AsyncScaleway(TOKEN, base_url=LOOPBACK, http_client=http) as scw,
    ):
        # set with plain httpx: the async client cannot send a File body yet (a sync stream; reported)
        headers = {"X-Auth-Token": TOKEN, "content-type": "text/plain"}
        assert (await http.patch(LOOPBACK + USER_DATA, content=b"x", headers=headers)).status_code == 201
        assert await scw.servers.user_data.get(server_id=SEEDED_SERVER, key="motd") == b"x"
        listed = await scw.servers.user_data.list(server_id=SEEDED_SERVER)
    assert listed.user_data == ["motd"]
    gets = [s.headers["accept"] for s in rec.requests if s.method == "GET"]
    assert gets == ["text/plain, application/json;q=0.5", "application/json"]  # the value, the list of keys


async def test_a_tile_asks_for_png_or_json_and_gets_the_png(spaceknow_app: MockApp) -> None:
    from space_sdk import AsyncSpaceKnow

    rec = Recorder(spaceknow_app)
    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=rec)) as http,
        AsyncSpaceKnow(TOKEN, base_url=LOOPBACK, http_client=http) as sk,
    ):
        tile = await sk.kraken.tile(map_id="map1", z=16, x=35357, y=22209, file="truecolor.png")
    assert isinstance(tile, bytes)
    assert tile.startswith(b"\x89PNG")
    assert _accept_of(rec, "/kraken/grid/") == "image/png, application/json"


def test_a_json_operation_still_sends_json() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["accept"])
        return httpx.Response(200, json={"remainingCredit": 1.5})

    with SpaceKnow(TOKEN, transport=httpx.MockTransport(handler)) as sk:
        assert sk.credits.remaining().remaining_credit == 1.5
    assert seen == ["application/json"]


def test_a_406_from_a_server_is_an_sdk_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(406, json={"type": "invalid_request_error", "message": "not acceptable"})

    kwargs: dict[str, Any] = {"server_id": SEEDED_SERVER, "key": "motd"}
    with Scaleway(TOKEN, transport=httpx.MockTransport(handler)) as scw, pytest.raises(APIError) as info:
        scw.servers.user_data.get(**kwargs)
    assert info.value.status_code == 406

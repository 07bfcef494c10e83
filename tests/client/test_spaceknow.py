"""The SpaceKnow profile: permissions, extents checked before sending, the 64 KiB body limit, map tiles,
extent decomposition, and email/password login through Auth0 -- all against in-process transports."""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sdk_helpers import TOKEN
from spaceknow_client.models import AreaCheckRequest, ImagerySearchRequest, TransactionsRequest

from space_sdk import (
    AuthenticationError,
    ParameterError,
    PermissionDeniedError,
    SpaceKnow,
)
from space_sdk.contract.mock.app import permits as mock_permits
from space_sdk.spaceknow import decompose, permits, tiles_covering

PRAGUE = {
    "type": "GeometryCollection",
    "geometries": [
        {
            "type": "Polygon",
            "coordinates": [
                [
                    [14.452436864376, 50.092111002982],
                    [14.451779723167, 50.092107561411],
                    [14.452233016491, 50.091543140472],
                    [14.452436864376, 50.092111002982],
                ]
            ],
        }
    ],
}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


class Sent:
    """Records requests; answers from a function of the request."""

    def __init__(self, answer: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer or (lambda r: httpx.Response(200, json={"cost": 1.25, "km2": 2.5}))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        response: httpx.Response = self.answer(request)
        return response


def sk(handler: Any, **kw: Any) -> SpaceKnow:
    return SpaceKnow(TOKEN, transport=httpx.MockTransport(handler), **kw)


# -- permissions ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("user", "required", "expected"),
    [
        ("imagery.availability", "imagery.availability", True),
        (
            "imagery",
            "imagery.availability",
            True,
        ),  # shorter grants its descendants (the seed's snippet: IndexError)
        ("imagery", "imagery.availability.deep", True),
        ("imagery.avail", "imagery.availability", False),  # whole segments, not string prefixes
        ("imagery.availability", "imagery", False),  # longer never grants shorter
        ("kraken", "imagery.availability", False),
        ("credits.check-area", "credits.check-area", True),
    ],
)
@pytest.mark.parametrize("rule", [permits, mock_permits], ids=["sdk", "mock"])
def test_permits_is_a_segment_wise_prefix(
    rule: Callable[[str, str], bool], user: str, required: str, expected: bool
) -> None:
    # the mock keeps its own copy of the rule (a server must not borrow the client's logic it tests):
    # both are held to the same documented table
    assert rule(user, required) is expected


def test_the_docs_snippet_fails_where_the_text_says_it_grants() -> None:
    def snippet(user_permission_str: str, required_permission_str: str) -> bool:
        user_permission = user_permission_str.split(".")
        required_permission = required_permission_str.split(".")
        if len(user_permission) > len(required_permission):
            return False
        return all(user_permission[i] == required_permission[i] for i in range(len(required_permission)))

    with pytest.raises(IndexError):
        snippet("imagery", "imagery.availability")
    assert permits("imagery", "imagery.availability")


@pytest.mark.parametrize("bad", ["", "imagery.", ".imagery", "a..b", None])
def test_malformed_permissions_are_refused(bad: Any) -> None:
    with pytest.raises(ParameterError):
        permits(bad, "imagery")


# -- extents and the body limit ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extent", "message"),
    [
        (
            {"type": "Polygon", "coordinates": [[[14, 95], [15, 50], [15, 51], [14, 95]]]},
            r"latitude must be within -90\.\.90",
        ),
        (
            {"type": "Polygon", "coordinates": [[[190, 50], [15, 50], [15, 51], [190, 50]]]},
            "longitude must be within",
        ),
        ({"type": "Point", "coordinates": [14.4, 50.0]}, "non-empty bounding rectangle"),
        ({"type": "Polygon", "coordinates": [[[14, 50], [15, 50], [15, 51], [14, 51]]]}, "closed"),
        ({"type": "Polygon", "coordinates": [[[14, 50], [15, 50], [14, 50]]]}, "at least 4 positions"),
        ({"type": "Circle", "coordinates": [14, 50]}, r"body\.extent\.type: must be one of"),
        (
            {"type": "Polygon", "coordinates": [[[14, "50"], [15, 50], [15, 51], [14, "50"]]]},
            "finite numbers",
        ),
        ("POLYGON((14 50, 15 50))", "must be a GeoJSON object"),
        (
            {"type": "GeometryCollection", "geometries": [{"type": "Polygon", "coordinates": [[[14, 50]]]}]},
            r"geometries\[0\]",
        ),
    ],
)
def test_a_bad_extent_is_refused_before_sending(extent: Any, message: str) -> None:
    sent = Sent()
    with sk(sent) as client, pytest.raises(ParameterError, match=message):
        client.imagery.search.initiate(
            body=ImagerySearchRequest(provider="maxar", dataset="ard", extent=extent)
        )
    assert sent.requests == []


def test_area_checks_keep_latitude_within_85_where_the_docs_say_so() -> None:
    sent = Sent()
    north = {"type": "Polygon", "coordinates": [[[14, 86], [15, 86], [15, 87], [14, 86]]]}
    with sk(sent) as client:
        with pytest.raises(ParameterError, match=r"body\.geojson.*-85\.\.85"):
            client.credits.area.check_geojson(body=AreaCheckRequest(scene_ids=["s1"], geojson=north))
        cost = client.credits.area.check_geojson(body=AreaCheckRequest(scene_ids=["s1"], geojson=PRAGUE))
    assert (cost.cost, cost.km2) == (1.25, 2.5)
    assert len(sent.requests) == 1
    assert json.loads(sent.requests[0].content)["geojson"] == PRAGUE


def test_a_body_over_64_kib_is_refused_before_sending_and_says_to_split() -> None:
    ring = [[14.0 + i * 1e-5, 50.0 + (i % 2) * 1e-5] for i in range(4000)]
    big = {"type": "Polygon", "coordinates": [[*ring, [14.0, 51.0], ring[0]]]}
    sent = Sent()
    with sk(sent) as client, pytest.raises(ParameterError) as info:
        client.credits.area.check_geojson(body=AreaCheckRequest(scene_ids=["s1"], geojson=big))
    assert "over the API's limit of 65536 bytes" in str(info.value)
    assert "decompose" in str(info.value)
    assert info.value.parameter == "body"
    assert sent.requests == []


def test_the_bytes_measured_are_the_bytes_sent() -> None:
    sent = Sent()
    with sk(sent) as client:
        client.credits.area.check_geojson(body=AreaCheckRequest(scene_ids=["ščéně"], geojson=PRAGUE))
    request = sent.requests[0]
    assert request.headers["content-type"] == "application/json"
    assert int(request.headers["content-length"]) == len(request.content)
    assert json.loads(request.content)["sceneIds"] == ["ščéně"]


# -- map tiles -------------------------------------------------------------------------------------------------


def tile_server(request: httpx.Request) -> httpx.Response:
    name = request.url.path.rsplit("/", 1)[-1]
    if request.url.path.startswith("/kraken/grid/map1/-/16/1/"):
        return httpx.Response(204)
    if name.endswith(".png"):
        return httpx.Response(200, content=PNG, headers={"content-type": "image/png"})
    return httpx.Response(200, json={"type": "FeatureCollection", "features": []})


def test_tiles_are_bytes_json_or_none() -> None:
    with sk(tile_server) as client:
        png = client.kraken.tile(map_id="map1", z=16, x=35357, y=22209, file="truecolor.png")
        data = client.kraken.tile(map_id="map1", z=16, x=35357, y=22209, file="detections.geojson")
        empty = client.kraken.tile(map_id="map1", z=16, x=1, y=2, file="truecolor.png")
        raw = client.with_raw_response.kraken.tile(map_id="map1", z=3, x=1, y=2, file="truecolor.png")
    assert png == PNG
    assert isinstance(png, bytes)
    assert data == {"type": "FeatureCollection", "features": []}
    assert empty is None
    assert raw.parsed == PNG
    assert raw.headers["content-type"] == "image/png"


@pytest.mark.parametrize(
    ("z", "x", "y", "bad"), [(0, 1, 0, "x"), (3, 0, 8, "y"), (16, 65536, 0, "x"), (2, -1, 0, "x")]
)
def test_tile_coordinates_outside_the_grid_are_refused_before_sending(
    z: int, x: int, y: int, bad: str
) -> None:
    sent = Sent(tile_server)
    with sk(sent) as client, pytest.raises(ParameterError) as info:
        client.kraken.tile(map_id="map1", z=z, x=x, y=y, file="truecolor.png")
    assert info.value.parameter == bad
    assert sent.requests == []


def test_a_tile_file_of_an_unknown_kind_is_refused() -> None:
    with sk(tile_server) as client, pytest.raises(ParameterError, match="file"):
        client.kraken.tile(map_id="map1", z=1, x=0, y=0, file="truecolor.tiff")


# -- geometry helpers -------------------------------------------------------------------------------------------


def test_decompose_cuts_squares_in_metres_and_drops_those_missing_the_extent() -> None:
    # a right triangle ~1.1 km on its legs near Prague: a 500 m grid has 3 x 3 squares, the corner one misses
    triangle = {
        "type": "Polygon",
        "coordinates": [[[14.40, 50.08], [14.415, 50.08], [14.40, 50.09], [14.40, 50.08]]],
    }
    tiles = decompose(triangle, 500)
    assert 4 <= len(tiles) < 9
    for tile in tiles:
        ring = tile.square["coordinates"][0]
        _lon0, lat0 = ring[0]
        # sides of ~500 m: 1 degree of latitude is ~111 km
        heights = [abs(p[1] - lat0) for p in ring]
        assert max(heights) == pytest.approx(500 / 111_200, rel=0.02)
        assert tile.extent["type"] in ("Polygon", "MultiPolygon")
    total = sum(_area(t.extent) for t in tiles)
    # the squares cover the extent exactly once (up to the reprojection of straight edges)
    assert total == pytest.approx(_area(triangle), rel=1e-3)


def _area(geo: dict[str, Any]) -> float:
    from shapely.geometry import shape

    return float(shape(geo).area)


def test_decompose_refuses_bad_input_clearly() -> None:
    with pytest.raises(ParameterError, match="tile_size_m"):
        decompose(PRAGUE, 0)
    with pytest.raises(ParameterError, match="metres, not degrees"):
        decompose({"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 0]]]}, 1)
    with pytest.raises(ParameterError, match="bounding rectangle"):
        decompose({"type": "Point", "coordinates": [1, 1]}, 100)


def test_tiles_covering_lists_the_grid_tiles_of_an_extent() -> None:
    tiles = tiles_covering(PRAGUE, 16)
    assert tiles
    assert all(t[0] == 16 for t in tiles)
    x = (14.4522 + 180) / 360 * 2**16
    assert {t[1] for t in tiles} == {math.floor(x)}
    assert tiles_covering(PRAGUE, 0) == [(0, 0, 0)]
    with pytest.raises(ParameterError, match="zoom"):
        tiles_covering(PRAGUE, 25)


def test_without_the_geo_extra_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real = builtins.__import__

    def no_shapely(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith(("shapely", "pyproj")):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_shapely)
    with pytest.raises(ImportError, match=r"pip install 'space-sdk\[geo\]'"):
        decompose(PRAGUE, 100)


# -- login through Auth0 ------------------------------------------------------------------------------------------


class Auth0AndApi:
    """Auth0 (spaceknow.auth0.com) hands out JWTs; the API accepts only the latest, or answers as told."""

    def __init__(self) -> None:
        self.logins: list[dict[str, Any]] = []
        self.api_calls: list[str] = []
        self.refuse_with: tuple[int, str] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == "spaceknow.auth0.com":
            assert request.url.path == "/oauth/ro"
            assert "authorization" not in request.headers
            self.logins.append(json.loads(request.content))
            return httpx.Response(
                200, json={"id_token": f"jwt-{len(self.logins)}", "access_token": "a", "token_type": "bearer"}
            )
        assert request.url.host == "api.spaceknow.com"
        self.api_calls.append(request.headers["authorization"])
        if self.refuse_with is not None:
            status, code = self.refuse_with
            return httpx.Response(status, json={"error": code, "errorMessage": "no"})
        if request.headers["authorization"] != f"Bearer jwt-{len(self.logins)}":
            return httpx.Response(401, json={"error": "INVALID-JWT", "errorMessage": "expired"})
        return httpx.Response(200, json={"remainingCredit": 10.0})


class Clock:
    def __init__(self) -> None:
        self.t = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)

    def __call__(self) -> datetime.datetime:
        return self.t


def login_client(server: Auth0AndApi, clock: Clock) -> SpaceKnow:
    return SpaceKnow(
        email="me@example.com",
        password="pw-SECRET",
        login_fields={"client_id": "public-client"},
        transport=httpx.MockTransport(server),
        now=clock,
    )


def test_email_and_password_log_in_through_auth0_and_use_the_id_token() -> None:
    server, clock = Auth0AndApi(), Clock()
    with login_client(server, clock) as client:
        assert client.credits.remaining().remaining_credit == 10.0
        client.credits.remaining()
        assert "pw-SECRET" not in repr(client)
        assert "jwt" not in repr(client)
    assert server.logins == [
        {
            "client_id": "public-client",
            "connection": "Username-Password-Authentication",
            "grant_type": "password",
            "scope": "openid",
            "username": "me@example.com",
            "password": "pw-SECRET",
        }
    ]
    assert server.api_calls == ["Bearer jwt-1", "Bearer jwt-1"]


def test_a_new_token_is_fetched_before_the_10_hours_run_out() -> None:
    server, clock = Auth0AndApi(), Clock()
    with login_client(server, clock) as client:
        client.credits.remaining()
        clock.t += datetime.timedelta(hours=9, minutes=49)
        client.credits.remaining()
        assert len(server.logins) == 1
        clock.t += datetime.timedelta(minutes=2)  # 9 h 51 min: within the 10-minute margin
        client.credits.remaining()
    assert len(server.logins) == 2
    assert server.api_calls[-1] == "Bearer jwt-2"


def test_a_401_for_a_bad_jwt_renews_once_and_missing_rights_do_not_loop() -> None:
    server, clock = Auth0AndApi(), Clock()
    with login_client(server, clock) as client:
        client.credits.remaining()
        server.logins.append({})  # the server now only accepts a newer token: ours is "expired"
        client.credits.remaining()  # INVALID-JWT -> one new login -> accepted
        assert len(server.logins) == 3
        server.refuse_with = (401, "INVALID-JWT")
        with pytest.raises(AuthenticationError):
            client.credits.remaining()
        assert len(server.logins) == 4  # renewed once, then gave up
        server.refuse_with = (401, "NOT-AUTHORIZED")
        calls = len(server.api_calls)
        with pytest.raises(PermissionDeniedError) as info:
            client.credits.remaining()
        assert info.value.code == "NOT-AUTHORIZED"
        assert len(server.logins) == 4
        assert len(server.api_calls) == calls + 1


def test_body_cursor_pages_of_transactions() -> None:
    def pages(request: httpx.Request) -> httpx.Response:
        cursor = json.loads(request.content).get("cursor")
        nxt = {None: "MQ==", "MQ==": "Mg==", "Mg==": None}[cursor]
        start = {None: 0, "MQ==": 2, "Mg==": 4}[cursor]
        rows = [{"transactionId": f"t{i}", "amount": -1.0} for i in range(start, start + 2)]
        return httpx.Response(200, json={"results": rows, "cursor": nxt})

    with sk(pages) as client:
        ids = [t.transaction_id for t in client.credits.transactions(body=TransactionsRequest(group_id="g"))]
    assert ids == ["t0", "t1", "t2", "t3", "t4", "t5"]

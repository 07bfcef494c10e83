"""SpaceKnow (satellite imagery, analyses, map tiles): :class:`SpaceKnow` and :class:`AsyncSpaceKnow`.

    with SpaceKnow() as sk:                               # token (a JWT) from SPACEKNOW_TOKEN
        for scene in sk.imagery.search(body=ImagerySearchRequest(provider="maxar", dataset="...", extent=geojson)):
            print(scene.scene_id)                         # each page is a pipeline, started when needed
        job = sk.kraken.release.initiate(body=...)        # a Job: .id, .status, .wait(), .retrieve()
        job = sk.kraken.release.resume("3g4PovfhGxmymQolpgvv")   # a pipeline started elsewhere
        png = sk.kraken.tile(map_id=..., z=16, x=35357, y=22209, file="truecolor.png")   # bytes / JSON / None

Everything per endpoint comes from the spec via ``spaceknow_client._sdk``: which calls make a pipeline
(``x-job``), GeoJSON fields checked before sending (``x-geojson``), the 64 KiB body limit
(``x-max-body-bytes``), the tile grid (``x-tile-grid``). Here only what the docs give as rules rather than
endpoints: :func:`permits` (the permission rule) and the geometry helpers :func:`decompose` and
:func:`tiles_covering` (``pip install 'space-sdk[geo]'``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, NamedTuple

from spaceknow_client import _sdk

from ._async.sdk import AsyncSDK
from ._body import check_geojson
from ._exceptions import ParameterError
from ._sync.sdk import SyncSDK

__all__ = [
    "MERCATOR_MAX_LATITUDE",
    "AsyncSpaceKnow",
    "ExtentTile",
    "SpaceKnow",
    "decompose",
    "permits",
    "tiles_covering",
]


class SpaceKnow(SyncSDK, _sdk.Resources):
    """Blocking SpaceKnow client; token (a JWT) from ``token=`` or ``$SPACEKNOW_TOKEN`` (see :class:`SyncSDK`)."""

    _api = _sdk.API
    _env_token = "SPACEKNOW_TOKEN"


class AsyncSpaceKnow(AsyncSDK, _sdk.AsyncResources):
    """Asyncio SpaceKnow client; token from ``token=`` or ``$SPACEKNOW_TOKEN`` (see :class:`AsyncSDK`)."""

    _api = _sdk.API
    _env_token = "SPACEKNOW_TOKEN"


# -- permissions -----------------------------------------------------------------------------------------------


def permits(user_permission: str, required: str) -> bool:
    """Whether a user holding ``user_permission`` may do what needs ``required`` (SpaceKnow's rule).

    Permissions are dot-separated paths; a permission grants itself and everything below it, segment by
    segment: ``imagery`` grants ``imagery.availability``, ``imagery.avail`` does not (segments are compared
    whole, never as string prefixes), and a longer permission never grants a shorter one.

    The docs' own snippet compares ``user[i] == required[i]`` for every index of *required* after refusing
    only a *longer* user permission, so a shorter user permission -- the case the text says grants -- reads
    past its end (``IndexError``). This implements the text: ``required`` starts with all of the user's
    segments.
    """
    user = _segments("user_permission", user_permission)
    need = _segments("required", required)
    return len(user) <= len(need) and need[: len(user)] == user


def _segments(name: str, permission: object) -> list[str]:
    if not isinstance(permission, str) or not permission:
        raise ParameterError(
            name, "must be a non-empty permission string such as 'imagery.availability'", permission
        )
    parts = permission.split(".")
    if any(not p for p in parts):
        raise ParameterError(
            name, "must not have empty segments (leading, trailing or doubled dots)", permission
        )
    return parts


# -- geometry: extent decomposition and map tiles (optional extra space-sdk[geo]) --------------------------------

#: Kraken's Web Mercator grid ends at this latitude (north and south)
MERCATOR_MAX_LATITUDE = 85.051129
#: more tiles than this from one decomposition is almost surely a unit mistake (degrees for metres)
MAX_TILES = 100_000


class ExtentTile(NamedTuple):
    """One square of :func:`decompose`: the square and the part of the extent inside it (GeoJSON, WGS84)."""

    square: dict[str, Any]
    extent: dict[str, Any]


def _geo() -> tuple[Any, Any, Any]:
    try:
        import pyproj
        import shapely.geometry
        import shapely.ops
    except ImportError:
        raise ImportError(
            "space_sdk.spaceknow.decompose and tiles_covering need shapely and pyproj: "
            "pip install 'space-sdk[geo]'"
        ) from None
    return shapely.geometry, shapely.ops, pyproj


def _shape(geometry: Any, extent: Mapping[str, Any]) -> Any:
    kind = extent.get("type")
    if kind == "Feature":
        return _shape(geometry, extent["geometry"])
    if kind == "FeatureCollection":
        return geometry.GeometryCollection([_shape(geometry, f) for f in extent["features"]])
    return geometry.shape(extent)


def decompose(extent: Mapping[str, Any], tile_size_m: float) -> list[ExtentTile]:
    """Cut an extent into square tiles of ``tile_size_m`` metres, as the SpaceKnow docs describe.

    The smallest rectangle around the extent whose sides are multiples of the tile size is cut into squares;
    each square is intersected with the extent and squares that miss it are left out. The work is done in
    the extent's UTM zone (a planar CRS where metres are metres), not in degrees. Each result is ready to be
    sent as an ``extent``. Needs ``space-sdk[geo]`` (shapely, pyproj)."""
    check_geojson("extent", extent)
    if (
        isinstance(tile_size_m, bool)
        or not isinstance(tile_size_m, int | float)
        or not math.isfinite(tile_size_m)
    ):
        raise ParameterError("tile_size_m", "must be a finite number of metres", tile_size_m)
    if tile_size_m <= 0:
        raise ParameterError("tile_size_m", "must be greater than 0", tile_size_m)
    geometry, ops, pyproj = _geo()
    shape = _shape(geometry, extent)
    lon, lat = shape.centroid.x, shape.centroid.y
    zone = min(int((lon + 180.0) // 6.0) + 1, 60)
    utm = pyproj.CRS.from_epsg((32600 if lat >= 0 else 32700) + zone)
    forward = pyproj.Transformer.from_crs("EPSG:4326", utm, always_xy=True).transform
    back = pyproj.Transformer.from_crs(utm, "EPSG:4326", always_xy=True).transform
    planar = ops.transform(forward, shape)
    x0, y0, x1, y1 = planar.bounds
    columns = max(1, math.ceil((x1 - x0) / tile_size_m))
    rows = max(1, math.ceil((y1 - y0) / tile_size_m))
    if columns * rows > MAX_TILES:
        raise ParameterError(
            "tile_size_m",
            f"gives {columns * rows} tiles (more than {MAX_TILES}); the size is in metres, not degrees",
            tile_size_m,
        )
    tiles: list[ExtentTile] = []
    for j in range(rows):
        for i in range(columns):
            square = geometry.box(
                x0 + i * tile_size_m,
                y0 + j * tile_size_m,
                x0 + (i + 1) * tile_size_m,
                y0 + (j + 1) * tile_size_m,
            )
            part = square.intersection(planar)
            if part.is_empty or (planar.area > 0 and part.area == 0):
                continue  # misses the extent, or only touches its edge
            tiles.append(
                ExtentTile(
                    _plain(geometry.mapping(ops.transform(back, square))),
                    _plain(geometry.mapping(ops.transform(back, part))),
                )
            )
    return tiles


def tiles_covering(extent: Mapping[str, Any], zoom: int) -> list[tuple[int, int, int]]:
    """The Web Mercator tiles ``(z, x, y)`` of ``zoom`` that the extent touches (for ``kraken.tile``), in
    row order. Latitudes beyond the grid's ±85.051129° are clipped. Needs ``space-sdk[geo]``."""
    check_geojson("extent", extent)
    if isinstance(zoom, bool) or not isinstance(zoom, int) or not 0 <= zoom <= 24:
        raise ParameterError("zoom", "must be an integer within 0..24", zoom)
    geometry, _ops, _pyproj = _geo()
    try:
        import mercantile
    except ImportError:
        raise ImportError(
            "space_sdk.spaceknow.tiles_covering needs mercantile: pip install 'space-sdk[geo]'"
        ) from None
    shape = _shape(geometry, extent)
    west, south, east, north = shape.bounds
    south, north = max(south, -MERCATOR_MAX_LATITUDE), min(north, MERCATOR_MAX_LATITUDE)
    if south >= north:
        return []
    out: list[tuple[int, int, int]] = []
    for tile in mercantile.tiles(west, south, east, north, [zoom]):
        b = mercantile.bounds(tile)
        if geometry.box(b.west, b.south, b.east, b.north).intersects(shape):
            out.append((int(tile.z), int(tile.x), int(tile.y)))
    return sorted(out, key=lambda t: (t[2], t[1]))


def _plain(value: Any) -> Any:
    """shapely's mapping() uses tuples; GeoJSON (and the body checks) want lists."""
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value

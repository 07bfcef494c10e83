"""Checks on a JSON request body made before it is sent: GeoJSON fields and the API's body size limit.

Both are spec data. ``x-geojson`` on an operation names the body fields that hold a GeoJSON geometry
(``{extent: {}, geojson: {max_latitude: 85}}``); each must be a valid geometry (or Feature /
FeatureCollection) in WGS84 whose bounding rectangle is not empty, with latitudes within ``max_latitude``
where the docs say so. ``x-max-body-bytes`` at the top of a spec (``{limit: 65536, advice: ...}``) refuses a
larger body with the spec's advice. A failure is a :class:`~space_sdk.ParameterError` naming the field and the
problem; nothing has been sent. Plain Python: no geometry library is needed to check.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from ._exceptions import ParameterError

__all__ = ["check_geojson", "encode_checked", "geojson_bounds"]

Bounds = tuple[float, float, float, float]  # min lon, min lat, max lon, max lat

_DEPTH = {"Point": 0, "MultiPoint": 1, "LineString": 1, "MultiLineString": 2, "Polygon": 2, "MultiPolygon": 3}


def check_geojson(name: str, value: Any, max_latitude: float = 90.0) -> Bounds:
    """Check one GeoJSON value; return its bounding rectangle. ``name`` is used in the error."""
    bounds = _bounds(name, value, max_latitude)
    if bounds is None:
        raise ParameterError(name, "must contain at least one coordinate")
    lon0, lat0, lon1, lat1 = bounds
    if not (lon0 < lon1 and lat0 < lat1):
        raise ParameterError(
            name,
            "must have a non-empty bounding rectangle (a point or a line along one meridian or parallel has "
            f"none); got lon {lon0}..{lon1}, lat {lat0}..{lat1}",
        )
    return bounds


def geojson_bounds(value: Any) -> Bounds:
    """The bounding rectangle of a GeoJSON value (checked as :func:`check_geojson`)."""
    return check_geojson("extent", value)


def _bounds(name: str, value: Any, max_lat: float) -> Bounds | None:
    if not isinstance(value, Mapping):
        raise ParameterError(name, f"must be a GeoJSON object, not {type(value).__name__}")
    kind = value.get("type")
    if kind == "FeatureCollection":
        features = value.get("features")
        if not isinstance(features, list):
            raise ParameterError(f"{name}.features", "must be a list of Features")
        return _merge(_bounds(f"{name}.features[{i}]", f, max_lat) for i, f in enumerate(features))
    if kind == "Feature":
        return _bounds(f"{name}.geometry", value.get("geometry"), max_lat)
    if kind == "GeometryCollection":
        geometries = value.get("geometries")
        if not isinstance(geometries, list):
            raise ParameterError(f"{name}.geometries", "must be a list of geometries")
        return _merge(_bounds(f"{name}.geometries[{i}]", g, max_lat) for i, g in enumerate(geometries))
    if kind not in _DEPTH:
        allowed = ", ".join([*_DEPTH, "GeometryCollection", "Feature", "FeatureCollection"])
        raise ParameterError(f"{name}.type", f"must be one of {allowed}", kind)
    return _coordinates(f"{name}.coordinates", str(kind), value.get("coordinates"), _DEPTH[kind], max_lat)


def _coordinates(name: str, kind: str, coords: Any, depth: int, max_lat: float) -> Bounds | None:
    if depth == 0:
        return _position(name, coords, max_lat)
    if not isinstance(coords, list):
        raise ParameterError(name, f"must be a list (a {kind} nests positions {depth} deep)")
    if depth == 1 and kind in ("LineString", "MultiLineString") and len(coords) < 2:
        raise ParameterError(name, "a line needs at least 2 positions")
    if depth == 1 and kind in ("Polygon", "MultiPolygon"):
        if len(coords) < 4:
            raise ParameterError(name, "a polygon ring needs at least 4 positions")
        if coords[0] != coords[-1]:
            raise ParameterError(name, "a polygon ring must end where it starts (closed)")
    return _merge(_coordinates(f"{name}[{i}]", kind, c, depth - 1, max_lat) for i, c in enumerate(coords))


def _position(name: str, pos: Any, max_lat: float) -> Bounds:
    if not isinstance(pos, list) or not 2 <= len(pos) <= 3:
        raise ParameterError(name, "a position must be [longitude, latitude] (optionally an altitude)", pos)
    for value in pos:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ParameterError(name, "coordinates must be finite numbers", pos)
    lon, lat = float(pos[0]), float(pos[1])
    if not -180.0 <= lon <= 180.0:
        raise ParameterError(name, "longitude must be within -180..180 (WGS84, [lon, lat] order)", pos)
    if not -max_lat <= lat <= max_lat:
        raise ParameterError(
            name, f"latitude must be within -{max_lat:g}..{max_lat:g} (WGS84, [lon, lat] order)", pos
        )
    return lon, lat, lon, lat


def _merge(parts: Any) -> Bounds | None:
    out: Bounds | None = None
    for part in parts:
        if part is None:
            continue
        out = (
            part
            if out is None
            else (min(out[0], part[0]), min(out[1], part[1]), max(out[2], part[2]), max(out[3], part[3]))
        )
    return out


def encode_checked(
    kwargs: dict[str, Any],
    geojson: Mapping[str, Mapping[str, Any]] | None,
    max_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """Check the JSON body of a built request; with a size limit, encode it here (exactly as httpx would)
    so the bytes measured are the bytes sent."""
    body = kwargs.get("json")
    if geojson and isinstance(body, Mapping):
        for field, options in geojson.items():
            if field in body and body[field] is not None:
                check_geojson(f"body.{field}", body[field], float((options or {}).get("max_latitude", 90.0)))
    if not max_body or "json" not in kwargs:
        return kwargs
    try:
        raw = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise ParameterError("body", f"cannot be sent as JSON ({exc})") from None
    limit = int(max_body["limit"])
    if len(raw) > limit:
        advice = max_body.get("advice")
        raise ParameterError(
            "body",
            f"is {len(raw)} bytes, over the API's limit of {limit} bytes ({limit // 1024} KiB)"
            + (f": {advice}" if advice else ""),
        )
    out = {k: v for k, v in kwargs.items() if k != "json"}
    out["content"] = raw
    out["headers"] = {**(kwargs.get("headers") or {}), "Content-Type": "application/json"}
    return out

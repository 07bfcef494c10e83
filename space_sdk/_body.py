"""Request bodies: built from keyword arguments and checked before anything is sent.

:func:`build_body` is what a generated facade method calls for a model body: the body's top-level fields as
keyword arguments (``scw.servers.create(name=..., organization=..., image=...)``) or ``body=`` (the generated
model, or a plain dict) become the generated model, after the JSON form is checked against the body's schema
(``OPERATIONS[op]["body"]["schema"]``): a wrong type, a missing required field or a value outside an enum is a
:class:`~space_sdk.ParameterError` naming the field (``volumes.0.volume_type``) and what is allowed. Enum
fields take their members or their string values, also inside the generated models
(``VolumeCreate(volume_type="l_ssd")``).

The checks made on the built JSON body: GeoJSON fields and the API's body size limit.

Both are spec data. ``x-geojson`` on an operation names the body fields that hold a GeoJSON geometry
(``{extent: {}, geojson: {max_latitude: 85}}``); each must be a valid geometry (or Feature /
FeatureCollection) in WGS84 whose bounding rectangle is not empty, with latitudes within ``max_latitude``
where the docs say so. ``x-max-body-bytes`` at the top of a spec (``{limit: 65536, advice: ...}``) refuses a
larger body with the spec's advice. A failure is a :class:`~space_sdk.ParameterError` naming the field and the
problem; nothing has been sent. Plain Python: no geometry library is needed to check.
"""

from __future__ import annotations

import copy
import datetime
import enum
import json
import math
import re
import sys
from collections.abc import Mapping
from functools import cache
from typing import Any, TypeVar

from ._exceptions import ParameterError

__all__ = ["build_body", "check_geojson", "check_json", "encode_checked", "geojson_bounds"]

M = TypeVar("M")

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


def build_body(
    operation: Mapping[str, Any],
    model: type[M],
    body: Any,
    fields: Mapping[str, Any],
    unset: Any,
) -> M | None:
    """The body model of a call, from ``body=`` or from the fields given as keyword arguments.

    ``fields`` maps each keyword argument to its value (``None`` / ``unset``: not given; ``unset`` only for a
    field where ``None`` is a value to send). ``None`` when an optional body was not given at all.
    """
    data = operation["body"]
    nullable = data.get("nullable") or ()
    given = {
        name: value
        for name, value in fields.items()
        if value is not unset and (value is not None or name in nullable)
    }
    if body is not None:
        if given:
            raise ParameterError("body", f"pass body= or its fields ({', '.join(given)}), not both")
        if not isinstance(body, model | Mapping):
            names = ", ".join(f"{name}=" for name in data["fields"])
            raise ParameterError(
                "body", f"must be a {model.__name__} or a dict (or its fields as arguments: {names})", body
            )
        prefix = "body."
        wire = to_json(body, "body")
    else:
        if not given and not data.get("required"):
            return None
        prefix = ""
        wire = {data["fields"][name]: to_json(value, name) for name, value in given.items()}
    if not isinstance(wire, dict):
        raise ParameterError("body", "must be a JSON object", wire)
    for name, value in (data.get("consts") or {}).items():
        wire.setdefault(name, value)
    check_json(prefix, wire, data.get("schema") or {})
    try:
        return model.from_dict(wire)  # type: ignore[attr-defined,no-any-return]
    except (AttributeError, KeyError, LookupError, TypeError, ValueError) as exc:
        raise ParameterError("body", f"does not fit {model.__name__} ({type(exc).__name__}: {exc})") from None


def to_json(value: Any, path: str) -> Any:
    """``value`` as JSON data: enum members as their values, models by their ``to_dict()`` (a string in an
    enum field is turned into the member first), dates as ISO 8601."""
    if value is None or (isinstance(value, bool | int | float | str) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_json(v, f"{path}.{k}") for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v, f"{path}.{i}") for i, v in enumerate(value)]
    if hasattr(value, "to_dict") and hasattr(type(value), "__attrs_attrs__"):
        return to_json(_coerced(value, path).to_dict(), path)
    raise ParameterError(path, "cannot be sent as JSON", type(value).__name__)


def _coerced(model: Any, path: str) -> Any:
    """A copy of a generated model whose enum fields holding strings hold the members (nested models too)."""
    changes: dict[str, Any] = {}
    for attr, enum_cls in _enum_fields(model.__class__).items():
        value = getattr(model, attr, None)
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            changes[attr] = _member(enum_cls, value, f"{path}.{attr}")
        elif isinstance(value, list) and any(
            isinstance(v, str) and not isinstance(v, enum.Enum) for v in value
        ):
            changes[attr] = [_member(enum_cls, v, f"{path}.{attr}.{i}") for i, v in enumerate(value)]
    for field in type(model).__attrs_attrs__:
        value = getattr(model, field.name, None)
        if hasattr(type(value), "__attrs_attrs__"):
            changes[field.name] = _coerced(value, f"{path}.{field.name}")
        elif isinstance(value, list) and any(hasattr(type(v), "__attrs_attrs__") for v in value):
            changes[field.name] = [
                _coerced(v, f"{path}.{field.name}.{i}") if hasattr(type(v), "__attrs_attrs__") else v
                for i, v in enumerate(value)
            ]
        elif field.name == "additional_properties" and isinstance(value, dict):
            changes[field.name] = {
                k: _coerced(v, f"{path}.{k}") if hasattr(type(v), "__attrs_attrs__") else v
                for k, v in value.items()
            }
    if not changes:
        return model
    out = copy.copy(model)
    for attr, value in changes.items():
        setattr(out, attr, value)
    return out


def _member(enum_cls: type[enum.Enum], value: Any, path: str) -> Any:
    if isinstance(value, enum.Enum):
        return value
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in enum_cls)
        raise ParameterError(path, f"must be one of {allowed}", value) from None


@cache
def _enum_fields(cls: Any) -> dict[str, type[enum.Enum]]:
    """The attributes of a generated model whose annotation names an enum class of its module."""
    namespace = vars(sys.modules[cls.__module__])
    out: dict[str, type[enum.Enum]] = {}
    for field in cls.__attrs_attrs__:
        for name in re.findall(r"[A-Za-z_]\w*", str(field.type)):
            candidate = namespace.get(name)
            if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
                out[field.name] = candidate
                break
    return out


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "boolean": (bool,),
    "array": (list, tuple),  # a parameter's list may be a tuple; a JSON body's is a list
    "object": (dict,),
    "null": (type(None),),
}


def check_json(path: str, value: Any, schema: Mapping[str, Any]) -> None:
    """Raise :class:`ParameterError` naming the first part of the JSON ``value`` that ``schema`` does not
    allow: type, enum, const, required and nested properties, items, string and number bounds.

    ``path`` is the prefix of every field name (``""`` for keyword arguments, ``"body."`` for ``body=``).
    """
    _check(path.rstrip("."), value, schema)


def check_value(name: str, value: Any, schema: Mapping[str, Any]) -> None:
    """:func:`check_json` for one named value: a body field or a parameter (whose enum member counts as its
    value, and whose list may be a tuple); ``name`` is the field named in the error."""
    _check(name, value, schema)


def _check(name: str, value: Any, schema: Mapping[str, Any]) -> None:
    shown = name or "body"
    if isinstance(value, enum.Enum):
        value = value.value
    for sub in schema.get("allOf") or ():
        _check(name, value, sub)
    for key in ("oneOf", "anyOf"):
        branches = schema.get(key)
        if branches:
            errors: list[ParameterError] = []
            for sub in branches:
                try:
                    _check(name, value, sub)
                except ParameterError as exc:
                    errors.append(exc)
                else:
                    break
            else:
                raise errors[-1] if len(errors) == 1 else _first(shown, value, branches, errors)
    types = schema.get("type")
    if isinstance(types, str):
        types = [types]
    if value is None:
        if types and "null" not in types and not schema.get("nullable"):
            raise ParameterError(shown, f"must be of type {' or '.join(types)}, not null")
        return
    if types:
        allowed = tuple(t for ty in types for t in _JSON_TYPES.get(ty, ()))
        wrong_bool = isinstance(value, bool) and "boolean" not in types
        if allowed and (not isinstance(value, allowed) or wrong_bool):
            raise ParameterError(shown, f"must be of type {' or '.join(types)}", value)
    if "enum" in schema and value not in schema["enum"]:
        raise ParameterError(shown, "must be one of " + ", ".join(repr(v) for v in schema["enum"]), value)
    if "const" in schema and value != schema["const"]:
        raise ParameterError(shown, f"must be {schema['const']!r}", value)
    if isinstance(value, str):
        _check_string(shown, value, schema)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        check_number_bounds(shown, value, schema)
    elif isinstance(value, list | tuple):
        if "minItems" in schema and len(value) < schema["minItems"]:
            raise ParameterError(shown, f"must have at least {schema['minItems']} items", value)
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise ParameterError(shown, f"must have at most {schema['maxItems']} items", value)
        items = schema.get("items")
        if isinstance(items, Mapping):
            for i, item in enumerate(value):
                _check(f"{name}.{i}" if name else str(i), item, items)
    elif isinstance(value, dict):
        prefix = f"{name}." if name else ""
        for required in schema.get("required") or ():
            if required not in value:
                raise ParameterError(f"{prefix}{required}", "is required")
        props = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            if key in props:
                _check(f"{prefix}{key}", item, props[key])
            elif extra is False:
                raise ParameterError(f"{prefix}{key}", "is not a field of this body: " + ", ".join(props))
            elif isinstance(extra, Mapping):
                _check(f"{prefix}{key}", item, extra)


def check_number_bounds(name: str, value: float, schema: Mapping[str, Any]) -> None:
    """``minimum``, ``maximum`` and their exclusive forms -- for body fields and parameters alike."""
    lo, hi = schema.get("minimum"), schema.get("maximum")
    xlo, xhi = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        if lo is not None and hi is not None:
            raise ParameterError(name, f"must be between {lo} and {hi}", value)
        if lo is not None:
            raise ParameterError(name, f"must be at least {lo}", value)
        raise ParameterError(name, f"must be at most {hi}", value)
    if xlo is not None and value <= xlo:
        raise ParameterError(name, f"must be greater than {xlo}", value)
    if xhi is not None and value >= xhi:
        raise ParameterError(name, f"must be less than {xhi}", value)


def check_string_bounds(name: str, value: str, schema: Mapping[str, Any]) -> None:
    """``pattern``, ``minLength``, ``maxLength`` of a string -- for body fields and parameters alike."""
    pattern = schema.get("pattern")
    if pattern is not None and re.search(pattern, value) is None:
        raise ParameterError(name, f"must match the pattern {pattern}", value)
    if "minLength" in schema and len(value) < schema["minLength"]:
        raise ParameterError(name, f"must be at least {schema['minLength']} characters", value)
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise ParameterError(name, f"must be at most {schema['maxLength']} characters", value)


def _check_string(name: str, value: str, schema: Mapping[str, Any]) -> None:
    check_string_bounds(name, value, schema)
    fmt = schema.get("format")
    if fmt in ("date", "date-time"):
        try:
            (datetime.date if fmt == "date" else datetime.datetime).fromisoformat(value)
        except ValueError:
            raise ParameterError(name, f"must be an ISO 8601 {fmt}", value) from None


def _first(name: str, value: Any, branches: Any, errors: list[ParameterError]) -> ParameterError:
    """No branch of a oneOf/anyOf fits: name each branch's first problem (``volumes.1: must match one of 2
    shapes: volumes.1.organization: is required; volumes.1.name: is not a field ...``)."""
    reasons = "; ".join(f"{e.parameter}: {e.allowed}" for e in errors)
    return ParameterError(name, f"must match one of {len(branches)} shapes: {reasons}", value)

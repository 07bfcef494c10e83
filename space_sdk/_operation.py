"""One operation of the generated ``OPERATIONS`` table, compiled once, and the checks made before sending.

The checks come from the spec only: each parameter's JSON schema (type, format, pattern, bounds, enum),
``required``, ``x-require-any-of`` and the order of an ``x-date-range``. A failure is a
:class:`~space_sdk.ParameterError` naming the parameter and what it accepts; nothing has been sent.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._body import check_value
from ._exceptions import ParameterError
from ._retry import IDEMPOTENT_METHODS

__all__ = ["DateRange", "Operation", "Pagination", "Param", "prune"]


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter: its name on the wire, in Python, and its (resolved) JSON schema."""

    name: str
    python_name: str
    location: str
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class DateRange:
    """``x-date-range``: which arguments bound the range, its unit and the longest window per request."""

    start: str
    end: str
    unit: str
    max_days: int | None
    row_field: str | None

    @property
    def step(self) -> datetime.timedelta:
        return datetime.timedelta(hours=1) if self.unit == "hour" else datetime.timedelta(days=1)

    def windows(self, args: Mapping[str, Any]) -> list[tuple[Any, Any]] | None:
        """Split ``start..end`` (both ends included) into windows of at most ``max_days``; ``None`` if both
        ends are not given (the server then picks its defaults)."""
        start, end = args.get(self.start), args.get(self.end)
        if start is None or end is None or not self.max_days:
            return None
        per_window = self.max_days * (24 if self.unit == "hour" else 1)
        step = self.step
        out: list[tuple[Any, Any]] = []
        lo = start
        while lo <= end:
            hi = min(lo + step * (per_window - 1), end)
            out.append((lo, hi))
            lo = hi + step
        return out

    def row_key(self, value: Any) -> Any:
        """The comparable date (or date-time) of a row's ``row_field`` value, ``None`` if unreadable."""
        if not isinstance(value, str):
            return None
        try:
            if self.unit == "hour":
                return datetime.datetime.fromisoformat(value)
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Pagination:
    """``x-pagination``: ``style`` is ``page`` (page/page_size), ``cursor`` (starting_after + has_more),
    ``body_cursor`` (a cursor in the JSON body) or ``link`` (page/per_page + the ``Link`` header)."""

    style: str
    page_param: str | None = None
    size_param: str | None = None
    first_page: int = 0
    limit_param: str | None = None
    after_param: str | None = None
    before_param: str | None = None
    items: str | None = None
    has_more: str | None = None
    id_field: str | None = None
    cursor_field: str | None = None  # body_cursor: the field in the request body and in the answer
    total_header: str | None = None  # link: the header that states the total, e.g. X-Total-Count
    page_wire: str | None = None  # the page parameter's name on the wire (page_param is the Python name)


class Operation:
    """An entry of ``OPERATIONS`` in the shape the core uses."""

    __slots__ = (
        "accept",
        "date_range",
        "geojson",
        "idempotent",
        "method",
        "operation_id",
        "pagination",
        "params",
        "path",
        "python_names",
        "raw_content",
        "read_only",
        "require_any_of",
        "sdk_method",
        "servers",
        "tile_grid",
    )

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.operation_id: str = data["operation_id"]
        self.method: str = str(data["method"]).upper()
        self.path: str = data["path"]
        self.sdk_method: str = data.get("sdk_method") or self.operation_id
        self.idempotent = self.method in IDEMPOTENT_METHODS
        #: ``x-read-only: true``: changes nothing, so as safe to send again as a GET (a status POST)
        self.read_only: bool = bool(data.get("read_only"))
        #: the operation's (or its path's) own servers, when they differ from the API's
        self.servers: tuple[Mapping[str, Any], ...] = tuple(data.get("servers") or ())
        self.params: tuple[Param, ...] = tuple(
            Param(p["name"], p["python_name"], p["in"], bool(p.get("required")), p.get("schema") or {})
            for p in data.get("params", ())
        )
        wire_to_py = {p.name: p.python_name for p in self.params}
        self.python_names = frozenset(wire_to_py.values())
        dr = data.get("date_range")
        self.date_range = (
            DateRange(
                start=str(wire_to_py.get(dr["start"], dr["start"])),
                end=str(wire_to_py.get(dr["end"], dr["end"])),
                unit=dr.get("unit", "day"),
                max_days=dr.get("max_days"),
                row_field=dr.get("row_field"),
            )
            if dr
            else None
        )
        self.require_any_of: tuple[str, ...] = tuple(
            str(wire_to_py.get(n, n)) for n in data.get("require_any_of") or ()
        )
        #: x-geojson: body fields holding GeoJSON -> their options (checked before sending, see _body.py)
        self.geojson: Mapping[str, Mapping[str, Any]] | None = data.get("geojson")
        #: x-tile-grid: the z/x/y arguments of a Web Mercator tile (x and y within 0 .. 2^z - 1)
        grid = data.get("tile_grid")
        self.tile_grid: tuple[str, str, str] | None = (
            (
                str(wire_to_py.get(grid["z"], grid["z"])),
                str(wire_to_py.get(grid["x"], grid["x"])),
                str(wire_to_py.get(grid["y"], grid["y"])),
            )
            if grid
            else None
        )
        #: the success answer may be empty (204) or not JSON (a PNG): given back as bytes / JSON / None
        self.raw_content = data.get("shape") == "content"
        #: the Accept header: the success answers' media types, then the errors' (none documented: JSON)
        self.accept: str = ", ".join(data.get("accept") or ()) or "application/json"
        pg = data.get("pagination")
        if pg:
            if pg.get("style") not in _PAGE_STYLES:
                raise ValueError(
                    f"x-pagination style {pg.get('style')!r}: expected one of {sorted(_PAGE_STYLES)}"
                )
            fields = {k: v for k, v in pg.items() if k in Pagination.__slots__}
            fields["page_wire"] = fields.get("page_param")
            for key in ("page_param", "size_param", "limit_param", "after_param", "before_param"):
                if fields.get(key):
                    fields[key] = wire_to_py.get(fields[key], fields[key])
            self.pagination: Pagination | None = Pagination(**fields)
        else:
            self.pagination = None

    def validate(self, args: Mapping[str, Any]) -> None:
        """Raise :class:`ParameterError` for the first argument the spec does not allow."""
        for param in self.params:
            value = args.get(param.python_name)
            if value is None:
                if param.required:
                    raise ParameterError(param.python_name, "is required")
                continue
            _check_value(param.python_name, value, param.schema)
        if self.require_any_of and all(args.get(n) is None for n in self.require_any_of):
            raise ParameterError(" | ".join(self.require_any_of), "at least one of these filters is required")
        dr = self.date_range
        if dr is not None:
            start, end = args.get(dr.start), args.get(dr.end)
            if start is not None and end is not None:
                try:
                    backwards = start > end
                except TypeError:
                    raise ParameterError(dr.end, f"must be the same type as {dr.start}", end) from None
                if backwards:
                    raise ParameterError(dr.end, f"must be on or after {dr.start}={start.isoformat()}", end)
        if self.tile_grid is not None:
            z_name, x_name, y_name = self.tile_grid
            z = args.get(z_name)
            if isinstance(z, int) and not isinstance(z, bool) and z >= 0:
                top = 2**z - 1
                for name in (x_name, y_name):
                    value = args.get(name)
                    if isinstance(value, int) and not 0 <= value <= top:
                        raise ParameterError(
                            name, f"must be within 0..{top} (the 2^{z} x 2^{z} grid of zoom {z})", value
                        )


_PAGE_STYLES = frozenset({"page", "cursor", "body_cursor", "link"})


def _check_value(name: str, value: Any, schema: Mapping[str, Any]) -> None:
    """A parameter against its schema: a date or date-time is a Python ``date``/``datetime`` here (the
    generated ``_get_kwargs`` formats it); anything else is checked as a body field is (``_body.check_value``)."""
    types = schema.get("type")
    fmt = schema.get("format")
    if fmt in ("date", "date-time") and (
        types == "string" or (isinstance(types, list) and "string" in types)
    ):
        _check_temporal(name, value, fmt)
        return
    check_value(name, value, schema)


def _check_temporal(name: str, value: Any, fmt: str) -> None:
    if fmt == "date":
        if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
            raise ParameterError(name, "must be a datetime.date", value)
    elif not isinstance(value, datetime.datetime):
        raise ParameterError(name, "must be a datetime.datetime", value)
    elif value.tzinfo is None or value.utcoffset() is None:
        # A naive datetime would go out without an offset, which is not RFC 3339; guessing a zone for the
        # user (local? UTC?) would silently shift the range, so ask for an explicit one instead.
        raise ParameterError(name, "must be timezone-aware, e.g. tzinfo=datetime.timezone.utc", value)


def prune(args: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments actually given (``None`` means "not given": the generated default applies)."""
    return {k: v for k, v in args.items() if v is not None}

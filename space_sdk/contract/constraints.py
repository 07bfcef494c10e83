"""Request rules that live in vendor extensions rather than in JSON Schema.

Shared by the mock (to reject such requests) and by the checks (so a request that is schema-valid but breaks
`x-date-range` / `x-require-any-of` / `x-geojson` is not counted as "valid data that should have been
accepted").
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from space_sdk._body import check_geojson  # one GeoJSON rule for the SDK, the mock and the checks
from space_sdk._exceptions import ParameterError
from space_sdk.spec import ApiSpec, Operation

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$",
)


def parse_date(value: object) -> date | None:
    """`YYYY-MM-DD` → date; anything else → None (strict, unlike `date.fromisoformat` on 3.11)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _DATE.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def parse_datetime(value: object) -> datetime | None:
    """RFC 3339 date-time → aware datetime in UTC; anything else → None."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if not isinstance(value, str) or not _DATETIME.match(value):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC)


def latest_available(spec: ApiSpec, now: datetime | None = None) -> date:
    """The most recent day with data, from `x-data-freshness` (T-lag ready at `ready_at_utc`).

    `MOCK_TODAY=YYYY-MM-DD` pins "today" so runs are reproducible across midnight.
    """
    pinned = parse_date(os.environ.get("MOCK_TODAY", ""))
    current = now or datetime.now(UTC)
    if pinned is not None:
        current = datetime.combine(pinned, time(23, 59), tzinfo=UTC)
    fresh = spec.freshness or {}
    lag = int(fresh.get("lag_days", 0))
    ready = str(fresh.get("ready_at_utc", "00:00"))
    hours, minutes = (int(part) for part in ready.split(":"))
    latest = current.date() - timedelta(days=lag)
    if current.time() < time(hours, minutes):
        latest -= timedelta(days=1)
    return latest


def _is_hourly(op: Operation) -> bool:
    return (op.date_range or {}).get("unit") == "hour"


def resolve_range(
    spec: ApiSpec, op: Operation, query: Mapping[str, Any]
) -> tuple[datetime, datetime] | tuple[str, str]:
    """The effective [start, end] of a range request, defaults applied; or (param, reason) when malformed.

    Defaults follow the docs: both omitted → the latest day (its first hour for hourly data); only one
    given → the other one equals it.
    """
    rng = op.date_range or {}
    start_name, end_name = str(rng.get("start", "start_date")), str(rng.get("end", "end_date"))
    parse = parse_datetime if _is_hourly(op) else _as_midnight
    bounds: dict[str, datetime | None] = {}
    for name in (start_name, end_name):
        raw = query.get(name)
        if raw is None:
            bounds[name] = None
            continue
        parsed = parse(raw)
        if parsed is None:
            return name, "not a valid " + ("date-time" if _is_hourly(op) else "date (YYYY-MM-DD)")
        bounds[name] = parsed
    start, end = bounds[start_name], bounds[end_name]
    if start is None and end is None:
        start = end = datetime.combine(latest_available(spec), time(0), tzinfo=UTC)
    elif start is None:
        start = end
    elif end is None:
        end = start
    assert start is not None
    assert end is not None
    return start, end


def _as_midnight(value: object) -> datetime | None:
    parsed = parse_date(value)
    return datetime.combine(parsed, time(0), tzinfo=UTC) if parsed else None


def vendor_violations(spec: ApiSpec, op: Operation, query: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Every (parameter, reason) by which `query` breaks the operation's vendor rules; [] if none."""
    problems: list[tuple[str, str]] = []
    required_any = op.require_any_of
    if required_any and not any(query.get(name) not in (None, "") for name in required_any):
        problems.append((required_any[0], "at least one of " + ", ".join(required_any) + " is required"))
    rng = op.date_range
    if rng:
        resolved = resolve_range(spec, op, query)
        if isinstance(resolved[0], str):
            problems.append((resolved[0], str(resolved[1])))
        else:
            start, end = resolved
            assert isinstance(start, datetime)
            assert isinstance(end, datetime)
            start_name, end_name = str(rng.get("start")), str(rng.get("end"))
            max_days = int(rng.get("max_days", 0))
            if start > end:
                problems.append((start_name, f"{start_name} must not be after {end_name}"))
            elif max_days:
                # max_days counts both ends: 31 means end - start <= 30 days (or 31*24-1 hours).
                step = timedelta(hours=1) if _is_hourly(op) else timedelta(days=1)
                limit = timedelta(days=max_days) - step
                if end - start > limit:
                    problems.append((end_name, f"the range may cover at most {max_days} days"))
    for name, options in (op.raw.get("x-geojson") or {}).items():
        value = query.get(name)
        if value is not None:
            max_lat = float((options or {}).get("max_latitude", 90.0))
            try:
                check_geojson(name, value, max_lat)
            except ParameterError as exc:
                problems.append((name, exc.allowed))
    return problems


def beyond_latest(spec: ApiSpec, op: Operation, query: Mapping[str, Any]) -> str | None:
    """The parameter asking for a day whose data is not ready yet (per `x-data-freshness`), if any."""
    # An operation may opt out (`x-data-freshness: false`), e.g. when it serves future dates by design.
    if not spec.freshness or op.raw.get("x-data-freshness", True) in (False, None):
        return None
    latest = latest_available(spec)
    for param in op.parameters:
        if param.location != "query" or query.get(param.name) is None:
            continue
        fmt = param.schema.get("format")
        value = query[param.name]
        day: date | None = None
        if fmt == "date":
            day = parse_date(value)
        elif fmt == "date-time":
            moment = parse_datetime(value)
            day = moment.date() if moment else None
        if day is not None and day > latest:
            return param.name
    return None

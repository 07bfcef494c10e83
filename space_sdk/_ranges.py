"""Date arithmetic from the spec: merging split date ranges and when unpublished data is due."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from ._operation import DateRange

__all__ = ["keep_in_window", "merge_windows", "ready_at"]


def merge_windows(
    dr: DateRange, windows: Sequence[tuple[Any, Any]], chunks: Sequence[list[Any]]
) -> list[Any]:
    """Join the rows of each window in date order with no duplicates.

    A row is kept only by the window that covers its date, so a server that answers a little outside the
    asked window (an inclusive edge counted twice) adds nothing twice, and a row outside the whole asked range
    is dropped, as :func:`keep_in_window` drops it from an unsplit call; rows that are equal in full are
    also dropped once seen. Rows without a readable date are kept in arrival order.
    """
    field = dr.row_field
    merged: list[Any] = []
    seen: set[Any] = set()
    for (lo, hi), rows in zip(windows, chunks, strict=True):
        for row in rows:
            key = dr.row_key(row.get(field)) if field and isinstance(row, dict) else None
            if key is not None and not _within(key, lo, hi):
                continue
            fingerprint = _fingerprint(row)
            if fingerprint is not None:
                if fingerprint in seen:
                    continue
                seen.add(fingerprint)
            merged.append(row)
    if field:
        # stable: rows of one date keep the server's order
        merged.sort(key=lambda r: _sort_key(dr, r, field))
    return merged


def keep_in_window(dr: DateRange, windows: Sequence[tuple[Any, Any]] | None, rows: Any) -> Any:
    """The rows of a call sent as one request, treated exactly as :func:`merge_windows` treats each window.

    Whether a range is split or not, the answer is the same: rows dated outside the asked range are dropped
    (and duplicates removed, rows ordered by date). ``windows`` is ``None`` when the call left an end of the
    range to the server's default, so there is no window to hold the rows to; anything but a list of rows is
    passed through for the caller's shape check.
    """
    if not windows or len(windows) != 1 or not isinstance(rows, list):
        return rows
    return merge_windows(dr, windows, [rows])


def _within(key: Any, lo: Any, hi: Any) -> bool:
    if isinstance(key, datetime.datetime) and isinstance(lo, datetime.datetime):
        if (key.tzinfo is None) != (lo.tzinfo is None):
            key = key.replace(tzinfo=None) if lo.tzinfo is None else key.replace(tzinfo=datetime.UTC)
        return bool(lo <= key <= hi)
    if isinstance(key, datetime.datetime):
        key = key.date()
    if isinstance(lo, datetime.datetime):
        lo, hi = lo.date(), hi.date()
    return bool(lo <= key <= hi)


def _sort_key(dr: DateRange, row: Any, field: str) -> tuple[int, str]:
    value = row.get(field) if isinstance(row, dict) else None
    key = dr.row_key(value)
    if key is None:
        return (1, "")
    if isinstance(key, datetime.datetime) and key.tzinfo is not None:
        key = key.astimezone(datetime.UTC).replace(tzinfo=None)
    return (0, key.isoformat())


def _fingerprint(row: Any) -> Any:
    if not isinstance(row, dict):
        return None
    try:
        return tuple(sorted(row.items()))
    except TypeError:  # nested objects are unhashable; such rows are only de-duplicated by window
        return None


def ready_at(
    freshness: Mapping[str, Any] | None,
    requested: datetime.date | None,
    now: datetime.datetime,
) -> datetime.datetime | None:
    """When the data of ``requested`` (default: the latest day that can exist) is due, in UTC.

    ``x-data-freshness: {lag_days: 1, ready_at_utc: "21:00"}`` means day D is published at 21:00 UTC on
    D + 1. If that moment has passed (the data is late), the next 21:00 UTC after ``now`` is returned.
    """
    if not freshness:
        return None
    lag = int(freshness.get("lag_days", 1))
    hh, _, mm = str(freshness.get("ready_at_utc", "00:00")).partition(":")
    at = datetime.time(int(hh), int(mm or 0), tzinfo=datetime.UTC)
    now = now.astimezone(datetime.UTC)
    day = requested if requested is not None else now.date() - datetime.timedelta(days=lag)
    due = datetime.datetime.combine(day + datetime.timedelta(days=lag), at)
    if due > now:
        return due
    today = datetime.datetime.combine(now.date(), at)
    return today if today > now else today + datetime.timedelta(days=1)

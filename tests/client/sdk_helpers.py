"""Helpers for the client tests: canned envelopes and a transport handler that records requests."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "tok-SECRET-1234567890"
NOW = datetime.datetime(2024, 3, 10, 12, 0, tzinfo=datetime.UTC)

Handler = Callable[[httpx.Request], httpx.Response]


def load_spec(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / f"{name}.yaml").read_text(encoding="utf-8"))
    return data


def envelope(
    data: Any = None, code: int = 0, message: str = "success.", request_id: str = "rid#1"
) -> dict[str, Any]:
    body: dict[str, Any] = {"request_id": request_id, "code": code, "message": message}
    if code == 0:
        body["data"] = [] if data is None else data
    return body


def capacity_row(stat_date: str = "2024-03-01T00:00:00Z") -> dict[str, Any]:
    """One complete ``network_storage_capacity`` row: every field the spec requires."""
    return {
        "stat_date": stat_date,
        "total_qa_bytes_power": 20431876696867700000,
        "total_raw_bytes_power": 19307467099059780000,
        "baseline_power": 10430930206272310000,
    }


def day_rows(start: datetime.date, end: datetime.date, field: str = "stat_date") -> list[dict[str, Any]]:
    """Complete ``network_storage_capacity`` rows (every required field), one per day."""
    rows = []
    day = start
    while day <= end:
        row = capacity_row(f"{day.isoformat()}T00:00:00Z")
        del row["stat_date"]
        rows.append(
            {field: f"{day.isoformat()}T00:00:00Z", **row, "total_qa_bytes_power": 10**20 + day.toordinal()}
        )
        day += datetime.timedelta(days=1)
    return rows


class Recorder:
    """A handler wrapper that keeps every request it saw."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)

    @property
    def calls(self) -> int:
        return len(self.requests)


def respond(*responses: httpx.Response | Exception) -> Recorder:
    """A recorder answering with ``responses`` in order (the last one repeats); exceptions are raised."""
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(item, Exception):
            raise item
        # a fresh copy each time: a response object can only be sent once
        return httpx.Response(item.status_code, headers=item.headers, content=item.content)

    return Recorder(handler)

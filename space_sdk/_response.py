"""What came over the wire, next to the typed result: ``api.with_raw_response.<resource>.<method>(...)``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from ._json import decode_json
from ._typed_rows import is_wire

__all__ = ["Exchange", "RawResponse"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Exchange:
    """One successful HTTP exchange (after any retries) and its decoded JSON body."""

    response: httpx.Response
    body: Any
    request_id: str | None
    elapsed: float
    retries: int


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """The typed result of a call plus the HTTP answer(s) behind it.

    ``parsed`` is what the plain method returns. ``body`` is the decoded JSON (for Spacescope the whole
    envelope: ``request_id``, ``code``, ``message``, ``data``). A date range split into windows makes one
    request per window: ``exchanges`` holds them all in window order and the other fields describe the last.
    """

    parsed: T
    exchanges: tuple[Exchange, ...] = field(repr=False)

    @property
    def http_response(self) -> httpx.Response:
        return self.exchanges[-1].response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return self.exchanges[-1].request_id

    @property
    def body(self) -> Any:
        body = self.exchanges[-1].body
        if is_wire(body):  # rows decoded straight into typed rows: the JSON is decoded for whoever asks
            return decode_json(self.exchanges[-1].response.content)
        return body

    @property
    def elapsed(self) -> float:
        """Seconds spent on all requests, retries included."""
        return sum(e.elapsed for e in self.exchanges)

    @property
    def retries(self) -> int:
        return sum(e.retries for e in self.exchanges)

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r}, requests={len(self.exchanges)})"

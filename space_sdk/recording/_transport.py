"""Opt-in recording for the typed clients: an httpx transport that writes every exchange to a HAR file.

    from space_sdk import Spaces
    from space_sdk.recording import RecordingTransport

    with RecordingTransport("traffic/spaces.har", api="spaces") as transport, Spaces(transport=transport) as api:
        api.customers.list(limit=10)

``space-sdk drift traffic/ --api spaces`` then compares what was recorded with the spec. Secrets are removed as
the API's spec says (:class:`~space_sdk.recording.Redaction`).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from space_sdk.recording._har import Exchange, HarWriter
from space_sdk.recording._redact import Redaction


def _redaction(api: str | None, redaction: Redaction | None) -> Redaction:
    if redaction is not None:
        return redaction
    if api is None:
        return Redaction()
    from space_sdk._registry import get_api

    entry = get_api(api)
    if entry is None:
        from space_sdk._registry import api_names

        raise ValueError(f"unknown API {api!r}; known: {', '.join(api_names())}")
    table: dict[str, Any] = entry.generated.API
    return Redaction.from_api_table(table)


def _text(content: bytes, headers: httpx.Headers) -> str | None:
    if not content:
        return None
    return content.decode(httpx.Response(200, headers=headers).encoding or "utf-8", "replace")


def _exchange(
    request: httpx.Request, response: httpx.Response, started: datetime, elapsed: float
) -> Exchange:
    return Exchange(
        method=request.method,
        url=str(request.url),
        request_headers=list(request.headers.multi_items()),
        request_body=_text(request.content, request.headers),
        status=response.status_code,
        reason=response.reason_phrase,
        response_headers=list(response.headers.multi_items()),
        response_body=_text(response.content, response.headers),
        http_version=response.http_version,
        elapsed_ms=elapsed * 1000,
        started=started,
    )


class RecordingTransport(httpx.BaseTransport):
    """Wraps a transport (default ``httpx.HTTPTransport()``) and records each exchange; pass it as a
    client's ``transport=``. ``api`` names the API whose secrets are redacted (or give ``redaction``)."""

    def __init__(
        self,
        path: Path | str,
        *,
        api: str | None = None,
        transport: httpx.BaseTransport | None = None,
        redaction: Redaction | None = None,
    ) -> None:
        self._inner = transport or httpx.HTTPTransport()
        self.writer = HarWriter(path, _redaction(api, redaction))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started, clock = datetime.now(UTC), time.perf_counter()
        response = self._inner.handle_request(request)
        response.read()  # the body is recorded, so it is read here (the client would read it anyway)
        self.writer.add(_exchange(request, response, started, time.perf_counter() - clock))
        return response

    def close(self) -> None:
        self._inner.close()
        self.writer.close()

    def __enter__(self) -> RecordingTransport:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`RecordingTransport` (a client's ``transport=`` in ``AsyncSpaces`` etc.)."""

    def __init__(
        self,
        path: Path | str,
        *,
        api: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        redaction: Redaction | None = None,
    ) -> None:
        self._inner = transport or httpx.AsyncHTTPTransport()
        self.writer = HarWriter(path, _redaction(api, redaction))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started, clock = datetime.now(UTC), time.perf_counter()
        response = await self._inner.handle_async_request(request)
        await response.aread()
        self.writer.add(_exchange(request, response, started, time.perf_counter() - clock))
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
        self.writer.close()

    async def __aenter__(self) -> AsyncRecordingTransport:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.aclose()

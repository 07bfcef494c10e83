"""One HAR 1.2 writer for every recording (the contract run and the typed clients' transports).

Written with ``harfile`` (the library schemathesis' own HAR reporter uses); every entry goes through the API's
:class:`~space_sdk.recording.Redaction` first, so no token or password reaches the file.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from space_sdk.recording._redact import Redaction


@dataclass
class Exchange:
    """One request and its answer, as recorded (before redaction)."""

    method: str
    url: str
    request_headers: list[tuple[str, str]]
    request_body: str | None
    status: int
    reason: str
    response_headers: list[tuple[str, str]]
    response_body: str | None
    http_version: str = "HTTP/1.1"
    elapsed_ms: float = 0.0
    started: datetime | None = None


def _harfile() -> Any:
    try:
        import harfile
    except ImportError:  # pragma: no cover - the extras bring it
        raise ImportError("recording needs harfile: pip install 'space-sdk[recording]'") from None
    return harfile


class HarWriter:
    """Appends exchanges to one HAR file; ``close()`` (or the ``with`` block) finishes it. Thread-safe."""

    def __init__(self, path: Path | str, redaction: Redaction | None = None, *, creator: str = "space-sdk"):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.redaction = redaction or Redaction()
        self._lib = _harfile()
        self._har = self._lib.open(str(self.path), creator=self._lib.Creator(name=creator, version="1"))
        self._lock = threading.Lock()
        self.count = 0

    def add(self, exchange: Exchange) -> None:
        lib, red = self._lib, self.redaction
        parts = urlsplit(exchange.url)
        path = red.path_out(exchange.method, parts.path)
        query = red.query_out(parse_qsl(parts.query, keep_blank_values=True))
        url = urlunsplit((parts.scheme, parts.netloc, path, urlencode(query), ""))
        req_headers = red.headers_out(exchange.request_headers)
        resp_headers = red.headers_out(exchange.response_headers)
        body = red.request_body(exchange.method, parts.path, exchange.request_body)
        answer = red.response_body(exchange.method, parts.path, exchange.response_body)
        content_type = next((v for k, v in req_headers if k.lower() == "content-type"), "")
        mime = next((v for k, v in resp_headers if k.lower() == "content-type"), "")
        request = lib.Request(
            method=exchange.method.upper(),
            url=url,
            httpVersion=exchange.http_version,
            headers=[lib.Record(name=k, value=v) for k, v in req_headers],
            queryString=[lib.Record(name=k, value=v) for k, v in query],
            postData=None if body is None else lib.PostData(mimeType=content_type, text=body),
            bodySize=len(body.encode()) if body is not None else 0,
        )
        response = lib.Response(
            status=exchange.status,
            statusText=exchange.reason,
            httpVersion=exchange.http_version,
            headers=[lib.Record(name=k, value=v) for k, v in resp_headers],
            content=lib.Content(
                size=len(answer.encode()) if answer is not None else 0, mimeType=mime, text=answer
            ),
            bodySize=len(answer.encode()) if answer is not None else 0,
        )
        started = exchange.started or datetime.now(UTC)
        with self._lock:
            self._har.add_entry(
                startedDateTime=started,
                time=round(exchange.elapsed_ms, 2),
                request=request,
                response=response,
                timings=lib.Timings(send=0, wait=round(exchange.elapsed_ms, 2), receive=0),
            )
            self.count += 1

    def add_all(self, exchanges: Iterable[Exchange]) -> None:
        for exchange in exchanges:
            self.add(exchange)

    def close(self) -> None:
        with self._lock:
            self._har.close()

    def __enter__(self) -> HarWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

"""Fault injection for client tests (only when the mock runs in test mode).

Header `X-Mock-Fault` holds comma-separated directives, each `name[:arg][;key=value...]`:

    code:30004                 documented error with that code, at its documented HTTP status
    status:429;retry-after=2   that HTTP status (body for the table's entry with that status), Retry-After
    status:503                 idem
    html-502                   an HTML 502 page as a gateway would send it
    truncated                  the normal answer with its JSON body cut in half
    reset                      no answer: the connection is dropped
    slow:0.5                   sleep that many seconds first (combines with the others)
    fail-times:3               apply the other directives to the first 3 requests with the same
                               `X-Mock-Fault-Key` (default: the fault text + path), then answer normally
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field


class MockConnectionReset(ConnectionResetError):
    """Raised by the app for `reset`: in-process transports see a transport error; the server drops the socket."""


@dataclass(frozen=True)
class Directive:
    name: str
    arg: str | None
    options: dict[str, str]


def parse(header: str) -> list[Directive]:
    directives: list[Directive] = []
    for chunk in header.split(","):
        chunk = chunk.strip()
        if not chunk:
            continue
        head, *opts = chunk.split(";")
        name, _, arg = head.strip().partition(":")
        options = {}
        for opt in opts:
            key, _, value = opt.partition("=")
            options[key.strip().lower()] = value.strip()
        directives.append(Directive(name.strip().lower(), arg.strip() or None, options))
    return directives


@dataclass
class FailCounter:
    """Counts requests per fault key so `fail-times:N` can fail N times and then let requests through."""

    counts: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def should_fail(self, key: str, times: int) -> bool:
        with self.lock:
            seen = self.counts.get(key, 0)
            self.counts[key] = seen + 1
            return seen < times


HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)

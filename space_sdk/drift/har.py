"""Read recorded exchanges from HAR 1.2 files (ours, schemathesis', a browser's or a proxy's)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit


class RecordingError(ValueError):
    """A recording cannot be read (not a HAR file, not JSON, no such directory)."""


@dataclass(frozen=True)
class Recorded:
    """One exchange as drift needs it."""

    method: str
    path: str
    query: str
    status: int
    headers: dict[str, str]  # response headers, lower-case names
    mime: str
    text: str | None

    @property
    def request(self) -> str:
        return f"{self.method.upper()} {self.path}" + (f"?{self.query}" if self.query else "")


def har_files(source: Path, api: str | None = None) -> list[Path]:
    """``source`` itself if it is a file; else ``<dir>/<api>.har`` when it exists, else every ``*.har``."""
    if source.is_file():
        return [source]
    if not source.is_dir():
        raise RecordingError(f"{source}: no such file or directory")
    if api and (source / f"{api}.har").is_file():
        return [source / f"{api}.har"]
    found = sorted(source.glob("*.har"))
    if not found:
        raise RecordingError(f"{source}: no .har file")
    return found


def read_har(path: Path) -> Iterator[Recorded]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["log"]["entries"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RecordingError(f"{path}: not a HAR file: {exc}") from exc
    for entry in entries:
        request, response = entry.get("request") or {}, entry.get("response") or {}
        status = int(response.get("status") or 0)
        if not status:  # no answer (a transport error)
            continue
        url = urlsplit(str(request.get("url", "")))
        content = response.get("content") or {}
        text = content.get("text")
        if content.get("encoding") == "base64":
            text = None  # binary answers have nothing for a JSON schema to compare
        yield Recorded(
            method=str(request.get("method", "GET")).lower(),
            path=url.path,
            query=url.query,
            status=status,
            headers={str(h["name"]).lower(): str(h["value"]) for h in response.get("headers") or []},
            mime=str(content.get("mimeType") or ""),
            text=text,
        )

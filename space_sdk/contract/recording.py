"""``--record DIR``: every exchange of a contract run, as HAR 1.2 (``DIR/<api>.har``), secrets removed.

The run's exchanges come from schemathesis' own recorder (each finished scenario's interactions, the same data
its HAR reporter writes); they go through :class:`space_sdk.recording.HarWriter`, which the typed clients'
recording transport uses too, so both recordings have one format and one redaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from space_sdk.recording import Exchange, HarWriter, Redaction
from space_sdk.spec import ApiSpec


def open_recording(directory: Path, spec: ApiSpec) -> HarWriter:
    return HarWriter(directory / f"{spec.name}.har", Redaction.from_document(spec.document))


def _headers(headers: Any) -> list[tuple[str, str]]:
    return [(str(name), str(value)) for name, values in headers.items() for value in values]


def exchanges(recorder: Any) -> Iterator[Exchange]:
    """The exchanges of one finished scenario (``events.ScenarioFinished.recorder``)."""
    for interaction in recorder.interactions.values():
        request, response = interaction.request, interaction.response
        if response is None:  # a transport error: nothing was answered, nothing to compare
            continue
        yield Exchange(
            method=request.method,
            url=request.uri,
            request_headers=_headers(request.headers),
            request_body=None if request.body is None else request.body.decode("utf-8", "replace"),
            status=response.status_code,
            reason=response.message,
            response_headers=_headers(response.headers),
            response_body=response.content.decode(response.encoding or "utf-8", "replace")
            if response.content
            else None,
            http_version=f"HTTP/{response.http_version}",
            elapsed_ms=response.elapsed * 1000,
            started=datetime.fromtimestamp(interaction.timestamp, UTC),
        )

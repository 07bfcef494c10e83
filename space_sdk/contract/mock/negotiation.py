"""Content negotiation: does a request's ``Accept`` allow one of the media types an operation answers with?

As RFC 9110 §12.5.1 has it: each offered type takes the quality of the most specific media range matching it
(``text/plain`` before ``text/*`` before ``*/*``), ``q=0`` means "not acceptable", and no ``Accept`` header
accepts anything. The mock answers 406 (in the API's error shape) when nothing it could send is acceptable,
as a server that negotiates does.
"""

from __future__ import annotations

from collections.abc import Sequence

from space_sdk._refs import inline
from space_sdk.spec import ApiSpec, Operation


def success_media_types(spec: ApiSpec, op: Operation) -> tuple[str, ...]:
    """The media types of the operation's 2xx answers, in the spec's order (none for a bare 204)."""
    found: list[str] = []
    for status, response in (op.raw.get("responses") or {}).items():
        if str(status).startswith("2"):
            found += [m for m in inline(spec.document, response).get("content") or {} if m not in found]
    return tuple(found)


def _ranges(header: str) -> list[tuple[str, str, float]]:
    ranges = []
    for part in header.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if "/" not in media:
            continue
        kind, _, subtype = media.lower().partition("/")
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranges.append((kind, subtype, quality))
    return ranges


def quality(header: str, media_type: str) -> float:
    """The quality ``header`` gives ``media_type``: its most specific matching range's ``q`` (0: none)."""
    kind, _, subtype = media_type.lower().partition(";")[0].strip().partition("/")
    best, best_rank = 0.0, -1
    for r_kind, r_subtype, q in _ranges(header):
        if r_kind == kind and r_subtype == subtype:
            rank = 2
        elif r_kind == kind and r_subtype == "*":
            rank = 1
        elif r_kind == "*" and r_subtype == "*":
            rank = 0
        else:
            continue
        if rank > best_rank:
            best, best_rank = q, rank
    return best


def acceptable(header: str | None, offered: Sequence[str]) -> bool:
    """True when there is no ``Accept`` or it gives one of ``offered`` a quality above 0."""
    if header is None or not header.strip():
        return True
    return any(quality(header, media) > 0 for media in offered)

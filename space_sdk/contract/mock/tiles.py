"""Success answers that are not one JSON body: a binary file (a PNG map tile) or 204 No Content.

From the spec alone: an operation whose 2xx responses include a non-JSON media type or a 204 is served
here. The media type is the one whose subtype a path parameter's file extension names (`truecolor.png` ->
`image/png`), else JSON (`detections.geojson`, `area.json`). When 204 is documented, one request in four
(deterministically, by its path parameters) gets it: "this tile has no data". PNGs are real images, made
with zlib and struct (no imaging library): 512 x 512, 8-bit grey, a gradient seeded by the request.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from space_sdk._refs import inline
from space_sdk.contract.mock.data import generate, rng_for
from space_sdk.contract.mock.errors import Answer, Headers, json_answer
from space_sdk.spec import ApiSpec, Operation

TILE_SIZE = 512


def _responses(spec: ApiSpec, op: Operation) -> dict[str, dict[str, Any]]:
    return {
        str(code): inline(spec.document, response)
        for code, response in op.raw.get("responses", {}).items()
        if str(code).startswith("2")
    }


def has_content(spec: ApiSpec, op: Operation) -> bool:
    for code, response in _responses(spec, op).items():
        media = response.get("content") or {}
        if code == "204" or any("json" not in m for m in media):
            return True
    return False


def content_answer(spec: ApiSpec, op: Operation, path_params: Mapping[str, str], extra: Headers) -> Answer:
    responses = _responses(spec, op)
    seed = sorted(path_params.items())
    if "204" in responses and rng_for(op.operation_id, seed).random() < 0.25:
        return Answer(204, list(extra), b"")
    ok = next((r for c, r in sorted(responses.items()) if c != "204"), {})
    media = ok.get("content") or {}
    extensions = {v.rsplit(".", 1)[-1].lower() for v in path_params.values() if "." in v}
    for kind in media:
        if "json" not in kind and kind.split("/")[-1].lower() in extensions:
            body = png(rng_for(op.operation_id, seed).randint(0, 255)) if kind == "image/png" else b"\x00"
            return Answer(200, [(b"content-type", kind.encode()), *extra], body)
    schema = (media.get("application/json") or {}).get("schema") or {}
    example = (media.get("application/json") or {}).get("example")
    return json_answer(
        200, example if example is not None else generate(schema, rng_for(op.operation_id, seed)), extra
    )


@lru_cache(maxsize=16)
def png(shade: int, size: int = TILE_SIZE) -> bytes:
    """A valid greyscale PNG of ``size`` x ``size`` pixels (a horizontal gradient starting at ``shade``)."""
    row = bytes([0]) + bytes((shade + x) % 256 for x in range(size))  # filter byte 0, then the pixels
    raw = row * size

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)  # 8-bit greyscale, no interlace
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )

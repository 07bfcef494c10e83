"""Error answers built from `x-errors` (which status, which code, which body fields).

Callers name a `kind` (invalid_request, authentication, ...); the status and code come from the spec's
table, so the mock never hard-codes an API's numbers. A kind the table lacks falls back to the usual
HTTP status for it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from space_sdk.spec import KIND_STATUS, ApiSpec, ErrorEntry

FALLBACK_STATUS = KIND_STATUS
Headers = list[tuple[bytes, bytes]]


@dataclass(frozen=True)
class Answer:
    """A complete HTTP answer: status, headers (without content-length) and body bytes."""

    status: int
    headers: Headers
    body: bytes


def json_answer(status: int, body: object, extra: Headers | None = None) -> Answer:
    raw = json.dumps(body, separators=(",", ":")).encode()
    return Answer(status, [(b"content-type", b"application/json"), *(extra or [])], raw)


def error_answer(
    spec: ApiSpec,
    entry: ErrorEntry | None,
    *,
    kind: str,
    detail: str | None,
    request_id: str,
    status: int | None = None,
    invalid: tuple[str, str] | None = None,
) -> Answer:
    """The documented error body for `entry`, in the API's error shape.

    A status the table has no row for (405, 406, 413 or an injected 503 for Scaleway) is answered with the
    table's first row of the same `kind` for the code (Scaleway's `type`), at that status, with `detail` as
    the message, when that row itself has an error status; otherwise (a kind the table lacks, or only
    has at HTTP 200 as Spacescope's envelope codes) the body has the message alone.
    `invalid` (field, reason) fills the table's per-field messages (`body.fields`) where it has them."""
    table = spec.errors
    code_status = entry.http_status if entry else FALLBACK_STATUS.get(kind, 500)
    same_kind = table.by_kind(kind) if entry is None else None
    # only a row answered with an error status lends its code: Spacescope's 30003 comes with HTTP 200
    if same_kind is not None and same_kind.http_status >= 400:
        entry = same_kind
        message = detail or same_kind.message or kind.replace("_", " ")
    else:
        message = entry.message if entry and entry.message else kind.replace("_", " ")
        if detail:
            message = f"{message} ({detail})"
    body: dict[str, object] = {}
    fields = table.body
    if "request_id" in fields:
        body[fields["request_id"]] = request_id
    if "code" in fields and entry is not None and entry.code is not None:
        body[fields["code"]] = entry.code
    body[fields.get("message", "message")] = message
    if invalid is not None and "fields" in fields:
        body[fields["fields"]] = {invalid[0]: [invalid[1]]}
    extra: Headers = []
    if table.request_id_header:
        extra.append((table.request_id_header.lower().encode(), request_id.encode()))
    return json_answer(status or code_status, body, extra)


def kind_answer(
    spec: ApiSpec, kind: str, detail: str | None, request_id: str, invalid: tuple[str, str] | None = None
) -> Answer:
    return error_answer(
        spec, spec.errors.by_kind(kind), kind=kind, detail=detail, request_id=request_id, invalid=invalid
    )

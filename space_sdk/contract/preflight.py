"""Credentials first: one documented read call before any case, and the "mostly refused" rule of a run.

A run whose token the API refuses would otherwise be green: every answer is the documented 401, which every
schema check accepts. So before the first case the runner sends one request that cannot change anything
(:func:`preflight_operation`: a GET/HEAD, or a POST the spec marks ``x-read-only: true``, that needs
credentials and no parameter), and stops with :class:`CredentialsRefused` when the answer is the API's own
authentication or permission error (:func:`refusal`, read off ``x-errors``: Spacescope's HTTP-200 envelope
``30001``, Spaces' HTTP 401, ...). During the run, an operation whose answers to requests carrying the
run's credentials are mostly such refusals is a failure (:data:`MOSTLY_REFUSED`). No API is named here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from space_sdk.spec import ApiSpec, ErrorEntry, Operation

__all__ = [
    "MOSTLY_REFUSED",
    "REFUSAL_KINDS",
    "CredentialsRefused",
    "Preflight",
    "is_read_only",
    "preflight_operation",
    "refusal",
    "secured",
]

REFUSAL_KINDS = ("authentication", "permission")
#: an operation whose answers (to requests sent with the run's credentials) are refusals more often than
#: this share failed: it tested nothing but the error page
MOSTLY_REFUSED = 0.5


class CredentialsRefused(Exception):
    """The API refused the run's credentials on the preflight call: nothing else was sent."""

    def __init__(self, api: str, variable: str, label: str, answer: str) -> None:
        self.api, self.variable, self.label, self.answer = api, variable, label, answer
        super().__init__(
            f"{api}: the credentials in {variable} were refused ({label} answered {answer}); "
            f"set {variable} to a valid token"
        )


@dataclass(frozen=True)
class Preflight:
    """What the preflight call found: the operation used (None: the spec has none) and the refusal."""

    operation: Operation | None
    status: int | None = None
    refused: ErrorEntry | None = None


def is_read_only(spec: ApiSpec, op: Operation) -> bool:
    """GET/HEAD, or an operation the spec marks ``x-read-only: true`` (SpaceKnow's status calls)."""
    return op.method in ("get", "head") or op.raw.get("x-read-only") is True


def secured(op: Operation) -> bool:
    """Whether the operation needs credentials (a security requirement that is not the empty one)."""
    return bool(op.security) and all(bool(requirement) for requirement in op.security)


def _on_another_host(spec: ApiSpec, op: Operation) -> bool:
    item = (spec.document.get("paths") or {}).get(op.path) or {}
    return bool(op.raw.get("servers") or item.get("servers"))


def preflight_operation(spec: ApiSpec) -> Operation | None:
    """The read call that checks the credentials: read-only, secured, on the API's own host, no required
    parameter and no required body field; the one with fewest parameters (then GET first, spec order)."""
    candidates = [
        op
        for op in spec.operations
        if is_read_only(spec, op)
        and secured(op)
        and not _on_another_host(spec, op)
        and not any(p.required for p in op.parameters)
        and not (op.body_schema or {}).get("required")
    ]
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda op: (len(op.parameters), op.method not in ("get", "head"), spec.operations.index(op)),
    )


def _body(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None


def refusal(spec: ApiSpec, status: int, content: bytes) -> ErrorEntry | None:
    """The documented authentication/permission error this answer is, if it is one: by the API's error
    code when it has codes (an envelope's ``code``, or ``x-errors.body.code``), else by HTTP status."""
    body = _body(content)
    table = spec.errors
    field = str((spec.envelope or {}).get("code") or table.body.get("code") or "")
    code = body.get(field) if field and isinstance(body, dict) else None
    if isinstance(code, int | str) and not isinstance(code, bool):
        entry = table.by_code(code)
        if entry is not None:
            return entry if entry.kind in REFUSAL_KINDS else None
    if status in (401, 403):
        entry = next((e for e in table.entries if e.http_status == status and e.kind in REFUSAL_KINDS), None)
        return entry or ErrorEntry(
            http_status=status, kind="authentication" if status == 401 else "permission", message=""
        )
    return None


def describe(status: int, entry: ErrorEntry) -> str:
    """``HTTP 401 (authentication)`` or ``HTTP 200 with code 30001 (permission)``: for the one line."""
    code = f" with code {entry.code}" if entry.code is not None else ""
    return f"HTTP {status}{code} ({entry.kind})"

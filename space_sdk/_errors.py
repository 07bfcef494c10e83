"""Turn an error answer into the exception the spec's ``x-errors`` table says it is.

One function, :meth:`ErrorTable.exception_for`, picks the class: the API's own error code first (an
``x-errors`` row with ``code``), then a row for the HTTP status, then the usual meaning of the status.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._exceptions import (
    KIND_TO_EXCEPTION,
    APIError,
    AuthenticationError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)

__all__ = ["ErrorRule", "ErrorTable"]

# What an HTTP status means when the spec's table has no row for it.
_STATUS_DEFAULTS: dict[int, type[APIError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: InvalidRequestError,
    429: RateLimitError,
}


@dataclass(frozen=True, slots=True)
class ErrorRule:
    """One row of ``x-errors.table``."""

    kind: str
    exception: type[APIError]
    retryable: bool
    message: str


class ErrorTable:
    """The ``x-errors`` block of one API, compiled for lookups."""

    def __init__(self, x_errors: Mapping[str, Any] | None) -> None:
        x_errors = x_errors or {}
        body = x_errors.get("body") or {}
        self.code_field: str | None = body.get("code")
        self.message_field: str | None = body.get("message")
        self.request_id_field: str | None = body.get("request_id")
        self.fields_field: str | None = body.get("fields")
        self.request_id_header: str | None = x_errors.get("request_id_header")
        self.by_code: dict[int | str, ErrorRule] = {}
        self.by_status: dict[int, ErrorRule] = {}
        for row in x_errors.get("table") or ():
            kind = row["kind"]
            exc = KIND_TO_EXCEPTION.get(kind)
            if exc is None:
                raise ValueError(f"x-errors kind {kind!r} has no exception class in space_sdk")
            rule = ErrorRule(kind, exc, bool(row.get("retryable", False)), str(row.get("message", "")))
            if "code" in row:
                self.by_code[row["code"]] = rule
            elif "http_status" in row:
                self.by_status[int(row["http_status"])] = rule

    def rule_for(self, status_code: int, code: int | str | None) -> ErrorRule | None:
        """The table row for an error code (preferred) or, failing that, an HTTP status."""
        if code is not None and code in self.by_code:
            return self.by_code[code]
        return self.by_status.get(status_code)

    def fields_of(self, body: Any) -> dict[str, list[str]] | None:
        """The per-field messages of an error body (``body.fields``: field -> message or messages)."""
        raw = body.get(self.fields_field) if self.fields_field and isinstance(body, dict) else None
        if not isinstance(raw, dict) or not raw:
            return None
        out: dict[str, list[str]] = {}
        for name, msgs in raw.items():
            items = msgs if isinstance(msgs, list) else [msgs]
            out[str(name)] = [str(m) for m in items]
        return out

    def exception_for(
        self,
        status_code: int,
        *,
        code: int | str | None,
        message: str | None,
        **kwargs: Any,
    ) -> APIError:
        """Build the exception for one error answer (``kwargs`` go to the exception: request_id, body...)."""
        rule = self.rule_for(status_code, code)
        if rule is not None:
            cls: type[APIError] = rule.exception
            retryable: bool | None = rule.retryable
            text = message or rule.message
        else:
            cls = _status_default(status_code) if code is None or status_code >= 400 else APIError
            retryable = None
            text = message or f"HTTP {status_code}"
        return cls(text, status_code=status_code, code=code, retryable=retryable, **kwargs)


def _status_default(status_code: int) -> type[APIError]:
    if status_code in _STATUS_DEFAULTS:
        return _STATUS_DEFAULTS[status_code]
    if status_code >= 500:
        return ServerError
    return APIError

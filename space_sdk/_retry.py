"""Whether to try a failed call again (:func:`should_retry`) and how long to wait first (:func:`retry_delay`).

Retried: connection errors and timeouts, HTTP 408/429/5xx, and error codes the spec marks
``retryable: true`` (Spacescope 30003) -- only for idempotent methods. Never retried: authentication
(10011/10012, 401), permission (30001), invalid request (30002, 400), data not ready (30004: raised at
once with ``ready_at``, waiting is the caller's choice). A POST/PATCH is retried only when it never left this
machine -- the connection could not be opened (refused, DNS, TLS handshake, connect or pool timeout) -- since
anything later may have reached the server and created something twice.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY
from ._exceptions import APIError, DataNotReadyError, ResponseValidationError

__all__ = ["IDEMPOTENT_METHODS", "retry_delay", "should_retry"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# Failures before any byte of the request was sent: safe to retry whatever the method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, ConnectionRefusedError)
_RETRY_STATUSES = frozenset({408, 429})


def should_retry(error: APIError, method: str) -> bool:
    """True when ``error`` on a ``method`` call is worth another try."""
    if method.upper() not in IDEMPOTENT_METHODS:
        return isinstance(error.__cause__, _NOT_SENT)
    if isinstance(error, DataNotReadyError):
        return False
    status = error.status_code
    if error.code is None and status is not None and (status in _RETRY_STATUSES or status >= 500):
        return True  # a bare status (or an unreadable 5xx page) says nothing more specific
    if isinstance(error, ResponseValidationError):
        return False  # a 2xx we cannot read will not read better next time
    return error.retryable


def retry_delay(
    attempt: int,
    headers: httpx.Headers | None,
    *,
    now: Callable[[], float] = time.time,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A ``Retry-After`` header (seconds, or an HTTP date) wins, capped at ``MAX_RETRY_AFTER``; otherwise
    exponential backoff from ``INITIAL_RETRY_DELAY`` capped at ``MAX_RETRY_DELAY``, minus up to 25 % jitter
    so that many clients do not retry in step.
    """
    hinted = _retry_after(headers, now) if headers is not None else None
    if hinted is not None:
        return hinted
    delay = min(INITIAL_RETRY_DELAY * (2.0**attempt), MAX_RETRY_DELAY)
    return delay * (1.0 - 0.25 * rand())


def _retry_after(headers: httpx.Headers, now: Callable[[], float]) -> float | None:
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return _cap(float(ms) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return _cap(float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return _cap(when.timestamp() - now())


def _cap(seconds: float) -> float | None:
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)

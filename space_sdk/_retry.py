"""Whether to try a failed call again (:func:`should_retry`) and how long to wait first (:func:`retry_delay`).

Retried for every method: HTTP 429 (the server refused to process the request at all; unless the spec's
error row for its code says ``retryable: false``) and failures before any byte left this machine (the
connection could not be opened: refused, DNS, TLS handshake, connect or pool timeout). Retried for *safe*
calls only -- idempotent methods, and operations the spec marks ``x-read-only: true`` (SpaceKnow's status,
retrieve and credit queries are POSTs that change nothing): lost connections and timeouts, HTTP 408 and
5xx, and error codes the spec marks ``retryable: true`` (Spacescope 30003). A POST/PATCH that creates or
changes something is not retried after it may have reached the server: it could happen twice. Never
retried: authentication (10011/10012, 401), permission (30001), invalid request (30002, 400), data not
ready (30004: raised at once with ``ready_at``, waiting is the caller's choice).
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


def should_retry(error: APIError, method: str, *, read_only: bool = False) -> bool:
    """True when ``error`` on a ``method`` call is worth another try; ``read_only``: the spec says the
    operation changes nothing (``x-read-only``), so it is as safe to repeat as a GET."""
    if isinstance(error, DataNotReadyError):
        return False
    status = error.status_code
    if status == 429:
        return error.code is None or error.retryable  # not processed: safe whatever the method
    if not read_only and method.upper() not in IDEMPOTENT_METHODS:
        return isinstance(error.__cause__, _NOT_SENT)
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

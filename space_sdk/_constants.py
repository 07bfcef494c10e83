"""Defaults, in one place so the README can quote them.

Timeouts: 5 s to connect, 60 s to read/write/wait for a pooled connection (Spacescope answers for a whole
31-day window can take a while). Retries: 2 after the first try, exponential backoff from 0.5 s doubling
to at most 8 s with up to 25 % jitter; a server's ``Retry-After`` is honoured up to 60 s.
"""

from __future__ import annotations

import httpx

__all__ = [
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
#: windows of a long date range fetched at once by the async clients
DEFAULT_MAX_CONCURRENCY = 4

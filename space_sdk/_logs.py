"""``SPACE_SDK_LOG=debug`` (or ``info``) turns the SDK's log on from the environment, to stderr.

The ``space_sdk`` logger logs each request at debug (method, path, status, time, request id; never a token or
a body) and each retry and login at info. Without the variable nothing is configured: an application's own
``logging`` setup decides, as with any library.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings

__all__ = ["LOG_ENV", "setup_logging"]

LOG_ENV = "SPACE_SDK_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging(value: str | None = None) -> logging.Handler | None:
    """Apply ``SPACE_SDK_LOG`` (or ``value``); the handler added, ``None`` when the log stays as it was."""
    raw = os.environ.get(LOG_ENV) if value is None else value
    if not raw:
        return None
    level = _LEVELS.get(raw.strip().lower())
    if level is None:
        warnings.warn(f"{LOG_ENV}={raw!r} is ignored: use 'debug' or 'info'", RuntimeWarning, stacklevel=2)
        return None
    logger = logging.getLogger("space_sdk")
    logger.setLevel(level)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    return handler

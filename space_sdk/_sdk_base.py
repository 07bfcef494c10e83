"""What every API client shares besides its I/O: the deprecation warning of a superseded API version.

The client shell itself (constructor, ``close``, context manager) is ``AsyncSDK`` in
``space_sdk/_async/sdk.py``, written once; ``SyncSDK`` is generated from it into ``space_sdk/_sync/sdk.py``.
A profile is a class that mixes ``SyncSDK`` (or ``AsyncSDK``) with the generated resources of its
API and names two things: the spec data (``_api``, from the generated ``_sdk`` module) and the environment
variable that holds the token. Everything else -- auth scheme, base URL, retries, errors -- comes from the
spec data, so a new API needs no code here.
"""

from __future__ import annotations

import warnings

__all__ = ["warn_if_deprecated"]

# Profiles whose deprecation warning was already given: once per process, whatever the warnings filters say,
# so a loop creating clients does not flood the log.
_warned: set[type] = set()


def warn_if_deprecated(cls: type, message: str | None) -> None:
    if message is not None and cls not in _warned:
        _warned.add(cls)
        # stacklevel 3: this function <- the SDK's __init__ <- the line that created the client
        warnings.warn(message, DeprecationWarning, stacklevel=3)

"""Typed Python clients for Spacescope, Spaces, Scaleway and SpaceKnow, generated from the specs in ``openapi/``.

    from space_sdk import Spacescope
    with Spacescope() as api:
        rows = api.power.network_storage_capacity(start_date=date(2022, 7, 1), end_date=date(2022, 12, 31))

The clients (:class:`Spacescope`, :class:`Spaces`, :class:`Scaleway`, :class:`SpaceKnow`, the deprecated
Spacescope v1 :class:`SpacescopeV1`, and their ``Async`` twins) are imported on first use, so
``import space_sdk`` works even when only one generated client is installed.
The exception tree is drawn in ``space_sdk._exceptions``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._async.jobs import AsyncJob
from ._async.pages import AsyncBodyCursorPage, AsyncCursorPage, AsyncLinkPage, AsyncPageNumberPage
from ._auth import ApiKeyHeaderAuth, Auth, BasicAuth, BearerAuth, LoginAuth
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    DataNotReadyError,
    InvalidRequestError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    ParameterError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    SpaceSDKError,
)
from ._logs import setup_logging as _setup_logging
from ._options import RequestOptions
from ._polling import JobPolicy, JobState
from ._registry import PROFILES
from ._response import RawResponse
from ._sync.jobs import Job
from ._sync.pages import SyncBodyCursorPage, SyncCursorPage, SyncLinkPage, SyncPageNumberPage

if TYPE_CHECKING:
    from .scaleway import AsyncScaleway, Scaleway
    from .spaceknow import AsyncSpaceKnow, SpaceKnow
    from .spaces import AsyncSpaces, Spaces
    from .spacescope import AsyncSpacescope, Spacescope
    from .spacescope_v1 import AsyncSpacescopeV1, SpacescopeV1

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "ApiKeyHeaderAuth",
    "AsyncBodyCursorPage",
    "AsyncCursorPage",
    "AsyncJob",
    "AsyncLinkPage",
    "AsyncPageNumberPage",
    "AsyncScaleway",
    "AsyncSpaceKnow",
    "AsyncSpaces",
    "AsyncSpacescope",
    "AsyncSpacescopeV1",
    "Auth",
    "AuthenticationError",
    "BasicAuth",
    "BearerAuth",
    "ConfigurationError",
    "ConflictError",
    "DataNotReadyError",
    "InvalidRequestError",
    "Job",
    "JobFailedError",
    "JobPolicy",
    "JobState",
    "JobTimeoutError",
    "LoginAuth",
    "NotFoundError",
    "ParameterError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "ResponseValidationError",
    "Scaleway",
    "ServerError",
    "SpaceKnow",
    "SpaceSDKError",
    "Spaces",
    "Spacescope",
    "SpacescopeV1",
    "SyncBodyCursorPage",
    "SyncCursorPage",
    "SyncLinkPage",
    "SyncPageNumberPage",
]

# Client class name → its profile module, from the one list of APIs (space_sdk/_registry.py).
_LAZY = {cls: module.rpartition(".")[2] for module, *classes in PROFILES.values() for cls in classes}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'space_sdk' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    value.__module__ = __name__
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


# Users see ``space_sdk.DataNotReadyError``, not ``space_sdk._exceptions.DataNotReadyError``.
def _own_names() -> None:
    for name in __all__:
        if name not in _LAZY:
            value = globals()[name]
            if isinstance(value, type):
                value.__module__ = __name__


_own_names()
del _own_names

_setup_logging()  # SPACE_SDK_LOG=debug|info

"""The constructor, ``close`` and context-manager protocol every API client shares.

A profile is a class that mixes :class:`SyncSDK` (or :class:`AsyncSDK`) with the generated resources of its
API and names two things: the spec data (``_api``, from the generated ``_sdk`` module) and the environment
variable that holds the token. Everything else -- auth scheme, base URL, retries, errors -- comes from the
spec data, so a new API needs no code here.
"""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, ClassVar, Self, cast

import httpx

from ._auth import Auth
from ._client import AsyncAPIClient, SyncAPIClient
from ._setup import USER_AGENT, make_auth

__all__ = ["AsyncSDK", "SyncSDK"]

# Profiles whose deprecation warning was already given: once per process, whatever the warnings filters say,
# so a loop creating clients does not flood the log.
_warned: set[type] = set()


def _warn_if_deprecated(cls: type, message: str | None) -> None:
    if message is not None and cls not in _warned:
        _warned.add(cls)
        # stacklevel 3: this function <- the SDK's __init__ <- the line that created the client
        warnings.warn(message, DeprecationWarning, stacklevel=3)


class SyncSDK:
    """Blocking client. Use as a context manager, or call :meth:`close`.

    Args:
        token: the API token; default from the profile's environment variable.
        email, password: for an API whose spec has ``x-auth-login``, log in instead of passing a token
            (default from ``<API>_EMAIL``/``<API>_PASSWORD`` when no token is found). The client gets its
            token on first use, renews it before it runs out and, where the spec can, revokes it on close.
        login_fields: override constant fields of the login request the spec allows (``{"expires": False}``).
        base_url: default the spec's first server (operations with servers of their own go there); a
            base_url given here serves every operation (a mock, a proxy).
        server_variables: values for the ``{variables}`` of the spec's server URLs (checked against their
            ``enum``), e.g. ``{"region": "ams1"}``; defaults from the spec.
        timeout: seconds or ``httpx.Timeout``; default 5 s connect, 60 s read.
        max_retries: retries after the first try (default 2).
        http_client: your own ``httpx.Client`` (left open on close), or ``transport``: an httpx transport.
        sleep, now: injectable clock, for tests.
    """

    _api: ClassVar[Mapping[str, Any]]
    _env_token: ClassVar[str]
    # A deprecated profile names what to use instead; creating the first client of it warns once.
    _deprecated: ClassVar[str | None] = None
    _client: SyncAPIClient

    def __init__(
        self,
        token: str | Auth | None = None,
        *,
        email: str | None = None,
        password: str | None = None,
        login_fields: Mapping[str, Any] | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
        now: Callable[[], datetime.datetime] | None = None,
        server_variables: Mapping[str, str] | None = None,
    ) -> None:
        _warn_if_deprecated(type(self), self._deprecated)
        client = SyncAPIClient(
            api=self._api,
            auth=make_auth(
                self._api,
                token,
                self._env_token,
                email=email,
                password=password,
                login_fields=login_fields,
            ),
            base_url=base_url,
            server_variables=server_variables,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            transport=transport,
            sleep=sleep,
            now=now,
            user_agent=USER_AGENT,
        )
        # The next class in the MRO is the generated ``Resources``, which takes the engine.
        cast(Any, super()).__init__(client)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._client.base_url!r})"


class AsyncSDK:
    """Asyncio client (``async with``); windows of a long range are fetched concurrently
    (``max_concurrency``, default 4). Other arguments as :class:`SyncSDK`."""

    _api: ClassVar[Mapping[str, Any]]
    _env_token: ClassVar[str]
    _deprecated: ClassVar[str | None] = None
    _client: AsyncAPIClient

    def __init__(
        self,
        token: str | Auth | None = None,
        *,
        email: str | None = None,
        password: str | None = None,
        login_fields: Mapping[str, Any] | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_concurrency: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        now: Callable[[], datetime.datetime] | None = None,
        server_variables: Mapping[str, str] | None = None,
    ) -> None:
        _warn_if_deprecated(type(self), self._deprecated)
        client = AsyncAPIClient(
            api=self._api,
            auth=make_auth(
                self._api,
                token,
                self._env_token,
                email=email,
                password=password,
                login_fields=login_fields,
            ),
            base_url=base_url,
            server_variables=server_variables,
            timeout=timeout,
            max_retries=max_retries,
            max_concurrency=max_concurrency,
            http_client=http_client,
            transport=transport,
            sleep=sleep,
            now=now,
            user_agent=USER_AGENT,
        )
        cast(Any, super()).__init__(client)

    async def close(self) -> None:
        await self._client.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._client.base_url!r})"

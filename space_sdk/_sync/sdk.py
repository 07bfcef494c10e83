# Generated from space_sdk/_async/sdk.py by generator/unasync.py (make generate): edit that file,
# never this one; make check-generated fails when the two disagree.
"""The constructor, ``close`` and context-manager protocol every API client shares (see ``space_sdk._sdk_base``)."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, ClassVar, Self, cast

import httpx

from .._auth import Auth
from .._backends import SyncSleep
from .._sdk_base import warn_if_deprecated
from .._setup import USER_AGENT, make_auth
from .client import SyncAPIClient

__all__ = ["SyncSDK"]


class SyncSDK:
    """An API client. Use it as a context manager, or call :meth:`close`.

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
        max_concurrency: windows of a long date range fetched at once (default 4; the blocking client
            fetches them in order).
        http_client: your own httpx client (left open on close), or ``transport``: an httpx transport.
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
        max_concurrency: int | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: SyncSleep | None = None,
        now: Callable[[], datetime.datetime] | None = None,
        server_variables: Mapping[str, str] | None = None,
    ) -> None:
        warn_if_deprecated(type(self), self._deprecated)
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
            max_concurrency=max_concurrency,
            http_client=http_client,
            transport=transport,
            sleep=sleep,
            now=now,
            user_agent=USER_AGENT,
        )
        # The next class in the MRO is the generated ``Resources``, which takes the engine.
        cast(Any, super()).__init__(client)

    def close(self) -> None:
        """Revoke a token the client logged in for (where the spec can), then release the connections."""
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._client.base_url!r})"

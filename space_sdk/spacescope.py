"""Spacescope (Filecoin network data): :class:`Spacescope` and :class:`AsyncSpacescope`.

    with Spacescope() as api:                     # token from SPACESCOPE_TOKEN
        rows = api.power.network_storage_capacity(start_date=date(2022, 7, 1), end_date=date(2022, 12, 31))

Every method of the spec is here under its ``x-sdk-method`` name (``api.storage_provider.deals.deal_count``)
and returns the generated models; ``api.with_raw_response.<same path>`` adds the HTTP answer. Ranges
longer than the API's window are split and merged; error codes raise the classes in ``space_sdk``.
Auth (bearer), base URL, envelope and error table all come from the spec via ``spacescope_client._sdk``.
"""

from __future__ import annotations

from spacescope_client import _sdk

from ._async.sdk import AsyncSDK
from ._sync.sdk import SyncSDK

__all__ = ["AsyncSpacescope", "Spacescope"]


class Spacescope(SyncSDK, _sdk.Resources):
    """Blocking Spacescope client; token from ``token=`` or ``$SPACESCOPE_TOKEN`` (see :class:`SyncSDK`)."""

    _api = _sdk.API
    _env_token = "SPACESCOPE_TOKEN"


class AsyncSpacescope(AsyncSDK, _sdk.AsyncResources):
    """Asyncio Spacescope client; token from ``token=`` or ``$SPACESCOPE_TOKEN`` (see :class:`AsyncSDK`)."""

    _api = _sdk.API
    _env_token = "SPACESCOPE_TOKEN"

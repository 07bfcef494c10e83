"""Spaces (spaces.pe): :class:`Spaces` and :class:`AsyncSpaces`.

    with Spaces() as api:                          # token from SPACES_TOKEN (HTTP basic, token as user)
        for customer in api.customers.list(limit=100):   # every page, fetched as needed
            print(customer.id)
        invoice = api.invoices.retrieve(invoice_id="in_1")

Methods follow the spec's ``x-sdk-method`` names; lists are cursor pages (``for`` walks all pages).
Auth (basic), base URL and the ``{message}`` error table come from the spec via ``spaces_client._sdk``.
"""

from __future__ import annotations

from spaces_client import _sdk

from ._async.sdk import AsyncSDK
from ._sync.sdk import SyncSDK

__all__ = ["AsyncSpaces", "Spaces"]


class Spaces(SyncSDK, _sdk.Resources):
    """Blocking Spaces client; token from ``token=`` or ``$SPACES_TOKEN`` (see :class:`SyncSDK`)."""

    _api = _sdk.API
    _env_token = "SPACES_TOKEN"


class AsyncSpaces(AsyncSDK, _sdk.AsyncResources):
    """Asyncio Spaces client; token from ``token=`` or ``$SPACES_TOKEN`` (see :class:`AsyncSDK`)."""

    _api = _sdk.API
    _env_token = "SPACES_TOKEN"

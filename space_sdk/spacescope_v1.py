"""Spacescope v1 (``/v1/network_core/...``), deprecated: :class:`SpacescopeV1` and :class:`AsyncSpacescopeV1`.

    with SpacescopeV1() as api:                   # token from SPACESCOPE_TOKEN; warns: use Spacescope
        rows = api.capacity_services.network_storage_capacity(start_date=date(2022, 7, 1), end_date=date(2022, 7, 31))
        total = sum(r.total_qa_bytes_power for r in rows)

Kept for code and data written against the v1 docs (v1 paths and field names such as
``total_qa_bytes_power_increase`` and ``new_baseline_power``). New code should use :class:`space_sdk.Spacescope`
(v2). The first client of each class created in a process warns with ``DeprecationWarning``. Everything else is
the same core as v2: auth, envelope, error table and range limits come from ``openapi/spacescope-v1.yaml`` via
``spacescope_v1_client._sdk``.
"""

from __future__ import annotations

from spacescope_v1_client import _sdk

from ._async.sdk import AsyncSDK
from ._sync.sdk import SyncSDK

__all__ = ["AsyncSpacescopeV1", "SpacescopeV1"]


class SpacescopeV1(SyncSDK, _sdk.Resources):
    """Deprecated: use :class:`space_sdk.Spacescope` (v2). Blocking Spacescope v1 client; token from ``token=``
    or ``$SPACESCOPE_TOKEN`` (see :class:`SyncSDK`)."""

    _api = _sdk.API
    _env_token = "SPACESCOPE_TOKEN"
    _deprecated = (
        "SpacescopeV1 is deprecated: Spacescope v1 (/v1/network_core/...) was replaced by v2; "
        "use space_sdk.Spacescope (v2 renamed several fields and regrouped the methods)"
    )


class AsyncSpacescopeV1(AsyncSDK, _sdk.AsyncResources):
    """Deprecated: use :class:`space_sdk.AsyncSpacescope` (v2). Asyncio Spacescope v1 client; token from
    ``token=`` or ``$SPACESCOPE_TOKEN`` (see :class:`AsyncSDK`)."""

    _api = _sdk.API
    _env_token = "SPACESCOPE_TOKEN"
    _deprecated = (
        "AsyncSpacescopeV1 is deprecated: Spacescope v1 (/v1/network_core/...) was replaced by v2; "
        "use space_sdk.AsyncSpacescope (v2 renamed several fields and regrouped the methods)"
    )

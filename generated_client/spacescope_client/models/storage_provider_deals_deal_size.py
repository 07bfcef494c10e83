from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StorageProviderDealsDealSize")


@_attrs_define
class StorageProviderDealsDealSize:
    """One row of `/v2/storage_provider/deals/deal_size`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        miner_id (str): Unique ID of the storage provider (an ID address such as f0110804).
        total_regular_deal_bytes (int): Cumulative deal size for regular deals (in byte) of the storage provider,
            including active, expired, and terminated ones.
        total_verified_deal_bytes (int): Cumulative deal size for verified deals (in byte) of the storage provider,
            including active, expired, and terminated ones.
        avg_regular_deal_bytes (float): The average deal size of regular deals (in byte) of the storage provider.
        avg_verified_deal_bytes (float): The average deal size of verified deals (in byte) of the storage provider.
        active_regular_deal_bytes (int): The active regular deals (in byte) of the storage provider.
        active_verified_deal_bytes (int): The active verified deals (in byte) of the storage provider.
        daily_new_regular_deal_bytes (int): The deal size of newly added regular deals (in byte) of the storage provider
            in the past 24 hours.
        daily_new_verified_deal_bytes (int): The deal size of newly added verified deals (in byte) of the storage
            provider in the past 24 hours.
    """

    stat_date: datetime.datetime
    miner_id: str
    total_regular_deal_bytes: int
    total_verified_deal_bytes: int
    avg_regular_deal_bytes: float
    avg_verified_deal_bytes: float
    active_regular_deal_bytes: int
    active_verified_deal_bytes: int
    daily_new_regular_deal_bytes: int
    daily_new_verified_deal_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        miner_id = self.miner_id

        total_regular_deal_bytes = self.total_regular_deal_bytes

        total_verified_deal_bytes = self.total_verified_deal_bytes

        avg_regular_deal_bytes = self.avg_regular_deal_bytes

        avg_verified_deal_bytes = self.avg_verified_deal_bytes

        active_regular_deal_bytes = self.active_regular_deal_bytes

        active_verified_deal_bytes = self.active_verified_deal_bytes

        daily_new_regular_deal_bytes = self.daily_new_regular_deal_bytes

        daily_new_verified_deal_bytes = self.daily_new_verified_deal_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "miner_id": miner_id,
                "total_regular_deal_bytes": total_regular_deal_bytes,
                "total_verified_deal_bytes": total_verified_deal_bytes,
                "avg_regular_deal_bytes": avg_regular_deal_bytes,
                "avg_verified_deal_bytes": avg_verified_deal_bytes,
                "active_regular_deal_bytes": active_regular_deal_bytes,
                "active_verified_deal_bytes": active_verified_deal_bytes,
                "daily_new_regular_deal_bytes": daily_new_regular_deal_bytes,
                "daily_new_verified_deal_bytes": daily_new_verified_deal_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stat_date = datetime.datetime.fromisoformat(d.pop("stat_date"))

        miner_id = d.pop("miner_id")

        total_regular_deal_bytes = d.pop("total_regular_deal_bytes")

        total_verified_deal_bytes = d.pop("total_verified_deal_bytes")

        avg_regular_deal_bytes = d.pop("avg_regular_deal_bytes")

        avg_verified_deal_bytes = d.pop("avg_verified_deal_bytes")

        active_regular_deal_bytes = d.pop("active_regular_deal_bytes")

        active_verified_deal_bytes = d.pop("active_verified_deal_bytes")

        daily_new_regular_deal_bytes = d.pop("daily_new_regular_deal_bytes")

        daily_new_verified_deal_bytes = d.pop("daily_new_verified_deal_bytes")

        storage_provider_deals_deal_size = cls.__new__(cls)
        storage_provider_deals_deal_size.stat_date = stat_date
        storage_provider_deals_deal_size.miner_id = miner_id
        storage_provider_deals_deal_size.total_regular_deal_bytes = (
            total_regular_deal_bytes
        )
        storage_provider_deals_deal_size.total_verified_deal_bytes = (
            total_verified_deal_bytes
        )
        storage_provider_deals_deal_size.avg_regular_deal_bytes = avg_regular_deal_bytes
        storage_provider_deals_deal_size.avg_verified_deal_bytes = (
            avg_verified_deal_bytes
        )
        storage_provider_deals_deal_size.active_regular_deal_bytes = (
            active_regular_deal_bytes
        )
        storage_provider_deals_deal_size.active_verified_deal_bytes = (
            active_verified_deal_bytes
        )
        storage_provider_deals_deal_size.daily_new_regular_deal_bytes = (
            daily_new_regular_deal_bytes
        )
        storage_provider_deals_deal_size.daily_new_verified_deal_bytes = (
            daily_new_verified_deal_bytes
        )

        storage_provider_deals_deal_size.additional_properties = d
        return storage_provider_deals_deal_size

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

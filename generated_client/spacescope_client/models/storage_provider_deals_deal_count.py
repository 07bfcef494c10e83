from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StorageProviderDealsDealCount")


@_attrs_define
class StorageProviderDealsDealCount:
    """One row of `/v2/storage_provider/deals/deal_count`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        miner_id (str): Unique ID of the storage provider (an ID address such as f0110804).
        total_regular_deal_count (int): Cumulative count of regular deals of the storage provider, including active,
            expired, and terminated ones.
        total_verified_deal_count (int): Cumulative count of verified deals of the storage provider, including active,
            expired, and terminated ones.
        total_regular_deal_free_count (int): Cumulative count of regular deals of the storage provider with no storage
            fee, including active, expired, and terminated ones.
        total_verified_deal_free_count (int): Cumulative count of verified deals of the storage provider with no storage
            fee, including active, expired, and terminated ones.
        active_regular_deal_count (int): The count of active regular deals of the storage provider.
        active_verified_deal_count (int): The count of active verified deals of the storage provider.
        daily_new_regular_deal_count (int): The count of regular deals of the storage provider that are newly proposed
            (may not be activated yet), calculated in the last 24 hours.
        daily_new_verified_deal_count (int): The count of verified deals of the storage provider that are newly proposed
            (may not be activated yet), calculated in the last 24 hours.
    """

    stat_date: datetime.datetime
    miner_id: str
    total_regular_deal_count: int
    total_verified_deal_count: int
    total_regular_deal_free_count: int
    total_verified_deal_free_count: int
    active_regular_deal_count: int
    active_verified_deal_count: int
    daily_new_regular_deal_count: int
    daily_new_verified_deal_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        miner_id = self.miner_id

        total_regular_deal_count = self.total_regular_deal_count

        total_verified_deal_count = self.total_verified_deal_count

        total_regular_deal_free_count = self.total_regular_deal_free_count

        total_verified_deal_free_count = self.total_verified_deal_free_count

        active_regular_deal_count = self.active_regular_deal_count

        active_verified_deal_count = self.active_verified_deal_count

        daily_new_regular_deal_count = self.daily_new_regular_deal_count

        daily_new_verified_deal_count = self.daily_new_verified_deal_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "miner_id": miner_id,
                "total_regular_deal_count": total_regular_deal_count,
                "total_verified_deal_count": total_verified_deal_count,
                "total_regular_deal_free_count": total_regular_deal_free_count,
                "total_verified_deal_free_count": total_verified_deal_free_count,
                "active_regular_deal_count": active_regular_deal_count,
                "active_verified_deal_count": active_verified_deal_count,
                "daily_new_regular_deal_count": daily_new_regular_deal_count,
                "daily_new_verified_deal_count": daily_new_verified_deal_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        miner_id = src_dict["miner_id"]

        total_regular_deal_count = src_dict["total_regular_deal_count"]

        total_verified_deal_count = src_dict["total_verified_deal_count"]

        total_regular_deal_free_count = src_dict["total_regular_deal_free_count"]

        total_verified_deal_free_count = src_dict["total_verified_deal_free_count"]

        active_regular_deal_count = src_dict["active_regular_deal_count"]

        active_verified_deal_count = src_dict["active_verified_deal_count"]

        daily_new_regular_deal_count = src_dict["daily_new_regular_deal_count"]

        daily_new_verified_deal_count = src_dict["daily_new_verified_deal_count"]

        if len(src_dict) == 10:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "miner_id",
                    "total_regular_deal_count",
                    "total_verified_deal_count",
                    "total_regular_deal_free_count",
                    "total_verified_deal_free_count",
                    "active_regular_deal_count",
                    "active_verified_deal_count",
                    "daily_new_regular_deal_count",
                    "daily_new_verified_deal_count",
                }
            }
        storage_provider_deals_deal_count = cls.__new__(cls)
        storage_provider_deals_deal_count.stat_date = stat_date
        storage_provider_deals_deal_count.miner_id = miner_id
        storage_provider_deals_deal_count.total_regular_deal_count = (
            total_regular_deal_count
        )
        storage_provider_deals_deal_count.total_verified_deal_count = (
            total_verified_deal_count
        )
        storage_provider_deals_deal_count.total_regular_deal_free_count = (
            total_regular_deal_free_count
        )
        storage_provider_deals_deal_count.total_verified_deal_free_count = (
            total_verified_deal_free_count
        )
        storage_provider_deals_deal_count.active_regular_deal_count = (
            active_regular_deal_count
        )
        storage_provider_deals_deal_count.active_verified_deal_count = (
            active_verified_deal_count
        )
        storage_provider_deals_deal_count.daily_new_regular_deal_count = (
            daily_new_regular_deal_count
        )
        storage_provider_deals_deal_count.daily_new_verified_deal_count = (
            daily_new_verified_deal_count
        )

        storage_provider_deals_deal_count.additional_properties = d

        return storage_provider_deals_deal_count

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            miner_id = src_dict["miner_id"]

            total_regular_deal_count = src_dict["total_regular_deal_count"]

            total_verified_deal_count = src_dict["total_verified_deal_count"]

            total_regular_deal_free_count = src_dict["total_regular_deal_free_count"]

            total_verified_deal_free_count = src_dict["total_verified_deal_free_count"]

            active_regular_deal_count = src_dict["active_regular_deal_count"]

            active_verified_deal_count = src_dict["active_verified_deal_count"]

            daily_new_regular_deal_count = src_dict["daily_new_regular_deal_count"]

            daily_new_verified_deal_count = src_dict["daily_new_verified_deal_count"]

            if len(src_dict) == 10:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "miner_id",
                        "total_regular_deal_count",
                        "total_verified_deal_count",
                        "total_regular_deal_free_count",
                        "total_verified_deal_free_count",
                        "active_regular_deal_count",
                        "active_verified_deal_count",
                        "daily_new_regular_deal_count",
                        "daily_new_verified_deal_count",
                    }
                }
            storage_provider_deals_deal_count = cls.__new__(cls)
            storage_provider_deals_deal_count.stat_date = stat_date
            storage_provider_deals_deal_count.miner_id = miner_id
            storage_provider_deals_deal_count.total_regular_deal_count = (
                total_regular_deal_count
            )
            storage_provider_deals_deal_count.total_verified_deal_count = (
                total_verified_deal_count
            )
            storage_provider_deals_deal_count.total_regular_deal_free_count = (
                total_regular_deal_free_count
            )
            storage_provider_deals_deal_count.total_verified_deal_free_count = (
                total_verified_deal_free_count
            )
            storage_provider_deals_deal_count.active_regular_deal_count = (
                active_regular_deal_count
            )
            storage_provider_deals_deal_count.active_verified_deal_count = (
                active_verified_deal_count
            )
            storage_provider_deals_deal_count.daily_new_regular_deal_count = (
                daily_new_regular_deal_count
            )
            storage_provider_deals_deal_count.daily_new_verified_deal_count = (
                daily_new_verified_deal_count
            )

            storage_provider_deals_deal_count.additional_properties = d

            _append(storage_provider_deals_deal_count)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("miner_id", "miner_id", "str", True),
        ("total_regular_deal_count", "total_regular_deal_count", "int", True),
        ("total_verified_deal_count", "total_verified_deal_count", "int", True),
        ("total_regular_deal_free_count", "total_regular_deal_free_count", "int", True),
        (
            "total_verified_deal_free_count",
            "total_verified_deal_free_count",
            "int",
            True,
        ),
        ("active_regular_deal_count", "active_regular_deal_count", "int", True),
        ("active_verified_deal_count", "active_verified_deal_count", "int", True),
        ("daily_new_regular_deal_count", "daily_new_regular_deal_count", "int", True),
        ("daily_new_verified_deal_count", "daily_new_verified_deal_count", "int", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            miner_id = _row.miner_id
            total_regular_deal_count = _row.total_regular_deal_count
            total_verified_deal_count = _row.total_verified_deal_count
            total_regular_deal_free_count = _row.total_regular_deal_free_count
            total_verified_deal_free_count = _row.total_verified_deal_free_count
            active_regular_deal_count = _row.active_regular_deal_count
            active_verified_deal_count = _row.active_verified_deal_count
            daily_new_regular_deal_count = _row.daily_new_regular_deal_count
            daily_new_verified_deal_count = _row.daily_new_verified_deal_count
            storage_provider_deals_deal_count = cls.__new__(cls)
            storage_provider_deals_deal_count.stat_date = stat_date
            storage_provider_deals_deal_count.miner_id = miner_id
            storage_provider_deals_deal_count.total_regular_deal_count = (
                total_regular_deal_count
            )
            storage_provider_deals_deal_count.total_verified_deal_count = (
                total_verified_deal_count
            )
            storage_provider_deals_deal_count.total_regular_deal_free_count = (
                total_regular_deal_free_count
            )
            storage_provider_deals_deal_count.total_verified_deal_free_count = (
                total_verified_deal_free_count
            )
            storage_provider_deals_deal_count.active_regular_deal_count = (
                active_regular_deal_count
            )
            storage_provider_deals_deal_count.active_verified_deal_count = (
                active_verified_deal_count
            )
            storage_provider_deals_deal_count.daily_new_regular_deal_count = (
                daily_new_regular_deal_count
            )
            storage_provider_deals_deal_count.daily_new_verified_deal_count = (
                daily_new_verified_deal_count
            )
            storage_provider_deals_deal_count.additional_properties = {}
            _append(storage_provider_deals_deal_count)
        return _built

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

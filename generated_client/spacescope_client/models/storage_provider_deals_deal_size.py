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
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        miner_id = src_dict["miner_id"]

        total_regular_deal_bytes = src_dict["total_regular_deal_bytes"]

        total_verified_deal_bytes = src_dict["total_verified_deal_bytes"]

        avg_regular_deal_bytes = src_dict["avg_regular_deal_bytes"]

        avg_verified_deal_bytes = src_dict["avg_verified_deal_bytes"]

        active_regular_deal_bytes = src_dict["active_regular_deal_bytes"]

        active_verified_deal_bytes = src_dict["active_verified_deal_bytes"]

        daily_new_regular_deal_bytes = src_dict["daily_new_regular_deal_bytes"]

        daily_new_verified_deal_bytes = src_dict["daily_new_verified_deal_bytes"]

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
                    "total_regular_deal_bytes",
                    "total_verified_deal_bytes",
                    "avg_regular_deal_bytes",
                    "avg_verified_deal_bytes",
                    "active_regular_deal_bytes",
                    "active_verified_deal_bytes",
                    "daily_new_regular_deal_bytes",
                    "daily_new_verified_deal_bytes",
                }
            }
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

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            miner_id = src_dict["miner_id"]

            total_regular_deal_bytes = src_dict["total_regular_deal_bytes"]

            total_verified_deal_bytes = src_dict["total_verified_deal_bytes"]

            avg_regular_deal_bytes = src_dict["avg_regular_deal_bytes"]

            avg_verified_deal_bytes = src_dict["avg_verified_deal_bytes"]

            active_regular_deal_bytes = src_dict["active_regular_deal_bytes"]

            active_verified_deal_bytes = src_dict["active_verified_deal_bytes"]

            daily_new_regular_deal_bytes = src_dict["daily_new_regular_deal_bytes"]

            daily_new_verified_deal_bytes = src_dict["daily_new_verified_deal_bytes"]

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
                        "total_regular_deal_bytes",
                        "total_verified_deal_bytes",
                        "avg_regular_deal_bytes",
                        "avg_verified_deal_bytes",
                        "active_regular_deal_bytes",
                        "active_verified_deal_bytes",
                        "daily_new_regular_deal_bytes",
                        "daily_new_verified_deal_bytes",
                    }
                }
            storage_provider_deals_deal_size = cls.__new__(cls)
            storage_provider_deals_deal_size.stat_date = stat_date
            storage_provider_deals_deal_size.miner_id = miner_id
            storage_provider_deals_deal_size.total_regular_deal_bytes = (
                total_regular_deal_bytes
            )
            storage_provider_deals_deal_size.total_verified_deal_bytes = (
                total_verified_deal_bytes
            )
            storage_provider_deals_deal_size.avg_regular_deal_bytes = (
                avg_regular_deal_bytes
            )
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

            _append(storage_provider_deals_deal_size)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("miner_id", "miner_id", "str", True),
        ("total_regular_deal_bytes", "total_regular_deal_bytes", "int", True),
        ("total_verified_deal_bytes", "total_verified_deal_bytes", "int", True),
        ("avg_regular_deal_bytes", "avg_regular_deal_bytes", "float", True),
        ("avg_verified_deal_bytes", "avg_verified_deal_bytes", "float", True),
        ("active_regular_deal_bytes", "active_regular_deal_bytes", "int", True),
        ("active_verified_deal_bytes", "active_verified_deal_bytes", "int", True),
        ("daily_new_regular_deal_bytes", "daily_new_regular_deal_bytes", "int", True),
        ("daily_new_verified_deal_bytes", "daily_new_verified_deal_bytes", "int", True),
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
            total_regular_deal_bytes = _row.total_regular_deal_bytes
            total_verified_deal_bytes = _row.total_verified_deal_bytes
            avg_regular_deal_bytes = _row.avg_regular_deal_bytes
            avg_verified_deal_bytes = _row.avg_verified_deal_bytes
            active_regular_deal_bytes = _row.active_regular_deal_bytes
            active_verified_deal_bytes = _row.active_verified_deal_bytes
            daily_new_regular_deal_bytes = _row.daily_new_regular_deal_bytes
            daily_new_verified_deal_bytes = _row.daily_new_verified_deal_bytes
            storage_provider_deals_deal_size = cls.__new__(cls)
            storage_provider_deals_deal_size.stat_date = stat_date
            storage_provider_deals_deal_size.miner_id = miner_id
            storage_provider_deals_deal_size.total_regular_deal_bytes = (
                total_regular_deal_bytes
            )
            storage_provider_deals_deal_size.total_verified_deal_bytes = (
                total_verified_deal_bytes
            )
            storage_provider_deals_deal_size.avg_regular_deal_bytes = (
                avg_regular_deal_bytes
            )
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
            storage_provider_deals_deal_size.additional_properties = {}
            _append(storage_provider_deals_deal_size)
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

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

T = TypeVar("T", bound="StorageProviderSectorTotal")


@_attrs_define
class StorageProviderSectorTotal:
    """One row of `/v2/storage_provider/sector/total`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        miner_id (str): Unique ID of the storage provider (an ID address such as f0110804).
        daily_sector_onboarding_count (int): Number of new sectors onboarded by the storage provider in the past 24
            hours.
        daily_sector_onboarding_rbp (int): Size (in byte) of new sectors onboarded by the storage provider on the
            selected date.
        daily_sector_onboarding_qap (int): Quality-adjusted power (in byte) of new sectors onboarded by the storage
            provider on the selected date.
        total_num_sector (int): Cumulative number of sectors of the storage provider (including expired, faulted, and
            terminated ones).
        total_sector_rbp (int): Cumulative sector size (in byte) of the storage provider (including expired, faulted,
            and terminated ones).
        total_sector_qap (int): Cumulative sector quality-adjusted power (in byte) of the storage provider (including
            expired, faulted, and terminated ones).
    """

    stat_date: datetime.datetime
    miner_id: str
    daily_sector_onboarding_count: int
    daily_sector_onboarding_rbp: int
    daily_sector_onboarding_qap: int
    total_num_sector: int
    total_sector_rbp: int
    total_sector_qap: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        miner_id = self.miner_id

        daily_sector_onboarding_count = self.daily_sector_onboarding_count

        daily_sector_onboarding_rbp = self.daily_sector_onboarding_rbp

        daily_sector_onboarding_qap = self.daily_sector_onboarding_qap

        total_num_sector = self.total_num_sector

        total_sector_rbp = self.total_sector_rbp

        total_sector_qap = self.total_sector_qap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "miner_id": miner_id,
                "daily_sector_onboarding_count": daily_sector_onboarding_count,
                "daily_sector_onboarding_rbp": daily_sector_onboarding_rbp,
                "daily_sector_onboarding_qap": daily_sector_onboarding_qap,
                "total_num_sector": total_num_sector,
                "total_sector_rbp": total_sector_rbp,
                "total_sector_qap": total_sector_qap,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        miner_id = src_dict["miner_id"]

        daily_sector_onboarding_count = src_dict["daily_sector_onboarding_count"]

        daily_sector_onboarding_rbp = src_dict["daily_sector_onboarding_rbp"]

        daily_sector_onboarding_qap = src_dict["daily_sector_onboarding_qap"]

        total_num_sector = src_dict["total_num_sector"]

        total_sector_rbp = src_dict["total_sector_rbp"]

        total_sector_qap = src_dict["total_sector_qap"]

        if len(src_dict) == 8:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "miner_id",
                    "daily_sector_onboarding_count",
                    "daily_sector_onboarding_rbp",
                    "daily_sector_onboarding_qap",
                    "total_num_sector",
                    "total_sector_rbp",
                    "total_sector_qap",
                }
            }
        storage_provider_sector_total = cls.__new__(cls)
        storage_provider_sector_total.stat_date = stat_date
        storage_provider_sector_total.miner_id = miner_id
        storage_provider_sector_total.daily_sector_onboarding_count = (
            daily_sector_onboarding_count
        )
        storage_provider_sector_total.daily_sector_onboarding_rbp = (
            daily_sector_onboarding_rbp
        )
        storage_provider_sector_total.daily_sector_onboarding_qap = (
            daily_sector_onboarding_qap
        )
        storage_provider_sector_total.total_num_sector = total_num_sector
        storage_provider_sector_total.total_sector_rbp = total_sector_rbp
        storage_provider_sector_total.total_sector_qap = total_sector_qap

        storage_provider_sector_total.additional_properties = d

        return storage_provider_sector_total

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            miner_id = src_dict["miner_id"]

            daily_sector_onboarding_count = src_dict["daily_sector_onboarding_count"]

            daily_sector_onboarding_rbp = src_dict["daily_sector_onboarding_rbp"]

            daily_sector_onboarding_qap = src_dict["daily_sector_onboarding_qap"]

            total_num_sector = src_dict["total_num_sector"]

            total_sector_rbp = src_dict["total_sector_rbp"]

            total_sector_qap = src_dict["total_sector_qap"]

            if len(src_dict) == 8:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "miner_id",
                        "daily_sector_onboarding_count",
                        "daily_sector_onboarding_rbp",
                        "daily_sector_onboarding_qap",
                        "total_num_sector",
                        "total_sector_rbp",
                        "total_sector_qap",
                    }
                }
            storage_provider_sector_total = cls.__new__(cls)
            storage_provider_sector_total.stat_date = stat_date
            storage_provider_sector_total.miner_id = miner_id
            storage_provider_sector_total.daily_sector_onboarding_count = (
                daily_sector_onboarding_count
            )
            storage_provider_sector_total.daily_sector_onboarding_rbp = (
                daily_sector_onboarding_rbp
            )
            storage_provider_sector_total.daily_sector_onboarding_qap = (
                daily_sector_onboarding_qap
            )
            storage_provider_sector_total.total_num_sector = total_num_sector
            storage_provider_sector_total.total_sector_rbp = total_sector_rbp
            storage_provider_sector_total.total_sector_qap = total_sector_qap

            storage_provider_sector_total.additional_properties = d

            _append(storage_provider_sector_total)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("miner_id", "miner_id", "str", True),
        ("daily_sector_onboarding_count", "daily_sector_onboarding_count", "int", True),
        ("daily_sector_onboarding_rbp", "daily_sector_onboarding_rbp", "int", True),
        ("daily_sector_onboarding_qap", "daily_sector_onboarding_qap", "int", True),
        ("total_num_sector", "total_num_sector", "int", True),
        ("total_sector_rbp", "total_sector_rbp", "int", True),
        ("total_sector_qap", "total_sector_qap", "int", True),
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
            daily_sector_onboarding_count = _row.daily_sector_onboarding_count
            daily_sector_onboarding_rbp = _row.daily_sector_onboarding_rbp
            daily_sector_onboarding_qap = _row.daily_sector_onboarding_qap
            total_num_sector = _row.total_num_sector
            total_sector_rbp = _row.total_sector_rbp
            total_sector_qap = _row.total_sector_qap
            storage_provider_sector_total = cls.__new__(cls)
            storage_provider_sector_total.stat_date = stat_date
            storage_provider_sector_total.miner_id = miner_id
            storage_provider_sector_total.daily_sector_onboarding_count = (
                daily_sector_onboarding_count
            )
            storage_provider_sector_total.daily_sector_onboarding_rbp = (
                daily_sector_onboarding_rbp
            )
            storage_provider_sector_total.daily_sector_onboarding_qap = (
                daily_sector_onboarding_qap
            )
            storage_provider_sector_total.total_num_sector = total_num_sector
            storage_provider_sector_total.total_sector_rbp = total_sector_rbp
            storage_provider_sector_total.total_sector_qap = total_sector_qap
            storage_provider_sector_total.additional_properties = {}
            _append(storage_provider_sector_total)
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

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

T = TypeVar("T", bound="StorageProviderSectorSnap")


@_attrs_define
class StorageProviderSectorSnap:
    """One row of `/v2/storage_provider/sector/snap`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        miner_id (str): Unique ID of the storage provider (an ID address such as f0110804).
        daily_new_snap_rbp (int): Size (in byte) of sectors converted from committed capacity to deals by the storage
            provider in the past 24 hours.
        daily_new_snap_qap (int): Quality-adjusted power (in byte) of sectors converted from committed capacity to deals
            by the storage provider in the past 24 hours.
        total_snap_rbp (int): Cumulative size (in byte) of sectors converted from committed capacity to deals by the
            storage provider.
        total_snap_qap (int): Cumulative quality-adjusted power (in byte) of sectors converted from committed capacity
            to deals by the storage provider.
    """

    stat_date: datetime.datetime
    miner_id: str
    daily_new_snap_rbp: int
    daily_new_snap_qap: int
    total_snap_rbp: int
    total_snap_qap: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        miner_id = self.miner_id

        daily_new_snap_rbp = self.daily_new_snap_rbp

        daily_new_snap_qap = self.daily_new_snap_qap

        total_snap_rbp = self.total_snap_rbp

        total_snap_qap = self.total_snap_qap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "miner_id": miner_id,
                "daily_new_snap_rbp": daily_new_snap_rbp,
                "daily_new_snap_qap": daily_new_snap_qap,
                "total_snap_rbp": total_snap_rbp,
                "total_snap_qap": total_snap_qap,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        miner_id = src_dict["miner_id"]

        daily_new_snap_rbp = src_dict["daily_new_snap_rbp"]

        daily_new_snap_qap = src_dict["daily_new_snap_qap"]

        total_snap_rbp = src_dict["total_snap_rbp"]

        total_snap_qap = src_dict["total_snap_qap"]

        if len(src_dict) == 6:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "miner_id",
                    "daily_new_snap_rbp",
                    "daily_new_snap_qap",
                    "total_snap_rbp",
                    "total_snap_qap",
                }
            }
        storage_provider_sector_snap = cls.__new__(cls)
        storage_provider_sector_snap.stat_date = stat_date
        storage_provider_sector_snap.miner_id = miner_id
        storage_provider_sector_snap.daily_new_snap_rbp = daily_new_snap_rbp
        storage_provider_sector_snap.daily_new_snap_qap = daily_new_snap_qap
        storage_provider_sector_snap.total_snap_rbp = total_snap_rbp
        storage_provider_sector_snap.total_snap_qap = total_snap_qap

        storage_provider_sector_snap.additional_properties = d

        return storage_provider_sector_snap

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            miner_id = src_dict["miner_id"]

            daily_new_snap_rbp = src_dict["daily_new_snap_rbp"]

            daily_new_snap_qap = src_dict["daily_new_snap_qap"]

            total_snap_rbp = src_dict["total_snap_rbp"]

            total_snap_qap = src_dict["total_snap_qap"]

            if len(src_dict) == 6:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "miner_id",
                        "daily_new_snap_rbp",
                        "daily_new_snap_qap",
                        "total_snap_rbp",
                        "total_snap_qap",
                    }
                }
            storage_provider_sector_snap = cls.__new__(cls)
            storage_provider_sector_snap.stat_date = stat_date
            storage_provider_sector_snap.miner_id = miner_id
            storage_provider_sector_snap.daily_new_snap_rbp = daily_new_snap_rbp
            storage_provider_sector_snap.daily_new_snap_qap = daily_new_snap_qap
            storage_provider_sector_snap.total_snap_rbp = total_snap_rbp
            storage_provider_sector_snap.total_snap_qap = total_snap_qap

            storage_provider_sector_snap.additional_properties = d

            _append(storage_provider_sector_snap)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("miner_id", "miner_id", "str", True),
        ("daily_new_snap_rbp", "daily_new_snap_rbp", "int", True),
        ("daily_new_snap_qap", "daily_new_snap_qap", "int", True),
        ("total_snap_rbp", "total_snap_rbp", "int", True),
        ("total_snap_qap", "total_snap_qap", "int", True),
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
            daily_new_snap_rbp = _row.daily_new_snap_rbp
            daily_new_snap_qap = _row.daily_new_snap_qap
            total_snap_rbp = _row.total_snap_rbp
            total_snap_qap = _row.total_snap_qap
            storage_provider_sector_snap = cls.__new__(cls)
            storage_provider_sector_snap.stat_date = stat_date
            storage_provider_sector_snap.miner_id = miner_id
            storage_provider_sector_snap.daily_new_snap_rbp = daily_new_snap_rbp
            storage_provider_sector_snap.daily_new_snap_qap = daily_new_snap_qap
            storage_provider_sector_snap.total_snap_rbp = total_snap_rbp
            storage_provider_sector_snap.total_snap_qap = total_snap_qap
            storage_provider_sector_snap.additional_properties = {}
            _append(storage_provider_sector_snap)
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

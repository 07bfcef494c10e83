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

T = TypeVar("T", bound="StorageProviderSectorTerminate")


@_attrs_define
class StorageProviderSectorTerminate:
    """One row of `/v2/storage_provider/sector/terminate`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        miner_id (str): Unique ID of the storage provider (an ID address such as f0110804).
        daily_new_terminate_rbp (int): Size (in byte) of sectors terminated by the storage provider in the past 24
            hours.
        daily_new_terminate_qap (int): Quality-adjusted power (in byte) of sectors terminated by the storage provider in
            the past 24 hours.
        total_terminate_rbp (int): Cumulative size (in byte) of sectors terminated by the storage provider.
        total_terminate_qap (int): Cumulative quality-adjusted power (in byte) of sectors terminated by the storage
            provider.
        daily_new_active_terminate_rbp (int): Size (in byte) of sectors actively terminated by the storage provider in
            the past 24 hours (active termination is when the sectors are terminated actively by the storage providers).
        daily_new_active_terminate_qap (int): Quality-adjusted power (in byte) of sectors actively terminated by the
            storage provider in the past 24 hours (active termination is when the sectors are terminated actively by the
            storage providers).
        total_active_terminate_rbp (int): Cumulative size (in byte) of sectors actively terminated by the storage
            provider (active termination is when the sectors are terminated actively by the storage providers).
        total_active_terminate_qap (int): Cumulative quality-adjusted power (in byte) of sectors actively terminated by
            the storage provider (active termination is when the sectors are terminated actively by the storage providers).
        daily_new_passive_terminate_rbp (int): Size (in byte) of sectors passively terminated by the storage provider in
            the past 24 hours (passive termination is when the sectors are terminated passively after 42 days in fault).
        daily_new_passive_terminate_qap (int): Quality-adjusted power (in byte) of sectors passively terminated by the
            storage provider in the past 24 hours (passive termination is when the sectors are terminated passively after 42
            days in fault).
        total_passive_terminate_rbp (int): Cumulative size (in byte) of sectors passively terminated by the storage
            provider (passive termination is when the sectors are terminated passively after 42 days).
        total_passive_terminate_qap (int): Cumulative quality-adjusted power (in byte) of sectors passively terminated
            by the storage provider (passive termination is when the sectors are terminated passively after 42 days).
    """

    stat_date: datetime.datetime
    miner_id: str
    daily_new_terminate_rbp: int
    daily_new_terminate_qap: int
    total_terminate_rbp: int
    total_terminate_qap: int
    daily_new_active_terminate_rbp: int
    daily_new_active_terminate_qap: int
    total_active_terminate_rbp: int
    total_active_terminate_qap: int
    daily_new_passive_terminate_rbp: int
    daily_new_passive_terminate_qap: int
    total_passive_terminate_rbp: int
    total_passive_terminate_qap: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        miner_id = self.miner_id

        daily_new_terminate_rbp = self.daily_new_terminate_rbp

        daily_new_terminate_qap = self.daily_new_terminate_qap

        total_terminate_rbp = self.total_terminate_rbp

        total_terminate_qap = self.total_terminate_qap

        daily_new_active_terminate_rbp = self.daily_new_active_terminate_rbp

        daily_new_active_terminate_qap = self.daily_new_active_terminate_qap

        total_active_terminate_rbp = self.total_active_terminate_rbp

        total_active_terminate_qap = self.total_active_terminate_qap

        daily_new_passive_terminate_rbp = self.daily_new_passive_terminate_rbp

        daily_new_passive_terminate_qap = self.daily_new_passive_terminate_qap

        total_passive_terminate_rbp = self.total_passive_terminate_rbp

        total_passive_terminate_qap = self.total_passive_terminate_qap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "miner_id": miner_id,
                "daily_new_terminate_rbp": daily_new_terminate_rbp,
                "daily_new_terminate_qap": daily_new_terminate_qap,
                "total_terminate_rbp": total_terminate_rbp,
                "total_terminate_qap": total_terminate_qap,
                "daily_new_active_terminate_rbp": daily_new_active_terminate_rbp,
                "daily_new_active_terminate_qap": daily_new_active_terminate_qap,
                "total_active_terminate_rbp": total_active_terminate_rbp,
                "total_active_terminate_qap": total_active_terminate_qap,
                "daily_new_passive_terminate_rbp": daily_new_passive_terminate_rbp,
                "daily_new_passive_terminate_qap": daily_new_passive_terminate_qap,
                "total_passive_terminate_rbp": total_passive_terminate_rbp,
                "total_passive_terminate_qap": total_passive_terminate_qap,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        miner_id = src_dict["miner_id"]

        daily_new_terminate_rbp = src_dict["daily_new_terminate_rbp"]

        daily_new_terminate_qap = src_dict["daily_new_terminate_qap"]

        total_terminate_rbp = src_dict["total_terminate_rbp"]

        total_terminate_qap = src_dict["total_terminate_qap"]

        daily_new_active_terminate_rbp = src_dict["daily_new_active_terminate_rbp"]

        daily_new_active_terminate_qap = src_dict["daily_new_active_terminate_qap"]

        total_active_terminate_rbp = src_dict["total_active_terminate_rbp"]

        total_active_terminate_qap = src_dict["total_active_terminate_qap"]

        daily_new_passive_terminate_rbp = src_dict["daily_new_passive_terminate_rbp"]

        daily_new_passive_terminate_qap = src_dict["daily_new_passive_terminate_qap"]

        total_passive_terminate_rbp = src_dict["total_passive_terminate_rbp"]

        total_passive_terminate_qap = src_dict["total_passive_terminate_qap"]

        if len(src_dict) == 14:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "miner_id",
                    "daily_new_terminate_rbp",
                    "daily_new_terminate_qap",
                    "total_terminate_rbp",
                    "total_terminate_qap",
                    "daily_new_active_terminate_rbp",
                    "daily_new_active_terminate_qap",
                    "total_active_terminate_rbp",
                    "total_active_terminate_qap",
                    "daily_new_passive_terminate_rbp",
                    "daily_new_passive_terminate_qap",
                    "total_passive_terminate_rbp",
                    "total_passive_terminate_qap",
                }
            }
        storage_provider_sector_terminate = cls.__new__(cls)
        storage_provider_sector_terminate.stat_date = stat_date
        storage_provider_sector_terminate.miner_id = miner_id
        storage_provider_sector_terminate.daily_new_terminate_rbp = (
            daily_new_terminate_rbp
        )
        storage_provider_sector_terminate.daily_new_terminate_qap = (
            daily_new_terminate_qap
        )
        storage_provider_sector_terminate.total_terminate_rbp = total_terminate_rbp
        storage_provider_sector_terminate.total_terminate_qap = total_terminate_qap
        storage_provider_sector_terminate.daily_new_active_terminate_rbp = (
            daily_new_active_terminate_rbp
        )
        storage_provider_sector_terminate.daily_new_active_terminate_qap = (
            daily_new_active_terminate_qap
        )
        storage_provider_sector_terminate.total_active_terminate_rbp = (
            total_active_terminate_rbp
        )
        storage_provider_sector_terminate.total_active_terminate_qap = (
            total_active_terminate_qap
        )
        storage_provider_sector_terminate.daily_new_passive_terminate_rbp = (
            daily_new_passive_terminate_rbp
        )
        storage_provider_sector_terminate.daily_new_passive_terminate_qap = (
            daily_new_passive_terminate_qap
        )
        storage_provider_sector_terminate.total_passive_terminate_rbp = (
            total_passive_terminate_rbp
        )
        storage_provider_sector_terminate.total_passive_terminate_qap = (
            total_passive_terminate_qap
        )

        storage_provider_sector_terminate.additional_properties = d

        return storage_provider_sector_terminate

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            miner_id = src_dict["miner_id"]

            daily_new_terminate_rbp = src_dict["daily_new_terminate_rbp"]

            daily_new_terminate_qap = src_dict["daily_new_terminate_qap"]

            total_terminate_rbp = src_dict["total_terminate_rbp"]

            total_terminate_qap = src_dict["total_terminate_qap"]

            daily_new_active_terminate_rbp = src_dict["daily_new_active_terminate_rbp"]

            daily_new_active_terminate_qap = src_dict["daily_new_active_terminate_qap"]

            total_active_terminate_rbp = src_dict["total_active_terminate_rbp"]

            total_active_terminate_qap = src_dict["total_active_terminate_qap"]

            daily_new_passive_terminate_rbp = src_dict[
                "daily_new_passive_terminate_rbp"
            ]

            daily_new_passive_terminate_qap = src_dict[
                "daily_new_passive_terminate_qap"
            ]

            total_passive_terminate_rbp = src_dict["total_passive_terminate_rbp"]

            total_passive_terminate_qap = src_dict["total_passive_terminate_qap"]

            if len(src_dict) == 14:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "miner_id",
                        "daily_new_terminate_rbp",
                        "daily_new_terminate_qap",
                        "total_terminate_rbp",
                        "total_terminate_qap",
                        "daily_new_active_terminate_rbp",
                        "daily_new_active_terminate_qap",
                        "total_active_terminate_rbp",
                        "total_active_terminate_qap",
                        "daily_new_passive_terminate_rbp",
                        "daily_new_passive_terminate_qap",
                        "total_passive_terminate_rbp",
                        "total_passive_terminate_qap",
                    }
                }
            storage_provider_sector_terminate = cls.__new__(cls)
            storage_provider_sector_terminate.stat_date = stat_date
            storage_provider_sector_terminate.miner_id = miner_id
            storage_provider_sector_terminate.daily_new_terminate_rbp = (
                daily_new_terminate_rbp
            )
            storage_provider_sector_terminate.daily_new_terminate_qap = (
                daily_new_terminate_qap
            )
            storage_provider_sector_terminate.total_terminate_rbp = total_terminate_rbp
            storage_provider_sector_terminate.total_terminate_qap = total_terminate_qap
            storage_provider_sector_terminate.daily_new_active_terminate_rbp = (
                daily_new_active_terminate_rbp
            )
            storage_provider_sector_terminate.daily_new_active_terminate_qap = (
                daily_new_active_terminate_qap
            )
            storage_provider_sector_terminate.total_active_terminate_rbp = (
                total_active_terminate_rbp
            )
            storage_provider_sector_terminate.total_active_terminate_qap = (
                total_active_terminate_qap
            )
            storage_provider_sector_terminate.daily_new_passive_terminate_rbp = (
                daily_new_passive_terminate_rbp
            )
            storage_provider_sector_terminate.daily_new_passive_terminate_qap = (
                daily_new_passive_terminate_qap
            )
            storage_provider_sector_terminate.total_passive_terminate_rbp = (
                total_passive_terminate_rbp
            )
            storage_provider_sector_terminate.total_passive_terminate_qap = (
                total_passive_terminate_qap
            )

            storage_provider_sector_terminate.additional_properties = d

            _append(storage_provider_sector_terminate)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("miner_id", "miner_id", "str", True),
        ("daily_new_terminate_rbp", "daily_new_terminate_rbp", "int", True),
        ("daily_new_terminate_qap", "daily_new_terminate_qap", "int", True),
        ("total_terminate_rbp", "total_terminate_rbp", "int", True),
        ("total_terminate_qap", "total_terminate_qap", "int", True),
        (
            "daily_new_active_terminate_rbp",
            "daily_new_active_terminate_rbp",
            "int",
            True,
        ),
        (
            "daily_new_active_terminate_qap",
            "daily_new_active_terminate_qap",
            "int",
            True,
        ),
        ("total_active_terminate_rbp", "total_active_terminate_rbp", "int", True),
        ("total_active_terminate_qap", "total_active_terminate_qap", "int", True),
        (
            "daily_new_passive_terminate_rbp",
            "daily_new_passive_terminate_rbp",
            "int",
            True,
        ),
        (
            "daily_new_passive_terminate_qap",
            "daily_new_passive_terminate_qap",
            "int",
            True,
        ),
        ("total_passive_terminate_rbp", "total_passive_terminate_rbp", "int", True),
        ("total_passive_terminate_qap", "total_passive_terminate_qap", "int", True),
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
            daily_new_terminate_rbp = _row.daily_new_terminate_rbp
            daily_new_terminate_qap = _row.daily_new_terminate_qap
            total_terminate_rbp = _row.total_terminate_rbp
            total_terminate_qap = _row.total_terminate_qap
            daily_new_active_terminate_rbp = _row.daily_new_active_terminate_rbp
            daily_new_active_terminate_qap = _row.daily_new_active_terminate_qap
            total_active_terminate_rbp = _row.total_active_terminate_rbp
            total_active_terminate_qap = _row.total_active_terminate_qap
            daily_new_passive_terminate_rbp = _row.daily_new_passive_terminate_rbp
            daily_new_passive_terminate_qap = _row.daily_new_passive_terminate_qap
            total_passive_terminate_rbp = _row.total_passive_terminate_rbp
            total_passive_terminate_qap = _row.total_passive_terminate_qap
            storage_provider_sector_terminate = cls.__new__(cls)
            storage_provider_sector_terminate.stat_date = stat_date
            storage_provider_sector_terminate.miner_id = miner_id
            storage_provider_sector_terminate.daily_new_terminate_rbp = (
                daily_new_terminate_rbp
            )
            storage_provider_sector_terminate.daily_new_terminate_qap = (
                daily_new_terminate_qap
            )
            storage_provider_sector_terminate.total_terminate_rbp = total_terminate_rbp
            storage_provider_sector_terminate.total_terminate_qap = total_terminate_qap
            storage_provider_sector_terminate.daily_new_active_terminate_rbp = (
                daily_new_active_terminate_rbp
            )
            storage_provider_sector_terminate.daily_new_active_terminate_qap = (
                daily_new_active_terminate_qap
            )
            storage_provider_sector_terminate.total_active_terminate_rbp = (
                total_active_terminate_rbp
            )
            storage_provider_sector_terminate.total_active_terminate_qap = (
                total_active_terminate_qap
            )
            storage_provider_sector_terminate.daily_new_passive_terminate_rbp = (
                daily_new_passive_terminate_rbp
            )
            storage_provider_sector_terminate.daily_new_passive_terminate_qap = (
                daily_new_passive_terminate_qap
            )
            storage_provider_sector_terminate.total_passive_terminate_rbp = (
                total_passive_terminate_rbp
            )
            storage_provider_sector_terminate.total_passive_terminate_qap = (
                total_passive_terminate_qap
            )
            storage_provider_sector_terminate.additional_properties = {}
            _append(storage_provider_sector_terminate)
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

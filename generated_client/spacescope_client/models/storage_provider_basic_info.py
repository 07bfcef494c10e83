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

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageProviderBasicInfo")


@_attrs_define
class StorageProviderBasicInfo:
    """One row of `/v2/storage_provider/basic_info`.

    Attributes:
        miner_id (str): Unique ID of the storage provider (an ID address such as f0110804).
        onboarding_at (datetime.datetime): The earliest timestamp that the storage provider first recorded in the
            network.
        sector_size (int): Size of a sector (32GiB or 64GiB, in bytes) of the storage provider.
        stat_date (datetime.datetime | Unset): Date of the snapshot (RFC 3339 timestamp at midnight UTC). Not in the
            docs' schema table, but present in the docs' example response (which also sends state_date). Optional, because
            the table and example disagree.
    """

    miner_id: str
    onboarding_at: datetime.datetime
    sector_size: int
    stat_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        miner_id = self.miner_id

        onboarding_at = self.onboarding_at.isoformat()

        sector_size = self.sector_size

        stat_date: str | Unset = UNSET
        if not isinstance(self.stat_date, Unset):
            stat_date = self.stat_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "miner_id": miner_id,
                "onboarding_at": onboarding_at,
                "sector_size": sector_size,
            }
        )
        if stat_date is not UNSET:
            field_dict["stat_date"] = stat_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        miner_id = src_dict["miner_id"]

        onboarding_at = datetime.datetime.fromisoformat(src_dict["onboarding_at"])

        sector_size = src_dict["sector_size"]

        _stat_date = src_dict.get("stat_date", UNSET)
        stat_date: datetime.datetime | Unset
        if isinstance(_stat_date, Unset):
            stat_date = UNSET
        else:
            stat_date = datetime.datetime.fromisoformat(_stat_date)

        if len(src_dict) == 3 + (stat_date is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "miner_id",
                    "onboarding_at",
                    "sector_size",
                    "stat_date",
                }
            }
        storage_provider_basic_info = cls.__new__(cls)
        storage_provider_basic_info.miner_id = miner_id
        storage_provider_basic_info.onboarding_at = onboarding_at
        storage_provider_basic_info.sector_size = sector_size
        storage_provider_basic_info.stat_date = stat_date

        storage_provider_basic_info.additional_properties = d

        return storage_provider_basic_info

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            miner_id = src_dict["miner_id"]

            onboarding_at = datetime.datetime.fromisoformat(src_dict["onboarding_at"])

            sector_size = src_dict["sector_size"]

            _stat_date = src_dict.get("stat_date", UNSET)
            stat_date: datetime.datetime | Unset
            if isinstance(_stat_date, Unset):
                stat_date = UNSET
            else:
                stat_date = datetime.datetime.fromisoformat(_stat_date)

            if len(src_dict) == 3 + (stat_date is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "miner_id",
                        "onboarding_at",
                        "sector_size",
                        "stat_date",
                    }
                }
            storage_provider_basic_info = cls.__new__(cls)
            storage_provider_basic_info.miner_id = miner_id
            storage_provider_basic_info.onboarding_at = onboarding_at
            storage_provider_basic_info.sector_size = sector_size
            storage_provider_basic_info.stat_date = stat_date

            storage_provider_basic_info.additional_properties = d

            _append(storage_provider_basic_info)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("miner_id", "miner_id", "str", True),
        ("onboarding_at", "onboarding_at", "datetime.datetime", True),
        ("sector_size", "sector_size", "int", True),
        ("stat_date", "stat_date", "datetime.datetime", False),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            miner_id = _row.miner_id
            onboarding_at = datetime.datetime.fromisoformat(_row.onboarding_at)

            sector_size = _row.sector_size
            _stat_date = _row.stat_date
            stat_date: datetime.datetime | Unset
            if isinstance(_stat_date, Unset):
                stat_date = UNSET
            else:
                stat_date = datetime.datetime.fromisoformat(_stat_date)

            storage_provider_basic_info = cls.__new__(cls)
            storage_provider_basic_info.miner_id = miner_id
            storage_provider_basic_info.onboarding_at = onboarding_at
            storage_provider_basic_info.sector_size = sector_size
            storage_provider_basic_info.stat_date = stat_date
            storage_provider_basic_info.additional_properties = {}
            _append(storage_provider_basic_info)
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

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

T = TypeVar("T", bound="NetworkStorageCapacity")


@_attrs_define
class NetworkStorageCapacity:
    """One row of `/v2/power/network_storage_capacity`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        total_qa_bytes_power (int): This parameter measures the consensus power of stored data on the network and is
            equal to Raw Byte Power multiplied by the average Sector Quality Multiplier of the network.
        total_raw_bytes_power (int): This measurement is the total size of the network's storage capacity (with no
            adjustment) in bytes.
        baseline_power (int): The baseline power targeted by the network in bytes.
    """

    stat_date: datetime.datetime
    total_qa_bytes_power: int
    total_raw_bytes_power: int
    baseline_power: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        total_qa_bytes_power = self.total_qa_bytes_power

        total_raw_bytes_power = self.total_raw_bytes_power

        baseline_power = self.baseline_power

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "total_qa_bytes_power": total_qa_bytes_power,
                "total_raw_bytes_power": total_raw_bytes_power,
                "baseline_power": baseline_power,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        total_qa_bytes_power = src_dict["total_qa_bytes_power"]

        total_raw_bytes_power = src_dict["total_raw_bytes_power"]

        baseline_power = src_dict["baseline_power"]

        if len(src_dict) == 4:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "total_qa_bytes_power",
                    "total_raw_bytes_power",
                    "baseline_power",
                }
            }
        network_storage_capacity = cls.__new__(cls)
        network_storage_capacity.stat_date = stat_date
        network_storage_capacity.total_qa_bytes_power = total_qa_bytes_power
        network_storage_capacity.total_raw_bytes_power = total_raw_bytes_power
        network_storage_capacity.baseline_power = baseline_power

        network_storage_capacity.additional_properties = d

        return network_storage_capacity

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            total_qa_bytes_power = src_dict["total_qa_bytes_power"]

            total_raw_bytes_power = src_dict["total_raw_bytes_power"]

            baseline_power = src_dict["baseline_power"]

            if len(src_dict) == 4:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "total_qa_bytes_power",
                        "total_raw_bytes_power",
                        "baseline_power",
                    }
                }
            network_storage_capacity = cls.__new__(cls)
            network_storage_capacity.stat_date = stat_date
            network_storage_capacity.total_qa_bytes_power = total_qa_bytes_power
            network_storage_capacity.total_raw_bytes_power = total_raw_bytes_power
            network_storage_capacity.baseline_power = baseline_power

            network_storage_capacity.additional_properties = d

            _append(network_storage_capacity)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("total_qa_bytes_power", "total_qa_bytes_power", "int", True),
        ("total_raw_bytes_power", "total_raw_bytes_power", "int", True),
        ("baseline_power", "baseline_power", "int", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            total_qa_bytes_power = _row.total_qa_bytes_power
            total_raw_bytes_power = _row.total_raw_bytes_power
            baseline_power = _row.baseline_power
            network_storage_capacity = cls.__new__(cls)
            network_storage_capacity.stat_date = stat_date
            network_storage_capacity.total_qa_bytes_power = total_qa_bytes_power
            network_storage_capacity.total_raw_bytes_power = total_raw_bytes_power
            network_storage_capacity.baseline_power = baseline_power
            network_storage_capacity.additional_properties = {}
            _append(network_storage_capacity)
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

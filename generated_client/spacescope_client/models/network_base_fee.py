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

T = TypeVar("T", bound="NetworkBaseFee")


@_attrs_define
class NetworkBaseFee:
    """One row of `/v2/gas/network_base_fee`.

    Attributes:
        hour_date (datetime.datetime): Hour the data belongs to (height truncated to the hour), RFC 3339 timestamp, e.g.
            2022-07-01T00:00:00Z.
        base_fee (float): The average set price per unit of gas to be burned (sent to an unrecoverable address) for
            every message execution. (Unit: Nano FIL)
    """

    hour_date: datetime.datetime
    base_fee: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hour_date = self.hour_date.isoformat()

        base_fee = self.base_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hour_date": hour_date,
                "base_fee": base_fee,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        hour_date = datetime.datetime.fromisoformat(src_dict["hour_date"])

        base_fee = src_dict["base_fee"]

        if len(src_dict) == 2:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "hour_date",
                    "base_fee",
                }
            }
        network_base_fee = cls.__new__(cls)
        network_base_fee.hour_date = hour_date
        network_base_fee.base_fee = base_fee

        network_base_fee.additional_properties = d

        return network_base_fee

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            hour_date = datetime.datetime.fromisoformat(src_dict["hour_date"])

            base_fee = src_dict["base_fee"]

            if len(src_dict) == 2:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "hour_date",
                        "base_fee",
                    }
                }
            network_base_fee = cls.__new__(cls)
            network_base_fee.hour_date = hour_date
            network_base_fee.base_fee = base_fee

            network_base_fee.additional_properties = d

            _append(network_base_fee)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("hour_date", "hour_date", "datetime.datetime", True),
        ("base_fee", "base_fee", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            hour_date = datetime.datetime.fromisoformat(_row.hour_date)

            base_fee = _row.base_fee
            network_base_fee = cls.__new__(cls)
            network_base_fee.hour_date = hour_date
            network_base_fee.base_fee = base_fee
            network_base_fee.additional_properties = {}
            _append(network_base_fee)
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

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

T = TypeVar("T", bound="TotalValueLocked")


@_attrs_define
class TotalValueLocked:
    """One row of `/v2/fvm/total_value_locked`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        total_value_locked (float): The total value locked by all FEVM contracts per day, denominated in FIL. In this
            context, total value locked refers to the sum of the balances of all contracts. Typed BIGINT in the 2023 docs,
            but the example values are fractional FIL.
        total_value_received (float | Unset): The total value received across FEVM contracts each day, in FIL. Shown in
            the 2023 docs' example but commented out of their schema table. Optional, because it may be absent.
        total_value_sent (float | Unset): The total value sent across all FEVM contracts each day, denominated in FIL.
            Shown in the 2023 docs' example but commented out of their schema table. Optional, because it may be absent.
    """

    stat_date: datetime.datetime
    total_value_locked: float
    total_value_received: float | Unset = UNSET
    total_value_sent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        total_value_locked = self.total_value_locked

        total_value_received = self.total_value_received

        total_value_sent = self.total_value_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "total_value_locked": total_value_locked,
            }
        )
        if total_value_received is not UNSET:
            field_dict["total_value_received"] = total_value_received
        if total_value_sent is not UNSET:
            field_dict["total_value_sent"] = total_value_sent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        total_value_locked = src_dict["total_value_locked"]

        total_value_received = src_dict.get("total_value_received", UNSET)

        total_value_sent = src_dict.get("total_value_sent", UNSET)

        if len(src_dict) == 2 + (total_value_received is not UNSET) + (
            total_value_sent is not UNSET
        ):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "total_value_locked",
                    "total_value_received",
                    "total_value_sent",
                }
            }
        total_value_locked_instance = cls.__new__(cls)
        total_value_locked_instance.stat_date = stat_date
        total_value_locked_instance.total_value_locked = total_value_locked
        total_value_locked_instance.total_value_received = total_value_received
        total_value_locked_instance.total_value_sent = total_value_sent

        total_value_locked_instance.additional_properties = d

        return total_value_locked_instance

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            total_value_locked = src_dict["total_value_locked"]

            total_value_received = src_dict.get("total_value_received", UNSET)

            total_value_sent = src_dict.get("total_value_sent", UNSET)

            if len(src_dict) == 2 + (total_value_received is not UNSET) + (
                total_value_sent is not UNSET
            ):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "total_value_locked",
                        "total_value_received",
                        "total_value_sent",
                    }
                }
            total_value_locked_instance = cls.__new__(cls)
            total_value_locked_instance.stat_date = stat_date
            total_value_locked_instance.total_value_locked = total_value_locked
            total_value_locked_instance.total_value_received = total_value_received
            total_value_locked_instance.total_value_sent = total_value_sent

            total_value_locked_instance.additional_properties = d

            _append(total_value_locked_instance)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("total_value_locked", "total_value_locked", "float", True),
        ("total_value_received", "total_value_received", "float", False),
        ("total_value_sent", "total_value_sent", "float", False),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            total_value_locked = _row.total_value_locked
            total_value_received = _row.total_value_received
            total_value_sent = _row.total_value_sent
            total_value_locked_instance = cls.__new__(cls)
            total_value_locked_instance.stat_date = stat_date
            total_value_locked_instance.total_value_locked = total_value_locked
            total_value_locked_instance.total_value_received = total_value_received
            total_value_locked_instance.total_value_sent = total_value_sent
            total_value_locked_instance.additional_properties = {}
            _append(total_value_locked_instance)
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

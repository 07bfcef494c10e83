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

T = TypeVar("T", bound="GasUsage")


@_attrs_define
class GasUsage:
    """One row of `/v2/fvm/gas_usage`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        gas_cost_daily (float): The cost of gas used on FVM on this date. Unit: FIL.
        total_gas_cost (float): The cumulative total amount of gas used on the FVM as of this date. Unit: FIL.
        gas_used_daily (int): The amount of gas used on FVM-related messages on this date. Gas units (the 2023 docs say
            'billions of gas units', but the example values are plain gas units).
        total_gas_used (int): The cumulative total amount of gas used on FVM-related messages on this date. Gas units
            (see gas_used_daily).
        avg_txn_gas_cost_daily (float): The average cost of gas burn for FVM-related messages on this date. Unit: FIL.
    """

    stat_date: datetime.datetime
    gas_cost_daily: float
    total_gas_cost: float
    gas_used_daily: int
    total_gas_used: int
    avg_txn_gas_cost_daily: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        gas_cost_daily = self.gas_cost_daily

        total_gas_cost = self.total_gas_cost

        gas_used_daily = self.gas_used_daily

        total_gas_used = self.total_gas_used

        avg_txn_gas_cost_daily = self.avg_txn_gas_cost_daily

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "gas_cost_daily": gas_cost_daily,
                "total_gas_cost": total_gas_cost,
                "gas_used_daily": gas_used_daily,
                "total_gas_used": total_gas_used,
                "avg_txn_gas_cost_daily": avg_txn_gas_cost_daily,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        gas_cost_daily = src_dict["gas_cost_daily"]

        total_gas_cost = src_dict["total_gas_cost"]

        gas_used_daily = src_dict["gas_used_daily"]

        total_gas_used = src_dict["total_gas_used"]

        avg_txn_gas_cost_daily = src_dict["avg_txn_gas_cost_daily"]

        if len(src_dict) == 6:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "gas_cost_daily",
                    "total_gas_cost",
                    "gas_used_daily",
                    "total_gas_used",
                    "avg_txn_gas_cost_daily",
                }
            }
        gas_usage = cls.__new__(cls)
        gas_usage.stat_date = stat_date
        gas_usage.gas_cost_daily = gas_cost_daily
        gas_usage.total_gas_cost = total_gas_cost
        gas_usage.gas_used_daily = gas_used_daily
        gas_usage.total_gas_used = total_gas_used
        gas_usage.avg_txn_gas_cost_daily = avg_txn_gas_cost_daily

        gas_usage.additional_properties = d

        return gas_usage

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            gas_cost_daily = src_dict["gas_cost_daily"]

            total_gas_cost = src_dict["total_gas_cost"]

            gas_used_daily = src_dict["gas_used_daily"]

            total_gas_used = src_dict["total_gas_used"]

            avg_txn_gas_cost_daily = src_dict["avg_txn_gas_cost_daily"]

            if len(src_dict) == 6:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "gas_cost_daily",
                        "total_gas_cost",
                        "gas_used_daily",
                        "total_gas_used",
                        "avg_txn_gas_cost_daily",
                    }
                }
            gas_usage = cls.__new__(cls)
            gas_usage.stat_date = stat_date
            gas_usage.gas_cost_daily = gas_cost_daily
            gas_usage.total_gas_cost = total_gas_cost
            gas_usage.gas_used_daily = gas_used_daily
            gas_usage.total_gas_used = total_gas_used
            gas_usage.avg_txn_gas_cost_daily = avg_txn_gas_cost_daily

            gas_usage.additional_properties = d

            _append(gas_usage)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("gas_cost_daily", "gas_cost_daily", "float", True),
        ("total_gas_cost", "total_gas_cost", "float", True),
        ("gas_used_daily", "gas_used_daily", "int", True),
        ("total_gas_used", "total_gas_used", "int", True),
        ("avg_txn_gas_cost_daily", "avg_txn_gas_cost_daily", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            gas_cost_daily = _row.gas_cost_daily
            total_gas_cost = _row.total_gas_cost
            gas_used_daily = _row.gas_used_daily
            total_gas_used = _row.total_gas_used
            avg_txn_gas_cost_daily = _row.avg_txn_gas_cost_daily
            gas_usage = cls.__new__(cls)
            gas_usage.stat_date = stat_date
            gas_usage.gas_cost_daily = gas_cost_daily
            gas_usage.total_gas_cost = total_gas_cost
            gas_usage.gas_used_daily = gas_used_daily
            gas_usage.total_gas_used = total_gas_used
            gas_usage.avg_txn_gas_cost_daily = avg_txn_gas_cost_daily
            gas_usage.additional_properties = {}
            _append(gas_usage)
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

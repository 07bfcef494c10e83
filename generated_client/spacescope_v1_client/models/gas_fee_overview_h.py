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

T = TypeVar("T", bound="GasFeeOverviewH")


@_attrs_define
class GasFeeOverviewH:
    """One row of `/v1/network_core/transactions-usage/gas_fee_overview_h`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        hour_date (datetime.datetime): Trunc hour of height: the hour the row covers (RFC 3339 date-time).
        precommit_cost_sector (float): Average PreCommit Cost.
        provecommit_cost_sector (float): Average ProveCommit Cost.
        pre_batch_cost_sector (float): Fee required to PreCommit a sector into Filecoin network in the past hour.
        prove_batch_cost_sector (float): Fee required to ProveCommit a sector into Filecoin network in the past hour.
        base_fee (float): The average set price per unit of gas to be burned (sent to an unrecoverable address) for
            every message execution. (Unit: Nano FIL).
        avg_pre_agg_count (float): The deal count of PreCommit aggregate on Filecoin in the past hour.
        avg_prove_agg_count (float): The deal count of ProveCommit aggregate on Filecoin in the past hour.
    """

    stat_date: datetime.datetime
    hour_date: datetime.datetime
    precommit_cost_sector: float
    provecommit_cost_sector: float
    pre_batch_cost_sector: float
    prove_batch_cost_sector: float
    base_fee: float
    avg_pre_agg_count: float
    avg_prove_agg_count: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        hour_date = self.hour_date.isoformat()

        precommit_cost_sector = self.precommit_cost_sector

        provecommit_cost_sector = self.provecommit_cost_sector

        pre_batch_cost_sector = self.pre_batch_cost_sector

        prove_batch_cost_sector = self.prove_batch_cost_sector

        base_fee = self.base_fee

        avg_pre_agg_count = self.avg_pre_agg_count

        avg_prove_agg_count = self.avg_prove_agg_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "hour_date": hour_date,
                "precommit_cost_sector": precommit_cost_sector,
                "provecommit_cost_sector": provecommit_cost_sector,
                "pre_batch_cost_sector": pre_batch_cost_sector,
                "prove_batch_cost_sector": prove_batch_cost_sector,
                "base_fee": base_fee,
                "avg_pre_agg_count": avg_pre_agg_count,
                "avg_prove_agg_count": avg_prove_agg_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        hour_date = datetime.datetime.fromisoformat(src_dict["hour_date"])

        precommit_cost_sector = src_dict["precommit_cost_sector"]

        provecommit_cost_sector = src_dict["provecommit_cost_sector"]

        pre_batch_cost_sector = src_dict["pre_batch_cost_sector"]

        prove_batch_cost_sector = src_dict["prove_batch_cost_sector"]

        base_fee = src_dict["base_fee"]

        avg_pre_agg_count = src_dict["avg_pre_agg_count"]

        avg_prove_agg_count = src_dict["avg_prove_agg_count"]

        if len(src_dict) == 9:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "hour_date",
                    "precommit_cost_sector",
                    "provecommit_cost_sector",
                    "pre_batch_cost_sector",
                    "prove_batch_cost_sector",
                    "base_fee",
                    "avg_pre_agg_count",
                    "avg_prove_agg_count",
                }
            }
        gas_fee_overview_h = cls.__new__(cls)
        gas_fee_overview_h.stat_date = stat_date
        gas_fee_overview_h.hour_date = hour_date
        gas_fee_overview_h.precommit_cost_sector = precommit_cost_sector
        gas_fee_overview_h.provecommit_cost_sector = provecommit_cost_sector
        gas_fee_overview_h.pre_batch_cost_sector = pre_batch_cost_sector
        gas_fee_overview_h.prove_batch_cost_sector = prove_batch_cost_sector
        gas_fee_overview_h.base_fee = base_fee
        gas_fee_overview_h.avg_pre_agg_count = avg_pre_agg_count
        gas_fee_overview_h.avg_prove_agg_count = avg_prove_agg_count

        gas_fee_overview_h.additional_properties = d

        return gas_fee_overview_h

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            hour_date = datetime.datetime.fromisoformat(src_dict["hour_date"])

            precommit_cost_sector = src_dict["precommit_cost_sector"]

            provecommit_cost_sector = src_dict["provecommit_cost_sector"]

            pre_batch_cost_sector = src_dict["pre_batch_cost_sector"]

            prove_batch_cost_sector = src_dict["prove_batch_cost_sector"]

            base_fee = src_dict["base_fee"]

            avg_pre_agg_count = src_dict["avg_pre_agg_count"]

            avg_prove_agg_count = src_dict["avg_prove_agg_count"]

            if len(src_dict) == 9:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "hour_date",
                        "precommit_cost_sector",
                        "provecommit_cost_sector",
                        "pre_batch_cost_sector",
                        "prove_batch_cost_sector",
                        "base_fee",
                        "avg_pre_agg_count",
                        "avg_prove_agg_count",
                    }
                }
            gas_fee_overview_h = cls.__new__(cls)
            gas_fee_overview_h.stat_date = stat_date
            gas_fee_overview_h.hour_date = hour_date
            gas_fee_overview_h.precommit_cost_sector = precommit_cost_sector
            gas_fee_overview_h.provecommit_cost_sector = provecommit_cost_sector
            gas_fee_overview_h.pre_batch_cost_sector = pre_batch_cost_sector
            gas_fee_overview_h.prove_batch_cost_sector = prove_batch_cost_sector
            gas_fee_overview_h.base_fee = base_fee
            gas_fee_overview_h.avg_pre_agg_count = avg_pre_agg_count
            gas_fee_overview_h.avg_prove_agg_count = avg_prove_agg_count

            gas_fee_overview_h.additional_properties = d

            _append(gas_fee_overview_h)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("hour_date", "hour_date", "datetime.datetime", True),
        ("precommit_cost_sector", "precommit_cost_sector", "float", True),
        ("provecommit_cost_sector", "provecommit_cost_sector", "float", True),
        ("pre_batch_cost_sector", "pre_batch_cost_sector", "float", True),
        ("prove_batch_cost_sector", "prove_batch_cost_sector", "float", True),
        ("base_fee", "base_fee", "float", True),
        ("avg_pre_agg_count", "avg_pre_agg_count", "float", True),
        ("avg_prove_agg_count", "avg_prove_agg_count", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            hour_date = datetime.datetime.fromisoformat(_row.hour_date)

            precommit_cost_sector = _row.precommit_cost_sector
            provecommit_cost_sector = _row.provecommit_cost_sector
            pre_batch_cost_sector = _row.pre_batch_cost_sector
            prove_batch_cost_sector = _row.prove_batch_cost_sector
            base_fee = _row.base_fee
            avg_pre_agg_count = _row.avg_pre_agg_count
            avg_prove_agg_count = _row.avg_prove_agg_count
            gas_fee_overview_h = cls.__new__(cls)
            gas_fee_overview_h.stat_date = stat_date
            gas_fee_overview_h.hour_date = hour_date
            gas_fee_overview_h.precommit_cost_sector = precommit_cost_sector
            gas_fee_overview_h.provecommit_cost_sector = provecommit_cost_sector
            gas_fee_overview_h.pre_batch_cost_sector = pre_batch_cost_sector
            gas_fee_overview_h.prove_batch_cost_sector = prove_batch_cost_sector
            gas_fee_overview_h.base_fee = base_fee
            gas_fee_overview_h.avg_pre_agg_count = avg_pre_agg_count
            gas_fee_overview_h.avg_prove_agg_count = avg_prove_agg_count
            gas_fee_overview_h.additional_properties = {}
            _append(gas_fee_overview_h)
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

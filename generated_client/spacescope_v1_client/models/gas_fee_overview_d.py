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

T = TypeVar("T", bound="GasFeeOverviewD")


@_attrs_define
class GasFeeOverviewD:
    """One row of `/v1/network_core/transactions-usage/gas_fee_overview_d`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        gas_sector_sealing (float): The average gas cost of sealing a sector in the past 24 hours.
        gas_storage_deal_publishing (float): The average gas cost of publishing a storage deal in the past 24 hours.
        overestimation (float): The average gas overestimation cost in the past 24 hours.
        miner_tip_per_message (float): The average amount of FIL the miner receives for executing the message.
        precommit_cost (float): The average cost of PreCommitSector method in the past 24 hours.
        provecommit_cost (float): The average cost of ProveCommitSector method in the past 24 hours.
        precommit_batch_cost (float): The average cost of PreCommitSecotorBatch method, including corresponding batch
            fees in the past 24 hours.
        provecommit_batch_cost (float): The average cost of ProveCommitAggregate method, including corresponding batch
            fees in the past 24 hours.
        avg_pre_agg_count (float): Average PreCommitSectorBatch count of last day.
        avg_prove_agg_count (float): Average ProveCommitAggregate count of last day.
    """

    stat_date: datetime.datetime
    gas_sector_sealing: float
    gas_storage_deal_publishing: float
    overestimation: float
    miner_tip_per_message: float
    precommit_cost: float
    provecommit_cost: float
    precommit_batch_cost: float
    provecommit_batch_cost: float
    avg_pre_agg_count: float
    avg_prove_agg_count: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        gas_sector_sealing = self.gas_sector_sealing

        gas_storage_deal_publishing = self.gas_storage_deal_publishing

        overestimation = self.overestimation

        miner_tip_per_message = self.miner_tip_per_message

        precommit_cost = self.precommit_cost

        provecommit_cost = self.provecommit_cost

        precommit_batch_cost = self.precommit_batch_cost

        provecommit_batch_cost = self.provecommit_batch_cost

        avg_pre_agg_count = self.avg_pre_agg_count

        avg_prove_agg_count = self.avg_prove_agg_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "gas_sector_sealing": gas_sector_sealing,
                "gas_storage_deal_publishing": gas_storage_deal_publishing,
                "overestimation": overestimation,
                "miner_tip_per_message": miner_tip_per_message,
                "precommit_cost": precommit_cost,
                "provecommit_cost": provecommit_cost,
                "precommit_batch_cost": precommit_batch_cost,
                "provecommit_batch_cost": provecommit_batch_cost,
                "avg_pre_agg_count": avg_pre_agg_count,
                "avg_prove_agg_count": avg_prove_agg_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        gas_sector_sealing = src_dict["gas_sector_sealing"]

        gas_storage_deal_publishing = src_dict["gas_storage_deal_publishing"]

        overestimation = src_dict["overestimation"]

        miner_tip_per_message = src_dict["miner_tip_per_message"]

        precommit_cost = src_dict["precommit_cost"]

        provecommit_cost = src_dict["provecommit_cost"]

        precommit_batch_cost = src_dict["precommit_batch_cost"]

        provecommit_batch_cost = src_dict["provecommit_batch_cost"]

        avg_pre_agg_count = src_dict["avg_pre_agg_count"]

        avg_prove_agg_count = src_dict["avg_prove_agg_count"]

        if len(src_dict) == 11:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "gas_sector_sealing",
                    "gas_storage_deal_publishing",
                    "overestimation",
                    "miner_tip_per_message",
                    "precommit_cost",
                    "provecommit_cost",
                    "precommit_batch_cost",
                    "provecommit_batch_cost",
                    "avg_pre_agg_count",
                    "avg_prove_agg_count",
                }
            }
        gas_fee_overview_d = cls.__new__(cls)
        gas_fee_overview_d.stat_date = stat_date
        gas_fee_overview_d.gas_sector_sealing = gas_sector_sealing
        gas_fee_overview_d.gas_storage_deal_publishing = gas_storage_deal_publishing
        gas_fee_overview_d.overestimation = overestimation
        gas_fee_overview_d.miner_tip_per_message = miner_tip_per_message
        gas_fee_overview_d.precommit_cost = precommit_cost
        gas_fee_overview_d.provecommit_cost = provecommit_cost
        gas_fee_overview_d.precommit_batch_cost = precommit_batch_cost
        gas_fee_overview_d.provecommit_batch_cost = provecommit_batch_cost
        gas_fee_overview_d.avg_pre_agg_count = avg_pre_agg_count
        gas_fee_overview_d.avg_prove_agg_count = avg_prove_agg_count

        gas_fee_overview_d.additional_properties = d

        return gas_fee_overview_d

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            gas_sector_sealing = src_dict["gas_sector_sealing"]

            gas_storage_deal_publishing = src_dict["gas_storage_deal_publishing"]

            overestimation = src_dict["overestimation"]

            miner_tip_per_message = src_dict["miner_tip_per_message"]

            precommit_cost = src_dict["precommit_cost"]

            provecommit_cost = src_dict["provecommit_cost"]

            precommit_batch_cost = src_dict["precommit_batch_cost"]

            provecommit_batch_cost = src_dict["provecommit_batch_cost"]

            avg_pre_agg_count = src_dict["avg_pre_agg_count"]

            avg_prove_agg_count = src_dict["avg_prove_agg_count"]

            if len(src_dict) == 11:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "gas_sector_sealing",
                        "gas_storage_deal_publishing",
                        "overestimation",
                        "miner_tip_per_message",
                        "precommit_cost",
                        "provecommit_cost",
                        "precommit_batch_cost",
                        "provecommit_batch_cost",
                        "avg_pre_agg_count",
                        "avg_prove_agg_count",
                    }
                }
            gas_fee_overview_d = cls.__new__(cls)
            gas_fee_overview_d.stat_date = stat_date
            gas_fee_overview_d.gas_sector_sealing = gas_sector_sealing
            gas_fee_overview_d.gas_storage_deal_publishing = gas_storage_deal_publishing
            gas_fee_overview_d.overestimation = overestimation
            gas_fee_overview_d.miner_tip_per_message = miner_tip_per_message
            gas_fee_overview_d.precommit_cost = precommit_cost
            gas_fee_overview_d.provecommit_cost = provecommit_cost
            gas_fee_overview_d.precommit_batch_cost = precommit_batch_cost
            gas_fee_overview_d.provecommit_batch_cost = provecommit_batch_cost
            gas_fee_overview_d.avg_pre_agg_count = avg_pre_agg_count
            gas_fee_overview_d.avg_prove_agg_count = avg_prove_agg_count

            gas_fee_overview_d.additional_properties = d

            _append(gas_fee_overview_d)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("gas_sector_sealing", "gas_sector_sealing", "float", True),
        ("gas_storage_deal_publishing", "gas_storage_deal_publishing", "float", True),
        ("overestimation", "overestimation", "float", True),
        ("miner_tip_per_message", "miner_tip_per_message", "float", True),
        ("precommit_cost", "precommit_cost", "float", True),
        ("provecommit_cost", "provecommit_cost", "float", True),
        ("precommit_batch_cost", "precommit_batch_cost", "float", True),
        ("provecommit_batch_cost", "provecommit_batch_cost", "float", True),
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

            gas_sector_sealing = _row.gas_sector_sealing
            gas_storage_deal_publishing = _row.gas_storage_deal_publishing
            overestimation = _row.overestimation
            miner_tip_per_message = _row.miner_tip_per_message
            precommit_cost = _row.precommit_cost
            provecommit_cost = _row.provecommit_cost
            precommit_batch_cost = _row.precommit_batch_cost
            provecommit_batch_cost = _row.provecommit_batch_cost
            avg_pre_agg_count = _row.avg_pre_agg_count
            avg_prove_agg_count = _row.avg_prove_agg_count
            gas_fee_overview_d = cls.__new__(cls)
            gas_fee_overview_d.stat_date = stat_date
            gas_fee_overview_d.gas_sector_sealing = gas_sector_sealing
            gas_fee_overview_d.gas_storage_deal_publishing = gas_storage_deal_publishing
            gas_fee_overview_d.overestimation = overestimation
            gas_fee_overview_d.miner_tip_per_message = miner_tip_per_message
            gas_fee_overview_d.precommit_cost = precommit_cost
            gas_fee_overview_d.provecommit_cost = provecommit_cost
            gas_fee_overview_d.precommit_batch_cost = precommit_batch_cost
            gas_fee_overview_d.provecommit_batch_cost = provecommit_batch_cost
            gas_fee_overview_d.avg_pre_agg_count = avg_pre_agg_count
            gas_fee_overview_d.avg_prove_agg_count = avg_prove_agg_count
            gas_fee_overview_d.additional_properties = {}
            _append(gas_fee_overview_d)
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

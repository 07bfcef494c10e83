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

T = TypeVar("T", bound="NetworkFeeBreakdown")


@_attrs_define
class NetworkFeeBreakdown:
    """One row of `/v1/network_core/transactions-usage/network_fee_breakdown`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        base_fee_burn (float): Base fee burn.
        overestimation_fee (float): Overestimation fee.
        pre_commit_batch_fee (float): PreCommit Batch Fee.
        prove_commit_batch_fee (float): ProveCommit Batch Fee.
        penalty_fee (float): total_fee_increase - base_fee - overestimation_fee - pre_commit_batch_fee -
            prove_commit_batch_fee.
        penalty_fee_v2 (float): miner_penalty from derived_gas_outputs.
        miner_tip (float): The amount of FIL the miner receives for executing the message.
        total_fee (float): Total Fee burnt.
        total_fee_increase (float): Daily increment of total Fee burnt.
        protocol_revenue (float): Protocol revenue = base_fee_burn + pre_commit_batch_fee + prove_commit_batch_fee +
            penalty_fee + overestimation_fee + miner_tip = total_fee_increase + miner_tip.
        total_protocol_revenue (float): Accumulated protocol revenue from 20201015 until day N.
    """

    stat_date: datetime.datetime
    base_fee_burn: float
    overestimation_fee: float
    pre_commit_batch_fee: float
    prove_commit_batch_fee: float
    penalty_fee: float
    penalty_fee_v2: float
    miner_tip: float
    total_fee: float
    total_fee_increase: float
    protocol_revenue: float
    total_protocol_revenue: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        base_fee_burn = self.base_fee_burn

        overestimation_fee = self.overestimation_fee

        pre_commit_batch_fee = self.pre_commit_batch_fee

        prove_commit_batch_fee = self.prove_commit_batch_fee

        penalty_fee = self.penalty_fee

        penalty_fee_v2 = self.penalty_fee_v2

        miner_tip = self.miner_tip

        total_fee = self.total_fee

        total_fee_increase = self.total_fee_increase

        protocol_revenue = self.protocol_revenue

        total_protocol_revenue = self.total_protocol_revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "base_fee_burn": base_fee_burn,
                "overestimation_fee": overestimation_fee,
                "pre_commit_batch_fee": pre_commit_batch_fee,
                "prove_commit_batch_fee": prove_commit_batch_fee,
                "penalty_fee": penalty_fee,
                "penalty_fee_v2": penalty_fee_v2,
                "miner_tip": miner_tip,
                "total_fee": total_fee,
                "total_fee_increase": total_fee_increase,
                "protocol_revenue": protocol_revenue,
                "total_protocol_revenue": total_protocol_revenue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        base_fee_burn = src_dict["base_fee_burn"]

        overestimation_fee = src_dict["overestimation_fee"]

        pre_commit_batch_fee = src_dict["pre_commit_batch_fee"]

        prove_commit_batch_fee = src_dict["prove_commit_batch_fee"]

        penalty_fee = src_dict["penalty_fee"]

        penalty_fee_v2 = src_dict["penalty_fee_v2"]

        miner_tip = src_dict["miner_tip"]

        total_fee = src_dict["total_fee"]

        total_fee_increase = src_dict["total_fee_increase"]

        protocol_revenue = src_dict["protocol_revenue"]

        total_protocol_revenue = src_dict["total_protocol_revenue"]

        if len(src_dict) == 12:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "base_fee_burn",
                    "overestimation_fee",
                    "pre_commit_batch_fee",
                    "prove_commit_batch_fee",
                    "penalty_fee",
                    "penalty_fee_v2",
                    "miner_tip",
                    "total_fee",
                    "total_fee_increase",
                    "protocol_revenue",
                    "total_protocol_revenue",
                }
            }
        network_fee_breakdown = cls.__new__(cls)
        network_fee_breakdown.stat_date = stat_date
        network_fee_breakdown.base_fee_burn = base_fee_burn
        network_fee_breakdown.overestimation_fee = overestimation_fee
        network_fee_breakdown.pre_commit_batch_fee = pre_commit_batch_fee
        network_fee_breakdown.prove_commit_batch_fee = prove_commit_batch_fee
        network_fee_breakdown.penalty_fee = penalty_fee
        network_fee_breakdown.penalty_fee_v2 = penalty_fee_v2
        network_fee_breakdown.miner_tip = miner_tip
        network_fee_breakdown.total_fee = total_fee
        network_fee_breakdown.total_fee_increase = total_fee_increase
        network_fee_breakdown.protocol_revenue = protocol_revenue
        network_fee_breakdown.total_protocol_revenue = total_protocol_revenue

        network_fee_breakdown.additional_properties = d

        return network_fee_breakdown

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            base_fee_burn = src_dict["base_fee_burn"]

            overestimation_fee = src_dict["overestimation_fee"]

            pre_commit_batch_fee = src_dict["pre_commit_batch_fee"]

            prove_commit_batch_fee = src_dict["prove_commit_batch_fee"]

            penalty_fee = src_dict["penalty_fee"]

            penalty_fee_v2 = src_dict["penalty_fee_v2"]

            miner_tip = src_dict["miner_tip"]

            total_fee = src_dict["total_fee"]

            total_fee_increase = src_dict["total_fee_increase"]

            protocol_revenue = src_dict["protocol_revenue"]

            total_protocol_revenue = src_dict["total_protocol_revenue"]

            if len(src_dict) == 12:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "base_fee_burn",
                        "overestimation_fee",
                        "pre_commit_batch_fee",
                        "prove_commit_batch_fee",
                        "penalty_fee",
                        "penalty_fee_v2",
                        "miner_tip",
                        "total_fee",
                        "total_fee_increase",
                        "protocol_revenue",
                        "total_protocol_revenue",
                    }
                }
            network_fee_breakdown = cls.__new__(cls)
            network_fee_breakdown.stat_date = stat_date
            network_fee_breakdown.base_fee_burn = base_fee_burn
            network_fee_breakdown.overestimation_fee = overestimation_fee
            network_fee_breakdown.pre_commit_batch_fee = pre_commit_batch_fee
            network_fee_breakdown.prove_commit_batch_fee = prove_commit_batch_fee
            network_fee_breakdown.penalty_fee = penalty_fee
            network_fee_breakdown.penalty_fee_v2 = penalty_fee_v2
            network_fee_breakdown.miner_tip = miner_tip
            network_fee_breakdown.total_fee = total_fee
            network_fee_breakdown.total_fee_increase = total_fee_increase
            network_fee_breakdown.protocol_revenue = protocol_revenue
            network_fee_breakdown.total_protocol_revenue = total_protocol_revenue

            network_fee_breakdown.additional_properties = d

            _append(network_fee_breakdown)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("base_fee_burn", "base_fee_burn", "float", True),
        ("overestimation_fee", "overestimation_fee", "float", True),
        ("pre_commit_batch_fee", "pre_commit_batch_fee", "float", True),
        ("prove_commit_batch_fee", "prove_commit_batch_fee", "float", True),
        ("penalty_fee", "penalty_fee", "float", True),
        ("penalty_fee_v2", "penalty_fee_v2", "float", True),
        ("miner_tip", "miner_tip", "float", True),
        ("total_fee", "total_fee", "float", True),
        ("total_fee_increase", "total_fee_increase", "float", True),
        ("protocol_revenue", "protocol_revenue", "float", True),
        ("total_protocol_revenue", "total_protocol_revenue", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            base_fee_burn = _row.base_fee_burn
            overestimation_fee = _row.overestimation_fee
            pre_commit_batch_fee = _row.pre_commit_batch_fee
            prove_commit_batch_fee = _row.prove_commit_batch_fee
            penalty_fee = _row.penalty_fee
            penalty_fee_v2 = _row.penalty_fee_v2
            miner_tip = _row.miner_tip
            total_fee = _row.total_fee
            total_fee_increase = _row.total_fee_increase
            protocol_revenue = _row.protocol_revenue
            total_protocol_revenue = _row.total_protocol_revenue
            network_fee_breakdown = cls.__new__(cls)
            network_fee_breakdown.stat_date = stat_date
            network_fee_breakdown.base_fee_burn = base_fee_burn
            network_fee_breakdown.overestimation_fee = overestimation_fee
            network_fee_breakdown.pre_commit_batch_fee = pre_commit_batch_fee
            network_fee_breakdown.prove_commit_batch_fee = prove_commit_batch_fee
            network_fee_breakdown.penalty_fee = penalty_fee
            network_fee_breakdown.penalty_fee_v2 = penalty_fee_v2
            network_fee_breakdown.miner_tip = miner_tip
            network_fee_breakdown.total_fee = total_fee
            network_fee_breakdown.total_fee_increase = total_fee_increase
            network_fee_breakdown.protocol_revenue = protocol_revenue
            network_fee_breakdown.total_protocol_revenue = total_protocol_revenue
            network_fee_breakdown.additional_properties = {}
            _append(network_fee_breakdown)
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

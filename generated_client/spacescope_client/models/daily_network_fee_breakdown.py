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

T = TypeVar("T", bound="DailyNetworkFeeBreakdown")


@_attrs_define
class DailyNetworkFeeBreakdown:
    """One row of `/v2/gas/daily_network_fee_breakdown`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        base_fee_burn (float): The amount of FIL tokens burned as base fee in the last 24 hours. Unit: FIL.
        overestimation_burn (float): The amount of FIL tokens burned as overestimation burn in the last 24 hours. This
            is due to the difference between GasLimit and GasUsage, resulting in overestimation burn. Unit: FIL.
        precommit_batch_fee_burn (float): The amount of FIL tokens burned as PreCommit Batch Fee in the last 24 hours.
            Unit: FIL.
        provecommit_batch_fee_burn (float): The amount of FIL tokens burned as ProveCommit Batch Fee in the last 24
            hours. Unit: FIL.
        penalty_fee_burn (float): The amount of FIL tokens burned from the total fee less the sum of base fee,
            overestimation fee, PreCommitSectorBatch fee, ProveCommit Aggregate fee in the last 24 hours. Unit: FIL.
        miner_tip (float): The amount of FIL the miner receives for executing the message over the last 24 hours. Unit:
            FIL.
    """

    stat_date: datetime.datetime
    base_fee_burn: float
    overestimation_burn: float
    precommit_batch_fee_burn: float
    provecommit_batch_fee_burn: float
    penalty_fee_burn: float
    miner_tip: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        base_fee_burn = self.base_fee_burn

        overestimation_burn = self.overestimation_burn

        precommit_batch_fee_burn = self.precommit_batch_fee_burn

        provecommit_batch_fee_burn = self.provecommit_batch_fee_burn

        penalty_fee_burn = self.penalty_fee_burn

        miner_tip = self.miner_tip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "base_fee_burn": base_fee_burn,
                "overestimation_burn": overestimation_burn,
                "precommit_batch_fee_burn": precommit_batch_fee_burn,
                "provecommit_batch_fee_burn": provecommit_batch_fee_burn,
                "penalty_fee_burn": penalty_fee_burn,
                "miner_tip": miner_tip,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        base_fee_burn = src_dict["base_fee_burn"]

        overestimation_burn = src_dict["overestimation_burn"]

        precommit_batch_fee_burn = src_dict["precommit_batch_fee_burn"]

        provecommit_batch_fee_burn = src_dict["provecommit_batch_fee_burn"]

        penalty_fee_burn = src_dict["penalty_fee_burn"]

        miner_tip = src_dict["miner_tip"]

        if len(src_dict) == 7:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "base_fee_burn",
                    "overestimation_burn",
                    "precommit_batch_fee_burn",
                    "provecommit_batch_fee_burn",
                    "penalty_fee_burn",
                    "miner_tip",
                }
            }
        daily_network_fee_breakdown = cls.__new__(cls)
        daily_network_fee_breakdown.stat_date = stat_date
        daily_network_fee_breakdown.base_fee_burn = base_fee_burn
        daily_network_fee_breakdown.overestimation_burn = overestimation_burn
        daily_network_fee_breakdown.precommit_batch_fee_burn = precommit_batch_fee_burn
        daily_network_fee_breakdown.provecommit_batch_fee_burn = (
            provecommit_batch_fee_burn
        )
        daily_network_fee_breakdown.penalty_fee_burn = penalty_fee_burn
        daily_network_fee_breakdown.miner_tip = miner_tip

        daily_network_fee_breakdown.additional_properties = d

        return daily_network_fee_breakdown

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            base_fee_burn = src_dict["base_fee_burn"]

            overestimation_burn = src_dict["overestimation_burn"]

            precommit_batch_fee_burn = src_dict["precommit_batch_fee_burn"]

            provecommit_batch_fee_burn = src_dict["provecommit_batch_fee_burn"]

            penalty_fee_burn = src_dict["penalty_fee_burn"]

            miner_tip = src_dict["miner_tip"]

            if len(src_dict) == 7:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "base_fee_burn",
                        "overestimation_burn",
                        "precommit_batch_fee_burn",
                        "provecommit_batch_fee_burn",
                        "penalty_fee_burn",
                        "miner_tip",
                    }
                }
            daily_network_fee_breakdown = cls.__new__(cls)
            daily_network_fee_breakdown.stat_date = stat_date
            daily_network_fee_breakdown.base_fee_burn = base_fee_burn
            daily_network_fee_breakdown.overestimation_burn = overestimation_burn
            daily_network_fee_breakdown.precommit_batch_fee_burn = (
                precommit_batch_fee_burn
            )
            daily_network_fee_breakdown.provecommit_batch_fee_burn = (
                provecommit_batch_fee_burn
            )
            daily_network_fee_breakdown.penalty_fee_burn = penalty_fee_burn
            daily_network_fee_breakdown.miner_tip = miner_tip

            daily_network_fee_breakdown.additional_properties = d

            _append(daily_network_fee_breakdown)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("base_fee_burn", "base_fee_burn", "float", True),
        ("overestimation_burn", "overestimation_burn", "float", True),
        ("precommit_batch_fee_burn", "precommit_batch_fee_burn", "float", True),
        ("provecommit_batch_fee_burn", "provecommit_batch_fee_burn", "float", True),
        ("penalty_fee_burn", "penalty_fee_burn", "float", True),
        ("miner_tip", "miner_tip", "float", True),
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
            overestimation_burn = _row.overestimation_burn
            precommit_batch_fee_burn = _row.precommit_batch_fee_burn
            provecommit_batch_fee_burn = _row.provecommit_batch_fee_burn
            penalty_fee_burn = _row.penalty_fee_burn
            miner_tip = _row.miner_tip
            daily_network_fee_breakdown = cls.__new__(cls)
            daily_network_fee_breakdown.stat_date = stat_date
            daily_network_fee_breakdown.base_fee_burn = base_fee_burn
            daily_network_fee_breakdown.overestimation_burn = overestimation_burn
            daily_network_fee_breakdown.precommit_batch_fee_burn = (
                precommit_batch_fee_burn
            )
            daily_network_fee_breakdown.provecommit_batch_fee_burn = (
                provecommit_batch_fee_burn
            )
            daily_network_fee_breakdown.penalty_fee_burn = penalty_fee_burn
            daily_network_fee_breakdown.miner_tip = miner_tip
            daily_network_fee_breakdown.additional_properties = {}
            _append(daily_network_fee_breakdown)
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

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

T = TypeVar("T", bound="GasDetailMessageD")


@_attrs_define
class GasDetailMessageD:
    """One row of `/v1/network_core/transactions-usage/gas_detail_message_d`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        actor_family (str): The short unversioned name of the actor that received the message.'All methods' is for all.
        method (int): The successful method number to invoke. Only unique to the actor the method is being invoked on.
            (0 is for all).
        method_name (str): The human readable name of method.
        message_count (int): Message number of this method.
        message_count_pct (float): Ratio of message number of this method to all methods.
        gas_used (float): Total gas used of this method.
        gas_used_pct (float): Ratio of gas used in this method to all methods.
        base_fee_burn (float): Total amount of FIL to burn as a result of the base fee of this method.
        base_fee_burn_pct (float): Ratio of base_fee_burn of this method to all methods.
        over_estimation_burn (float): Total fee to pay for overestimating the gas used to execute a message of this
            method.
        over_estimation_burn_pct (float): Ratio of over_estimation_burn of this method to all methods.
        miner_tip (float): Total amount of FIL the miner receives for executing the message.
        miner_tip_pct (float): Ratio of miner_tip of this method to all methods.
    """

    stat_date: datetime.datetime
    actor_family: str
    method: int
    method_name: str
    message_count: int
    message_count_pct: float
    gas_used: float
    gas_used_pct: float
    base_fee_burn: float
    base_fee_burn_pct: float
    over_estimation_burn: float
    over_estimation_burn_pct: float
    miner_tip: float
    miner_tip_pct: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        actor_family = self.actor_family

        method = self.method

        method_name = self.method_name

        message_count = self.message_count

        message_count_pct = self.message_count_pct

        gas_used = self.gas_used

        gas_used_pct = self.gas_used_pct

        base_fee_burn = self.base_fee_burn

        base_fee_burn_pct = self.base_fee_burn_pct

        over_estimation_burn = self.over_estimation_burn

        over_estimation_burn_pct = self.over_estimation_burn_pct

        miner_tip = self.miner_tip

        miner_tip_pct = self.miner_tip_pct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "actor_family": actor_family,
                "method": method,
                "method_name": method_name,
                "message_count": message_count,
                "message_count_pct": message_count_pct,
                "gas_used": gas_used,
                "gas_used_pct": gas_used_pct,
                "base_fee_burn": base_fee_burn,
                "base_fee_burn_pct": base_fee_burn_pct,
                "over_estimation_burn": over_estimation_burn,
                "over_estimation_burn_pct": over_estimation_burn_pct,
                "miner_tip": miner_tip,
                "miner_tip_pct": miner_tip_pct,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        actor_family = src_dict["actor_family"]

        method = src_dict["method"]

        method_name = src_dict["method_name"]

        message_count = src_dict["message_count"]

        message_count_pct = src_dict["message_count_pct"]

        gas_used = src_dict["gas_used"]

        gas_used_pct = src_dict["gas_used_pct"]

        base_fee_burn = src_dict["base_fee_burn"]

        base_fee_burn_pct = src_dict["base_fee_burn_pct"]

        over_estimation_burn = src_dict["over_estimation_burn"]

        over_estimation_burn_pct = src_dict["over_estimation_burn_pct"]

        miner_tip = src_dict["miner_tip"]

        miner_tip_pct = src_dict["miner_tip_pct"]

        if len(src_dict) == 14:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "actor_family",
                    "method",
                    "method_name",
                    "message_count",
                    "message_count_pct",
                    "gas_used",
                    "gas_used_pct",
                    "base_fee_burn",
                    "base_fee_burn_pct",
                    "over_estimation_burn",
                    "over_estimation_burn_pct",
                    "miner_tip",
                    "miner_tip_pct",
                }
            }
        gas_detail_message_d = cls.__new__(cls)
        gas_detail_message_d.stat_date = stat_date
        gas_detail_message_d.actor_family = actor_family
        gas_detail_message_d.method = method
        gas_detail_message_d.method_name = method_name
        gas_detail_message_d.message_count = message_count
        gas_detail_message_d.message_count_pct = message_count_pct
        gas_detail_message_d.gas_used = gas_used
        gas_detail_message_d.gas_used_pct = gas_used_pct
        gas_detail_message_d.base_fee_burn = base_fee_burn
        gas_detail_message_d.base_fee_burn_pct = base_fee_burn_pct
        gas_detail_message_d.over_estimation_burn = over_estimation_burn
        gas_detail_message_d.over_estimation_burn_pct = over_estimation_burn_pct
        gas_detail_message_d.miner_tip = miner_tip
        gas_detail_message_d.miner_tip_pct = miner_tip_pct

        gas_detail_message_d.additional_properties = d

        return gas_detail_message_d

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            actor_family = src_dict["actor_family"]

            method = src_dict["method"]

            method_name = src_dict["method_name"]

            message_count = src_dict["message_count"]

            message_count_pct = src_dict["message_count_pct"]

            gas_used = src_dict["gas_used"]

            gas_used_pct = src_dict["gas_used_pct"]

            base_fee_burn = src_dict["base_fee_burn"]

            base_fee_burn_pct = src_dict["base_fee_burn_pct"]

            over_estimation_burn = src_dict["over_estimation_burn"]

            over_estimation_burn_pct = src_dict["over_estimation_burn_pct"]

            miner_tip = src_dict["miner_tip"]

            miner_tip_pct = src_dict["miner_tip_pct"]

            if len(src_dict) == 14:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "actor_family",
                        "method",
                        "method_name",
                        "message_count",
                        "message_count_pct",
                        "gas_used",
                        "gas_used_pct",
                        "base_fee_burn",
                        "base_fee_burn_pct",
                        "over_estimation_burn",
                        "over_estimation_burn_pct",
                        "miner_tip",
                        "miner_tip_pct",
                    }
                }
            gas_detail_message_d = cls.__new__(cls)
            gas_detail_message_d.stat_date = stat_date
            gas_detail_message_d.actor_family = actor_family
            gas_detail_message_d.method = method
            gas_detail_message_d.method_name = method_name
            gas_detail_message_d.message_count = message_count
            gas_detail_message_d.message_count_pct = message_count_pct
            gas_detail_message_d.gas_used = gas_used
            gas_detail_message_d.gas_used_pct = gas_used_pct
            gas_detail_message_d.base_fee_burn = base_fee_burn
            gas_detail_message_d.base_fee_burn_pct = base_fee_burn_pct
            gas_detail_message_d.over_estimation_burn = over_estimation_burn
            gas_detail_message_d.over_estimation_burn_pct = over_estimation_burn_pct
            gas_detail_message_d.miner_tip = miner_tip
            gas_detail_message_d.miner_tip_pct = miner_tip_pct

            gas_detail_message_d.additional_properties = d

            _append(gas_detail_message_d)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("actor_family", "actor_family", "str", True),
        ("method", "method", "int", True),
        ("method_name", "method_name", "str", True),
        ("message_count", "message_count", "int", True),
        ("message_count_pct", "message_count_pct", "float", True),
        ("gas_used", "gas_used", "float", True),
        ("gas_used_pct", "gas_used_pct", "float", True),
        ("base_fee_burn", "base_fee_burn", "float", True),
        ("base_fee_burn_pct", "base_fee_burn_pct", "float", True),
        ("over_estimation_burn", "over_estimation_burn", "float", True),
        ("over_estimation_burn_pct", "over_estimation_burn_pct", "float", True),
        ("miner_tip", "miner_tip", "float", True),
        ("miner_tip_pct", "miner_tip_pct", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            actor_family = _row.actor_family
            method = _row.method
            method_name = _row.method_name
            message_count = _row.message_count
            message_count_pct = _row.message_count_pct
            gas_used = _row.gas_used
            gas_used_pct = _row.gas_used_pct
            base_fee_burn = _row.base_fee_burn
            base_fee_burn_pct = _row.base_fee_burn_pct
            over_estimation_burn = _row.over_estimation_burn
            over_estimation_burn_pct = _row.over_estimation_burn_pct
            miner_tip = _row.miner_tip
            miner_tip_pct = _row.miner_tip_pct
            gas_detail_message_d = cls.__new__(cls)
            gas_detail_message_d.stat_date = stat_date
            gas_detail_message_d.actor_family = actor_family
            gas_detail_message_d.method = method
            gas_detail_message_d.method_name = method_name
            gas_detail_message_d.message_count = message_count
            gas_detail_message_d.message_count_pct = message_count_pct
            gas_detail_message_d.gas_used = gas_used
            gas_detail_message_d.gas_used_pct = gas_used_pct
            gas_detail_message_d.base_fee_burn = base_fee_burn
            gas_detail_message_d.base_fee_burn_pct = base_fee_burn_pct
            gas_detail_message_d.over_estimation_burn = over_estimation_burn
            gas_detail_message_d.over_estimation_burn_pct = over_estimation_burn_pct
            gas_detail_message_d.miner_tip = miner_tip
            gas_detail_message_d.miner_tip_pct = miner_tip_pct
            gas_detail_message_d.additional_properties = {}
            _append(gas_detail_message_d)
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

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

T = TypeVar("T", bound="GasUsageDetailMessageD")


@_attrs_define
class GasUsageDetailMessageD:
    """One row of `/v1/network_core/transactions-usage/gas_usage_detail_message_d`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        actor_family (str): The short unversioned name of the actor that received the message.'All methods' is for all.
        method (int): The successful method number to invoke. Only unique to the actor the method is being invoked on.
            (0 is for all).
        method_name (str): The human readable name of method.
        gas_used (float): Average gas used of this method.
        gas_limit (float): Average gas limit of this method.
        over_estimation_rate (float): (total_gas_limit - total_gas_used) / total_gas_used.
        base_fee_burn (float): Average amount of FIL to burn as a result of the base fee of this method.
        over_estimation_burn (float): Average fee to pay for overestimating the gas used to execute a message of this
            method.
        miner_tip (float): Average amount of FIL the miner receives for executing the message.
    """

    stat_date: datetime.datetime
    actor_family: str
    method: int
    method_name: str
    gas_used: float
    gas_limit: float
    over_estimation_rate: float
    base_fee_burn: float
    over_estimation_burn: float
    miner_tip: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        actor_family = self.actor_family

        method = self.method

        method_name = self.method_name

        gas_used = self.gas_used

        gas_limit = self.gas_limit

        over_estimation_rate = self.over_estimation_rate

        base_fee_burn = self.base_fee_burn

        over_estimation_burn = self.over_estimation_burn

        miner_tip = self.miner_tip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "actor_family": actor_family,
                "method": method,
                "method_name": method_name,
                "gas_used": gas_used,
                "gas_limit": gas_limit,
                "over_estimation_rate": over_estimation_rate,
                "base_fee_burn": base_fee_burn,
                "over_estimation_burn": over_estimation_burn,
                "miner_tip": miner_tip,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        actor_family = src_dict["actor_family"]

        method = src_dict["method"]

        method_name = src_dict["method_name"]

        gas_used = src_dict["gas_used"]

        gas_limit = src_dict["gas_limit"]

        over_estimation_rate = src_dict["over_estimation_rate"]

        base_fee_burn = src_dict["base_fee_burn"]

        over_estimation_burn = src_dict["over_estimation_burn"]

        miner_tip = src_dict["miner_tip"]

        if len(src_dict) == 10:
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
                    "gas_used",
                    "gas_limit",
                    "over_estimation_rate",
                    "base_fee_burn",
                    "over_estimation_burn",
                    "miner_tip",
                }
            }
        gas_usage_detail_message_d = cls.__new__(cls)
        gas_usage_detail_message_d.stat_date = stat_date
        gas_usage_detail_message_d.actor_family = actor_family
        gas_usage_detail_message_d.method = method
        gas_usage_detail_message_d.method_name = method_name
        gas_usage_detail_message_d.gas_used = gas_used
        gas_usage_detail_message_d.gas_limit = gas_limit
        gas_usage_detail_message_d.over_estimation_rate = over_estimation_rate
        gas_usage_detail_message_d.base_fee_burn = base_fee_burn
        gas_usage_detail_message_d.over_estimation_burn = over_estimation_burn
        gas_usage_detail_message_d.miner_tip = miner_tip

        gas_usage_detail_message_d.additional_properties = d

        return gas_usage_detail_message_d

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

            gas_used = src_dict["gas_used"]

            gas_limit = src_dict["gas_limit"]

            over_estimation_rate = src_dict["over_estimation_rate"]

            base_fee_burn = src_dict["base_fee_burn"]

            over_estimation_burn = src_dict["over_estimation_burn"]

            miner_tip = src_dict["miner_tip"]

            if len(src_dict) == 10:
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
                        "gas_used",
                        "gas_limit",
                        "over_estimation_rate",
                        "base_fee_burn",
                        "over_estimation_burn",
                        "miner_tip",
                    }
                }
            gas_usage_detail_message_d = cls.__new__(cls)
            gas_usage_detail_message_d.stat_date = stat_date
            gas_usage_detail_message_d.actor_family = actor_family
            gas_usage_detail_message_d.method = method
            gas_usage_detail_message_d.method_name = method_name
            gas_usage_detail_message_d.gas_used = gas_used
            gas_usage_detail_message_d.gas_limit = gas_limit
            gas_usage_detail_message_d.over_estimation_rate = over_estimation_rate
            gas_usage_detail_message_d.base_fee_burn = base_fee_burn
            gas_usage_detail_message_d.over_estimation_burn = over_estimation_burn
            gas_usage_detail_message_d.miner_tip = miner_tip

            gas_usage_detail_message_d.additional_properties = d

            _append(gas_usage_detail_message_d)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("actor_family", "actor_family", "str", True),
        ("method", "method", "int", True),
        ("method_name", "method_name", "str", True),
        ("gas_used", "gas_used", "float", True),
        ("gas_limit", "gas_limit", "float", True),
        ("over_estimation_rate", "over_estimation_rate", "float", True),
        ("base_fee_burn", "base_fee_burn", "float", True),
        ("over_estimation_burn", "over_estimation_burn", "float", True),
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

            actor_family = _row.actor_family
            method = _row.method
            method_name = _row.method_name
            gas_used = _row.gas_used
            gas_limit = _row.gas_limit
            over_estimation_rate = _row.over_estimation_rate
            base_fee_burn = _row.base_fee_burn
            over_estimation_burn = _row.over_estimation_burn
            miner_tip = _row.miner_tip
            gas_usage_detail_message_d = cls.__new__(cls)
            gas_usage_detail_message_d.stat_date = stat_date
            gas_usage_detail_message_d.actor_family = actor_family
            gas_usage_detail_message_d.method = method
            gas_usage_detail_message_d.method_name = method_name
            gas_usage_detail_message_d.gas_used = gas_used
            gas_usage_detail_message_d.gas_limit = gas_limit
            gas_usage_detail_message_d.over_estimation_rate = over_estimation_rate
            gas_usage_detail_message_d.base_fee_burn = base_fee_burn
            gas_usage_detail_message_d.over_estimation_burn = over_estimation_burn
            gas_usage_detail_message_d.miner_tip = miner_tip
            gas_usage_detail_message_d.additional_properties = {}
            _append(gas_usage_detail_message_d)
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

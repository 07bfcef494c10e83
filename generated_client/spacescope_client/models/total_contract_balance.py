from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TotalContractBalance")


@_attrs_define
class TotalContractBalance:
    """One row of `/v2/fvm/total_contract_balance`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        total_contract_balance (float): The total balance of all smart contracts on the FVM as of this date. Unit: FIL.
    """

    stat_date: datetime.datetime
    total_contract_balance: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        total_contract_balance = self.total_contract_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "total_contract_balance": total_contract_balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stat_date = datetime.datetime.fromisoformat(d.pop("stat_date"))

        total_contract_balance = d.pop("total_contract_balance")

        total_contract_balance_instance = cls.__new__(cls)
        total_contract_balance_instance.stat_date = stat_date
        total_contract_balance_instance.total_contract_balance = total_contract_balance

        total_contract_balance_instance.additional_properties = d
        return total_contract_balance_instance

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

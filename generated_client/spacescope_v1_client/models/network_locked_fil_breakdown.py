from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NetworkLockedFilBreakdown")


@_attrs_define
class NetworkLockedFilBreakdown:
    """One row of `/v1/network_core/circulating-supply/network_locked_fil_breakdown`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        total_initial_pledge (float): Total initial pledge of network.
        total_locked_funds (float): Total locked funds of network.
        total_locked_funds_increase (float): Daily change of total locked funds of network.
        new_initial_pledge (float): Daily change of total initial pledge of network.
        new_reward_locked (float): Total reward locked of network.
        new_reward_released (float): new_reward_locked - locked_funds_increase.
    """

    stat_date: datetime.datetime
    total_initial_pledge: float
    total_locked_funds: float
    total_locked_funds_increase: float
    new_initial_pledge: float
    new_reward_locked: float
    new_reward_released: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        total_initial_pledge = self.total_initial_pledge

        total_locked_funds = self.total_locked_funds

        total_locked_funds_increase = self.total_locked_funds_increase

        new_initial_pledge = self.new_initial_pledge

        new_reward_locked = self.new_reward_locked

        new_reward_released = self.new_reward_released

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "total_initial_pledge": total_initial_pledge,
                "total_locked_funds": total_locked_funds,
                "total_locked_funds_increase": total_locked_funds_increase,
                "new_initial_pledge": new_initial_pledge,
                "new_reward_locked": new_reward_locked,
                "new_reward_released": new_reward_released,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stat_date = datetime.datetime.fromisoformat(d.pop("stat_date"))

        total_initial_pledge = d.pop("total_initial_pledge")

        total_locked_funds = d.pop("total_locked_funds")

        total_locked_funds_increase = d.pop("total_locked_funds_increase")

        new_initial_pledge = d.pop("new_initial_pledge")

        new_reward_locked = d.pop("new_reward_locked")

        new_reward_released = d.pop("new_reward_released")

        network_locked_fil_breakdown = cls.__new__(cls)
        network_locked_fil_breakdown.stat_date = stat_date
        network_locked_fil_breakdown.total_initial_pledge = total_initial_pledge
        network_locked_fil_breakdown.total_locked_funds = total_locked_funds
        network_locked_fil_breakdown.total_locked_funds_increase = (
            total_locked_funds_increase
        )
        network_locked_fil_breakdown.new_initial_pledge = new_initial_pledge
        network_locked_fil_breakdown.new_reward_locked = new_reward_locked
        network_locked_fil_breakdown.new_reward_released = new_reward_released

        network_locked_fil_breakdown.additional_properties = d
        return network_locked_fil_breakdown

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

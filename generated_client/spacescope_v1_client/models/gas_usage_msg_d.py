from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GasUsageMsgD")


@_attrs_define
class GasUsageMsgD:
    """One row of `/v1/network_core/transactions-usage/gas_usage_msg_d`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        total_gas_used (int): Total amount of resources (or units of gas) consumed, in order to execute a message.
        prove_commit_sector (int): Total gas used of (actor_family ='storageminer' and method = 7).
        pre_commit_sector (int): Total gas used of (actor_family ='storageminer' and method = 6).
        prove_commit_aggregate (int): Total gas used of (actor_family ='storageminer' and method = 26).
        pre_commit_sectorbatch (int): Total gas used of (actor_family ='storageminer' and method = 25).
        publish_storage_deals (int): Total gas used of (actor_family ='storagemarket' and method = 4).
        submit_windowed_post (int): Total gas used of (actor_family ='storageminer' and method = 5).
    """

    stat_date: datetime.datetime
    total_gas_used: int
    prove_commit_sector: int
    pre_commit_sector: int
    prove_commit_aggregate: int
    pre_commit_sectorbatch: int
    publish_storage_deals: int
    submit_windowed_post: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        total_gas_used = self.total_gas_used

        prove_commit_sector = self.prove_commit_sector

        pre_commit_sector = self.pre_commit_sector

        prove_commit_aggregate = self.prove_commit_aggregate

        pre_commit_sectorbatch = self.pre_commit_sectorbatch

        publish_storage_deals = self.publish_storage_deals

        submit_windowed_post = self.submit_windowed_post

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "total_gas_used": total_gas_used,
                "prove_commit_sector": prove_commit_sector,
                "pre_commit_sector": pre_commit_sector,
                "prove_commit_aggregate": prove_commit_aggregate,
                "pre_commit_sectorbatch": pre_commit_sectorbatch,
                "publish_storage_deals": publish_storage_deals,
                "submit_windowed_post": submit_windowed_post,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stat_date = datetime.datetime.fromisoformat(d.pop("stat_date"))

        total_gas_used = d.pop("total_gas_used")

        prove_commit_sector = d.pop("prove_commit_sector")

        pre_commit_sector = d.pop("pre_commit_sector")

        prove_commit_aggregate = d.pop("prove_commit_aggregate")

        pre_commit_sectorbatch = d.pop("pre_commit_sectorbatch")

        publish_storage_deals = d.pop("publish_storage_deals")

        submit_windowed_post = d.pop("submit_windowed_post")

        gas_usage_msg_d = cls.__new__(cls)
        gas_usage_msg_d.stat_date = stat_date
        gas_usage_msg_d.total_gas_used = total_gas_used
        gas_usage_msg_d.prove_commit_sector = prove_commit_sector
        gas_usage_msg_d.pre_commit_sector = pre_commit_sector
        gas_usage_msg_d.prove_commit_aggregate = prove_commit_aggregate
        gas_usage_msg_d.pre_commit_sectorbatch = pre_commit_sectorbatch
        gas_usage_msg_d.publish_storage_deals = publish_storage_deals
        gas_usage_msg_d.submit_windowed_post = submit_windowed_post

        gas_usage_msg_d.additional_properties = d
        return gas_usage_msg_d

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

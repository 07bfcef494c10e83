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
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        total_gas_used = src_dict["total_gas_used"]

        prove_commit_sector = src_dict["prove_commit_sector"]

        pre_commit_sector = src_dict["pre_commit_sector"]

        prove_commit_aggregate = src_dict["prove_commit_aggregate"]

        pre_commit_sectorbatch = src_dict["pre_commit_sectorbatch"]

        publish_storage_deals = src_dict["publish_storage_deals"]

        submit_windowed_post = src_dict["submit_windowed_post"]

        if len(src_dict) == 8:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "total_gas_used",
                    "prove_commit_sector",
                    "pre_commit_sector",
                    "prove_commit_aggregate",
                    "pre_commit_sectorbatch",
                    "publish_storage_deals",
                    "submit_windowed_post",
                }
            }
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

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            total_gas_used = src_dict["total_gas_used"]

            prove_commit_sector = src_dict["prove_commit_sector"]

            pre_commit_sector = src_dict["pre_commit_sector"]

            prove_commit_aggregate = src_dict["prove_commit_aggregate"]

            pre_commit_sectorbatch = src_dict["pre_commit_sectorbatch"]

            publish_storage_deals = src_dict["publish_storage_deals"]

            submit_windowed_post = src_dict["submit_windowed_post"]

            if len(src_dict) == 8:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "total_gas_used",
                        "prove_commit_sector",
                        "pre_commit_sector",
                        "prove_commit_aggregate",
                        "pre_commit_sectorbatch",
                        "publish_storage_deals",
                        "submit_windowed_post",
                    }
                }
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

            _append(gas_usage_msg_d)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("total_gas_used", "total_gas_used", "int", True),
        ("prove_commit_sector", "prove_commit_sector", "int", True),
        ("pre_commit_sector", "pre_commit_sector", "int", True),
        ("prove_commit_aggregate", "prove_commit_aggregate", "int", True),
        ("pre_commit_sectorbatch", "pre_commit_sectorbatch", "int", True),
        ("publish_storage_deals", "publish_storage_deals", "int", True),
        ("submit_windowed_post", "submit_windowed_post", "int", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            total_gas_used = _row.total_gas_used
            prove_commit_sector = _row.prove_commit_sector
            pre_commit_sector = _row.pre_commit_sector
            prove_commit_aggregate = _row.prove_commit_aggregate
            pre_commit_sectorbatch = _row.pre_commit_sectorbatch
            publish_storage_deals = _row.publish_storage_deals
            submit_windowed_post = _row.submit_windowed_post
            gas_usage_msg_d = cls.__new__(cls)
            gas_usage_msg_d.stat_date = stat_date
            gas_usage_msg_d.total_gas_used = total_gas_used
            gas_usage_msg_d.prove_commit_sector = prove_commit_sector
            gas_usage_msg_d.pre_commit_sector = pre_commit_sector
            gas_usage_msg_d.prove_commit_aggregate = prove_commit_aggregate
            gas_usage_msg_d.pre_commit_sectorbatch = pre_commit_sectorbatch
            gas_usage_msg_d.publish_storage_deals = publish_storage_deals
            gas_usage_msg_d.submit_windowed_post = submit_windowed_post
            gas_usage_msg_d.additional_properties = {}
            _append(gas_usage_msg_d)
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

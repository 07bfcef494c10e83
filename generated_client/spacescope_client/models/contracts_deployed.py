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

T = TypeVar("T", bound="ContractsDeployed")


@_attrs_define
class ContractsDeployed:
    """One row of `/v2/fvm/contracts_deployed`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        new_contract_count_daily (int): New FVM smart contracts added on this day.
        total_contract_count (int): Total number of FVM smart contracts as of this date.
        total_deployer_address_count (int): Total number of deployer addresses as of this date.
    """

    stat_date: datetime.datetime
    new_contract_count_daily: int
    total_contract_count: int
    total_deployer_address_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        new_contract_count_daily = self.new_contract_count_daily

        total_contract_count = self.total_contract_count

        total_deployer_address_count = self.total_deployer_address_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "new_contract_count_daily": new_contract_count_daily,
                "total_contract_count": total_contract_count,
                "total_deployer_address_count": total_deployer_address_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        new_contract_count_daily = src_dict["new_contract_count_daily"]

        total_contract_count = src_dict["total_contract_count"]

        total_deployer_address_count = src_dict["total_deployer_address_count"]

        if len(src_dict) == 4:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "new_contract_count_daily",
                    "total_contract_count",
                    "total_deployer_address_count",
                }
            }
        contracts_deployed = cls.__new__(cls)
        contracts_deployed.stat_date = stat_date
        contracts_deployed.new_contract_count_daily = new_contract_count_daily
        contracts_deployed.total_contract_count = total_contract_count
        contracts_deployed.total_deployer_address_count = total_deployer_address_count

        contracts_deployed.additional_properties = d

        return contracts_deployed

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            new_contract_count_daily = src_dict["new_contract_count_daily"]

            total_contract_count = src_dict["total_contract_count"]

            total_deployer_address_count = src_dict["total_deployer_address_count"]

            if len(src_dict) == 4:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "new_contract_count_daily",
                        "total_contract_count",
                        "total_deployer_address_count",
                    }
                }
            contracts_deployed = cls.__new__(cls)
            contracts_deployed.stat_date = stat_date
            contracts_deployed.new_contract_count_daily = new_contract_count_daily
            contracts_deployed.total_contract_count = total_contract_count
            contracts_deployed.total_deployer_address_count = (
                total_deployer_address_count
            )

            contracts_deployed.additional_properties = d

            _append(contracts_deployed)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("new_contract_count_daily", "new_contract_count_daily", "int", True),
        ("total_contract_count", "total_contract_count", "int", True),
        ("total_deployer_address_count", "total_deployer_address_count", "int", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            new_contract_count_daily = _row.new_contract_count_daily
            total_contract_count = _row.total_contract_count
            total_deployer_address_count = _row.total_deployer_address_count
            contracts_deployed = cls.__new__(cls)
            contracts_deployed.stat_date = stat_date
            contracts_deployed.new_contract_count_daily = new_contract_count_daily
            contracts_deployed.total_contract_count = total_contract_count
            contracts_deployed.total_deployer_address_count = (
                total_deployer_address_count
            )
            contracts_deployed.additional_properties = {}
            _append(contracts_deployed)
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

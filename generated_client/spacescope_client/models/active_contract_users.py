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

T = TypeVar("T", bound="ActiveContractUsers")


@_attrs_define
class ActiveContractUsers:
    """One row of `/v2/fvm/active_contract_users`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        active_user_count_daily (int): The number of active users on the FVM on this date.
        total_active_user_count (int): The cumulative number of active users ever seen on the FVM.
    """

    stat_date: datetime.datetime
    active_user_count_daily: int
    total_active_user_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        active_user_count_daily = self.active_user_count_daily

        total_active_user_count = self.total_active_user_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "active_user_count_daily": active_user_count_daily,
                "total_active_user_count": total_active_user_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        active_user_count_daily = src_dict["active_user_count_daily"]

        total_active_user_count = src_dict["total_active_user_count"]

        if len(src_dict) == 3:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "active_user_count_daily",
                    "total_active_user_count",
                }
            }
        active_contract_users = cls.__new__(cls)
        active_contract_users.stat_date = stat_date
        active_contract_users.active_user_count_daily = active_user_count_daily
        active_contract_users.total_active_user_count = total_active_user_count

        active_contract_users.additional_properties = d

        return active_contract_users

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            active_user_count_daily = src_dict["active_user_count_daily"]

            total_active_user_count = src_dict["total_active_user_count"]

            if len(src_dict) == 3:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "active_user_count_daily",
                        "total_active_user_count",
                    }
                }
            active_contract_users = cls.__new__(cls)
            active_contract_users.stat_date = stat_date
            active_contract_users.active_user_count_daily = active_user_count_daily
            active_contract_users.total_active_user_count = total_active_user_count

            active_contract_users.additional_properties = d

            _append(active_contract_users)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("active_user_count_daily", "active_user_count_daily", "int", True),
        ("total_active_user_count", "total_active_user_count", "int", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            active_user_count_daily = _row.active_user_count_daily
            total_active_user_count = _row.total_active_user_count
            active_contract_users = cls.__new__(cls)
            active_contract_users.stat_date = stat_date
            active_contract_users.active_user_count_daily = active_user_count_daily
            active_contract_users.total_active_user_count = total_active_user_count
            active_contract_users.additional_properties = {}
            _append(active_contract_users)
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

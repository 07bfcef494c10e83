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

T = TypeVar("T", bound="AddressCount")


@_attrs_define
class AddressCount:
    """One row of `/v2/network_user/address_count`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        total_address_count (int): The number of unique addresses ever created on Filecoin.
        total_address_count_100 (int): The number of unique addresses on Filecoin with token balance >100 FIL.
        total_address_count_1000 (int): The number of unique addresses on Filecoin with token balance >1,000 FIL
            (including addresses with token balance >100 FIL).
        total_address_count_10000 (int): The number of unique addresses on Filecoin with token balance >10,000 FIL
            (including addresses with token balance >1,000 FIL).
        total_address_count_100000 (int): The number of unique addresses on Filecoin with token balance >100,000 FIL
            (including addresses with token balance >10,000 FIL).
        total_address_count_1000000 (int): The number of unique addresses on Filecoin with token balance >1,000,000 FIL
            (including addresses with token balance >100,000 FIL).
        active_address_count_daily (int): The number of unique addresses that has interacted with the Filecoin
            blockchain at least once in the past 24 hours.
        active_address_count_weekly (int): The number of unique addresses that has interacted with the Filecoin
            blockchain at least once in the past 7 days.
        active_address_count_monthly (int): The number of unique addresses that has interacted with the Filecoin
            blockchain at least once in the past 30 days.
    """

    stat_date: datetime.datetime
    total_address_count: int
    total_address_count_100: int
    total_address_count_1000: int
    total_address_count_10000: int
    total_address_count_100000: int
    total_address_count_1000000: int
    active_address_count_daily: int
    active_address_count_weekly: int
    active_address_count_monthly: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        total_address_count = self.total_address_count

        total_address_count_100 = self.total_address_count_100

        total_address_count_1000 = self.total_address_count_1000

        total_address_count_10000 = self.total_address_count_10000

        total_address_count_100000 = self.total_address_count_100000

        total_address_count_1000000 = self.total_address_count_1000000

        active_address_count_daily = self.active_address_count_daily

        active_address_count_weekly = self.active_address_count_weekly

        active_address_count_monthly = self.active_address_count_monthly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "total_address_count": total_address_count,
                "total_address_count_100": total_address_count_100,
                "total_address_count_1000": total_address_count_1000,
                "total_address_count_10000": total_address_count_10000,
                "total_address_count_100000": total_address_count_100000,
                "total_address_count_1000000": total_address_count_1000000,
                "active_address_count_daily": active_address_count_daily,
                "active_address_count_weekly": active_address_count_weekly,
                "active_address_count_monthly": active_address_count_monthly,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        total_address_count = src_dict["total_address_count"]

        total_address_count_100 = src_dict["total_address_count_100"]

        total_address_count_1000 = src_dict["total_address_count_1000"]

        total_address_count_10000 = src_dict["total_address_count_10000"]

        total_address_count_100000 = src_dict["total_address_count_100000"]

        total_address_count_1000000 = src_dict["total_address_count_1000000"]

        active_address_count_daily = src_dict["active_address_count_daily"]

        active_address_count_weekly = src_dict["active_address_count_weekly"]

        active_address_count_monthly = src_dict["active_address_count_monthly"]

        if len(src_dict) == 10:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "total_address_count",
                    "total_address_count_100",
                    "total_address_count_1000",
                    "total_address_count_10000",
                    "total_address_count_100000",
                    "total_address_count_1000000",
                    "active_address_count_daily",
                    "active_address_count_weekly",
                    "active_address_count_monthly",
                }
            }
        address_count = cls.__new__(cls)
        address_count.stat_date = stat_date
        address_count.total_address_count = total_address_count
        address_count.total_address_count_100 = total_address_count_100
        address_count.total_address_count_1000 = total_address_count_1000
        address_count.total_address_count_10000 = total_address_count_10000
        address_count.total_address_count_100000 = total_address_count_100000
        address_count.total_address_count_1000000 = total_address_count_1000000
        address_count.active_address_count_daily = active_address_count_daily
        address_count.active_address_count_weekly = active_address_count_weekly
        address_count.active_address_count_monthly = active_address_count_monthly

        address_count.additional_properties = d

        return address_count

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            total_address_count = src_dict["total_address_count"]

            total_address_count_100 = src_dict["total_address_count_100"]

            total_address_count_1000 = src_dict["total_address_count_1000"]

            total_address_count_10000 = src_dict["total_address_count_10000"]

            total_address_count_100000 = src_dict["total_address_count_100000"]

            total_address_count_1000000 = src_dict["total_address_count_1000000"]

            active_address_count_daily = src_dict["active_address_count_daily"]

            active_address_count_weekly = src_dict["active_address_count_weekly"]

            active_address_count_monthly = src_dict["active_address_count_monthly"]

            if len(src_dict) == 10:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "total_address_count",
                        "total_address_count_100",
                        "total_address_count_1000",
                        "total_address_count_10000",
                        "total_address_count_100000",
                        "total_address_count_1000000",
                        "active_address_count_daily",
                        "active_address_count_weekly",
                        "active_address_count_monthly",
                    }
                }
            address_count = cls.__new__(cls)
            address_count.stat_date = stat_date
            address_count.total_address_count = total_address_count
            address_count.total_address_count_100 = total_address_count_100
            address_count.total_address_count_1000 = total_address_count_1000
            address_count.total_address_count_10000 = total_address_count_10000
            address_count.total_address_count_100000 = total_address_count_100000
            address_count.total_address_count_1000000 = total_address_count_1000000
            address_count.active_address_count_daily = active_address_count_daily
            address_count.active_address_count_weekly = active_address_count_weekly
            address_count.active_address_count_monthly = active_address_count_monthly

            address_count.additional_properties = d

            _append(address_count)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("total_address_count", "total_address_count", "int", True),
        ("total_address_count_100", "total_address_count_100", "int", True),
        ("total_address_count_1000", "total_address_count_1000", "int", True),
        ("total_address_count_10000", "total_address_count_10000", "int", True),
        ("total_address_count_100000", "total_address_count_100000", "int", True),
        ("total_address_count_1000000", "total_address_count_1000000", "int", True),
        ("active_address_count_daily", "active_address_count_daily", "int", True),
        ("active_address_count_weekly", "active_address_count_weekly", "int", True),
        ("active_address_count_monthly", "active_address_count_monthly", "int", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            total_address_count = _row.total_address_count
            total_address_count_100 = _row.total_address_count_100
            total_address_count_1000 = _row.total_address_count_1000
            total_address_count_10000 = _row.total_address_count_10000
            total_address_count_100000 = _row.total_address_count_100000
            total_address_count_1000000 = _row.total_address_count_1000000
            active_address_count_daily = _row.active_address_count_daily
            active_address_count_weekly = _row.active_address_count_weekly
            active_address_count_monthly = _row.active_address_count_monthly
            address_count = cls.__new__(cls)
            address_count.stat_date = stat_date
            address_count.total_address_count = total_address_count
            address_count.total_address_count_100 = total_address_count_100
            address_count.total_address_count_1000 = total_address_count_1000
            address_count.total_address_count_10000 = total_address_count_10000
            address_count.total_address_count_100000 = total_address_count_100000
            address_count.total_address_count_1000000 = total_address_count_1000000
            address_count.active_address_count_daily = active_address_count_daily
            address_count.active_address_count_weekly = active_address_count_weekly
            address_count.active_address_count_monthly = active_address_count_monthly
            address_count.additional_properties = {}
            _append(address_count)
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

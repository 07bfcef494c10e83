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

T = TypeVar("T", bound="DealCount")


@_attrs_define
class DealCount:
    """One row of `/v2/deals/deal_count`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        total_regular_deal_count (int): Cumulative count of all regular deals, including active, expired, and terminated
            ones.
        total_verified_deal_count (int): Cumulative count for verified deals, including active, expired, and terminated
            ones.
        active_regular_deal_count (int): The count for active regular deals.
        active_verified_deal_count (int): The count for active verified deals.
        daily_activated_regular_deal_count (int): The count for regular deals that are newly activated and started to be
            fulfilled, calculated in the last 24 hours.
        daily_activated_verified_deal_count (int): The count for verified deals that are newly activated and started to
            be fulfilled, calculated in the last 24 hours.
        daily_proposed_regular_deal_count (int): The count for regular deals that are newly proposed (may not be
            activated yet), calculated in the last 24 hours.
        daily_proposed_verified_deal_count (int): The count of verified deals that are newly proposed (may not be
            activated yet), calculated in the last 24 hours.
        daily_slashed_regular_deal_count (int): The count for slashed regular deals, calculated in the last 24 hours.
        daily_slashed_verified_deal_count (int): The count for slashed verified deals, calculated in the last 24 hours.
        daily_expired_regular_deal_count (int): The count for expired regular deals, calculated in the last 24 hours.
        daily_expired_verified_deal_count (int): The count for expired verified deals, calculated in the last 24 hours.
    """

    stat_date: datetime.datetime
    total_regular_deal_count: int
    total_verified_deal_count: int
    active_regular_deal_count: int
    active_verified_deal_count: int
    daily_activated_regular_deal_count: int
    daily_activated_verified_deal_count: int
    daily_proposed_regular_deal_count: int
    daily_proposed_verified_deal_count: int
    daily_slashed_regular_deal_count: int
    daily_slashed_verified_deal_count: int
    daily_expired_regular_deal_count: int
    daily_expired_verified_deal_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        total_regular_deal_count = self.total_regular_deal_count

        total_verified_deal_count = self.total_verified_deal_count

        active_regular_deal_count = self.active_regular_deal_count

        active_verified_deal_count = self.active_verified_deal_count

        daily_activated_regular_deal_count = self.daily_activated_regular_deal_count

        daily_activated_verified_deal_count = self.daily_activated_verified_deal_count

        daily_proposed_regular_deal_count = self.daily_proposed_regular_deal_count

        daily_proposed_verified_deal_count = self.daily_proposed_verified_deal_count

        daily_slashed_regular_deal_count = self.daily_slashed_regular_deal_count

        daily_slashed_verified_deal_count = self.daily_slashed_verified_deal_count

        daily_expired_regular_deal_count = self.daily_expired_regular_deal_count

        daily_expired_verified_deal_count = self.daily_expired_verified_deal_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "total_regular_deal_count": total_regular_deal_count,
                "total_verified_deal_count": total_verified_deal_count,
                "active_regular_deal_count": active_regular_deal_count,
                "active_verified_deal_count": active_verified_deal_count,
                "daily_activated_regular_deal_count": daily_activated_regular_deal_count,
                "daily_activated_verified_deal_count": daily_activated_verified_deal_count,
                "daily_proposed_regular_deal_count": daily_proposed_regular_deal_count,
                "daily_proposed_verified_deal_count": daily_proposed_verified_deal_count,
                "daily_slashed_regular_deal_count": daily_slashed_regular_deal_count,
                "daily_slashed_verified_deal_count": daily_slashed_verified_deal_count,
                "daily_expired_regular_deal_count": daily_expired_regular_deal_count,
                "daily_expired_verified_deal_count": daily_expired_verified_deal_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        total_regular_deal_count = src_dict["total_regular_deal_count"]

        total_verified_deal_count = src_dict["total_verified_deal_count"]

        active_regular_deal_count = src_dict["active_regular_deal_count"]

        active_verified_deal_count = src_dict["active_verified_deal_count"]

        daily_activated_regular_deal_count = src_dict[
            "daily_activated_regular_deal_count"
        ]

        daily_activated_verified_deal_count = src_dict[
            "daily_activated_verified_deal_count"
        ]

        daily_proposed_regular_deal_count = src_dict[
            "daily_proposed_regular_deal_count"
        ]

        daily_proposed_verified_deal_count = src_dict[
            "daily_proposed_verified_deal_count"
        ]

        daily_slashed_regular_deal_count = src_dict["daily_slashed_regular_deal_count"]

        daily_slashed_verified_deal_count = src_dict[
            "daily_slashed_verified_deal_count"
        ]

        daily_expired_regular_deal_count = src_dict["daily_expired_regular_deal_count"]

        daily_expired_verified_deal_count = src_dict[
            "daily_expired_verified_deal_count"
        ]

        if len(src_dict) == 13:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "total_regular_deal_count",
                    "total_verified_deal_count",
                    "active_regular_deal_count",
                    "active_verified_deal_count",
                    "daily_activated_regular_deal_count",
                    "daily_activated_verified_deal_count",
                    "daily_proposed_regular_deal_count",
                    "daily_proposed_verified_deal_count",
                    "daily_slashed_regular_deal_count",
                    "daily_slashed_verified_deal_count",
                    "daily_expired_regular_deal_count",
                    "daily_expired_verified_deal_count",
                }
            }
        deal_count = cls.__new__(cls)
        deal_count.stat_date = stat_date
        deal_count.total_regular_deal_count = total_regular_deal_count
        deal_count.total_verified_deal_count = total_verified_deal_count
        deal_count.active_regular_deal_count = active_regular_deal_count
        deal_count.active_verified_deal_count = active_verified_deal_count
        deal_count.daily_activated_regular_deal_count = (
            daily_activated_regular_deal_count
        )
        deal_count.daily_activated_verified_deal_count = (
            daily_activated_verified_deal_count
        )
        deal_count.daily_proposed_regular_deal_count = daily_proposed_regular_deal_count
        deal_count.daily_proposed_verified_deal_count = (
            daily_proposed_verified_deal_count
        )
        deal_count.daily_slashed_regular_deal_count = daily_slashed_regular_deal_count
        deal_count.daily_slashed_verified_deal_count = daily_slashed_verified_deal_count
        deal_count.daily_expired_regular_deal_count = daily_expired_regular_deal_count
        deal_count.daily_expired_verified_deal_count = daily_expired_verified_deal_count

        deal_count.additional_properties = d

        return deal_count

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            total_regular_deal_count = src_dict["total_regular_deal_count"]

            total_verified_deal_count = src_dict["total_verified_deal_count"]

            active_regular_deal_count = src_dict["active_regular_deal_count"]

            active_verified_deal_count = src_dict["active_verified_deal_count"]

            daily_activated_regular_deal_count = src_dict[
                "daily_activated_regular_deal_count"
            ]

            daily_activated_verified_deal_count = src_dict[
                "daily_activated_verified_deal_count"
            ]

            daily_proposed_regular_deal_count = src_dict[
                "daily_proposed_regular_deal_count"
            ]

            daily_proposed_verified_deal_count = src_dict[
                "daily_proposed_verified_deal_count"
            ]

            daily_slashed_regular_deal_count = src_dict[
                "daily_slashed_regular_deal_count"
            ]

            daily_slashed_verified_deal_count = src_dict[
                "daily_slashed_verified_deal_count"
            ]

            daily_expired_regular_deal_count = src_dict[
                "daily_expired_regular_deal_count"
            ]

            daily_expired_verified_deal_count = src_dict[
                "daily_expired_verified_deal_count"
            ]

            if len(src_dict) == 13:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "total_regular_deal_count",
                        "total_verified_deal_count",
                        "active_regular_deal_count",
                        "active_verified_deal_count",
                        "daily_activated_regular_deal_count",
                        "daily_activated_verified_deal_count",
                        "daily_proposed_regular_deal_count",
                        "daily_proposed_verified_deal_count",
                        "daily_slashed_regular_deal_count",
                        "daily_slashed_verified_deal_count",
                        "daily_expired_regular_deal_count",
                        "daily_expired_verified_deal_count",
                    }
                }
            deal_count = cls.__new__(cls)
            deal_count.stat_date = stat_date
            deal_count.total_regular_deal_count = total_regular_deal_count
            deal_count.total_verified_deal_count = total_verified_deal_count
            deal_count.active_regular_deal_count = active_regular_deal_count
            deal_count.active_verified_deal_count = active_verified_deal_count
            deal_count.daily_activated_regular_deal_count = (
                daily_activated_regular_deal_count
            )
            deal_count.daily_activated_verified_deal_count = (
                daily_activated_verified_deal_count
            )
            deal_count.daily_proposed_regular_deal_count = (
                daily_proposed_regular_deal_count
            )
            deal_count.daily_proposed_verified_deal_count = (
                daily_proposed_verified_deal_count
            )
            deal_count.daily_slashed_regular_deal_count = (
                daily_slashed_regular_deal_count
            )
            deal_count.daily_slashed_verified_deal_count = (
                daily_slashed_verified_deal_count
            )
            deal_count.daily_expired_regular_deal_count = (
                daily_expired_regular_deal_count
            )
            deal_count.daily_expired_verified_deal_count = (
                daily_expired_verified_deal_count
            )

            deal_count.additional_properties = d

            _append(deal_count)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("total_regular_deal_count", "total_regular_deal_count", "int", True),
        ("total_verified_deal_count", "total_verified_deal_count", "int", True),
        ("active_regular_deal_count", "active_regular_deal_count", "int", True),
        ("active_verified_deal_count", "active_verified_deal_count", "int", True),
        (
            "daily_activated_regular_deal_count",
            "daily_activated_regular_deal_count",
            "int",
            True,
        ),
        (
            "daily_activated_verified_deal_count",
            "daily_activated_verified_deal_count",
            "int",
            True,
        ),
        (
            "daily_proposed_regular_deal_count",
            "daily_proposed_regular_deal_count",
            "int",
            True,
        ),
        (
            "daily_proposed_verified_deal_count",
            "daily_proposed_verified_deal_count",
            "int",
            True,
        ),
        (
            "daily_slashed_regular_deal_count",
            "daily_slashed_regular_deal_count",
            "int",
            True,
        ),
        (
            "daily_slashed_verified_deal_count",
            "daily_slashed_verified_deal_count",
            "int",
            True,
        ),
        (
            "daily_expired_regular_deal_count",
            "daily_expired_regular_deal_count",
            "int",
            True,
        ),
        (
            "daily_expired_verified_deal_count",
            "daily_expired_verified_deal_count",
            "int",
            True,
        ),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            total_regular_deal_count = _row.total_regular_deal_count
            total_verified_deal_count = _row.total_verified_deal_count
            active_regular_deal_count = _row.active_regular_deal_count
            active_verified_deal_count = _row.active_verified_deal_count
            daily_activated_regular_deal_count = _row.daily_activated_regular_deal_count
            daily_activated_verified_deal_count = (
                _row.daily_activated_verified_deal_count
            )
            daily_proposed_regular_deal_count = _row.daily_proposed_regular_deal_count
            daily_proposed_verified_deal_count = _row.daily_proposed_verified_deal_count
            daily_slashed_regular_deal_count = _row.daily_slashed_regular_deal_count
            daily_slashed_verified_deal_count = _row.daily_slashed_verified_deal_count
            daily_expired_regular_deal_count = _row.daily_expired_regular_deal_count
            daily_expired_verified_deal_count = _row.daily_expired_verified_deal_count
            deal_count = cls.__new__(cls)
            deal_count.stat_date = stat_date
            deal_count.total_regular_deal_count = total_regular_deal_count
            deal_count.total_verified_deal_count = total_verified_deal_count
            deal_count.active_regular_deal_count = active_regular_deal_count
            deal_count.active_verified_deal_count = active_verified_deal_count
            deal_count.daily_activated_regular_deal_count = (
                daily_activated_regular_deal_count
            )
            deal_count.daily_activated_verified_deal_count = (
                daily_activated_verified_deal_count
            )
            deal_count.daily_proposed_regular_deal_count = (
                daily_proposed_regular_deal_count
            )
            deal_count.daily_proposed_verified_deal_count = (
                daily_proposed_verified_deal_count
            )
            deal_count.daily_slashed_regular_deal_count = (
                daily_slashed_regular_deal_count
            )
            deal_count.daily_slashed_verified_deal_count = (
                daily_slashed_verified_deal_count
            )
            deal_count.daily_expired_regular_deal_count = (
                daily_expired_regular_deal_count
            )
            deal_count.daily_expired_verified_deal_count = (
                daily_expired_verified_deal_count
            )
            deal_count.additional_properties = {}
            _append(deal_count)
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

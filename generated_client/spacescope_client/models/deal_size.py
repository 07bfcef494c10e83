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

from ..types import UNSET, Unset

T = TypeVar("T", bound="DealSize")


@_attrs_define
class DealSize:
    """One row of `/v2/deals/deal_size`. Field names follow the docs' example response; the schema table spells some
    differently (see each field).

        Attributes:
            stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
                timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
            daily_proposed_regular_deal_size (int): The deal size for regular deals that are newly proposed (may not be
                activated yet), calculated in the past 24 hours.
            daily_proposed_verified_deal_size (int): The deal size for verified deals that are newly proposed (may not be
                activated yet), calculated in the past 24 hours.
            daily_activated_regular_deal_size (int): The deal size for regular deals that are newly activated and started to
                be fulfilled, calculated in the past 24 hours.
            daily_activated_verified_deal_size (int): The deal size for verified deals that are newly activated and started
                to be fulfilled, calculated in the past 24 hours.
            active_regular_deal_size (int): The active regular deals in bytes.
            active_verified_deal_size (int): The active verified deals in bytes.
            daily_slashed_regular_deal_size (int): The deal size for slashed regular deals in bytes, calculated in the last
                24 hours.
            daily_slashed_verified_deal_size (int): The deal size for slashed verified deals in bytes, calculated in the
                last 24 hours.
            daily_expired_regular_deal_size (int): The deal size for expired regular deals in bytes, calculated in the last
                24 hours.
            daily_expired_verified_deal_size (int): The deal size for expired verified deals in bytes, calculated in the
                last 24 hours.
            total_regular_deal_bytes (int | Unset): Cumulative deal size for regular deals in bytes, including active,
                expired, and terminated ones. The docs' schema table calls this field `total_regular_deal_sizes`; the docs'
                example response (followed here) uses `total_regular_deal_bytes`. Optional, because the docs' schema table and
                example response give it different names.
            total_verified_deal_bytes (int | Unset): Cumulative deal size for verified deals in bytes, including active,
                expired, and terminated ones. The docs' schema table calls this field `total_verified_deal_sizes`; the docs'
                example response (followed here) uses `total_verified_deal_bytes`. Optional, because the docs' schema table and
                example response give it different names.
    """

    stat_date: datetime.datetime
    daily_proposed_regular_deal_size: int
    daily_proposed_verified_deal_size: int
    daily_activated_regular_deal_size: int
    daily_activated_verified_deal_size: int
    active_regular_deal_size: int
    active_verified_deal_size: int
    daily_slashed_regular_deal_size: int
    daily_slashed_verified_deal_size: int
    daily_expired_regular_deal_size: int
    daily_expired_verified_deal_size: int
    total_regular_deal_bytes: int | Unset = UNSET
    total_verified_deal_bytes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        daily_proposed_regular_deal_size = self.daily_proposed_regular_deal_size

        daily_proposed_verified_deal_size = self.daily_proposed_verified_deal_size

        daily_activated_regular_deal_size = self.daily_activated_regular_deal_size

        daily_activated_verified_deal_size = self.daily_activated_verified_deal_size

        active_regular_deal_size = self.active_regular_deal_size

        active_verified_deal_size = self.active_verified_deal_size

        daily_slashed_regular_deal_size = self.daily_slashed_regular_deal_size

        daily_slashed_verified_deal_size = self.daily_slashed_verified_deal_size

        daily_expired_regular_deal_size = self.daily_expired_regular_deal_size

        daily_expired_verified_deal_size = self.daily_expired_verified_deal_size

        total_regular_deal_bytes = self.total_regular_deal_bytes

        total_verified_deal_bytes = self.total_verified_deal_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "daily_proposed_regular_deal_size": daily_proposed_regular_deal_size,
                "daily_proposed_verified_deal_size": daily_proposed_verified_deal_size,
                "daily_activated_regular_deal_size": daily_activated_regular_deal_size,
                "daily_activated_verified_deal_size": daily_activated_verified_deal_size,
                "active_regular_deal_size": active_regular_deal_size,
                "active_verified_deal_size": active_verified_deal_size,
                "daily_slashed_regular_deal_size": daily_slashed_regular_deal_size,
                "daily_slashed_verified_deal_size": daily_slashed_verified_deal_size,
                "daily_expired_regular_deal_size": daily_expired_regular_deal_size,
                "daily_expired_verified_deal_size": daily_expired_verified_deal_size,
            }
        )
        if total_regular_deal_bytes is not UNSET:
            field_dict["total_regular_deal_bytes"] = total_regular_deal_bytes
        if total_verified_deal_bytes is not UNSET:
            field_dict["total_verified_deal_bytes"] = total_verified_deal_bytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        daily_proposed_regular_deal_size = src_dict["daily_proposed_regular_deal_size"]

        daily_proposed_verified_deal_size = src_dict[
            "daily_proposed_verified_deal_size"
        ]

        daily_activated_regular_deal_size = src_dict[
            "daily_activated_regular_deal_size"
        ]

        daily_activated_verified_deal_size = src_dict[
            "daily_activated_verified_deal_size"
        ]

        active_regular_deal_size = src_dict["active_regular_deal_size"]

        active_verified_deal_size = src_dict["active_verified_deal_size"]

        daily_slashed_regular_deal_size = src_dict["daily_slashed_regular_deal_size"]

        daily_slashed_verified_deal_size = src_dict["daily_slashed_verified_deal_size"]

        daily_expired_regular_deal_size = src_dict["daily_expired_regular_deal_size"]

        daily_expired_verified_deal_size = src_dict["daily_expired_verified_deal_size"]

        total_regular_deal_bytes = src_dict.get("total_regular_deal_bytes", UNSET)

        total_verified_deal_bytes = src_dict.get("total_verified_deal_bytes", UNSET)

        if len(src_dict) == 11 + (total_regular_deal_bytes is not UNSET) + (
            total_verified_deal_bytes is not UNSET
        ):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "daily_proposed_regular_deal_size",
                    "daily_proposed_verified_deal_size",
                    "daily_activated_regular_deal_size",
                    "daily_activated_verified_deal_size",
                    "active_regular_deal_size",
                    "active_verified_deal_size",
                    "daily_slashed_regular_deal_size",
                    "daily_slashed_verified_deal_size",
                    "daily_expired_regular_deal_size",
                    "daily_expired_verified_deal_size",
                    "total_regular_deal_bytes",
                    "total_verified_deal_bytes",
                }
            }
        deal_size = cls.__new__(cls)
        deal_size.stat_date = stat_date
        deal_size.daily_proposed_regular_deal_size = daily_proposed_regular_deal_size
        deal_size.daily_proposed_verified_deal_size = daily_proposed_verified_deal_size
        deal_size.daily_activated_regular_deal_size = daily_activated_regular_deal_size
        deal_size.daily_activated_verified_deal_size = (
            daily_activated_verified_deal_size
        )
        deal_size.active_regular_deal_size = active_regular_deal_size
        deal_size.active_verified_deal_size = active_verified_deal_size
        deal_size.daily_slashed_regular_deal_size = daily_slashed_regular_deal_size
        deal_size.daily_slashed_verified_deal_size = daily_slashed_verified_deal_size
        deal_size.daily_expired_regular_deal_size = daily_expired_regular_deal_size
        deal_size.daily_expired_verified_deal_size = daily_expired_verified_deal_size
        deal_size.total_regular_deal_bytes = total_regular_deal_bytes
        deal_size.total_verified_deal_bytes = total_verified_deal_bytes

        deal_size.additional_properties = d

        return deal_size

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            daily_proposed_regular_deal_size = src_dict[
                "daily_proposed_regular_deal_size"
            ]

            daily_proposed_verified_deal_size = src_dict[
                "daily_proposed_verified_deal_size"
            ]

            daily_activated_regular_deal_size = src_dict[
                "daily_activated_regular_deal_size"
            ]

            daily_activated_verified_deal_size = src_dict[
                "daily_activated_verified_deal_size"
            ]

            active_regular_deal_size = src_dict["active_regular_deal_size"]

            active_verified_deal_size = src_dict["active_verified_deal_size"]

            daily_slashed_regular_deal_size = src_dict[
                "daily_slashed_regular_deal_size"
            ]

            daily_slashed_verified_deal_size = src_dict[
                "daily_slashed_verified_deal_size"
            ]

            daily_expired_regular_deal_size = src_dict[
                "daily_expired_regular_deal_size"
            ]

            daily_expired_verified_deal_size = src_dict[
                "daily_expired_verified_deal_size"
            ]

            total_regular_deal_bytes = src_dict.get("total_regular_deal_bytes", UNSET)

            total_verified_deal_bytes = src_dict.get("total_verified_deal_bytes", UNSET)

            if len(src_dict) == 11 + (total_regular_deal_bytes is not UNSET) + (
                total_verified_deal_bytes is not UNSET
            ):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "daily_proposed_regular_deal_size",
                        "daily_proposed_verified_deal_size",
                        "daily_activated_regular_deal_size",
                        "daily_activated_verified_deal_size",
                        "active_regular_deal_size",
                        "active_verified_deal_size",
                        "daily_slashed_regular_deal_size",
                        "daily_slashed_verified_deal_size",
                        "daily_expired_regular_deal_size",
                        "daily_expired_verified_deal_size",
                        "total_regular_deal_bytes",
                        "total_verified_deal_bytes",
                    }
                }
            deal_size = cls.__new__(cls)
            deal_size.stat_date = stat_date
            deal_size.daily_proposed_regular_deal_size = (
                daily_proposed_regular_deal_size
            )
            deal_size.daily_proposed_verified_deal_size = (
                daily_proposed_verified_deal_size
            )
            deal_size.daily_activated_regular_deal_size = (
                daily_activated_regular_deal_size
            )
            deal_size.daily_activated_verified_deal_size = (
                daily_activated_verified_deal_size
            )
            deal_size.active_regular_deal_size = active_regular_deal_size
            deal_size.active_verified_deal_size = active_verified_deal_size
            deal_size.daily_slashed_regular_deal_size = daily_slashed_regular_deal_size
            deal_size.daily_slashed_verified_deal_size = (
                daily_slashed_verified_deal_size
            )
            deal_size.daily_expired_regular_deal_size = daily_expired_regular_deal_size
            deal_size.daily_expired_verified_deal_size = (
                daily_expired_verified_deal_size
            )
            deal_size.total_regular_deal_bytes = total_regular_deal_bytes
            deal_size.total_verified_deal_bytes = total_verified_deal_bytes

            deal_size.additional_properties = d

            _append(deal_size)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        (
            "daily_proposed_regular_deal_size",
            "daily_proposed_regular_deal_size",
            "int",
            True,
        ),
        (
            "daily_proposed_verified_deal_size",
            "daily_proposed_verified_deal_size",
            "int",
            True,
        ),
        (
            "daily_activated_regular_deal_size",
            "daily_activated_regular_deal_size",
            "int",
            True,
        ),
        (
            "daily_activated_verified_deal_size",
            "daily_activated_verified_deal_size",
            "int",
            True,
        ),
        ("active_regular_deal_size", "active_regular_deal_size", "int", True),
        ("active_verified_deal_size", "active_verified_deal_size", "int", True),
        (
            "daily_slashed_regular_deal_size",
            "daily_slashed_regular_deal_size",
            "int",
            True,
        ),
        (
            "daily_slashed_verified_deal_size",
            "daily_slashed_verified_deal_size",
            "int",
            True,
        ),
        (
            "daily_expired_regular_deal_size",
            "daily_expired_regular_deal_size",
            "int",
            True,
        ),
        (
            "daily_expired_verified_deal_size",
            "daily_expired_verified_deal_size",
            "int",
            True,
        ),
        ("total_regular_deal_bytes", "total_regular_deal_bytes", "int", False),
        ("total_verified_deal_bytes", "total_verified_deal_bytes", "int", False),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            daily_proposed_regular_deal_size = _row.daily_proposed_regular_deal_size
            daily_proposed_verified_deal_size = _row.daily_proposed_verified_deal_size
            daily_activated_regular_deal_size = _row.daily_activated_regular_deal_size
            daily_activated_verified_deal_size = _row.daily_activated_verified_deal_size
            active_regular_deal_size = _row.active_regular_deal_size
            active_verified_deal_size = _row.active_verified_deal_size
            daily_slashed_regular_deal_size = _row.daily_slashed_regular_deal_size
            daily_slashed_verified_deal_size = _row.daily_slashed_verified_deal_size
            daily_expired_regular_deal_size = _row.daily_expired_regular_deal_size
            daily_expired_verified_deal_size = _row.daily_expired_verified_deal_size
            total_regular_deal_bytes = _row.total_regular_deal_bytes
            total_verified_deal_bytes = _row.total_verified_deal_bytes
            deal_size = cls.__new__(cls)
            deal_size.stat_date = stat_date
            deal_size.daily_proposed_regular_deal_size = (
                daily_proposed_regular_deal_size
            )
            deal_size.daily_proposed_verified_deal_size = (
                daily_proposed_verified_deal_size
            )
            deal_size.daily_activated_regular_deal_size = (
                daily_activated_regular_deal_size
            )
            deal_size.daily_activated_verified_deal_size = (
                daily_activated_verified_deal_size
            )
            deal_size.active_regular_deal_size = active_regular_deal_size
            deal_size.active_verified_deal_size = active_verified_deal_size
            deal_size.daily_slashed_regular_deal_size = daily_slashed_regular_deal_size
            deal_size.daily_slashed_verified_deal_size = (
                daily_slashed_verified_deal_size
            )
            deal_size.daily_expired_regular_deal_size = daily_expired_regular_deal_size
            deal_size.daily_expired_verified_deal_size = (
                daily_expired_verified_deal_size
            )
            deal_size.total_regular_deal_bytes = total_regular_deal_bytes
            deal_size.total_verified_deal_bytes = total_verified_deal_bytes
            deal_size.additional_properties = {}
            _append(deal_size)
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

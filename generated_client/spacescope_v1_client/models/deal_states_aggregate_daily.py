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

T = TypeVar("T", bound="DealStatesAggregateDaily")


@_attrs_define
class DealStatesAggregateDaily:
    """One row of `/v1/network_core/market-deals/deal_states_aggregate_daily`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        active_deals_regular_bytes (int): Active normal deal bytes.
        active_deals_regular_bytes_increase (int): Daily change in active regular deal bytes;
            active_deals_regular_bytes(day D) - active_deals_regular_bytes(day D-1).
        active_deals_verified_bytes (int): Active verified deal bytes.
        active_deals_verified_bytes_increase (int): Daily change in active verified deal bytes;
            active_deals_verified_bytes(day D) - active_deals_verified_bytes(day D-1).
        active_deals_regular_count (int): Active regular deal count.
        active_deals_verified_count (int): Active verified deal count.
        activated_deals_regular_bytes (int): Activate regular deal bytes.
        activated_deals_verified_bytes (int): Activate verified deal bytes.
        activated_deals_regular_count (int): Activate regular deal count.
        activated_deals_verified_count (int): Activate verified deal count.
        new_deals_regular_bytes (int): New regular deal bytes.
        new_deals_verified_bytes (int): New verified deal bytes.
        new_deals_regular_count (int): New regular deal count.
        new_deals_verified_count (int): New verified deal count.
        slashed_deals_regular_bytes (int): Slashed regular deal bytes.
        slashed_deals_verified_bytes (int): Slashed verified deal bytes.
        slashed_deals_regular_count (int): Slashed regular deal count.
        slashed_deals_verified_count (int): Slashed verified deal count.
        expired_deals_regular_bytes (int): Expired regular deal bytes.
        expired_deals_verified_bytes (int): Expired verified deal bytes.
        expired_deals_regular_count (int): Expired regular deal count.
        expired_deals_verified_count (int): Expired verified deal count.
        active_deals_regular_provider_collateral (float): Provider collateral in active regular deals.
        active_deals_verified_provider_collateral (float): Provider collateral in active verified deals.
    """

    stat_date: datetime.datetime
    active_deals_regular_bytes: int
    active_deals_regular_bytes_increase: int
    active_deals_verified_bytes: int
    active_deals_verified_bytes_increase: int
    active_deals_regular_count: int
    active_deals_verified_count: int
    activated_deals_regular_bytes: int
    activated_deals_verified_bytes: int
    activated_deals_regular_count: int
    activated_deals_verified_count: int
    new_deals_regular_bytes: int
    new_deals_verified_bytes: int
    new_deals_regular_count: int
    new_deals_verified_count: int
    slashed_deals_regular_bytes: int
    slashed_deals_verified_bytes: int
    slashed_deals_regular_count: int
    slashed_deals_verified_count: int
    expired_deals_regular_bytes: int
    expired_deals_verified_bytes: int
    expired_deals_regular_count: int
    expired_deals_verified_count: int
    active_deals_regular_provider_collateral: float
    active_deals_verified_provider_collateral: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        active_deals_regular_bytes = self.active_deals_regular_bytes

        active_deals_regular_bytes_increase = self.active_deals_regular_bytes_increase

        active_deals_verified_bytes = self.active_deals_verified_bytes

        active_deals_verified_bytes_increase = self.active_deals_verified_bytes_increase

        active_deals_regular_count = self.active_deals_regular_count

        active_deals_verified_count = self.active_deals_verified_count

        activated_deals_regular_bytes = self.activated_deals_regular_bytes

        activated_deals_verified_bytes = self.activated_deals_verified_bytes

        activated_deals_regular_count = self.activated_deals_regular_count

        activated_deals_verified_count = self.activated_deals_verified_count

        new_deals_regular_bytes = self.new_deals_regular_bytes

        new_deals_verified_bytes = self.new_deals_verified_bytes

        new_deals_regular_count = self.new_deals_regular_count

        new_deals_verified_count = self.new_deals_verified_count

        slashed_deals_regular_bytes = self.slashed_deals_regular_bytes

        slashed_deals_verified_bytes = self.slashed_deals_verified_bytes

        slashed_deals_regular_count = self.slashed_deals_regular_count

        slashed_deals_verified_count = self.slashed_deals_verified_count

        expired_deals_regular_bytes = self.expired_deals_regular_bytes

        expired_deals_verified_bytes = self.expired_deals_verified_bytes

        expired_deals_regular_count = self.expired_deals_regular_count

        expired_deals_verified_count = self.expired_deals_verified_count

        active_deals_regular_provider_collateral = (
            self.active_deals_regular_provider_collateral
        )

        active_deals_verified_provider_collateral = (
            self.active_deals_verified_provider_collateral
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "active_deals_regular_bytes": active_deals_regular_bytes,
                "active_deals_regular_bytes_increase": active_deals_regular_bytes_increase,
                "active_deals_verified_bytes": active_deals_verified_bytes,
                "active_deals_verified_bytes_increase": active_deals_verified_bytes_increase,
                "active_deals_regular_count": active_deals_regular_count,
                "active_deals_verified_count": active_deals_verified_count,
                "activated_deals_regular_bytes": activated_deals_regular_bytes,
                "activated_deals_verified_bytes": activated_deals_verified_bytes,
                "activated_deals_regular_count": activated_deals_regular_count,
                "activated_deals_verified_count": activated_deals_verified_count,
                "new_deals_regular_bytes": new_deals_regular_bytes,
                "new_deals_verified_bytes": new_deals_verified_bytes,
                "new_deals_regular_count": new_deals_regular_count,
                "new_deals_verified_count": new_deals_verified_count,
                "slashed_deals_regular_bytes": slashed_deals_regular_bytes,
                "slashed_deals_verified_bytes": slashed_deals_verified_bytes,
                "slashed_deals_regular_count": slashed_deals_regular_count,
                "slashed_deals_verified_count": slashed_deals_verified_count,
                "expired_deals_regular_bytes": expired_deals_regular_bytes,
                "expired_deals_verified_bytes": expired_deals_verified_bytes,
                "expired_deals_regular_count": expired_deals_regular_count,
                "expired_deals_verified_count": expired_deals_verified_count,
                "active_deals_regular_provider_collateral": active_deals_regular_provider_collateral,
                "active_deals_verified_provider_collateral": active_deals_verified_provider_collateral,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        active_deals_regular_bytes = src_dict["active_deals_regular_bytes"]

        active_deals_regular_bytes_increase = src_dict[
            "active_deals_regular_bytes_increase"
        ]

        active_deals_verified_bytes = src_dict["active_deals_verified_bytes"]

        active_deals_verified_bytes_increase = src_dict[
            "active_deals_verified_bytes_increase"
        ]

        active_deals_regular_count = src_dict["active_deals_regular_count"]

        active_deals_verified_count = src_dict["active_deals_verified_count"]

        activated_deals_regular_bytes = src_dict["activated_deals_regular_bytes"]

        activated_deals_verified_bytes = src_dict["activated_deals_verified_bytes"]

        activated_deals_regular_count = src_dict["activated_deals_regular_count"]

        activated_deals_verified_count = src_dict["activated_deals_verified_count"]

        new_deals_regular_bytes = src_dict["new_deals_regular_bytes"]

        new_deals_verified_bytes = src_dict["new_deals_verified_bytes"]

        new_deals_regular_count = src_dict["new_deals_regular_count"]

        new_deals_verified_count = src_dict["new_deals_verified_count"]

        slashed_deals_regular_bytes = src_dict["slashed_deals_regular_bytes"]

        slashed_deals_verified_bytes = src_dict["slashed_deals_verified_bytes"]

        slashed_deals_regular_count = src_dict["slashed_deals_regular_count"]

        slashed_deals_verified_count = src_dict["slashed_deals_verified_count"]

        expired_deals_regular_bytes = src_dict["expired_deals_regular_bytes"]

        expired_deals_verified_bytes = src_dict["expired_deals_verified_bytes"]

        expired_deals_regular_count = src_dict["expired_deals_regular_count"]

        expired_deals_verified_count = src_dict["expired_deals_verified_count"]

        active_deals_regular_provider_collateral = src_dict[
            "active_deals_regular_provider_collateral"
        ]

        active_deals_verified_provider_collateral = src_dict[
            "active_deals_verified_provider_collateral"
        ]

        if len(src_dict) == 25:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "active_deals_regular_bytes",
                    "active_deals_regular_bytes_increase",
                    "active_deals_verified_bytes",
                    "active_deals_verified_bytes_increase",
                    "active_deals_regular_count",
                    "active_deals_verified_count",
                    "activated_deals_regular_bytes",
                    "activated_deals_verified_bytes",
                    "activated_deals_regular_count",
                    "activated_deals_verified_count",
                    "new_deals_regular_bytes",
                    "new_deals_verified_bytes",
                    "new_deals_regular_count",
                    "new_deals_verified_count",
                    "slashed_deals_regular_bytes",
                    "slashed_deals_verified_bytes",
                    "slashed_deals_regular_count",
                    "slashed_deals_verified_count",
                    "expired_deals_regular_bytes",
                    "expired_deals_verified_bytes",
                    "expired_deals_regular_count",
                    "expired_deals_verified_count",
                    "active_deals_regular_provider_collateral",
                    "active_deals_verified_provider_collateral",
                }
            }
        deal_states_aggregate_daily = cls.__new__(cls)
        deal_states_aggregate_daily.stat_date = stat_date
        deal_states_aggregate_daily.active_deals_regular_bytes = (
            active_deals_regular_bytes
        )
        deal_states_aggregate_daily.active_deals_regular_bytes_increase = (
            active_deals_regular_bytes_increase
        )
        deal_states_aggregate_daily.active_deals_verified_bytes = (
            active_deals_verified_bytes
        )
        deal_states_aggregate_daily.active_deals_verified_bytes_increase = (
            active_deals_verified_bytes_increase
        )
        deal_states_aggregate_daily.active_deals_regular_count = (
            active_deals_regular_count
        )
        deal_states_aggregate_daily.active_deals_verified_count = (
            active_deals_verified_count
        )
        deal_states_aggregate_daily.activated_deals_regular_bytes = (
            activated_deals_regular_bytes
        )
        deal_states_aggregate_daily.activated_deals_verified_bytes = (
            activated_deals_verified_bytes
        )
        deal_states_aggregate_daily.activated_deals_regular_count = (
            activated_deals_regular_count
        )
        deal_states_aggregate_daily.activated_deals_verified_count = (
            activated_deals_verified_count
        )
        deal_states_aggregate_daily.new_deals_regular_bytes = new_deals_regular_bytes
        deal_states_aggregate_daily.new_deals_verified_bytes = new_deals_verified_bytes
        deal_states_aggregate_daily.new_deals_regular_count = new_deals_regular_count
        deal_states_aggregate_daily.new_deals_verified_count = new_deals_verified_count
        deal_states_aggregate_daily.slashed_deals_regular_bytes = (
            slashed_deals_regular_bytes
        )
        deal_states_aggregate_daily.slashed_deals_verified_bytes = (
            slashed_deals_verified_bytes
        )
        deal_states_aggregate_daily.slashed_deals_regular_count = (
            slashed_deals_regular_count
        )
        deal_states_aggregate_daily.slashed_deals_verified_count = (
            slashed_deals_verified_count
        )
        deal_states_aggregate_daily.expired_deals_regular_bytes = (
            expired_deals_regular_bytes
        )
        deal_states_aggregate_daily.expired_deals_verified_bytes = (
            expired_deals_verified_bytes
        )
        deal_states_aggregate_daily.expired_deals_regular_count = (
            expired_deals_regular_count
        )
        deal_states_aggregate_daily.expired_deals_verified_count = (
            expired_deals_verified_count
        )
        deal_states_aggregate_daily.active_deals_regular_provider_collateral = (
            active_deals_regular_provider_collateral
        )
        deal_states_aggregate_daily.active_deals_verified_provider_collateral = (
            active_deals_verified_provider_collateral
        )

        deal_states_aggregate_daily.additional_properties = d

        return deal_states_aggregate_daily

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            active_deals_regular_bytes = src_dict["active_deals_regular_bytes"]

            active_deals_regular_bytes_increase = src_dict[
                "active_deals_regular_bytes_increase"
            ]

            active_deals_verified_bytes = src_dict["active_deals_verified_bytes"]

            active_deals_verified_bytes_increase = src_dict[
                "active_deals_verified_bytes_increase"
            ]

            active_deals_regular_count = src_dict["active_deals_regular_count"]

            active_deals_verified_count = src_dict["active_deals_verified_count"]

            activated_deals_regular_bytes = src_dict["activated_deals_regular_bytes"]

            activated_deals_verified_bytes = src_dict["activated_deals_verified_bytes"]

            activated_deals_regular_count = src_dict["activated_deals_regular_count"]

            activated_deals_verified_count = src_dict["activated_deals_verified_count"]

            new_deals_regular_bytes = src_dict["new_deals_regular_bytes"]

            new_deals_verified_bytes = src_dict["new_deals_verified_bytes"]

            new_deals_regular_count = src_dict["new_deals_regular_count"]

            new_deals_verified_count = src_dict["new_deals_verified_count"]

            slashed_deals_regular_bytes = src_dict["slashed_deals_regular_bytes"]

            slashed_deals_verified_bytes = src_dict["slashed_deals_verified_bytes"]

            slashed_deals_regular_count = src_dict["slashed_deals_regular_count"]

            slashed_deals_verified_count = src_dict["slashed_deals_verified_count"]

            expired_deals_regular_bytes = src_dict["expired_deals_regular_bytes"]

            expired_deals_verified_bytes = src_dict["expired_deals_verified_bytes"]

            expired_deals_regular_count = src_dict["expired_deals_regular_count"]

            expired_deals_verified_count = src_dict["expired_deals_verified_count"]

            active_deals_regular_provider_collateral = src_dict[
                "active_deals_regular_provider_collateral"
            ]

            active_deals_verified_provider_collateral = src_dict[
                "active_deals_verified_provider_collateral"
            ]

            if len(src_dict) == 25:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "active_deals_regular_bytes",
                        "active_deals_regular_bytes_increase",
                        "active_deals_verified_bytes",
                        "active_deals_verified_bytes_increase",
                        "active_deals_regular_count",
                        "active_deals_verified_count",
                        "activated_deals_regular_bytes",
                        "activated_deals_verified_bytes",
                        "activated_deals_regular_count",
                        "activated_deals_verified_count",
                        "new_deals_regular_bytes",
                        "new_deals_verified_bytes",
                        "new_deals_regular_count",
                        "new_deals_verified_count",
                        "slashed_deals_regular_bytes",
                        "slashed_deals_verified_bytes",
                        "slashed_deals_regular_count",
                        "slashed_deals_verified_count",
                        "expired_deals_regular_bytes",
                        "expired_deals_verified_bytes",
                        "expired_deals_regular_count",
                        "expired_deals_verified_count",
                        "active_deals_regular_provider_collateral",
                        "active_deals_verified_provider_collateral",
                    }
                }
            deal_states_aggregate_daily = cls.__new__(cls)
            deal_states_aggregate_daily.stat_date = stat_date
            deal_states_aggregate_daily.active_deals_regular_bytes = (
                active_deals_regular_bytes
            )
            deal_states_aggregate_daily.active_deals_regular_bytes_increase = (
                active_deals_regular_bytes_increase
            )
            deal_states_aggregate_daily.active_deals_verified_bytes = (
                active_deals_verified_bytes
            )
            deal_states_aggregate_daily.active_deals_verified_bytes_increase = (
                active_deals_verified_bytes_increase
            )
            deal_states_aggregate_daily.active_deals_regular_count = (
                active_deals_regular_count
            )
            deal_states_aggregate_daily.active_deals_verified_count = (
                active_deals_verified_count
            )
            deal_states_aggregate_daily.activated_deals_regular_bytes = (
                activated_deals_regular_bytes
            )
            deal_states_aggregate_daily.activated_deals_verified_bytes = (
                activated_deals_verified_bytes
            )
            deal_states_aggregate_daily.activated_deals_regular_count = (
                activated_deals_regular_count
            )
            deal_states_aggregate_daily.activated_deals_verified_count = (
                activated_deals_verified_count
            )
            deal_states_aggregate_daily.new_deals_regular_bytes = (
                new_deals_regular_bytes
            )
            deal_states_aggregate_daily.new_deals_verified_bytes = (
                new_deals_verified_bytes
            )
            deal_states_aggregate_daily.new_deals_regular_count = (
                new_deals_regular_count
            )
            deal_states_aggregate_daily.new_deals_verified_count = (
                new_deals_verified_count
            )
            deal_states_aggregate_daily.slashed_deals_regular_bytes = (
                slashed_deals_regular_bytes
            )
            deal_states_aggregate_daily.slashed_deals_verified_bytes = (
                slashed_deals_verified_bytes
            )
            deal_states_aggregate_daily.slashed_deals_regular_count = (
                slashed_deals_regular_count
            )
            deal_states_aggregate_daily.slashed_deals_verified_count = (
                slashed_deals_verified_count
            )
            deal_states_aggregate_daily.expired_deals_regular_bytes = (
                expired_deals_regular_bytes
            )
            deal_states_aggregate_daily.expired_deals_verified_bytes = (
                expired_deals_verified_bytes
            )
            deal_states_aggregate_daily.expired_deals_regular_count = (
                expired_deals_regular_count
            )
            deal_states_aggregate_daily.expired_deals_verified_count = (
                expired_deals_verified_count
            )
            deal_states_aggregate_daily.active_deals_regular_provider_collateral = (
                active_deals_regular_provider_collateral
            )
            deal_states_aggregate_daily.active_deals_verified_provider_collateral = (
                active_deals_verified_provider_collateral
            )

            deal_states_aggregate_daily.additional_properties = d

            _append(deal_states_aggregate_daily)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("active_deals_regular_bytes", "active_deals_regular_bytes", "int", True),
        (
            "active_deals_regular_bytes_increase",
            "active_deals_regular_bytes_increase",
            "int",
            True,
        ),
        ("active_deals_verified_bytes", "active_deals_verified_bytes", "int", True),
        (
            "active_deals_verified_bytes_increase",
            "active_deals_verified_bytes_increase",
            "int",
            True,
        ),
        ("active_deals_regular_count", "active_deals_regular_count", "int", True),
        ("active_deals_verified_count", "active_deals_verified_count", "int", True),
        ("activated_deals_regular_bytes", "activated_deals_regular_bytes", "int", True),
        (
            "activated_deals_verified_bytes",
            "activated_deals_verified_bytes",
            "int",
            True,
        ),
        ("activated_deals_regular_count", "activated_deals_regular_count", "int", True),
        (
            "activated_deals_verified_count",
            "activated_deals_verified_count",
            "int",
            True,
        ),
        ("new_deals_regular_bytes", "new_deals_regular_bytes", "int", True),
        ("new_deals_verified_bytes", "new_deals_verified_bytes", "int", True),
        ("new_deals_regular_count", "new_deals_regular_count", "int", True),
        ("new_deals_verified_count", "new_deals_verified_count", "int", True),
        ("slashed_deals_regular_bytes", "slashed_deals_regular_bytes", "int", True),
        ("slashed_deals_verified_bytes", "slashed_deals_verified_bytes", "int", True),
        ("slashed_deals_regular_count", "slashed_deals_regular_count", "int", True),
        ("slashed_deals_verified_count", "slashed_deals_verified_count", "int", True),
        ("expired_deals_regular_bytes", "expired_deals_regular_bytes", "int", True),
        ("expired_deals_verified_bytes", "expired_deals_verified_bytes", "int", True),
        ("expired_deals_regular_count", "expired_deals_regular_count", "int", True),
        ("expired_deals_verified_count", "expired_deals_verified_count", "int", True),
        (
            "active_deals_regular_provider_collateral",
            "active_deals_regular_provider_collateral",
            "float",
            True,
        ),
        (
            "active_deals_verified_provider_collateral",
            "active_deals_verified_provider_collateral",
            "float",
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

            active_deals_regular_bytes = _row.active_deals_regular_bytes
            active_deals_regular_bytes_increase = (
                _row.active_deals_regular_bytes_increase
            )
            active_deals_verified_bytes = _row.active_deals_verified_bytes
            active_deals_verified_bytes_increase = (
                _row.active_deals_verified_bytes_increase
            )
            active_deals_regular_count = _row.active_deals_regular_count
            active_deals_verified_count = _row.active_deals_verified_count
            activated_deals_regular_bytes = _row.activated_deals_regular_bytes
            activated_deals_verified_bytes = _row.activated_deals_verified_bytes
            activated_deals_regular_count = _row.activated_deals_regular_count
            activated_deals_verified_count = _row.activated_deals_verified_count
            new_deals_regular_bytes = _row.new_deals_regular_bytes
            new_deals_verified_bytes = _row.new_deals_verified_bytes
            new_deals_regular_count = _row.new_deals_regular_count
            new_deals_verified_count = _row.new_deals_verified_count
            slashed_deals_regular_bytes = _row.slashed_deals_regular_bytes
            slashed_deals_verified_bytes = _row.slashed_deals_verified_bytes
            slashed_deals_regular_count = _row.slashed_deals_regular_count
            slashed_deals_verified_count = _row.slashed_deals_verified_count
            expired_deals_regular_bytes = _row.expired_deals_regular_bytes
            expired_deals_verified_bytes = _row.expired_deals_verified_bytes
            expired_deals_regular_count = _row.expired_deals_regular_count
            expired_deals_verified_count = _row.expired_deals_verified_count
            active_deals_regular_provider_collateral = (
                _row.active_deals_regular_provider_collateral
            )
            active_deals_verified_provider_collateral = (
                _row.active_deals_verified_provider_collateral
            )
            deal_states_aggregate_daily = cls.__new__(cls)
            deal_states_aggregate_daily.stat_date = stat_date
            deal_states_aggregate_daily.active_deals_regular_bytes = (
                active_deals_regular_bytes
            )
            deal_states_aggregate_daily.active_deals_regular_bytes_increase = (
                active_deals_regular_bytes_increase
            )
            deal_states_aggregate_daily.active_deals_verified_bytes = (
                active_deals_verified_bytes
            )
            deal_states_aggregate_daily.active_deals_verified_bytes_increase = (
                active_deals_verified_bytes_increase
            )
            deal_states_aggregate_daily.active_deals_regular_count = (
                active_deals_regular_count
            )
            deal_states_aggregate_daily.active_deals_verified_count = (
                active_deals_verified_count
            )
            deal_states_aggregate_daily.activated_deals_regular_bytes = (
                activated_deals_regular_bytes
            )
            deal_states_aggregate_daily.activated_deals_verified_bytes = (
                activated_deals_verified_bytes
            )
            deal_states_aggregate_daily.activated_deals_regular_count = (
                activated_deals_regular_count
            )
            deal_states_aggregate_daily.activated_deals_verified_count = (
                activated_deals_verified_count
            )
            deal_states_aggregate_daily.new_deals_regular_bytes = (
                new_deals_regular_bytes
            )
            deal_states_aggregate_daily.new_deals_verified_bytes = (
                new_deals_verified_bytes
            )
            deal_states_aggregate_daily.new_deals_regular_count = (
                new_deals_regular_count
            )
            deal_states_aggregate_daily.new_deals_verified_count = (
                new_deals_verified_count
            )
            deal_states_aggregate_daily.slashed_deals_regular_bytes = (
                slashed_deals_regular_bytes
            )
            deal_states_aggregate_daily.slashed_deals_verified_bytes = (
                slashed_deals_verified_bytes
            )
            deal_states_aggregate_daily.slashed_deals_regular_count = (
                slashed_deals_regular_count
            )
            deal_states_aggregate_daily.slashed_deals_verified_count = (
                slashed_deals_verified_count
            )
            deal_states_aggregate_daily.expired_deals_regular_bytes = (
                expired_deals_regular_bytes
            )
            deal_states_aggregate_daily.expired_deals_verified_bytes = (
                expired_deals_verified_bytes
            )
            deal_states_aggregate_daily.expired_deals_regular_count = (
                expired_deals_regular_count
            )
            deal_states_aggregate_daily.expired_deals_verified_count = (
                expired_deals_verified_count
            )
            deal_states_aggregate_daily.active_deals_regular_provider_collateral = (
                active_deals_regular_provider_collateral
            )
            deal_states_aggregate_daily.active_deals_verified_provider_collateral = (
                active_deals_verified_provider_collateral
            )
            deal_states_aggregate_daily.additional_properties = {}
            _append(deal_states_aggregate_daily)
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

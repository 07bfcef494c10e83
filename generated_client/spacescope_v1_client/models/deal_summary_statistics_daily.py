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

T = TypeVar("T", bound="DealSummaryStatisticsDaily")


@_attrs_define
class DealSummaryStatisticsDaily:
    """One row of `/v1/network_core/market-deals/deal_summary_statistics_daily`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        new_deal_bytes_regular_last_week (int): New regular deal bytes in the last 7 days.
        new_deal_bytes_verified_last_week (int): New verified deal bytes in the last 7 days.
        max_regular_deal_price_last_week (float): Maximum deal price for regular deal in the last 7 days.
        max_verified_deal_price_last_week (float): Maximum deal price for verified deal in the last 7 days.
        min_regular_deal_price_last_week (float): Minimum deal price for regular deal in the last 7 days.
        min_verified_deal_price_last_week (float): Minimum deal price for verified deal in the last 7 days (the docs'
            table says "Maximum", a copy-paste slip).
        total_regular_deal_count (int): Cumulative total of regular deal count.
        total_verified_deal_count (int): Cumulative total of verified deal count.
        total_regular_deal_bytes (int): Cumulative total of regular deal bytes.
        total_verified_deal_bytes (int): Cumulative total of verified deal bytes.
        avg_regular_deal_bytes (float): Average of total regular deal bytes.
        avg_verified_deal_bytes (float): Average of total verified deal bytes.
        total_regular_deal_duration (int): Total duration for regular deals.
        total_verified_deal_duration (int): Total duration for verified deals.
        avg_regular_deal_duration_days (float): Average duration for regular deals in days.
        avg_verified_deal_duration_days (float): Average duration for verified deals in days.
        total_regular_deal_provider_collateral (float): Cumulative total of storage provider collateral for regular deal
            in FIL.
        total_verified_deal_provider_collateral (float): Cumulative total of storage provider collateral for verified
            deal in FIL.
        avg_regular_deal_provider_collateral (float): Average of storage provider collateral for regular deal in FIL.
            Typed BIGINT in the docs, but a fractional FIL amount in their example: `number`.
        avg_verified_deal_provider_collateral (float): Average of storage provider collateral for verified deal in FIL.
            Typed BIGINT in the docs, but a fractional FIL amount in their example: `number`.
        median_regular_deal_price (float): Returns median value of regular deal storage price per TiB month in FIL.
            Typed BIGINT in the docs, but a FIL price per TiB month: `number`.
        median_verified_deal_price (float): Returns median value of verified deal storage price per TiB month in FIL.
            Typed BIGINT in the docs, but a FIL price per TiB month: `number`.
        percent_regular_deal_free (float | Unset): Returns percentage of free regular deals over total regular deals;
            Free regular deals are based on storage_price_per_epoch. Optional: the docs' schema table names it
            percent_regular_deal_free, their example percent_regular_deal_fee; both are accepted, neither is guaranteed.
        percent_verified_deal_free (float | Unset): Returns percentage of free verified deals over total verified deals;
            Free verified deals are based on storage_price_per_epoch. Optional: the docs' schema table names it
            percent_verified_deal_free, their example percent_verified_deal_fee; both are accepted, neither is guaranteed.
        percent_regular_deal_fee (float | Unset): Returns percentage of free regular deals over total regular deals;
            Free regular deals are based on storage_price_per_epoch. Optional: the docs' example names it
            percent_regular_deal_fee, their schema table percent_regular_deal_free; both names are accepted, neither is
            guaranteed.
        percent_verified_deal_fee (float | Unset): Returns percentage of free verified deals over total verified deals;
            Free verified deals are based on storage_price_per_epoch. Optional: the docs' example names it
            percent_verified_deal_fee, their schema table percent_verified_deal_free; both names are accepted, neither is
            guaranteed.
    """

    stat_date: datetime.datetime
    new_deal_bytes_regular_last_week: int
    new_deal_bytes_verified_last_week: int
    max_regular_deal_price_last_week: float
    max_verified_deal_price_last_week: float
    min_regular_deal_price_last_week: float
    min_verified_deal_price_last_week: float
    total_regular_deal_count: int
    total_verified_deal_count: int
    total_regular_deal_bytes: int
    total_verified_deal_bytes: int
    avg_regular_deal_bytes: float
    avg_verified_deal_bytes: float
    total_regular_deal_duration: int
    total_verified_deal_duration: int
    avg_regular_deal_duration_days: float
    avg_verified_deal_duration_days: float
    total_regular_deal_provider_collateral: float
    total_verified_deal_provider_collateral: float
    avg_regular_deal_provider_collateral: float
    avg_verified_deal_provider_collateral: float
    median_regular_deal_price: float
    median_verified_deal_price: float
    percent_regular_deal_free: float | Unset = UNSET
    percent_verified_deal_free: float | Unset = UNSET
    percent_regular_deal_fee: float | Unset = UNSET
    percent_verified_deal_fee: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        new_deal_bytes_regular_last_week = self.new_deal_bytes_regular_last_week

        new_deal_bytes_verified_last_week = self.new_deal_bytes_verified_last_week

        max_regular_deal_price_last_week = self.max_regular_deal_price_last_week

        max_verified_deal_price_last_week = self.max_verified_deal_price_last_week

        min_regular_deal_price_last_week = self.min_regular_deal_price_last_week

        min_verified_deal_price_last_week = self.min_verified_deal_price_last_week

        total_regular_deal_count = self.total_regular_deal_count

        total_verified_deal_count = self.total_verified_deal_count

        total_regular_deal_bytes = self.total_regular_deal_bytes

        total_verified_deal_bytes = self.total_verified_deal_bytes

        avg_regular_deal_bytes = self.avg_regular_deal_bytes

        avg_verified_deal_bytes = self.avg_verified_deal_bytes

        total_regular_deal_duration = self.total_regular_deal_duration

        total_verified_deal_duration = self.total_verified_deal_duration

        avg_regular_deal_duration_days = self.avg_regular_deal_duration_days

        avg_verified_deal_duration_days = self.avg_verified_deal_duration_days

        total_regular_deal_provider_collateral = (
            self.total_regular_deal_provider_collateral
        )

        total_verified_deal_provider_collateral = (
            self.total_verified_deal_provider_collateral
        )

        avg_regular_deal_provider_collateral = self.avg_regular_deal_provider_collateral

        avg_verified_deal_provider_collateral = (
            self.avg_verified_deal_provider_collateral
        )

        median_regular_deal_price = self.median_regular_deal_price

        median_verified_deal_price = self.median_verified_deal_price

        percent_regular_deal_free = self.percent_regular_deal_free

        percent_verified_deal_free = self.percent_verified_deal_free

        percent_regular_deal_fee = self.percent_regular_deal_fee

        percent_verified_deal_fee = self.percent_verified_deal_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "new_deal_bytes_regular_last_week": new_deal_bytes_regular_last_week,
                "new_deal_bytes_verified_last_week": new_deal_bytes_verified_last_week,
                "max_regular_deal_price_last_week": max_regular_deal_price_last_week,
                "max_verified_deal_price_last_week": max_verified_deal_price_last_week,
                "min_regular_deal_price_last_week": min_regular_deal_price_last_week,
                "min_verified_deal_price_last_week": min_verified_deal_price_last_week,
                "total_regular_deal_count": total_regular_deal_count,
                "total_verified_deal_count": total_verified_deal_count,
                "total_regular_deal_bytes": total_regular_deal_bytes,
                "total_verified_deal_bytes": total_verified_deal_bytes,
                "avg_regular_deal_bytes": avg_regular_deal_bytes,
                "avg_verified_deal_bytes": avg_verified_deal_bytes,
                "total_regular_deal_duration": total_regular_deal_duration,
                "total_verified_deal_duration": total_verified_deal_duration,
                "avg_regular_deal_duration_days": avg_regular_deal_duration_days,
                "avg_verified_deal_duration_days": avg_verified_deal_duration_days,
                "total_regular_deal_provider_collateral": total_regular_deal_provider_collateral,
                "total_verified_deal_provider_collateral": total_verified_deal_provider_collateral,
                "avg_regular_deal_provider_collateral": avg_regular_deal_provider_collateral,
                "avg_verified_deal_provider_collateral": avg_verified_deal_provider_collateral,
                "median_regular_deal_price": median_regular_deal_price,
                "median_verified_deal_price": median_verified_deal_price,
            }
        )
        if percent_regular_deal_free is not UNSET:
            field_dict["percent_regular_deal_free"] = percent_regular_deal_free
        if percent_verified_deal_free is not UNSET:
            field_dict["percent_verified_deal_free"] = percent_verified_deal_free
        if percent_regular_deal_fee is not UNSET:
            field_dict["percent_regular_deal_fee"] = percent_regular_deal_fee
        if percent_verified_deal_fee is not UNSET:
            field_dict["percent_verified_deal_fee"] = percent_verified_deal_fee

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        new_deal_bytes_regular_last_week = src_dict["new_deal_bytes_regular_last_week"]

        new_deal_bytes_verified_last_week = src_dict[
            "new_deal_bytes_verified_last_week"
        ]

        max_regular_deal_price_last_week = src_dict["max_regular_deal_price_last_week"]

        max_verified_deal_price_last_week = src_dict[
            "max_verified_deal_price_last_week"
        ]

        min_regular_deal_price_last_week = src_dict["min_regular_deal_price_last_week"]

        min_verified_deal_price_last_week = src_dict[
            "min_verified_deal_price_last_week"
        ]

        total_regular_deal_count = src_dict["total_regular_deal_count"]

        total_verified_deal_count = src_dict["total_verified_deal_count"]

        total_regular_deal_bytes = src_dict["total_regular_deal_bytes"]

        total_verified_deal_bytes = src_dict["total_verified_deal_bytes"]

        avg_regular_deal_bytes = src_dict["avg_regular_deal_bytes"]

        avg_verified_deal_bytes = src_dict["avg_verified_deal_bytes"]

        total_regular_deal_duration = src_dict["total_regular_deal_duration"]

        total_verified_deal_duration = src_dict["total_verified_deal_duration"]

        avg_regular_deal_duration_days = src_dict["avg_regular_deal_duration_days"]

        avg_verified_deal_duration_days = src_dict["avg_verified_deal_duration_days"]

        total_regular_deal_provider_collateral = src_dict[
            "total_regular_deal_provider_collateral"
        ]

        total_verified_deal_provider_collateral = src_dict[
            "total_verified_deal_provider_collateral"
        ]

        avg_regular_deal_provider_collateral = src_dict[
            "avg_regular_deal_provider_collateral"
        ]

        avg_verified_deal_provider_collateral = src_dict[
            "avg_verified_deal_provider_collateral"
        ]

        median_regular_deal_price = src_dict["median_regular_deal_price"]

        median_verified_deal_price = src_dict["median_verified_deal_price"]

        percent_regular_deal_free = src_dict.get("percent_regular_deal_free", UNSET)

        percent_verified_deal_free = src_dict.get("percent_verified_deal_free", UNSET)

        percent_regular_deal_fee = src_dict.get("percent_regular_deal_fee", UNSET)

        percent_verified_deal_fee = src_dict.get("percent_verified_deal_fee", UNSET)

        if len(src_dict) == 23 + (percent_regular_deal_free is not UNSET) + (
            percent_verified_deal_free is not UNSET
        ) + (percent_regular_deal_fee is not UNSET) + (
            percent_verified_deal_fee is not UNSET
        ):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "new_deal_bytes_regular_last_week",
                    "new_deal_bytes_verified_last_week",
                    "max_regular_deal_price_last_week",
                    "max_verified_deal_price_last_week",
                    "min_regular_deal_price_last_week",
                    "min_verified_deal_price_last_week",
                    "total_regular_deal_count",
                    "total_verified_deal_count",
                    "total_regular_deal_bytes",
                    "total_verified_deal_bytes",
                    "avg_regular_deal_bytes",
                    "avg_verified_deal_bytes",
                    "total_regular_deal_duration",
                    "total_verified_deal_duration",
                    "avg_regular_deal_duration_days",
                    "avg_verified_deal_duration_days",
                    "total_regular_deal_provider_collateral",
                    "total_verified_deal_provider_collateral",
                    "avg_regular_deal_provider_collateral",
                    "avg_verified_deal_provider_collateral",
                    "median_regular_deal_price",
                    "median_verified_deal_price",
                    "percent_regular_deal_free",
                    "percent_verified_deal_free",
                    "percent_regular_deal_fee",
                    "percent_verified_deal_fee",
                }
            }
        deal_summary_statistics_daily = cls.__new__(cls)
        deal_summary_statistics_daily.stat_date = stat_date
        deal_summary_statistics_daily.new_deal_bytes_regular_last_week = (
            new_deal_bytes_regular_last_week
        )
        deal_summary_statistics_daily.new_deal_bytes_verified_last_week = (
            new_deal_bytes_verified_last_week
        )
        deal_summary_statistics_daily.max_regular_deal_price_last_week = (
            max_regular_deal_price_last_week
        )
        deal_summary_statistics_daily.max_verified_deal_price_last_week = (
            max_verified_deal_price_last_week
        )
        deal_summary_statistics_daily.min_regular_deal_price_last_week = (
            min_regular_deal_price_last_week
        )
        deal_summary_statistics_daily.min_verified_deal_price_last_week = (
            min_verified_deal_price_last_week
        )
        deal_summary_statistics_daily.total_regular_deal_count = (
            total_regular_deal_count
        )
        deal_summary_statistics_daily.total_verified_deal_count = (
            total_verified_deal_count
        )
        deal_summary_statistics_daily.total_regular_deal_bytes = (
            total_regular_deal_bytes
        )
        deal_summary_statistics_daily.total_verified_deal_bytes = (
            total_verified_deal_bytes
        )
        deal_summary_statistics_daily.avg_regular_deal_bytes = avg_regular_deal_bytes
        deal_summary_statistics_daily.avg_verified_deal_bytes = avg_verified_deal_bytes
        deal_summary_statistics_daily.total_regular_deal_duration = (
            total_regular_deal_duration
        )
        deal_summary_statistics_daily.total_verified_deal_duration = (
            total_verified_deal_duration
        )
        deal_summary_statistics_daily.avg_regular_deal_duration_days = (
            avg_regular_deal_duration_days
        )
        deal_summary_statistics_daily.avg_verified_deal_duration_days = (
            avg_verified_deal_duration_days
        )
        deal_summary_statistics_daily.total_regular_deal_provider_collateral = (
            total_regular_deal_provider_collateral
        )
        deal_summary_statistics_daily.total_verified_deal_provider_collateral = (
            total_verified_deal_provider_collateral
        )
        deal_summary_statistics_daily.avg_regular_deal_provider_collateral = (
            avg_regular_deal_provider_collateral
        )
        deal_summary_statistics_daily.avg_verified_deal_provider_collateral = (
            avg_verified_deal_provider_collateral
        )
        deal_summary_statistics_daily.median_regular_deal_price = (
            median_regular_deal_price
        )
        deal_summary_statistics_daily.median_verified_deal_price = (
            median_verified_deal_price
        )
        deal_summary_statistics_daily.percent_regular_deal_free = (
            percent_regular_deal_free
        )
        deal_summary_statistics_daily.percent_verified_deal_free = (
            percent_verified_deal_free
        )
        deal_summary_statistics_daily.percent_regular_deal_fee = (
            percent_regular_deal_fee
        )
        deal_summary_statistics_daily.percent_verified_deal_fee = (
            percent_verified_deal_fee
        )

        deal_summary_statistics_daily.additional_properties = d

        return deal_summary_statistics_daily

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            new_deal_bytes_regular_last_week = src_dict[
                "new_deal_bytes_regular_last_week"
            ]

            new_deal_bytes_verified_last_week = src_dict[
                "new_deal_bytes_verified_last_week"
            ]

            max_regular_deal_price_last_week = src_dict[
                "max_regular_deal_price_last_week"
            ]

            max_verified_deal_price_last_week = src_dict[
                "max_verified_deal_price_last_week"
            ]

            min_regular_deal_price_last_week = src_dict[
                "min_regular_deal_price_last_week"
            ]

            min_verified_deal_price_last_week = src_dict[
                "min_verified_deal_price_last_week"
            ]

            total_regular_deal_count = src_dict["total_regular_deal_count"]

            total_verified_deal_count = src_dict["total_verified_deal_count"]

            total_regular_deal_bytes = src_dict["total_regular_deal_bytes"]

            total_verified_deal_bytes = src_dict["total_verified_deal_bytes"]

            avg_regular_deal_bytes = src_dict["avg_regular_deal_bytes"]

            avg_verified_deal_bytes = src_dict["avg_verified_deal_bytes"]

            total_regular_deal_duration = src_dict["total_regular_deal_duration"]

            total_verified_deal_duration = src_dict["total_verified_deal_duration"]

            avg_regular_deal_duration_days = src_dict["avg_regular_deal_duration_days"]

            avg_verified_deal_duration_days = src_dict[
                "avg_verified_deal_duration_days"
            ]

            total_regular_deal_provider_collateral = src_dict[
                "total_regular_deal_provider_collateral"
            ]

            total_verified_deal_provider_collateral = src_dict[
                "total_verified_deal_provider_collateral"
            ]

            avg_regular_deal_provider_collateral = src_dict[
                "avg_regular_deal_provider_collateral"
            ]

            avg_verified_deal_provider_collateral = src_dict[
                "avg_verified_deal_provider_collateral"
            ]

            median_regular_deal_price = src_dict["median_regular_deal_price"]

            median_verified_deal_price = src_dict["median_verified_deal_price"]

            percent_regular_deal_free = src_dict.get("percent_regular_deal_free", UNSET)

            percent_verified_deal_free = src_dict.get(
                "percent_verified_deal_free", UNSET
            )

            percent_regular_deal_fee = src_dict.get("percent_regular_deal_fee", UNSET)

            percent_verified_deal_fee = src_dict.get("percent_verified_deal_fee", UNSET)

            if len(src_dict) == 23 + (percent_regular_deal_free is not UNSET) + (
                percent_verified_deal_free is not UNSET
            ) + (percent_regular_deal_fee is not UNSET) + (
                percent_verified_deal_fee is not UNSET
            ):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "new_deal_bytes_regular_last_week",
                        "new_deal_bytes_verified_last_week",
                        "max_regular_deal_price_last_week",
                        "max_verified_deal_price_last_week",
                        "min_regular_deal_price_last_week",
                        "min_verified_deal_price_last_week",
                        "total_regular_deal_count",
                        "total_verified_deal_count",
                        "total_regular_deal_bytes",
                        "total_verified_deal_bytes",
                        "avg_regular_deal_bytes",
                        "avg_verified_deal_bytes",
                        "total_regular_deal_duration",
                        "total_verified_deal_duration",
                        "avg_regular_deal_duration_days",
                        "avg_verified_deal_duration_days",
                        "total_regular_deal_provider_collateral",
                        "total_verified_deal_provider_collateral",
                        "avg_regular_deal_provider_collateral",
                        "avg_verified_deal_provider_collateral",
                        "median_regular_deal_price",
                        "median_verified_deal_price",
                        "percent_regular_deal_free",
                        "percent_verified_deal_free",
                        "percent_regular_deal_fee",
                        "percent_verified_deal_fee",
                    }
                }
            deal_summary_statistics_daily = cls.__new__(cls)
            deal_summary_statistics_daily.stat_date = stat_date
            deal_summary_statistics_daily.new_deal_bytes_regular_last_week = (
                new_deal_bytes_regular_last_week
            )
            deal_summary_statistics_daily.new_deal_bytes_verified_last_week = (
                new_deal_bytes_verified_last_week
            )
            deal_summary_statistics_daily.max_regular_deal_price_last_week = (
                max_regular_deal_price_last_week
            )
            deal_summary_statistics_daily.max_verified_deal_price_last_week = (
                max_verified_deal_price_last_week
            )
            deal_summary_statistics_daily.min_regular_deal_price_last_week = (
                min_regular_deal_price_last_week
            )
            deal_summary_statistics_daily.min_verified_deal_price_last_week = (
                min_verified_deal_price_last_week
            )
            deal_summary_statistics_daily.total_regular_deal_count = (
                total_regular_deal_count
            )
            deal_summary_statistics_daily.total_verified_deal_count = (
                total_verified_deal_count
            )
            deal_summary_statistics_daily.total_regular_deal_bytes = (
                total_regular_deal_bytes
            )
            deal_summary_statistics_daily.total_verified_deal_bytes = (
                total_verified_deal_bytes
            )
            deal_summary_statistics_daily.avg_regular_deal_bytes = (
                avg_regular_deal_bytes
            )
            deal_summary_statistics_daily.avg_verified_deal_bytes = (
                avg_verified_deal_bytes
            )
            deal_summary_statistics_daily.total_regular_deal_duration = (
                total_regular_deal_duration
            )
            deal_summary_statistics_daily.total_verified_deal_duration = (
                total_verified_deal_duration
            )
            deal_summary_statistics_daily.avg_regular_deal_duration_days = (
                avg_regular_deal_duration_days
            )
            deal_summary_statistics_daily.avg_verified_deal_duration_days = (
                avg_verified_deal_duration_days
            )
            deal_summary_statistics_daily.total_regular_deal_provider_collateral = (
                total_regular_deal_provider_collateral
            )
            deal_summary_statistics_daily.total_verified_deal_provider_collateral = (
                total_verified_deal_provider_collateral
            )
            deal_summary_statistics_daily.avg_regular_deal_provider_collateral = (
                avg_regular_deal_provider_collateral
            )
            deal_summary_statistics_daily.avg_verified_deal_provider_collateral = (
                avg_verified_deal_provider_collateral
            )
            deal_summary_statistics_daily.median_regular_deal_price = (
                median_regular_deal_price
            )
            deal_summary_statistics_daily.median_verified_deal_price = (
                median_verified_deal_price
            )
            deal_summary_statistics_daily.percent_regular_deal_free = (
                percent_regular_deal_free
            )
            deal_summary_statistics_daily.percent_verified_deal_free = (
                percent_verified_deal_free
            )
            deal_summary_statistics_daily.percent_regular_deal_fee = (
                percent_regular_deal_fee
            )
            deal_summary_statistics_daily.percent_verified_deal_fee = (
                percent_verified_deal_fee
            )

            deal_summary_statistics_daily.additional_properties = d

            _append(deal_summary_statistics_daily)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        (
            "new_deal_bytes_regular_last_week",
            "new_deal_bytes_regular_last_week",
            "int",
            True,
        ),
        (
            "new_deal_bytes_verified_last_week",
            "new_deal_bytes_verified_last_week",
            "int",
            True,
        ),
        (
            "max_regular_deal_price_last_week",
            "max_regular_deal_price_last_week",
            "float",
            True,
        ),
        (
            "max_verified_deal_price_last_week",
            "max_verified_deal_price_last_week",
            "float",
            True,
        ),
        (
            "min_regular_deal_price_last_week",
            "min_regular_deal_price_last_week",
            "float",
            True,
        ),
        (
            "min_verified_deal_price_last_week",
            "min_verified_deal_price_last_week",
            "float",
            True,
        ),
        ("total_regular_deal_count", "total_regular_deal_count", "int", True),
        ("total_verified_deal_count", "total_verified_deal_count", "int", True),
        ("total_regular_deal_bytes", "total_regular_deal_bytes", "int", True),
        ("total_verified_deal_bytes", "total_verified_deal_bytes", "int", True),
        ("avg_regular_deal_bytes", "avg_regular_deal_bytes", "float", True),
        ("avg_verified_deal_bytes", "avg_verified_deal_bytes", "float", True),
        ("total_regular_deal_duration", "total_regular_deal_duration", "int", True),
        ("total_verified_deal_duration", "total_verified_deal_duration", "int", True),
        (
            "avg_regular_deal_duration_days",
            "avg_regular_deal_duration_days",
            "float",
            True,
        ),
        (
            "avg_verified_deal_duration_days",
            "avg_verified_deal_duration_days",
            "float",
            True,
        ),
        (
            "total_regular_deal_provider_collateral",
            "total_regular_deal_provider_collateral",
            "float",
            True,
        ),
        (
            "total_verified_deal_provider_collateral",
            "total_verified_deal_provider_collateral",
            "float",
            True,
        ),
        (
            "avg_regular_deal_provider_collateral",
            "avg_regular_deal_provider_collateral",
            "float",
            True,
        ),
        (
            "avg_verified_deal_provider_collateral",
            "avg_verified_deal_provider_collateral",
            "float",
            True,
        ),
        ("median_regular_deal_price", "median_regular_deal_price", "float", True),
        ("median_verified_deal_price", "median_verified_deal_price", "float", True),
        ("percent_regular_deal_free", "percent_regular_deal_free", "float", False),
        ("percent_verified_deal_free", "percent_verified_deal_free", "float", False),
        ("percent_regular_deal_fee", "percent_regular_deal_fee", "float", False),
        ("percent_verified_deal_fee", "percent_verified_deal_fee", "float", False),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            new_deal_bytes_regular_last_week = _row.new_deal_bytes_regular_last_week
            new_deal_bytes_verified_last_week = _row.new_deal_bytes_verified_last_week
            max_regular_deal_price_last_week = _row.max_regular_deal_price_last_week
            max_verified_deal_price_last_week = _row.max_verified_deal_price_last_week
            min_regular_deal_price_last_week = _row.min_regular_deal_price_last_week
            min_verified_deal_price_last_week = _row.min_verified_deal_price_last_week
            total_regular_deal_count = _row.total_regular_deal_count
            total_verified_deal_count = _row.total_verified_deal_count
            total_regular_deal_bytes = _row.total_regular_deal_bytes
            total_verified_deal_bytes = _row.total_verified_deal_bytes
            avg_regular_deal_bytes = _row.avg_regular_deal_bytes
            avg_verified_deal_bytes = _row.avg_verified_deal_bytes
            total_regular_deal_duration = _row.total_regular_deal_duration
            total_verified_deal_duration = _row.total_verified_deal_duration
            avg_regular_deal_duration_days = _row.avg_regular_deal_duration_days
            avg_verified_deal_duration_days = _row.avg_verified_deal_duration_days
            total_regular_deal_provider_collateral = (
                _row.total_regular_deal_provider_collateral
            )
            total_verified_deal_provider_collateral = (
                _row.total_verified_deal_provider_collateral
            )
            avg_regular_deal_provider_collateral = (
                _row.avg_regular_deal_provider_collateral
            )
            avg_verified_deal_provider_collateral = (
                _row.avg_verified_deal_provider_collateral
            )
            median_regular_deal_price = _row.median_regular_deal_price
            median_verified_deal_price = _row.median_verified_deal_price
            percent_regular_deal_free = _row.percent_regular_deal_free
            percent_verified_deal_free = _row.percent_verified_deal_free
            percent_regular_deal_fee = _row.percent_regular_deal_fee
            percent_verified_deal_fee = _row.percent_verified_deal_fee
            deal_summary_statistics_daily = cls.__new__(cls)
            deal_summary_statistics_daily.stat_date = stat_date
            deal_summary_statistics_daily.new_deal_bytes_regular_last_week = (
                new_deal_bytes_regular_last_week
            )
            deal_summary_statistics_daily.new_deal_bytes_verified_last_week = (
                new_deal_bytes_verified_last_week
            )
            deal_summary_statistics_daily.max_regular_deal_price_last_week = (
                max_regular_deal_price_last_week
            )
            deal_summary_statistics_daily.max_verified_deal_price_last_week = (
                max_verified_deal_price_last_week
            )
            deal_summary_statistics_daily.min_regular_deal_price_last_week = (
                min_regular_deal_price_last_week
            )
            deal_summary_statistics_daily.min_verified_deal_price_last_week = (
                min_verified_deal_price_last_week
            )
            deal_summary_statistics_daily.total_regular_deal_count = (
                total_regular_deal_count
            )
            deal_summary_statistics_daily.total_verified_deal_count = (
                total_verified_deal_count
            )
            deal_summary_statistics_daily.total_regular_deal_bytes = (
                total_regular_deal_bytes
            )
            deal_summary_statistics_daily.total_verified_deal_bytes = (
                total_verified_deal_bytes
            )
            deal_summary_statistics_daily.avg_regular_deal_bytes = (
                avg_regular_deal_bytes
            )
            deal_summary_statistics_daily.avg_verified_deal_bytes = (
                avg_verified_deal_bytes
            )
            deal_summary_statistics_daily.total_regular_deal_duration = (
                total_regular_deal_duration
            )
            deal_summary_statistics_daily.total_verified_deal_duration = (
                total_verified_deal_duration
            )
            deal_summary_statistics_daily.avg_regular_deal_duration_days = (
                avg_regular_deal_duration_days
            )
            deal_summary_statistics_daily.avg_verified_deal_duration_days = (
                avg_verified_deal_duration_days
            )
            deal_summary_statistics_daily.total_regular_deal_provider_collateral = (
                total_regular_deal_provider_collateral
            )
            deal_summary_statistics_daily.total_verified_deal_provider_collateral = (
                total_verified_deal_provider_collateral
            )
            deal_summary_statistics_daily.avg_regular_deal_provider_collateral = (
                avg_regular_deal_provider_collateral
            )
            deal_summary_statistics_daily.avg_verified_deal_provider_collateral = (
                avg_verified_deal_provider_collateral
            )
            deal_summary_statistics_daily.median_regular_deal_price = (
                median_regular_deal_price
            )
            deal_summary_statistics_daily.median_verified_deal_price = (
                median_verified_deal_price
            )
            deal_summary_statistics_daily.percent_regular_deal_free = (
                percent_regular_deal_free
            )
            deal_summary_statistics_daily.percent_verified_deal_free = (
                percent_verified_deal_free
            )
            deal_summary_statistics_daily.percent_regular_deal_fee = (
                percent_regular_deal_fee
            )
            deal_summary_statistics_daily.percent_verified_deal_fee = (
                percent_verified_deal_fee
            )
            deal_summary_statistics_daily.additional_properties = {}
            _append(deal_summary_statistics_daily)
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

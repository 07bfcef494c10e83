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

T = TypeVar("T", bound="SectorEconomics")


@_attrs_define
class SectorEconomics:
    """One row of `/v2/economics/sector_economics`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        sector_rewards_360d_32gib (float): Projected rewards awarded to a 32GiB sector over 360 days. Unit: FIL.
        sector_precommit_fee_32gib (float): PreCommitSector gas fees per 32 GiB sector (one-time cost). Unit: FIL.
        sector_provecommit_fee_32gib (float): ProveCommitSector gas fees per 32 GiB sector (one-time cost). Unit: FIL.
        sector_precommit_agg_fee_32gib (float): PreCommitSectorBatch gas fees per 32 GiB sector (one-time cost for a
            single sector). Unit: FIL.
        sector_provecommit_agg_fee_32gib (float): ProveCommitAggregate gas fees per 32 GiB sector (one-time cost for a
            single sector). Unit: FIL.
        sector_windowedpost_fee_360d_32gib (float): Refers to SubmitWindowedPoSt fees per message of 32 GiB sectors.
            Unit: FIL.
        sector_profit_360d_32gib (float): Refers to the projected 360 days reward of a 32 GiB sector, less the sum of
            projected PreCommit fees, projected ProveCommit fees, and the projected 360 days SubmitWindowedPoSt fee of the
            same sector. Unit: FIL.
        sector_profit_agg_360d_32gib (float): Refers to the projected 360 days reward of a 32 GiB sector, less the sum
            of projected PreCommitSectorBatch fees, projected ProveCommitAggregate fees, and the projected 360 days
            SubmitWindowedPoSt fee of the same sector. Unit: FIL.
        sector_initial_pledge_32gib (float): Refers to the sum of Initial Storage Pledge of a 32GiB sector (20 days
            equivalent of projected rewards) and Initial Consensus Pledge. Unit: FIL.
        reward_over_pledge_32gib (float): Refers to the projected 360 days reward of a 32 GiB sector divided by the
            initial pledge of the same sector. A ratio (dimensionless).
        profit_over_pledge_32gib (float): Refers to the projected 360 days profit of a 32 GiB sector divided by the
            initial pledge of the same sector. A ratio (dimensionless).
        profit_over_pledge_agg_32gib (float): Refers to the projected 360 days reward of an aggregated 32 GiB sector
            divided by the initial pledge of the same sector. A ratio (dimensionless).
        sector_rewards_360d_64gib (float): Projected rewards awarded to a 64GiB sector over 360 days. Unit: FIL.
        sector_precommit_fee_64gib (float): PreCommitSector gas fees per 64 GiB sector (one-time cost). Unit: FIL.
        sector_provecommit_fee_64gib (float): ProveCommitSector gas fees per 64 GiB sector (one-time cost). Unit: FIL.
        sector_precommit_agg_fee_64gib (float): PreCommitSectorBatch gas fees per 64 GiB sector (one-time cost for a
            single sector). Unit: FIL.
        sector_provecommit_agg_fee_64gib (float): ProveCommitAggregate gas fees per 64 GiB sector (one-time cost for a
            single sector). Unit: FIL.
        sector_windowedpost_fee_360d_64gib (float): Refers to SubmitWindowedPoSt fees per message of 64 GiB sectors.
            Unit: FIL.
        sector_profit_360d_64gib (float): Refers to the projected 360 days reward of a 64 GiB sector, less the sum of
            projected PreCommit fees, projected ProveCommit fees, and the projected 360 days SubmitWindowedPoSt fee of the
            same sector. Unit: FIL.
        sector_profit_agg_360d_64gib (float): Refers to the projected 360 days reward of a 64 GiB sector, less the sum
            of projected PreCommitSectorBatch fees, projected ProveCommitAggregate fees, and the projected 360 days
            SubmitWindowedPoSt fee of the same sector. Unit: FIL.
        sector_initial_pledge_64gib (float): Refers to the sum of Initial Storage Pledge of a 64GiB sector (20 days
            equivalent of projected rewards) and Initial Consensus Pledge. Unit: FIL.
        reward_over_pledge_64gib (float): Refers to the projected 360 days reward of a 64 GiB sector divided by the
            initial pledge of the same sector. A ratio (dimensionless).
        profit_over_pledge_64gib (float): Refers to the projected 360 days profit of a 64 GiB sector divided by the
            initial pledge of the same sector. A ratio (dimensionless).
        profit_over_pledge_agg_64gib (float): Refers to the projected 360 days reward of an aggregated 64 GiB sector
            divided by the initial pledge of the same sector. A ratio (dimensionless).
    """

    stat_date: datetime.datetime
    sector_rewards_360d_32gib: float
    sector_precommit_fee_32gib: float
    sector_provecommit_fee_32gib: float
    sector_precommit_agg_fee_32gib: float
    sector_provecommit_agg_fee_32gib: float
    sector_windowedpost_fee_360d_32gib: float
    sector_profit_360d_32gib: float
    sector_profit_agg_360d_32gib: float
    sector_initial_pledge_32gib: float
    reward_over_pledge_32gib: float
    profit_over_pledge_32gib: float
    profit_over_pledge_agg_32gib: float
    sector_rewards_360d_64gib: float
    sector_precommit_fee_64gib: float
    sector_provecommit_fee_64gib: float
    sector_precommit_agg_fee_64gib: float
    sector_provecommit_agg_fee_64gib: float
    sector_windowedpost_fee_360d_64gib: float
    sector_profit_360d_64gib: float
    sector_profit_agg_360d_64gib: float
    sector_initial_pledge_64gib: float
    reward_over_pledge_64gib: float
    profit_over_pledge_64gib: float
    profit_over_pledge_agg_64gib: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        sector_rewards_360d_32gib = self.sector_rewards_360d_32gib

        sector_precommit_fee_32gib = self.sector_precommit_fee_32gib

        sector_provecommit_fee_32gib = self.sector_provecommit_fee_32gib

        sector_precommit_agg_fee_32gib = self.sector_precommit_agg_fee_32gib

        sector_provecommit_agg_fee_32gib = self.sector_provecommit_agg_fee_32gib

        sector_windowedpost_fee_360d_32gib = self.sector_windowedpost_fee_360d_32gib

        sector_profit_360d_32gib = self.sector_profit_360d_32gib

        sector_profit_agg_360d_32gib = self.sector_profit_agg_360d_32gib

        sector_initial_pledge_32gib = self.sector_initial_pledge_32gib

        reward_over_pledge_32gib = self.reward_over_pledge_32gib

        profit_over_pledge_32gib = self.profit_over_pledge_32gib

        profit_over_pledge_agg_32gib = self.profit_over_pledge_agg_32gib

        sector_rewards_360d_64gib = self.sector_rewards_360d_64gib

        sector_precommit_fee_64gib = self.sector_precommit_fee_64gib

        sector_provecommit_fee_64gib = self.sector_provecommit_fee_64gib

        sector_precommit_agg_fee_64gib = self.sector_precommit_agg_fee_64gib

        sector_provecommit_agg_fee_64gib = self.sector_provecommit_agg_fee_64gib

        sector_windowedpost_fee_360d_64gib = self.sector_windowedpost_fee_360d_64gib

        sector_profit_360d_64gib = self.sector_profit_360d_64gib

        sector_profit_agg_360d_64gib = self.sector_profit_agg_360d_64gib

        sector_initial_pledge_64gib = self.sector_initial_pledge_64gib

        reward_over_pledge_64gib = self.reward_over_pledge_64gib

        profit_over_pledge_64gib = self.profit_over_pledge_64gib

        profit_over_pledge_agg_64gib = self.profit_over_pledge_agg_64gib

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "sector_rewards_360d_32gib": sector_rewards_360d_32gib,
                "sector_precommit_fee_32gib": sector_precommit_fee_32gib,
                "sector_provecommit_fee_32gib": sector_provecommit_fee_32gib,
                "sector_precommit_agg_fee_32gib": sector_precommit_agg_fee_32gib,
                "sector_provecommit_agg_fee_32gib": sector_provecommit_agg_fee_32gib,
                "sector_windowedpost_fee_360d_32gib": sector_windowedpost_fee_360d_32gib,
                "sector_profit_360d_32gib": sector_profit_360d_32gib,
                "sector_profit_agg_360d_32gib": sector_profit_agg_360d_32gib,
                "sector_initial_pledge_32gib": sector_initial_pledge_32gib,
                "reward_over_pledge_32gib": reward_over_pledge_32gib,
                "profit_over_pledge_32gib": profit_over_pledge_32gib,
                "profit_over_pledge_agg_32gib": profit_over_pledge_agg_32gib,
                "sector_rewards_360d_64gib": sector_rewards_360d_64gib,
                "sector_precommit_fee_64gib": sector_precommit_fee_64gib,
                "sector_provecommit_fee_64gib": sector_provecommit_fee_64gib,
                "sector_precommit_agg_fee_64gib": sector_precommit_agg_fee_64gib,
                "sector_provecommit_agg_fee_64gib": sector_provecommit_agg_fee_64gib,
                "sector_windowedpost_fee_360d_64gib": sector_windowedpost_fee_360d_64gib,
                "sector_profit_360d_64gib": sector_profit_360d_64gib,
                "sector_profit_agg_360d_64gib": sector_profit_agg_360d_64gib,
                "sector_initial_pledge_64gib": sector_initial_pledge_64gib,
                "reward_over_pledge_64gib": reward_over_pledge_64gib,
                "profit_over_pledge_64gib": profit_over_pledge_64gib,
                "profit_over_pledge_agg_64gib": profit_over_pledge_agg_64gib,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        sector_rewards_360d_32gib = src_dict["sector_rewards_360d_32gib"]

        sector_precommit_fee_32gib = src_dict["sector_precommit_fee_32gib"]

        sector_provecommit_fee_32gib = src_dict["sector_provecommit_fee_32gib"]

        sector_precommit_agg_fee_32gib = src_dict["sector_precommit_agg_fee_32gib"]

        sector_provecommit_agg_fee_32gib = src_dict["sector_provecommit_agg_fee_32gib"]

        sector_windowedpost_fee_360d_32gib = src_dict[
            "sector_windowedpost_fee_360d_32gib"
        ]

        sector_profit_360d_32gib = src_dict["sector_profit_360d_32gib"]

        sector_profit_agg_360d_32gib = src_dict["sector_profit_agg_360d_32gib"]

        sector_initial_pledge_32gib = src_dict["sector_initial_pledge_32gib"]

        reward_over_pledge_32gib = src_dict["reward_over_pledge_32gib"]

        profit_over_pledge_32gib = src_dict["profit_over_pledge_32gib"]

        profit_over_pledge_agg_32gib = src_dict["profit_over_pledge_agg_32gib"]

        sector_rewards_360d_64gib = src_dict["sector_rewards_360d_64gib"]

        sector_precommit_fee_64gib = src_dict["sector_precommit_fee_64gib"]

        sector_provecommit_fee_64gib = src_dict["sector_provecommit_fee_64gib"]

        sector_precommit_agg_fee_64gib = src_dict["sector_precommit_agg_fee_64gib"]

        sector_provecommit_agg_fee_64gib = src_dict["sector_provecommit_agg_fee_64gib"]

        sector_windowedpost_fee_360d_64gib = src_dict[
            "sector_windowedpost_fee_360d_64gib"
        ]

        sector_profit_360d_64gib = src_dict["sector_profit_360d_64gib"]

        sector_profit_agg_360d_64gib = src_dict["sector_profit_agg_360d_64gib"]

        sector_initial_pledge_64gib = src_dict["sector_initial_pledge_64gib"]

        reward_over_pledge_64gib = src_dict["reward_over_pledge_64gib"]

        profit_over_pledge_64gib = src_dict["profit_over_pledge_64gib"]

        profit_over_pledge_agg_64gib = src_dict["profit_over_pledge_agg_64gib"]

        if len(src_dict) == 25:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "sector_rewards_360d_32gib",
                    "sector_precommit_fee_32gib",
                    "sector_provecommit_fee_32gib",
                    "sector_precommit_agg_fee_32gib",
                    "sector_provecommit_agg_fee_32gib",
                    "sector_windowedpost_fee_360d_32gib",
                    "sector_profit_360d_32gib",
                    "sector_profit_agg_360d_32gib",
                    "sector_initial_pledge_32gib",
                    "reward_over_pledge_32gib",
                    "profit_over_pledge_32gib",
                    "profit_over_pledge_agg_32gib",
                    "sector_rewards_360d_64gib",
                    "sector_precommit_fee_64gib",
                    "sector_provecommit_fee_64gib",
                    "sector_precommit_agg_fee_64gib",
                    "sector_provecommit_agg_fee_64gib",
                    "sector_windowedpost_fee_360d_64gib",
                    "sector_profit_360d_64gib",
                    "sector_profit_agg_360d_64gib",
                    "sector_initial_pledge_64gib",
                    "reward_over_pledge_64gib",
                    "profit_over_pledge_64gib",
                    "profit_over_pledge_agg_64gib",
                }
            }
        sector_economics = cls.__new__(cls)
        sector_economics.stat_date = stat_date
        sector_economics.sector_rewards_360d_32gib = sector_rewards_360d_32gib
        sector_economics.sector_precommit_fee_32gib = sector_precommit_fee_32gib
        sector_economics.sector_provecommit_fee_32gib = sector_provecommit_fee_32gib
        sector_economics.sector_precommit_agg_fee_32gib = sector_precommit_agg_fee_32gib
        sector_economics.sector_provecommit_agg_fee_32gib = (
            sector_provecommit_agg_fee_32gib
        )
        sector_economics.sector_windowedpost_fee_360d_32gib = (
            sector_windowedpost_fee_360d_32gib
        )
        sector_economics.sector_profit_360d_32gib = sector_profit_360d_32gib
        sector_economics.sector_profit_agg_360d_32gib = sector_profit_agg_360d_32gib
        sector_economics.sector_initial_pledge_32gib = sector_initial_pledge_32gib
        sector_economics.reward_over_pledge_32gib = reward_over_pledge_32gib
        sector_economics.profit_over_pledge_32gib = profit_over_pledge_32gib
        sector_economics.profit_over_pledge_agg_32gib = profit_over_pledge_agg_32gib
        sector_economics.sector_rewards_360d_64gib = sector_rewards_360d_64gib
        sector_economics.sector_precommit_fee_64gib = sector_precommit_fee_64gib
        sector_economics.sector_provecommit_fee_64gib = sector_provecommit_fee_64gib
        sector_economics.sector_precommit_agg_fee_64gib = sector_precommit_agg_fee_64gib
        sector_economics.sector_provecommit_agg_fee_64gib = (
            sector_provecommit_agg_fee_64gib
        )
        sector_economics.sector_windowedpost_fee_360d_64gib = (
            sector_windowedpost_fee_360d_64gib
        )
        sector_economics.sector_profit_360d_64gib = sector_profit_360d_64gib
        sector_economics.sector_profit_agg_360d_64gib = sector_profit_agg_360d_64gib
        sector_economics.sector_initial_pledge_64gib = sector_initial_pledge_64gib
        sector_economics.reward_over_pledge_64gib = reward_over_pledge_64gib
        sector_economics.profit_over_pledge_64gib = profit_over_pledge_64gib
        sector_economics.profit_over_pledge_agg_64gib = profit_over_pledge_agg_64gib

        sector_economics.additional_properties = d

        return sector_economics

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            sector_rewards_360d_32gib = src_dict["sector_rewards_360d_32gib"]

            sector_precommit_fee_32gib = src_dict["sector_precommit_fee_32gib"]

            sector_provecommit_fee_32gib = src_dict["sector_provecommit_fee_32gib"]

            sector_precommit_agg_fee_32gib = src_dict["sector_precommit_agg_fee_32gib"]

            sector_provecommit_agg_fee_32gib = src_dict[
                "sector_provecommit_agg_fee_32gib"
            ]

            sector_windowedpost_fee_360d_32gib = src_dict[
                "sector_windowedpost_fee_360d_32gib"
            ]

            sector_profit_360d_32gib = src_dict["sector_profit_360d_32gib"]

            sector_profit_agg_360d_32gib = src_dict["sector_profit_agg_360d_32gib"]

            sector_initial_pledge_32gib = src_dict["sector_initial_pledge_32gib"]

            reward_over_pledge_32gib = src_dict["reward_over_pledge_32gib"]

            profit_over_pledge_32gib = src_dict["profit_over_pledge_32gib"]

            profit_over_pledge_agg_32gib = src_dict["profit_over_pledge_agg_32gib"]

            sector_rewards_360d_64gib = src_dict["sector_rewards_360d_64gib"]

            sector_precommit_fee_64gib = src_dict["sector_precommit_fee_64gib"]

            sector_provecommit_fee_64gib = src_dict["sector_provecommit_fee_64gib"]

            sector_precommit_agg_fee_64gib = src_dict["sector_precommit_agg_fee_64gib"]

            sector_provecommit_agg_fee_64gib = src_dict[
                "sector_provecommit_agg_fee_64gib"
            ]

            sector_windowedpost_fee_360d_64gib = src_dict[
                "sector_windowedpost_fee_360d_64gib"
            ]

            sector_profit_360d_64gib = src_dict["sector_profit_360d_64gib"]

            sector_profit_agg_360d_64gib = src_dict["sector_profit_agg_360d_64gib"]

            sector_initial_pledge_64gib = src_dict["sector_initial_pledge_64gib"]

            reward_over_pledge_64gib = src_dict["reward_over_pledge_64gib"]

            profit_over_pledge_64gib = src_dict["profit_over_pledge_64gib"]

            profit_over_pledge_agg_64gib = src_dict["profit_over_pledge_agg_64gib"]

            if len(src_dict) == 25:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "sector_rewards_360d_32gib",
                        "sector_precommit_fee_32gib",
                        "sector_provecommit_fee_32gib",
                        "sector_precommit_agg_fee_32gib",
                        "sector_provecommit_agg_fee_32gib",
                        "sector_windowedpost_fee_360d_32gib",
                        "sector_profit_360d_32gib",
                        "sector_profit_agg_360d_32gib",
                        "sector_initial_pledge_32gib",
                        "reward_over_pledge_32gib",
                        "profit_over_pledge_32gib",
                        "profit_over_pledge_agg_32gib",
                        "sector_rewards_360d_64gib",
                        "sector_precommit_fee_64gib",
                        "sector_provecommit_fee_64gib",
                        "sector_precommit_agg_fee_64gib",
                        "sector_provecommit_agg_fee_64gib",
                        "sector_windowedpost_fee_360d_64gib",
                        "sector_profit_360d_64gib",
                        "sector_profit_agg_360d_64gib",
                        "sector_initial_pledge_64gib",
                        "reward_over_pledge_64gib",
                        "profit_over_pledge_64gib",
                        "profit_over_pledge_agg_64gib",
                    }
                }
            sector_economics = cls.__new__(cls)
            sector_economics.stat_date = stat_date
            sector_economics.sector_rewards_360d_32gib = sector_rewards_360d_32gib
            sector_economics.sector_precommit_fee_32gib = sector_precommit_fee_32gib
            sector_economics.sector_provecommit_fee_32gib = sector_provecommit_fee_32gib
            sector_economics.sector_precommit_agg_fee_32gib = (
                sector_precommit_agg_fee_32gib
            )
            sector_economics.sector_provecommit_agg_fee_32gib = (
                sector_provecommit_agg_fee_32gib
            )
            sector_economics.sector_windowedpost_fee_360d_32gib = (
                sector_windowedpost_fee_360d_32gib
            )
            sector_economics.sector_profit_360d_32gib = sector_profit_360d_32gib
            sector_economics.sector_profit_agg_360d_32gib = sector_profit_agg_360d_32gib
            sector_economics.sector_initial_pledge_32gib = sector_initial_pledge_32gib
            sector_economics.reward_over_pledge_32gib = reward_over_pledge_32gib
            sector_economics.profit_over_pledge_32gib = profit_over_pledge_32gib
            sector_economics.profit_over_pledge_agg_32gib = profit_over_pledge_agg_32gib
            sector_economics.sector_rewards_360d_64gib = sector_rewards_360d_64gib
            sector_economics.sector_precommit_fee_64gib = sector_precommit_fee_64gib
            sector_economics.sector_provecommit_fee_64gib = sector_provecommit_fee_64gib
            sector_economics.sector_precommit_agg_fee_64gib = (
                sector_precommit_agg_fee_64gib
            )
            sector_economics.sector_provecommit_agg_fee_64gib = (
                sector_provecommit_agg_fee_64gib
            )
            sector_economics.sector_windowedpost_fee_360d_64gib = (
                sector_windowedpost_fee_360d_64gib
            )
            sector_economics.sector_profit_360d_64gib = sector_profit_360d_64gib
            sector_economics.sector_profit_agg_360d_64gib = sector_profit_agg_360d_64gib
            sector_economics.sector_initial_pledge_64gib = sector_initial_pledge_64gib
            sector_economics.reward_over_pledge_64gib = reward_over_pledge_64gib
            sector_economics.profit_over_pledge_64gib = profit_over_pledge_64gib
            sector_economics.profit_over_pledge_agg_64gib = profit_over_pledge_agg_64gib

            sector_economics.additional_properties = d

            _append(sector_economics)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("sector_rewards_360d_32gib", "sector_rewards_360d_32gib", "float", True),
        ("sector_precommit_fee_32gib", "sector_precommit_fee_32gib", "float", True),
        ("sector_provecommit_fee_32gib", "sector_provecommit_fee_32gib", "float", True),
        (
            "sector_precommit_agg_fee_32gib",
            "sector_precommit_agg_fee_32gib",
            "float",
            True,
        ),
        (
            "sector_provecommit_agg_fee_32gib",
            "sector_provecommit_agg_fee_32gib",
            "float",
            True,
        ),
        (
            "sector_windowedpost_fee_360d_32gib",
            "sector_windowedpost_fee_360d_32gib",
            "float",
            True,
        ),
        ("sector_profit_360d_32gib", "sector_profit_360d_32gib", "float", True),
        ("sector_profit_agg_360d_32gib", "sector_profit_agg_360d_32gib", "float", True),
        ("sector_initial_pledge_32gib", "sector_initial_pledge_32gib", "float", True),
        ("reward_over_pledge_32gib", "reward_over_pledge_32gib", "float", True),
        ("profit_over_pledge_32gib", "profit_over_pledge_32gib", "float", True),
        ("profit_over_pledge_agg_32gib", "profit_over_pledge_agg_32gib", "float", True),
        ("sector_rewards_360d_64gib", "sector_rewards_360d_64gib", "float", True),
        ("sector_precommit_fee_64gib", "sector_precommit_fee_64gib", "float", True),
        ("sector_provecommit_fee_64gib", "sector_provecommit_fee_64gib", "float", True),
        (
            "sector_precommit_agg_fee_64gib",
            "sector_precommit_agg_fee_64gib",
            "float",
            True,
        ),
        (
            "sector_provecommit_agg_fee_64gib",
            "sector_provecommit_agg_fee_64gib",
            "float",
            True,
        ),
        (
            "sector_windowedpost_fee_360d_64gib",
            "sector_windowedpost_fee_360d_64gib",
            "float",
            True,
        ),
        ("sector_profit_360d_64gib", "sector_profit_360d_64gib", "float", True),
        ("sector_profit_agg_360d_64gib", "sector_profit_agg_360d_64gib", "float", True),
        ("sector_initial_pledge_64gib", "sector_initial_pledge_64gib", "float", True),
        ("reward_over_pledge_64gib", "reward_over_pledge_64gib", "float", True),
        ("profit_over_pledge_64gib", "profit_over_pledge_64gib", "float", True),
        ("profit_over_pledge_agg_64gib", "profit_over_pledge_agg_64gib", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            sector_rewards_360d_32gib = _row.sector_rewards_360d_32gib
            sector_precommit_fee_32gib = _row.sector_precommit_fee_32gib
            sector_provecommit_fee_32gib = _row.sector_provecommit_fee_32gib
            sector_precommit_agg_fee_32gib = _row.sector_precommit_agg_fee_32gib
            sector_provecommit_agg_fee_32gib = _row.sector_provecommit_agg_fee_32gib
            sector_windowedpost_fee_360d_32gib = _row.sector_windowedpost_fee_360d_32gib
            sector_profit_360d_32gib = _row.sector_profit_360d_32gib
            sector_profit_agg_360d_32gib = _row.sector_profit_agg_360d_32gib
            sector_initial_pledge_32gib = _row.sector_initial_pledge_32gib
            reward_over_pledge_32gib = _row.reward_over_pledge_32gib
            profit_over_pledge_32gib = _row.profit_over_pledge_32gib
            profit_over_pledge_agg_32gib = _row.profit_over_pledge_agg_32gib
            sector_rewards_360d_64gib = _row.sector_rewards_360d_64gib
            sector_precommit_fee_64gib = _row.sector_precommit_fee_64gib
            sector_provecommit_fee_64gib = _row.sector_provecommit_fee_64gib
            sector_precommit_agg_fee_64gib = _row.sector_precommit_agg_fee_64gib
            sector_provecommit_agg_fee_64gib = _row.sector_provecommit_agg_fee_64gib
            sector_windowedpost_fee_360d_64gib = _row.sector_windowedpost_fee_360d_64gib
            sector_profit_360d_64gib = _row.sector_profit_360d_64gib
            sector_profit_agg_360d_64gib = _row.sector_profit_agg_360d_64gib
            sector_initial_pledge_64gib = _row.sector_initial_pledge_64gib
            reward_over_pledge_64gib = _row.reward_over_pledge_64gib
            profit_over_pledge_64gib = _row.profit_over_pledge_64gib
            profit_over_pledge_agg_64gib = _row.profit_over_pledge_agg_64gib
            sector_economics = cls.__new__(cls)
            sector_economics.stat_date = stat_date
            sector_economics.sector_rewards_360d_32gib = sector_rewards_360d_32gib
            sector_economics.sector_precommit_fee_32gib = sector_precommit_fee_32gib
            sector_economics.sector_provecommit_fee_32gib = sector_provecommit_fee_32gib
            sector_economics.sector_precommit_agg_fee_32gib = (
                sector_precommit_agg_fee_32gib
            )
            sector_economics.sector_provecommit_agg_fee_32gib = (
                sector_provecommit_agg_fee_32gib
            )
            sector_economics.sector_windowedpost_fee_360d_32gib = (
                sector_windowedpost_fee_360d_32gib
            )
            sector_economics.sector_profit_360d_32gib = sector_profit_360d_32gib
            sector_economics.sector_profit_agg_360d_32gib = sector_profit_agg_360d_32gib
            sector_economics.sector_initial_pledge_32gib = sector_initial_pledge_32gib
            sector_economics.reward_over_pledge_32gib = reward_over_pledge_32gib
            sector_economics.profit_over_pledge_32gib = profit_over_pledge_32gib
            sector_economics.profit_over_pledge_agg_32gib = profit_over_pledge_agg_32gib
            sector_economics.sector_rewards_360d_64gib = sector_rewards_360d_64gib
            sector_economics.sector_precommit_fee_64gib = sector_precommit_fee_64gib
            sector_economics.sector_provecommit_fee_64gib = sector_provecommit_fee_64gib
            sector_economics.sector_precommit_agg_fee_64gib = (
                sector_precommit_agg_fee_64gib
            )
            sector_economics.sector_provecommit_agg_fee_64gib = (
                sector_provecommit_agg_fee_64gib
            )
            sector_economics.sector_windowedpost_fee_360d_64gib = (
                sector_windowedpost_fee_360d_64gib
            )
            sector_economics.sector_profit_360d_64gib = sector_profit_360d_64gib
            sector_economics.sector_profit_agg_360d_64gib = sector_profit_agg_360d_64gib
            sector_economics.sector_initial_pledge_64gib = sector_initial_pledge_64gib
            sector_economics.reward_over_pledge_64gib = reward_over_pledge_64gib
            sector_economics.profit_over_pledge_64gib = profit_over_pledge_64gib
            sector_economics.profit_over_pledge_agg_64gib = profit_over_pledge_agg_64gib
            sector_economics.additional_properties = {}
            _append(sector_economics)
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

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

T = TypeVar("T", bound="EconomicsSectorPledgesReturns64GD")


@_attrs_define
class EconomicsSectorPledgesReturns64GD:
    """One row of `/v1/network_core/capacity-services/economics_sector_pledges_returns_64g_d`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        rewards (float): Rewards awarded over 360 days.
        precommit_fil (float): PreCommitSector gas fees.
        provecommit_fil (float): ProveCommitSector gas fees.
        precommit_agg_fil (float): PreCommitSectorBatch gas fees.
        provecommit_agg_fil (float): ProveCommitAggregate gas fees.
        window_fil (float): Refers to window_cost / window_count of SubmitWindowedPoSt method fees.
        profit (float): Refers to rewards - precommit_fil - provecommit_fil - window_fil/2349.
        profit_agg (float): Refers to rewards - precommit_agg_fil - provecommit_agg_fil - window_fil/2349.
        initial_pledge (float): Refers to Initial Storage Pledge(20 days equivalent of projected rewards) + Initial
            Consensus Pledge.
        reward_pledge_return (float): Refers to rewards / initial_pledge.
        post_gas_return (float): Refers to profit / initial_pledge.
        post_gas_return_agg (float): Refers to profit_agg / initial_pledge.
    """

    stat_date: datetime.datetime
    rewards: float
    precommit_fil: float
    provecommit_fil: float
    precommit_agg_fil: float
    provecommit_agg_fil: float
    window_fil: float
    profit: float
    profit_agg: float
    initial_pledge: float
    reward_pledge_return: float
    post_gas_return: float
    post_gas_return_agg: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        rewards = self.rewards

        precommit_fil = self.precommit_fil

        provecommit_fil = self.provecommit_fil

        precommit_agg_fil = self.precommit_agg_fil

        provecommit_agg_fil = self.provecommit_agg_fil

        window_fil = self.window_fil

        profit = self.profit

        profit_agg = self.profit_agg

        initial_pledge = self.initial_pledge

        reward_pledge_return = self.reward_pledge_return

        post_gas_return = self.post_gas_return

        post_gas_return_agg = self.post_gas_return_agg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "rewards": rewards,
                "precommit_fil": precommit_fil,
                "provecommit_fil": provecommit_fil,
                "precommit_agg_fil": precommit_agg_fil,
                "provecommit_agg_fil": provecommit_agg_fil,
                "window_fil": window_fil,
                "profit": profit,
                "profit_agg": profit_agg,
                "initial_pledge": initial_pledge,
                "reward_pledge_return": reward_pledge_return,
                "post_gas_return": post_gas_return,
                "post_gas_return_agg": post_gas_return_agg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        rewards = src_dict["rewards"]

        precommit_fil = src_dict["precommit_fil"]

        provecommit_fil = src_dict["provecommit_fil"]

        precommit_agg_fil = src_dict["precommit_agg_fil"]

        provecommit_agg_fil = src_dict["provecommit_agg_fil"]

        window_fil = src_dict["window_fil"]

        profit = src_dict["profit"]

        profit_agg = src_dict["profit_agg"]

        initial_pledge = src_dict["initial_pledge"]

        reward_pledge_return = src_dict["reward_pledge_return"]

        post_gas_return = src_dict["post_gas_return"]

        post_gas_return_agg = src_dict["post_gas_return_agg"]

        if len(src_dict) == 13:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "rewards",
                    "precommit_fil",
                    "provecommit_fil",
                    "precommit_agg_fil",
                    "provecommit_agg_fil",
                    "window_fil",
                    "profit",
                    "profit_agg",
                    "initial_pledge",
                    "reward_pledge_return",
                    "post_gas_return",
                    "post_gas_return_agg",
                }
            }
        economics_sector_pledges_returns_64gd = cls.__new__(cls)
        economics_sector_pledges_returns_64gd.stat_date = stat_date
        economics_sector_pledges_returns_64gd.rewards = rewards
        economics_sector_pledges_returns_64gd.precommit_fil = precommit_fil
        economics_sector_pledges_returns_64gd.provecommit_fil = provecommit_fil
        economics_sector_pledges_returns_64gd.precommit_agg_fil = precommit_agg_fil
        economics_sector_pledges_returns_64gd.provecommit_agg_fil = provecommit_agg_fil
        economics_sector_pledges_returns_64gd.window_fil = window_fil
        economics_sector_pledges_returns_64gd.profit = profit
        economics_sector_pledges_returns_64gd.profit_agg = profit_agg
        economics_sector_pledges_returns_64gd.initial_pledge = initial_pledge
        economics_sector_pledges_returns_64gd.reward_pledge_return = (
            reward_pledge_return
        )
        economics_sector_pledges_returns_64gd.post_gas_return = post_gas_return
        economics_sector_pledges_returns_64gd.post_gas_return_agg = post_gas_return_agg

        economics_sector_pledges_returns_64gd.additional_properties = d

        return economics_sector_pledges_returns_64gd

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            rewards = src_dict["rewards"]

            precommit_fil = src_dict["precommit_fil"]

            provecommit_fil = src_dict["provecommit_fil"]

            precommit_agg_fil = src_dict["precommit_agg_fil"]

            provecommit_agg_fil = src_dict["provecommit_agg_fil"]

            window_fil = src_dict["window_fil"]

            profit = src_dict["profit"]

            profit_agg = src_dict["profit_agg"]

            initial_pledge = src_dict["initial_pledge"]

            reward_pledge_return = src_dict["reward_pledge_return"]

            post_gas_return = src_dict["post_gas_return"]

            post_gas_return_agg = src_dict["post_gas_return_agg"]

            if len(src_dict) == 13:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "rewards",
                        "precommit_fil",
                        "provecommit_fil",
                        "precommit_agg_fil",
                        "provecommit_agg_fil",
                        "window_fil",
                        "profit",
                        "profit_agg",
                        "initial_pledge",
                        "reward_pledge_return",
                        "post_gas_return",
                        "post_gas_return_agg",
                    }
                }
            economics_sector_pledges_returns_64gd = cls.__new__(cls)
            economics_sector_pledges_returns_64gd.stat_date = stat_date
            economics_sector_pledges_returns_64gd.rewards = rewards
            economics_sector_pledges_returns_64gd.precommit_fil = precommit_fil
            economics_sector_pledges_returns_64gd.provecommit_fil = provecommit_fil
            economics_sector_pledges_returns_64gd.precommit_agg_fil = precommit_agg_fil
            economics_sector_pledges_returns_64gd.provecommit_agg_fil = (
                provecommit_agg_fil
            )
            economics_sector_pledges_returns_64gd.window_fil = window_fil
            economics_sector_pledges_returns_64gd.profit = profit
            economics_sector_pledges_returns_64gd.profit_agg = profit_agg
            economics_sector_pledges_returns_64gd.initial_pledge = initial_pledge
            economics_sector_pledges_returns_64gd.reward_pledge_return = (
                reward_pledge_return
            )
            economics_sector_pledges_returns_64gd.post_gas_return = post_gas_return
            economics_sector_pledges_returns_64gd.post_gas_return_agg = (
                post_gas_return_agg
            )

            economics_sector_pledges_returns_64gd.additional_properties = d

            _append(economics_sector_pledges_returns_64gd)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("rewards", "rewards", "float", True),
        ("precommit_fil", "precommit_fil", "float", True),
        ("provecommit_fil", "provecommit_fil", "float", True),
        ("precommit_agg_fil", "precommit_agg_fil", "float", True),
        ("provecommit_agg_fil", "provecommit_agg_fil", "float", True),
        ("window_fil", "window_fil", "float", True),
        ("profit", "profit", "float", True),
        ("profit_agg", "profit_agg", "float", True),
        ("initial_pledge", "initial_pledge", "float", True),
        ("reward_pledge_return", "reward_pledge_return", "float", True),
        ("post_gas_return", "post_gas_return", "float", True),
        ("post_gas_return_agg", "post_gas_return_agg", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            rewards = _row.rewards
            precommit_fil = _row.precommit_fil
            provecommit_fil = _row.provecommit_fil
            precommit_agg_fil = _row.precommit_agg_fil
            provecommit_agg_fil = _row.provecommit_agg_fil
            window_fil = _row.window_fil
            profit = _row.profit
            profit_agg = _row.profit_agg
            initial_pledge = _row.initial_pledge
            reward_pledge_return = _row.reward_pledge_return
            post_gas_return = _row.post_gas_return
            post_gas_return_agg = _row.post_gas_return_agg
            economics_sector_pledges_returns_64gd = cls.__new__(cls)
            economics_sector_pledges_returns_64gd.stat_date = stat_date
            economics_sector_pledges_returns_64gd.rewards = rewards
            economics_sector_pledges_returns_64gd.precommit_fil = precommit_fil
            economics_sector_pledges_returns_64gd.provecommit_fil = provecommit_fil
            economics_sector_pledges_returns_64gd.precommit_agg_fil = precommit_agg_fil
            economics_sector_pledges_returns_64gd.provecommit_agg_fil = (
                provecommit_agg_fil
            )
            economics_sector_pledges_returns_64gd.window_fil = window_fil
            economics_sector_pledges_returns_64gd.profit = profit
            economics_sector_pledges_returns_64gd.profit_agg = profit_agg
            economics_sector_pledges_returns_64gd.initial_pledge = initial_pledge
            economics_sector_pledges_returns_64gd.reward_pledge_return = (
                reward_pledge_return
            )
            economics_sector_pledges_returns_64gd.post_gas_return = post_gas_return
            economics_sector_pledges_returns_64gd.post_gas_return_agg = (
                post_gas_return_agg
            )
            economics_sector_pledges_returns_64gd.additional_properties = {}
            _append(economics_sector_pledges_returns_64gd)
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

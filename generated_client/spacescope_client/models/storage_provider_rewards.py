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

T = TypeVar("T", bound="StorageProviderRewards")


@_attrs_define
class StorageProviderRewards:
    """One row of `/v2/storage_provider/rewards`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        miner_id (str): Unique ID of the storage provider (an ID address such as f0110804).
        blocks_mined (int): Total number of blocks mined by the storage provider.
        win_count (int): Total number of reward units won by the storage provider.
        rewards (float): Total block rewards in FIL received by the storage provider.
    """

    stat_date: datetime.datetime
    miner_id: str
    blocks_mined: int
    win_count: int
    rewards: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        miner_id = self.miner_id

        blocks_mined = self.blocks_mined

        win_count = self.win_count

        rewards = self.rewards

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "miner_id": miner_id,
                "blocks_mined": blocks_mined,
                "win_count": win_count,
                "rewards": rewards,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        miner_id = src_dict["miner_id"]

        blocks_mined = src_dict["blocks_mined"]

        win_count = src_dict["win_count"]

        rewards = src_dict["rewards"]

        if len(src_dict) == 5:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "miner_id",
                    "blocks_mined",
                    "win_count",
                    "rewards",
                }
            }
        storage_provider_rewards = cls.__new__(cls)
        storage_provider_rewards.stat_date = stat_date
        storage_provider_rewards.miner_id = miner_id
        storage_provider_rewards.blocks_mined = blocks_mined
        storage_provider_rewards.win_count = win_count
        storage_provider_rewards.rewards = rewards

        storage_provider_rewards.additional_properties = d

        return storage_provider_rewards

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            miner_id = src_dict["miner_id"]

            blocks_mined = src_dict["blocks_mined"]

            win_count = src_dict["win_count"]

            rewards = src_dict["rewards"]

            if len(src_dict) == 5:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "miner_id",
                        "blocks_mined",
                        "win_count",
                        "rewards",
                    }
                }
            storage_provider_rewards = cls.__new__(cls)
            storage_provider_rewards.stat_date = stat_date
            storage_provider_rewards.miner_id = miner_id
            storage_provider_rewards.blocks_mined = blocks_mined
            storage_provider_rewards.win_count = win_count
            storage_provider_rewards.rewards = rewards

            storage_provider_rewards.additional_properties = d

            _append(storage_provider_rewards)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("miner_id", "miner_id", "str", True),
        ("blocks_mined", "blocks_mined", "int", True),
        ("win_count", "win_count", "int", True),
        ("rewards", "rewards", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            miner_id = _row.miner_id
            blocks_mined = _row.blocks_mined
            win_count = _row.win_count
            rewards = _row.rewards
            storage_provider_rewards = cls.__new__(cls)
            storage_provider_rewards.stat_date = stat_date
            storage_provider_rewards.miner_id = miner_id
            storage_provider_rewards.blocks_mined = blocks_mined
            storage_provider_rewards.win_count = win_count
            storage_provider_rewards.rewards = rewards
            storage_provider_rewards.additional_properties = {}
            _append(storage_provider_rewards)
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

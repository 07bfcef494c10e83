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

T = TypeVar("T", bound="BlockReward")


@_attrs_define
class BlockReward:
    """One row of `/v2/economics/block_reward`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        reward_per_wincount (float): Weighted average block rewards awarded by the Filecoin Network per WinCount in the
            past 24 hours. Unit: FIL.
    """

    stat_date: datetime.datetime
    reward_per_wincount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        reward_per_wincount = self.reward_per_wincount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "reward_per_wincount": reward_per_wincount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        reward_per_wincount = src_dict["reward_per_wincount"]

        if len(src_dict) == 2:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "reward_per_wincount",
                }
            }
        block_reward = cls.__new__(cls)
        block_reward.stat_date = stat_date
        block_reward.reward_per_wincount = reward_per_wincount

        block_reward.additional_properties = d

        return block_reward

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            reward_per_wincount = src_dict["reward_per_wincount"]

            if len(src_dict) == 2:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "reward_per_wincount",
                    }
                }
            block_reward = cls.__new__(cls)
            block_reward.stat_date = stat_date
            block_reward.reward_per_wincount = reward_per_wincount

            block_reward.additional_properties = d

            _append(block_reward)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("reward_per_wincount", "reward_per_wincount", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            reward_per_wincount = _row.reward_per_wincount
            block_reward = cls.__new__(cls)
            block_reward.stat_date = stat_date
            block_reward.reward_per_wincount = reward_per_wincount
            block_reward.additional_properties = {}
            _append(block_reward)
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

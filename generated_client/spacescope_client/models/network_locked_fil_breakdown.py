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

T = TypeVar("T", bound="NetworkLockedFilBreakdown")


@_attrs_define
class NetworkLockedFilBreakdown:
    """One row of `/v2/circulating_supply/network_locked_fil_breakdown`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        total_initial_pledge (float): The total active initial pledge on the Filecoin Network. Unit: FIL.
        total_locked_funds (float): The total active locked funds on the Filecoin Network. Unit: FIL.
        new_initial_pledge (float): The number of new initial pledges to the Filecoin Network in the last 24 hours.
            Unit: FIL.
        new_reward_locked (float): The number of new rewards locked in the Filecoin Network in the last 24 hours. Unit:
            FIL.
        new_reward_released (float): The new locked rewards less the increase in total locked funds in the last 24
            hours. Unit: FIL.
        sp_deal_collateral_change (float | Unset): The change in deal collateral committed by storage providers in the
            last 24 hours, in FIL. Added in v2.3.0 and present in the 2023 docs (schema table and example); absent from the
            newest docs' table and example. Optional, because it may be missing.
    """

    stat_date: datetime.datetime
    total_initial_pledge: float
    total_locked_funds: float
    new_initial_pledge: float
    new_reward_locked: float
    new_reward_released: float
    sp_deal_collateral_change: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        total_initial_pledge = self.total_initial_pledge

        total_locked_funds = self.total_locked_funds

        new_initial_pledge = self.new_initial_pledge

        new_reward_locked = self.new_reward_locked

        new_reward_released = self.new_reward_released

        sp_deal_collateral_change = self.sp_deal_collateral_change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "total_initial_pledge": total_initial_pledge,
                "total_locked_funds": total_locked_funds,
                "new_initial_pledge": new_initial_pledge,
                "new_reward_locked": new_reward_locked,
                "new_reward_released": new_reward_released,
            }
        )
        if sp_deal_collateral_change is not UNSET:
            field_dict["sp_deal_collateral_change"] = sp_deal_collateral_change

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        total_initial_pledge = src_dict["total_initial_pledge"]

        total_locked_funds = src_dict["total_locked_funds"]

        new_initial_pledge = src_dict["new_initial_pledge"]

        new_reward_locked = src_dict["new_reward_locked"]

        new_reward_released = src_dict["new_reward_released"]

        sp_deal_collateral_change = src_dict.get("sp_deal_collateral_change", UNSET)

        if len(src_dict) == 6 + (sp_deal_collateral_change is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "total_initial_pledge",
                    "total_locked_funds",
                    "new_initial_pledge",
                    "new_reward_locked",
                    "new_reward_released",
                    "sp_deal_collateral_change",
                }
            }
        network_locked_fil_breakdown = cls.__new__(cls)
        network_locked_fil_breakdown.stat_date = stat_date
        network_locked_fil_breakdown.total_initial_pledge = total_initial_pledge
        network_locked_fil_breakdown.total_locked_funds = total_locked_funds
        network_locked_fil_breakdown.new_initial_pledge = new_initial_pledge
        network_locked_fil_breakdown.new_reward_locked = new_reward_locked
        network_locked_fil_breakdown.new_reward_released = new_reward_released
        network_locked_fil_breakdown.sp_deal_collateral_change = (
            sp_deal_collateral_change
        )

        network_locked_fil_breakdown.additional_properties = d

        return network_locked_fil_breakdown

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            total_initial_pledge = src_dict["total_initial_pledge"]

            total_locked_funds = src_dict["total_locked_funds"]

            new_initial_pledge = src_dict["new_initial_pledge"]

            new_reward_locked = src_dict["new_reward_locked"]

            new_reward_released = src_dict["new_reward_released"]

            sp_deal_collateral_change = src_dict.get("sp_deal_collateral_change", UNSET)

            if len(src_dict) == 6 + (sp_deal_collateral_change is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "total_initial_pledge",
                        "total_locked_funds",
                        "new_initial_pledge",
                        "new_reward_locked",
                        "new_reward_released",
                        "sp_deal_collateral_change",
                    }
                }
            network_locked_fil_breakdown = cls.__new__(cls)
            network_locked_fil_breakdown.stat_date = stat_date
            network_locked_fil_breakdown.total_initial_pledge = total_initial_pledge
            network_locked_fil_breakdown.total_locked_funds = total_locked_funds
            network_locked_fil_breakdown.new_initial_pledge = new_initial_pledge
            network_locked_fil_breakdown.new_reward_locked = new_reward_locked
            network_locked_fil_breakdown.new_reward_released = new_reward_released
            network_locked_fil_breakdown.sp_deal_collateral_change = (
                sp_deal_collateral_change
            )

            network_locked_fil_breakdown.additional_properties = d

            _append(network_locked_fil_breakdown)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("total_initial_pledge", "total_initial_pledge", "float", True),
        ("total_locked_funds", "total_locked_funds", "float", True),
        ("new_initial_pledge", "new_initial_pledge", "float", True),
        ("new_reward_locked", "new_reward_locked", "float", True),
        ("new_reward_released", "new_reward_released", "float", True),
        ("sp_deal_collateral_change", "sp_deal_collateral_change", "float", False),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            total_initial_pledge = _row.total_initial_pledge
            total_locked_funds = _row.total_locked_funds
            new_initial_pledge = _row.new_initial_pledge
            new_reward_locked = _row.new_reward_locked
            new_reward_released = _row.new_reward_released
            sp_deal_collateral_change = _row.sp_deal_collateral_change
            network_locked_fil_breakdown = cls.__new__(cls)
            network_locked_fil_breakdown.stat_date = stat_date
            network_locked_fil_breakdown.total_initial_pledge = total_initial_pledge
            network_locked_fil_breakdown.total_locked_funds = total_locked_funds
            network_locked_fil_breakdown.new_initial_pledge = new_initial_pledge
            network_locked_fil_breakdown.new_reward_locked = new_reward_locked
            network_locked_fil_breakdown.new_reward_released = new_reward_released
            network_locked_fil_breakdown.sp_deal_collateral_change = (
                sp_deal_collateral_change
            )
            network_locked_fil_breakdown.additional_properties = {}
            _append(network_locked_fil_breakdown)
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

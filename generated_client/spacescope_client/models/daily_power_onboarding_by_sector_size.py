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

T = TypeVar("T", bound="DailyPowerOnboardingBySectorSize")


@_attrs_define
class DailyPowerOnboardingBySectorSize:
    """One row of `/v2/power/daily_power_onboarding_by_sector_size`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        commit_rbp_32gib (int): ProveCommit sector(32GiB) raw bytes power in bytes.
        commit_qap_32gib (int): ProveCommit sector(32GiB) quality-adjusted power in bytes.
        commit_rbp_64gib (int): ProveCommit sector(64GiB) raw bytes power in bytes.
        commit_qap_64gib (int): ProveCommit sector(64GiB) quality-adjusted power in bytes.
    """

    stat_date: datetime.datetime
    commit_rbp_32gib: int
    commit_qap_32gib: int
    commit_rbp_64gib: int
    commit_qap_64gib: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        commit_rbp_32gib = self.commit_rbp_32gib

        commit_qap_32gib = self.commit_qap_32gib

        commit_rbp_64gib = self.commit_rbp_64gib

        commit_qap_64gib = self.commit_qap_64gib

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "commit_rbp_32gib": commit_rbp_32gib,
                "commit_qap_32gib": commit_qap_32gib,
                "commit_rbp_64gib": commit_rbp_64gib,
                "commit_qap_64gib": commit_qap_64gib,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        commit_rbp_32gib = src_dict["commit_rbp_32gib"]

        commit_qap_32gib = src_dict["commit_qap_32gib"]

        commit_rbp_64gib = src_dict["commit_rbp_64gib"]

        commit_qap_64gib = src_dict["commit_qap_64gib"]

        if len(src_dict) == 5:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "commit_rbp_32gib",
                    "commit_qap_32gib",
                    "commit_rbp_64gib",
                    "commit_qap_64gib",
                }
            }
        daily_power_onboarding_by_sector_size = cls.__new__(cls)
        daily_power_onboarding_by_sector_size.stat_date = stat_date
        daily_power_onboarding_by_sector_size.commit_rbp_32gib = commit_rbp_32gib
        daily_power_onboarding_by_sector_size.commit_qap_32gib = commit_qap_32gib
        daily_power_onboarding_by_sector_size.commit_rbp_64gib = commit_rbp_64gib
        daily_power_onboarding_by_sector_size.commit_qap_64gib = commit_qap_64gib

        daily_power_onboarding_by_sector_size.additional_properties = d

        return daily_power_onboarding_by_sector_size

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            commit_rbp_32gib = src_dict["commit_rbp_32gib"]

            commit_qap_32gib = src_dict["commit_qap_32gib"]

            commit_rbp_64gib = src_dict["commit_rbp_64gib"]

            commit_qap_64gib = src_dict["commit_qap_64gib"]

            if len(src_dict) == 5:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "commit_rbp_32gib",
                        "commit_qap_32gib",
                        "commit_rbp_64gib",
                        "commit_qap_64gib",
                    }
                }
            daily_power_onboarding_by_sector_size = cls.__new__(cls)
            daily_power_onboarding_by_sector_size.stat_date = stat_date
            daily_power_onboarding_by_sector_size.commit_rbp_32gib = commit_rbp_32gib
            daily_power_onboarding_by_sector_size.commit_qap_32gib = commit_qap_32gib
            daily_power_onboarding_by_sector_size.commit_rbp_64gib = commit_rbp_64gib
            daily_power_onboarding_by_sector_size.commit_qap_64gib = commit_qap_64gib

            daily_power_onboarding_by_sector_size.additional_properties = d

            _append(daily_power_onboarding_by_sector_size)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("commit_rbp_32gib", "commit_rbp_32gib", "int", True),
        ("commit_qap_32gib", "commit_qap_32gib", "int", True),
        ("commit_rbp_64gib", "commit_rbp_64gib", "int", True),
        ("commit_qap_64gib", "commit_qap_64gib", "int", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            commit_rbp_32gib = _row.commit_rbp_32gib
            commit_qap_32gib = _row.commit_qap_32gib
            commit_rbp_64gib = _row.commit_rbp_64gib
            commit_qap_64gib = _row.commit_qap_64gib
            daily_power_onboarding_by_sector_size = cls.__new__(cls)
            daily_power_onboarding_by_sector_size.stat_date = stat_date
            daily_power_onboarding_by_sector_size.commit_rbp_32gib = commit_rbp_32gib
            daily_power_onboarding_by_sector_size.commit_qap_32gib = commit_qap_32gib
            daily_power_onboarding_by_sector_size.commit_rbp_64gib = commit_rbp_64gib
            daily_power_onboarding_by_sector_size.commit_qap_64gib = commit_qap_64gib
            daily_power_onboarding_by_sector_size.additional_properties = {}
            _append(daily_power_onboarding_by_sector_size)
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

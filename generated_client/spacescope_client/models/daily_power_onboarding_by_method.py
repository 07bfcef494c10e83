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

T = TypeVar("T", bound="DailyPowerOnboardingByMethod")


@_attrs_define
class DailyPowerOnboardingByMethod:
    """One row of `/v2/power/daily_power_onboarding_by_method`. Field names follow the docs' example response; the schema
    table spells some differently (see each field).

        Attributes:
            stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
                timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
            pre_commit_sector_rbp (float): Daily PreCommitSector raw bytes power in PiB through single commit method.
            pre_commit_sector_batch_rbp (float | Unset): Daily PreCommitSecorBatch raw bytes power in PiB through batch
                commit method. The docs' schema table calls this field `pre_commit_sector_batch_size`; the docs' example
                response (followed here) uses `pre_commit_sector_batch_rbp`. Optional, because the docs' schema table and
                example response give it different names.
            prove_commit_sector_rbp (float | Unset): Daily ProveCommit raw bytes power in PiB through single commit method.
                The docs' schema table calls this field `prove_commit_sector_size`; the docs' example response (followed here)
                uses `prove_commit_sector_rbp`. Optional, because the docs' schema table and example response give it different
                names.
            prove_commit_sector_agg_rbp (float | Unset): Daily ProveCommitAggregate raw bytes power in PiB through
                aggregation. The docs' schema table calls this field `prove_commit_aggregate_size`; the docs' example response
                (followed here) uses `prove_commit_sector_agg_rbp`. Optional, because the docs' schema table and example
                response give it different names.
    """

    stat_date: datetime.datetime
    pre_commit_sector_rbp: float
    pre_commit_sector_batch_rbp: float | Unset = UNSET
    prove_commit_sector_rbp: float | Unset = UNSET
    prove_commit_sector_agg_rbp: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        pre_commit_sector_rbp = self.pre_commit_sector_rbp

        pre_commit_sector_batch_rbp = self.pre_commit_sector_batch_rbp

        prove_commit_sector_rbp = self.prove_commit_sector_rbp

        prove_commit_sector_agg_rbp = self.prove_commit_sector_agg_rbp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "pre_commit_sector_rbp": pre_commit_sector_rbp,
            }
        )
        if pre_commit_sector_batch_rbp is not UNSET:
            field_dict["pre_commit_sector_batch_rbp"] = pre_commit_sector_batch_rbp
        if prove_commit_sector_rbp is not UNSET:
            field_dict["prove_commit_sector_rbp"] = prove_commit_sector_rbp
        if prove_commit_sector_agg_rbp is not UNSET:
            field_dict["prove_commit_sector_agg_rbp"] = prove_commit_sector_agg_rbp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        pre_commit_sector_rbp = src_dict["pre_commit_sector_rbp"]

        pre_commit_sector_batch_rbp = src_dict.get("pre_commit_sector_batch_rbp", UNSET)

        prove_commit_sector_rbp = src_dict.get("prove_commit_sector_rbp", UNSET)

        prove_commit_sector_agg_rbp = src_dict.get("prove_commit_sector_agg_rbp", UNSET)

        if len(src_dict) == 2 + (pre_commit_sector_batch_rbp is not UNSET) + (
            prove_commit_sector_rbp is not UNSET
        ) + (prove_commit_sector_agg_rbp is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "pre_commit_sector_rbp",
                    "pre_commit_sector_batch_rbp",
                    "prove_commit_sector_rbp",
                    "prove_commit_sector_agg_rbp",
                }
            }
        daily_power_onboarding_by_method = cls.__new__(cls)
        daily_power_onboarding_by_method.stat_date = stat_date
        daily_power_onboarding_by_method.pre_commit_sector_rbp = pre_commit_sector_rbp
        daily_power_onboarding_by_method.pre_commit_sector_batch_rbp = (
            pre_commit_sector_batch_rbp
        )
        daily_power_onboarding_by_method.prove_commit_sector_rbp = (
            prove_commit_sector_rbp
        )
        daily_power_onboarding_by_method.prove_commit_sector_agg_rbp = (
            prove_commit_sector_agg_rbp
        )

        daily_power_onboarding_by_method.additional_properties = d

        return daily_power_onboarding_by_method

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            pre_commit_sector_rbp = src_dict["pre_commit_sector_rbp"]

            pre_commit_sector_batch_rbp = src_dict.get(
                "pre_commit_sector_batch_rbp", UNSET
            )

            prove_commit_sector_rbp = src_dict.get("prove_commit_sector_rbp", UNSET)

            prove_commit_sector_agg_rbp = src_dict.get(
                "prove_commit_sector_agg_rbp", UNSET
            )

            if len(src_dict) == 2 + (pre_commit_sector_batch_rbp is not UNSET) + (
                prove_commit_sector_rbp is not UNSET
            ) + (prove_commit_sector_agg_rbp is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "pre_commit_sector_rbp",
                        "pre_commit_sector_batch_rbp",
                        "prove_commit_sector_rbp",
                        "prove_commit_sector_agg_rbp",
                    }
                }
            daily_power_onboarding_by_method = cls.__new__(cls)
            daily_power_onboarding_by_method.stat_date = stat_date
            daily_power_onboarding_by_method.pre_commit_sector_rbp = (
                pre_commit_sector_rbp
            )
            daily_power_onboarding_by_method.pre_commit_sector_batch_rbp = (
                pre_commit_sector_batch_rbp
            )
            daily_power_onboarding_by_method.prove_commit_sector_rbp = (
                prove_commit_sector_rbp
            )
            daily_power_onboarding_by_method.prove_commit_sector_agg_rbp = (
                prove_commit_sector_agg_rbp
            )

            daily_power_onboarding_by_method.additional_properties = d

            _append(daily_power_onboarding_by_method)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("pre_commit_sector_rbp", "pre_commit_sector_rbp", "float", True),
        ("pre_commit_sector_batch_rbp", "pre_commit_sector_batch_rbp", "float", False),
        ("prove_commit_sector_rbp", "prove_commit_sector_rbp", "float", False),
        ("prove_commit_sector_agg_rbp", "prove_commit_sector_agg_rbp", "float", False),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            pre_commit_sector_rbp = _row.pre_commit_sector_rbp
            pre_commit_sector_batch_rbp = _row.pre_commit_sector_batch_rbp
            prove_commit_sector_rbp = _row.prove_commit_sector_rbp
            prove_commit_sector_agg_rbp = _row.prove_commit_sector_agg_rbp
            daily_power_onboarding_by_method = cls.__new__(cls)
            daily_power_onboarding_by_method.stat_date = stat_date
            daily_power_onboarding_by_method.pre_commit_sector_rbp = (
                pre_commit_sector_rbp
            )
            daily_power_onboarding_by_method.pre_commit_sector_batch_rbp = (
                pre_commit_sector_batch_rbp
            )
            daily_power_onboarding_by_method.prove_commit_sector_rbp = (
                prove_commit_sector_rbp
            )
            daily_power_onboarding_by_method.prove_commit_sector_agg_rbp = (
                prove_commit_sector_agg_rbp
            )
            daily_power_onboarding_by_method.additional_properties = {}
            _append(daily_power_onboarding_by_method)
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

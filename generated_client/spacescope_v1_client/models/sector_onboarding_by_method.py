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

T = TypeVar("T", bound="SectorOnboardingByMethod")


@_attrs_define
class SectorOnboardingByMethod:
    """One row of `/v1/network_core/capacity-services/sector_onboarding_by_method`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        pre_commit_sector_size (float): Daily PreCommitSector size in PiB.
        pre_commit_sector_batch_size (float): Daily PreCommitSectorBatch size in PiB.
        pre_commit_total_size (float): Refers to the sum of all PreCommit methods; pre_commit_sector_size +
            pre_commit_sector_batch_size.
        prove_commit_sector_size (float): Daily ProveCommitSector size in PiB.
        prove_commit_aggregate_size (float): Daily ProveCommitAggregate size in PiB.
        prove_commit_total_size (float): Refers to the sum of all ProveCommit methods; prove_commit_sector_size +
            prove_commit_aggregate_size.
    """

    stat_date: datetime.datetime
    pre_commit_sector_size: float
    pre_commit_sector_batch_size: float
    pre_commit_total_size: float
    prove_commit_sector_size: float
    prove_commit_aggregate_size: float
    prove_commit_total_size: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        pre_commit_sector_size = self.pre_commit_sector_size

        pre_commit_sector_batch_size = self.pre_commit_sector_batch_size

        pre_commit_total_size = self.pre_commit_total_size

        prove_commit_sector_size = self.prove_commit_sector_size

        prove_commit_aggregate_size = self.prove_commit_aggregate_size

        prove_commit_total_size = self.prove_commit_total_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "pre_commit_sector_size": pre_commit_sector_size,
                "pre_commit_sector_batch_size": pre_commit_sector_batch_size,
                "pre_commit_total_size": pre_commit_total_size,
                "prove_commit_sector_size": prove_commit_sector_size,
                "prove_commit_aggregate_size": prove_commit_aggregate_size,
                "prove_commit_total_size": prove_commit_total_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        pre_commit_sector_size = src_dict["pre_commit_sector_size"]

        pre_commit_sector_batch_size = src_dict["pre_commit_sector_batch_size"]

        pre_commit_total_size = src_dict["pre_commit_total_size"]

        prove_commit_sector_size = src_dict["prove_commit_sector_size"]

        prove_commit_aggregate_size = src_dict["prove_commit_aggregate_size"]

        prove_commit_total_size = src_dict["prove_commit_total_size"]

        if len(src_dict) == 7:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "pre_commit_sector_size",
                    "pre_commit_sector_batch_size",
                    "pre_commit_total_size",
                    "prove_commit_sector_size",
                    "prove_commit_aggregate_size",
                    "prove_commit_total_size",
                }
            }
        sector_onboarding_by_method = cls.__new__(cls)
        sector_onboarding_by_method.stat_date = stat_date
        sector_onboarding_by_method.pre_commit_sector_size = pre_commit_sector_size
        sector_onboarding_by_method.pre_commit_sector_batch_size = (
            pre_commit_sector_batch_size
        )
        sector_onboarding_by_method.pre_commit_total_size = pre_commit_total_size
        sector_onboarding_by_method.prove_commit_sector_size = prove_commit_sector_size
        sector_onboarding_by_method.prove_commit_aggregate_size = (
            prove_commit_aggregate_size
        )
        sector_onboarding_by_method.prove_commit_total_size = prove_commit_total_size

        sector_onboarding_by_method.additional_properties = d

        return sector_onboarding_by_method

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            pre_commit_sector_size = src_dict["pre_commit_sector_size"]

            pre_commit_sector_batch_size = src_dict["pre_commit_sector_batch_size"]

            pre_commit_total_size = src_dict["pre_commit_total_size"]

            prove_commit_sector_size = src_dict["prove_commit_sector_size"]

            prove_commit_aggregate_size = src_dict["prove_commit_aggregate_size"]

            prove_commit_total_size = src_dict["prove_commit_total_size"]

            if len(src_dict) == 7:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "pre_commit_sector_size",
                        "pre_commit_sector_batch_size",
                        "pre_commit_total_size",
                        "prove_commit_sector_size",
                        "prove_commit_aggregate_size",
                        "prove_commit_total_size",
                    }
                }
            sector_onboarding_by_method = cls.__new__(cls)
            sector_onboarding_by_method.stat_date = stat_date
            sector_onboarding_by_method.pre_commit_sector_size = pre_commit_sector_size
            sector_onboarding_by_method.pre_commit_sector_batch_size = (
                pre_commit_sector_batch_size
            )
            sector_onboarding_by_method.pre_commit_total_size = pre_commit_total_size
            sector_onboarding_by_method.prove_commit_sector_size = (
                prove_commit_sector_size
            )
            sector_onboarding_by_method.prove_commit_aggregate_size = (
                prove_commit_aggregate_size
            )
            sector_onboarding_by_method.prove_commit_total_size = (
                prove_commit_total_size
            )

            sector_onboarding_by_method.additional_properties = d

            _append(sector_onboarding_by_method)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("pre_commit_sector_size", "pre_commit_sector_size", "float", True),
        ("pre_commit_sector_batch_size", "pre_commit_sector_batch_size", "float", True),
        ("pre_commit_total_size", "pre_commit_total_size", "float", True),
        ("prove_commit_sector_size", "prove_commit_sector_size", "float", True),
        ("prove_commit_aggregate_size", "prove_commit_aggregate_size", "float", True),
        ("prove_commit_total_size", "prove_commit_total_size", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            pre_commit_sector_size = _row.pre_commit_sector_size
            pre_commit_sector_batch_size = _row.pre_commit_sector_batch_size
            pre_commit_total_size = _row.pre_commit_total_size
            prove_commit_sector_size = _row.prove_commit_sector_size
            prove_commit_aggregate_size = _row.prove_commit_aggregate_size
            prove_commit_total_size = _row.prove_commit_total_size
            sector_onboarding_by_method = cls.__new__(cls)
            sector_onboarding_by_method.stat_date = stat_date
            sector_onboarding_by_method.pre_commit_sector_size = pre_commit_sector_size
            sector_onboarding_by_method.pre_commit_sector_batch_size = (
                pre_commit_sector_batch_size
            )
            sector_onboarding_by_method.pre_commit_total_size = pre_commit_total_size
            sector_onboarding_by_method.prove_commit_sector_size = (
                prove_commit_sector_size
            )
            sector_onboarding_by_method.prove_commit_aggregate_size = (
                prove_commit_aggregate_size
            )
            sector_onboarding_by_method.prove_commit_total_size = (
                prove_commit_total_size
            )
            sector_onboarding_by_method.additional_properties = {}
            _append(sector_onboarding_by_method)
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

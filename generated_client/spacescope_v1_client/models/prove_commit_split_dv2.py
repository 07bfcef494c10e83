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

T = TypeVar("T", bound="ProveCommitSplitDV2")


@_attrs_define
class ProveCommitSplitDV2:
    """One row of `/v1/network_core/capacity-services/prove_commit_split_d_v2`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        halfsizebyte (int | Unset): ProveCommit sector(32GiB) size in bytes. Optional: only the docs' schema table lists
            it; their example response shows the fields of another endpoint.
        half_size_byte_qap (int | Unset): ProveCommit sector(32GiB) quality-adjusted power in bytes. Optional: only the
            docs' schema table lists it; their example response shows the fields of another endpoint.
        sizebyte (int | Unset): ProveCommit sector(64GiB) size in bytes. Optional: only the docs' schema table lists it;
            their example response shows the fields of another endpoint.
        size_byte_qap (int | Unset): ProveCommit sector(64GiB) quality-adjusted power in bytes. Optional: only the docs'
            schema table lists it; their example response shows the fields of another endpoint.
    """

    stat_date: datetime.datetime
    halfsizebyte: int | Unset = UNSET
    half_size_byte_qap: int | Unset = UNSET
    sizebyte: int | Unset = UNSET
    size_byte_qap: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        halfsizebyte = self.halfsizebyte

        half_size_byte_qap = self.half_size_byte_qap

        sizebyte = self.sizebyte

        size_byte_qap = self.size_byte_qap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
            }
        )
        if halfsizebyte is not UNSET:
            field_dict["halfsizebyte"] = halfsizebyte
        if half_size_byte_qap is not UNSET:
            field_dict["half_size_byte_qap"] = half_size_byte_qap
        if sizebyte is not UNSET:
            field_dict["sizebyte"] = sizebyte
        if size_byte_qap is not UNSET:
            field_dict["size_byte_qap"] = size_byte_qap

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        halfsizebyte = src_dict.get("halfsizebyte", UNSET)

        half_size_byte_qap = src_dict.get("half_size_byte_qap", UNSET)

        sizebyte = src_dict.get("sizebyte", UNSET)

        size_byte_qap = src_dict.get("size_byte_qap", UNSET)

        if len(src_dict) == 1 + (halfsizebyte is not UNSET) + (
            half_size_byte_qap is not UNSET
        ) + (sizebyte is not UNSET) + (size_byte_qap is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "halfsizebyte",
                    "half_size_byte_qap",
                    "sizebyte",
                    "size_byte_qap",
                }
            }
        prove_commit_split_dv2 = cls.__new__(cls)
        prove_commit_split_dv2.stat_date = stat_date
        prove_commit_split_dv2.halfsizebyte = halfsizebyte
        prove_commit_split_dv2.half_size_byte_qap = half_size_byte_qap
        prove_commit_split_dv2.sizebyte = sizebyte
        prove_commit_split_dv2.size_byte_qap = size_byte_qap

        prove_commit_split_dv2.additional_properties = d

        return prove_commit_split_dv2

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            halfsizebyte = src_dict.get("halfsizebyte", UNSET)

            half_size_byte_qap = src_dict.get("half_size_byte_qap", UNSET)

            sizebyte = src_dict.get("sizebyte", UNSET)

            size_byte_qap = src_dict.get("size_byte_qap", UNSET)

            if len(src_dict) == 1 + (halfsizebyte is not UNSET) + (
                half_size_byte_qap is not UNSET
            ) + (sizebyte is not UNSET) + (size_byte_qap is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "halfsizebyte",
                        "half_size_byte_qap",
                        "sizebyte",
                        "size_byte_qap",
                    }
                }
            prove_commit_split_dv2 = cls.__new__(cls)
            prove_commit_split_dv2.stat_date = stat_date
            prove_commit_split_dv2.halfsizebyte = halfsizebyte
            prove_commit_split_dv2.half_size_byte_qap = half_size_byte_qap
            prove_commit_split_dv2.sizebyte = sizebyte
            prove_commit_split_dv2.size_byte_qap = size_byte_qap

            prove_commit_split_dv2.additional_properties = d

            _append(prove_commit_split_dv2)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("halfsizebyte", "halfsizebyte", "int", False),
        ("half_size_byte_qap", "half_size_byte_qap", "int", False),
        ("sizebyte", "sizebyte", "int", False),
        ("size_byte_qap", "size_byte_qap", "int", False),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            halfsizebyte = _row.halfsizebyte
            half_size_byte_qap = _row.half_size_byte_qap
            sizebyte = _row.sizebyte
            size_byte_qap = _row.size_byte_qap
            prove_commit_split_dv2 = cls.__new__(cls)
            prove_commit_split_dv2.stat_date = stat_date
            prove_commit_split_dv2.halfsizebyte = halfsizebyte
            prove_commit_split_dv2.half_size_byte_qap = half_size_byte_qap
            prove_commit_split_dv2.sizebyte = sizebyte
            prove_commit_split_dv2.size_byte_qap = size_byte_qap
            prove_commit_split_dv2.additional_properties = {}
            _append(prove_commit_split_dv2)
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

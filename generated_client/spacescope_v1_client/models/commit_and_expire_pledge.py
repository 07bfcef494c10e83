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

T = TypeVar("T", bound="CommitAndExpirePledge")


@_attrs_define
class CommitAndExpirePledge:
    """One row of `/v1/network_core/capacity-services/commit_and_expire_pledge`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        raw_bytes_gb (float): Total sector size of miners.(Bytes / 32 GiB).
        commit_pct_qa_adj (float): Total committed pct verified QAP of miners.
        commit_pledge (float): Total committed initial pledge of the day.
        commit_pledge_per_bytes (float): Total committed initial pledge per raw bytes of the day.
        commit_pledge_per_qap (float): Total committed initial pledge per QAP of the day.
        expire_pct_qa_adj (float): Total expired pct verified QAP of miners.
        expire_pledge (float): Total expired initial pledge of the day.
        expire_pledge_per_bytes (float): Total expired initial pledge per raw bytes of the day.
        expire_pledge_per_qap (float): Total expired initial pledge per QAP of the day.
    """

    stat_date: datetime.datetime
    raw_bytes_gb: float
    commit_pct_qa_adj: float
    commit_pledge: float
    commit_pledge_per_bytes: float
    commit_pledge_per_qap: float
    expire_pct_qa_adj: float
    expire_pledge: float
    expire_pledge_per_bytes: float
    expire_pledge_per_qap: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        raw_bytes_gb = self.raw_bytes_gb

        commit_pct_qa_adj = self.commit_pct_qa_adj

        commit_pledge = self.commit_pledge

        commit_pledge_per_bytes = self.commit_pledge_per_bytes

        commit_pledge_per_qap = self.commit_pledge_per_qap

        expire_pct_qa_adj = self.expire_pct_qa_adj

        expire_pledge = self.expire_pledge

        expire_pledge_per_bytes = self.expire_pledge_per_bytes

        expire_pledge_per_qap = self.expire_pledge_per_qap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "raw_bytes_gb": raw_bytes_gb,
                "commit_pct_qa_adj": commit_pct_qa_adj,
                "commit_pledge": commit_pledge,
                "commit_pledge_per_bytes": commit_pledge_per_bytes,
                "commit_pledge_per_qap": commit_pledge_per_qap,
                "expire_pct_qa_adj": expire_pct_qa_adj,
                "expire_pledge": expire_pledge,
                "expire_pledge_per_bytes": expire_pledge_per_bytes,
                "expire_pledge_per_qap": expire_pledge_per_qap,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        raw_bytes_gb = src_dict["raw_bytes_gb"]

        commit_pct_qa_adj = src_dict["commit_pct_qa_adj"]

        commit_pledge = src_dict["commit_pledge"]

        commit_pledge_per_bytes = src_dict["commit_pledge_per_bytes"]

        commit_pledge_per_qap = src_dict["commit_pledge_per_qap"]

        expire_pct_qa_adj = src_dict["expire_pct_qa_adj"]

        expire_pledge = src_dict["expire_pledge"]

        expire_pledge_per_bytes = src_dict["expire_pledge_per_bytes"]

        expire_pledge_per_qap = src_dict["expire_pledge_per_qap"]

        if len(src_dict) == 10:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "raw_bytes_gb",
                    "commit_pct_qa_adj",
                    "commit_pledge",
                    "commit_pledge_per_bytes",
                    "commit_pledge_per_qap",
                    "expire_pct_qa_adj",
                    "expire_pledge",
                    "expire_pledge_per_bytes",
                    "expire_pledge_per_qap",
                }
            }
        commit_and_expire_pledge = cls.__new__(cls)
        commit_and_expire_pledge.stat_date = stat_date
        commit_and_expire_pledge.raw_bytes_gb = raw_bytes_gb
        commit_and_expire_pledge.commit_pct_qa_adj = commit_pct_qa_adj
        commit_and_expire_pledge.commit_pledge = commit_pledge
        commit_and_expire_pledge.commit_pledge_per_bytes = commit_pledge_per_bytes
        commit_and_expire_pledge.commit_pledge_per_qap = commit_pledge_per_qap
        commit_and_expire_pledge.expire_pct_qa_adj = expire_pct_qa_adj
        commit_and_expire_pledge.expire_pledge = expire_pledge
        commit_and_expire_pledge.expire_pledge_per_bytes = expire_pledge_per_bytes
        commit_and_expire_pledge.expire_pledge_per_qap = expire_pledge_per_qap

        commit_and_expire_pledge.additional_properties = d

        return commit_and_expire_pledge

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            raw_bytes_gb = src_dict["raw_bytes_gb"]

            commit_pct_qa_adj = src_dict["commit_pct_qa_adj"]

            commit_pledge = src_dict["commit_pledge"]

            commit_pledge_per_bytes = src_dict["commit_pledge_per_bytes"]

            commit_pledge_per_qap = src_dict["commit_pledge_per_qap"]

            expire_pct_qa_adj = src_dict["expire_pct_qa_adj"]

            expire_pledge = src_dict["expire_pledge"]

            expire_pledge_per_bytes = src_dict["expire_pledge_per_bytes"]

            expire_pledge_per_qap = src_dict["expire_pledge_per_qap"]

            if len(src_dict) == 10:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "raw_bytes_gb",
                        "commit_pct_qa_adj",
                        "commit_pledge",
                        "commit_pledge_per_bytes",
                        "commit_pledge_per_qap",
                        "expire_pct_qa_adj",
                        "expire_pledge",
                        "expire_pledge_per_bytes",
                        "expire_pledge_per_qap",
                    }
                }
            commit_and_expire_pledge = cls.__new__(cls)
            commit_and_expire_pledge.stat_date = stat_date
            commit_and_expire_pledge.raw_bytes_gb = raw_bytes_gb
            commit_and_expire_pledge.commit_pct_qa_adj = commit_pct_qa_adj
            commit_and_expire_pledge.commit_pledge = commit_pledge
            commit_and_expire_pledge.commit_pledge_per_bytes = commit_pledge_per_bytes
            commit_and_expire_pledge.commit_pledge_per_qap = commit_pledge_per_qap
            commit_and_expire_pledge.expire_pct_qa_adj = expire_pct_qa_adj
            commit_and_expire_pledge.expire_pledge = expire_pledge
            commit_and_expire_pledge.expire_pledge_per_bytes = expire_pledge_per_bytes
            commit_and_expire_pledge.expire_pledge_per_qap = expire_pledge_per_qap

            commit_and_expire_pledge.additional_properties = d

            _append(commit_and_expire_pledge)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("raw_bytes_gb", "raw_bytes_gb", "float", True),
        ("commit_pct_qa_adj", "commit_pct_qa_adj", "float", True),
        ("commit_pledge", "commit_pledge", "float", True),
        ("commit_pledge_per_bytes", "commit_pledge_per_bytes", "float", True),
        ("commit_pledge_per_qap", "commit_pledge_per_qap", "float", True),
        ("expire_pct_qa_adj", "expire_pct_qa_adj", "float", True),
        ("expire_pledge", "expire_pledge", "float", True),
        ("expire_pledge_per_bytes", "expire_pledge_per_bytes", "float", True),
        ("expire_pledge_per_qap", "expire_pledge_per_qap", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            raw_bytes_gb = _row.raw_bytes_gb
            commit_pct_qa_adj = _row.commit_pct_qa_adj
            commit_pledge = _row.commit_pledge
            commit_pledge_per_bytes = _row.commit_pledge_per_bytes
            commit_pledge_per_qap = _row.commit_pledge_per_qap
            expire_pct_qa_adj = _row.expire_pct_qa_adj
            expire_pledge = _row.expire_pledge
            expire_pledge_per_bytes = _row.expire_pledge_per_bytes
            expire_pledge_per_qap = _row.expire_pledge_per_qap
            commit_and_expire_pledge = cls.__new__(cls)
            commit_and_expire_pledge.stat_date = stat_date
            commit_and_expire_pledge.raw_bytes_gb = raw_bytes_gb
            commit_and_expire_pledge.commit_pct_qa_adj = commit_pct_qa_adj
            commit_and_expire_pledge.commit_pledge = commit_pledge
            commit_and_expire_pledge.commit_pledge_per_bytes = commit_pledge_per_bytes
            commit_and_expire_pledge.commit_pledge_per_qap = commit_pledge_per_qap
            commit_and_expire_pledge.expire_pct_qa_adj = expire_pct_qa_adj
            commit_and_expire_pledge.expire_pledge = expire_pledge
            commit_and_expire_pledge.expire_pledge_per_bytes = expire_pledge_per_bytes
            commit_and_expire_pledge.expire_pledge_per_qap = expire_pledge_per_qap
            commit_and_expire_pledge.additional_properties = {}
            _append(commit_and_expire_pledge)
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

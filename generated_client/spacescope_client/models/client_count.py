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

T = TypeVar("T", bound="ClientCount")


@_attrs_define
class ClientCount:
    """One row of `/v2/network_user/client_count`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        total_client_count (int): Cumulative count of the storage clients that has had at least one deal.
        total_verified_client_count (int): Cumulative count of the storage clients that has had at least one verified
            deal.
    """

    stat_date: datetime.datetime
    total_client_count: int
    total_verified_client_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        total_client_count = self.total_client_count

        total_verified_client_count = self.total_verified_client_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "total_client_count": total_client_count,
                "total_verified_client_count": total_verified_client_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        total_client_count = src_dict["total_client_count"]

        total_verified_client_count = src_dict["total_verified_client_count"]

        if len(src_dict) == 3:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "total_client_count",
                    "total_verified_client_count",
                }
            }
        client_count = cls.__new__(cls)
        client_count.stat_date = stat_date
        client_count.total_client_count = total_client_count
        client_count.total_verified_client_count = total_verified_client_count

        client_count.additional_properties = d

        return client_count

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            total_client_count = src_dict["total_client_count"]

            total_verified_client_count = src_dict["total_verified_client_count"]

            if len(src_dict) == 3:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "total_client_count",
                        "total_verified_client_count",
                    }
                }
            client_count = cls.__new__(cls)
            client_count.stat_date = stat_date
            client_count.total_client_count = total_client_count
            client_count.total_verified_client_count = total_verified_client_count

            client_count.additional_properties = d

            _append(client_count)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("total_client_count", "total_client_count", "int", True),
        ("total_verified_client_count", "total_verified_client_count", "int", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            total_client_count = _row.total_client_count
            total_verified_client_count = _row.total_verified_client_count
            client_count = cls.__new__(cls)
            client_count.stat_date = stat_date
            client_count.total_client_count = total_client_count
            client_count.total_verified_client_count = total_verified_client_count
            client_count.additional_properties = {}
            _append(client_count)
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

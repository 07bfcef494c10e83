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

T = TypeVar("T", bound="DealClientHeadcount")


@_attrs_define
class DealClientHeadcount:
    """One row of `/v1/network_core/market-deals/deal_client_headcount`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        total_clients (int): Cumulative total number of clients.
        total_clients_verified (int): Cumulative total number of clients with verified deals.
        total_clients_verified_ratio (float): total_clients_verified / total_clients.
    """

    stat_date: datetime.datetime
    total_clients: int
    total_clients_verified: int
    total_clients_verified_ratio: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        total_clients = self.total_clients

        total_clients_verified = self.total_clients_verified

        total_clients_verified_ratio = self.total_clients_verified_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "total_clients": total_clients,
                "total_clients_verified": total_clients_verified,
                "total_clients_verified_ratio": total_clients_verified_ratio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        total_clients = src_dict["total_clients"]

        total_clients_verified = src_dict["total_clients_verified"]

        total_clients_verified_ratio = src_dict["total_clients_verified_ratio"]

        if len(src_dict) == 4:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "total_clients",
                    "total_clients_verified",
                    "total_clients_verified_ratio",
                }
            }
        deal_client_headcount = cls.__new__(cls)
        deal_client_headcount.stat_date = stat_date
        deal_client_headcount.total_clients = total_clients
        deal_client_headcount.total_clients_verified = total_clients_verified
        deal_client_headcount.total_clients_verified_ratio = (
            total_clients_verified_ratio
        )

        deal_client_headcount.additional_properties = d

        return deal_client_headcount

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            total_clients = src_dict["total_clients"]

            total_clients_verified = src_dict["total_clients_verified"]

            total_clients_verified_ratio = src_dict["total_clients_verified_ratio"]

            if len(src_dict) == 4:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "total_clients",
                        "total_clients_verified",
                        "total_clients_verified_ratio",
                    }
                }
            deal_client_headcount = cls.__new__(cls)
            deal_client_headcount.stat_date = stat_date
            deal_client_headcount.total_clients = total_clients
            deal_client_headcount.total_clients_verified = total_clients_verified
            deal_client_headcount.total_clients_verified_ratio = (
                total_clients_verified_ratio
            )

            deal_client_headcount.additional_properties = d

            _append(deal_client_headcount)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("total_clients", "total_clients", "int", True),
        ("total_clients_verified", "total_clients_verified", "int", True),
        ("total_clients_verified_ratio", "total_clients_verified_ratio", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            total_clients = _row.total_clients
            total_clients_verified = _row.total_clients_verified
            total_clients_verified_ratio = _row.total_clients_verified_ratio
            deal_client_headcount = cls.__new__(cls)
            deal_client_headcount.stat_date = stat_date
            deal_client_headcount.total_clients = total_clients
            deal_client_headcount.total_clients_verified = total_clients_verified
            deal_client_headcount.total_clients_verified_ratio = (
                total_clients_verified_ratio
            )
            deal_client_headcount.additional_properties = {}
            _append(deal_client_headcount)
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

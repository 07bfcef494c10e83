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

T = TypeVar("T", bound="ContractInteractions")


@_attrs_define
class ContractInteractions:
    """One row of `/v2/fvm/contract_interactions`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        total_internal_txn_count (int): The total number of internal transactions on the FVM as of this date.
        total_external_txn_count (int): The total number of external transactions on the FVM as of this date.
        total_txn_count (int): Total number of transactions on the FVM as of this date.
        internal_txn_count (int): The number of internal transactions on the FVM on this date.
        external_txn_count (int): The number of external transactions on the FVM on this date.
        txn_count (int): The number of transactions on the FVM on this date.
    """

    stat_date: datetime.datetime
    total_internal_txn_count: int
    total_external_txn_count: int
    total_txn_count: int
    internal_txn_count: int
    external_txn_count: int
    txn_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        total_internal_txn_count = self.total_internal_txn_count

        total_external_txn_count = self.total_external_txn_count

        total_txn_count = self.total_txn_count

        internal_txn_count = self.internal_txn_count

        external_txn_count = self.external_txn_count

        txn_count = self.txn_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "total_internal_txn_count": total_internal_txn_count,
                "total_external_txn_count": total_external_txn_count,
                "total_txn_count": total_txn_count,
                "internal_txn_count": internal_txn_count,
                "external_txn_count": external_txn_count,
                "txn_count": txn_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        total_internal_txn_count = src_dict["total_internal_txn_count"]

        total_external_txn_count = src_dict["total_external_txn_count"]

        total_txn_count = src_dict["total_txn_count"]

        internal_txn_count = src_dict["internal_txn_count"]

        external_txn_count = src_dict["external_txn_count"]

        txn_count = src_dict["txn_count"]

        if len(src_dict) == 7:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "total_internal_txn_count",
                    "total_external_txn_count",
                    "total_txn_count",
                    "internal_txn_count",
                    "external_txn_count",
                    "txn_count",
                }
            }
        contract_interactions = cls.__new__(cls)
        contract_interactions.stat_date = stat_date
        contract_interactions.total_internal_txn_count = total_internal_txn_count
        contract_interactions.total_external_txn_count = total_external_txn_count
        contract_interactions.total_txn_count = total_txn_count
        contract_interactions.internal_txn_count = internal_txn_count
        contract_interactions.external_txn_count = external_txn_count
        contract_interactions.txn_count = txn_count

        contract_interactions.additional_properties = d

        return contract_interactions

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            total_internal_txn_count = src_dict["total_internal_txn_count"]

            total_external_txn_count = src_dict["total_external_txn_count"]

            total_txn_count = src_dict["total_txn_count"]

            internal_txn_count = src_dict["internal_txn_count"]

            external_txn_count = src_dict["external_txn_count"]

            txn_count = src_dict["txn_count"]

            if len(src_dict) == 7:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "total_internal_txn_count",
                        "total_external_txn_count",
                        "total_txn_count",
                        "internal_txn_count",
                        "external_txn_count",
                        "txn_count",
                    }
                }
            contract_interactions = cls.__new__(cls)
            contract_interactions.stat_date = stat_date
            contract_interactions.total_internal_txn_count = total_internal_txn_count
            contract_interactions.total_external_txn_count = total_external_txn_count
            contract_interactions.total_txn_count = total_txn_count
            contract_interactions.internal_txn_count = internal_txn_count
            contract_interactions.external_txn_count = external_txn_count
            contract_interactions.txn_count = txn_count

            contract_interactions.additional_properties = d

            _append(contract_interactions)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("total_internal_txn_count", "total_internal_txn_count", "int", True),
        ("total_external_txn_count", "total_external_txn_count", "int", True),
        ("total_txn_count", "total_txn_count", "int", True),
        ("internal_txn_count", "internal_txn_count", "int", True),
        ("external_txn_count", "external_txn_count", "int", True),
        ("txn_count", "txn_count", "int", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            total_internal_txn_count = _row.total_internal_txn_count
            total_external_txn_count = _row.total_external_txn_count
            total_txn_count = _row.total_txn_count
            internal_txn_count = _row.internal_txn_count
            external_txn_count = _row.external_txn_count
            txn_count = _row.txn_count
            contract_interactions = cls.__new__(cls)
            contract_interactions.stat_date = stat_date
            contract_interactions.total_internal_txn_count = total_internal_txn_count
            contract_interactions.total_external_txn_count = total_external_txn_count
            contract_interactions.total_txn_count = total_txn_count
            contract_interactions.internal_txn_count = internal_txn_count
            contract_interactions.external_txn_count = external_txn_count
            contract_interactions.txn_count = txn_count
            contract_interactions.additional_properties = {}
            _append(contract_interactions)
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

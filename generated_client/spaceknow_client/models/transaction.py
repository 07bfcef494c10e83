from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """One credit transaction (fields [I]).

    Attributes:
        transaction_id (str | Unset):
        amount (float | Unset):
        datetime_ (str | Unset):
        description (str | Unset):
    """

    transaction_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    datetime_: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        amount = self.amount

        datetime_ = self.datetime_

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        transaction_id = src_dict.get("transactionId", UNSET)

        amount = src_dict.get("amount", UNSET)

        datetime_ = src_dict.get("datetime", UNSET)

        description = src_dict.get("description", UNSET)

        if len(src_dict) == 0 + (transaction_id is not UNSET) + (
            amount is not UNSET
        ) + (datetime_ is not UNSET) + (description is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "transactionId",
                    "amount",
                    "datetime",
                    "description",
                }
            }
        transaction = cls.__new__(cls)
        transaction.transaction_id = transaction_id
        transaction.amount = amount
        transaction.datetime_ = datetime_
        transaction.description = description

        transaction.additional_properties = d

        return transaction

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            transaction_id = src_dict.get("transactionId", UNSET)

            amount = src_dict.get("amount", UNSET)

            datetime_ = src_dict.get("datetime", UNSET)

            description = src_dict.get("description", UNSET)

            if len(src_dict) == 0 + (transaction_id is not UNSET) + (
                amount is not UNSET
            ) + (datetime_ is not UNSET) + (description is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "transactionId",
                        "amount",
                        "datetime",
                        "description",
                    }
                }
            transaction = cls.__new__(cls)
            transaction.transaction_id = transaction_id
            transaction.amount = amount
            transaction.datetime_ = datetime_
            transaction.description = description

            transaction.additional_properties = d

            _append(transaction)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("transactionId", "transaction_id", "str", False),
        ("amount", "amount", "float", False),
        ("datetime", "datetime_", "str", False),
        ("description", "description", "str", False),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            transaction_id = _row.transaction_id
            amount = _row.amount
            datetime_ = _row.datetime_
            description = _row.description
            transaction = cls.__new__(cls)
            transaction.transaction_id = transaction_id
            transaction.amount = amount
            transaction.datetime_ = datetime_
            transaction.description = description
            transaction.additional_properties = {}
            _append(transaction)
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

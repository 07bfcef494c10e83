from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceItem")


@_attrs_define
class InvoiceItem:
    """
    Attributes:
        object_ (Literal['invoice_item']):
        item_id (int | str): The item's id. The docs' examples show both a string (`"100100"`) and an integer (`101`) in
            the same
            payload, so both are accepted; the SDK exposes `str | int`.
        description (str):
        quantity (int):
        discount (int): The discount, in the currency's minor unit.
        unit_amount (int): The unit price, in the currency's minor unit.
        total_amount (int): The line total, in the currency's minor unit.
        currency (str): The currency, an ISO 4217 code such as `USD`. The docs' attribute tables say `integer`, but
            every
            example is a string (`"USD"`); this spec follows the examples.
        date_range_start (int | None): Start of the period the item covers (Unix seconds, like every other timestamp;
            the docs only show null).
        date_range_end (int | None): End of the period the item covers (Unix seconds, like every other timestamp; the
            docs only show null).
    """

    object_: Literal["invoice_item"]
    item_id: int | str
    description: str
    quantity: int
    discount: int
    unit_amount: int
    total_amount: int
    currency: str
    date_range_start: int | None
    date_range_end: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        item_id: int | str
        item_id = self.item_id

        description = self.description

        quantity = self.quantity

        discount = self.discount

        unit_amount = self.unit_amount

        total_amount = self.total_amount

        currency = self.currency

        date_range_start: int | None
        date_range_start = self.date_range_start

        date_range_end: int | None
        date_range_end = self.date_range_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "item_id": item_id,
                "description": description,
                "quantity": quantity,
                "discount": discount,
                "unit_amount": unit_amount,
                "total_amount": total_amount,
                "currency": currency,
                "date_range_start": date_range_start,
                "date_range_end": date_range_end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        object_ = cast(Literal["invoice_item"], src_dict["object"])
        if object_ != "invoice_item":
            raise ValueError(f"object must match const 'invoice_item', got '{object_}'")

        def _parse_item_id(data: object) -> int | str:
            return cast(int | str, data)

        item_id = _parse_item_id(src_dict["item_id"])

        description = src_dict["description"]

        quantity = src_dict["quantity"]

        discount = src_dict["discount"]

        unit_amount = src_dict["unit_amount"]

        total_amount = src_dict["total_amount"]

        currency = src_dict["currency"]

        def _parse_date_range_start(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        date_range_start = _parse_date_range_start(src_dict["date_range_start"])

        def _parse_date_range_end(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        date_range_end = _parse_date_range_end(src_dict["date_range_end"])

        if len(src_dict) == 10:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "object",
                    "item_id",
                    "description",
                    "quantity",
                    "discount",
                    "unit_amount",
                    "total_amount",
                    "currency",
                    "date_range_start",
                    "date_range_end",
                }
            }
        invoice_item = cls.__new__(cls)
        invoice_item.object_ = object_
        invoice_item.item_id = item_id
        invoice_item.description = description
        invoice_item.quantity = quantity
        invoice_item.discount = discount
        invoice_item.unit_amount = unit_amount
        invoice_item.total_amount = total_amount
        invoice_item.currency = currency
        invoice_item.date_range_start = date_range_start
        invoice_item.date_range_end = date_range_end

        invoice_item.additional_properties = d

        return invoice_item

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            object_ = cast(Literal["invoice_item"], src_dict["object"])
            if object_ != "invoice_item":
                raise ValueError(
                    f"object must match const 'invoice_item', got '{object_}'"
                )

            def _parse_item_id(data: object) -> int | str:
                return cast(int | str, data)

            item_id = _parse_item_id(src_dict["item_id"])

            description = src_dict["description"]

            quantity = src_dict["quantity"]

            discount = src_dict["discount"]

            unit_amount = src_dict["unit_amount"]

            total_amount = src_dict["total_amount"]

            currency = src_dict["currency"]

            def _parse_date_range_start(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            date_range_start = _parse_date_range_start(src_dict["date_range_start"])

            def _parse_date_range_end(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            date_range_end = _parse_date_range_end(src_dict["date_range_end"])

            if len(src_dict) == 10:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "object",
                        "item_id",
                        "description",
                        "quantity",
                        "discount",
                        "unit_amount",
                        "total_amount",
                        "currency",
                        "date_range_start",
                        "date_range_end",
                    }
                }
            invoice_item = cls.__new__(cls)
            invoice_item.object_ = object_
            invoice_item.item_id = item_id
            invoice_item.description = description
            invoice_item.quantity = quantity
            invoice_item.discount = discount
            invoice_item.unit_amount = unit_amount
            invoice_item.total_amount = total_amount
            invoice_item.currency = currency
            invoice_item.date_range_start = date_range_start
            invoice_item.date_range_end = date_range_end

            invoice_item.additional_properties = d

            _append(invoice_item)
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

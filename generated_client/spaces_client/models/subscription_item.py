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

T = TypeVar("T", bound="SubscriptionItem")


@_attrs_define
class SubscriptionItem:
    """
    Attributes:
        object_ (Literal['subscription_item']):
        item_id (int | str): The item's id. The docs' examples show both a string (`"100100"`) and an integer (`101`) in
            the same
            payload, so both are accepted; the SDK exposes `str | int`.
        description (str):
        quantity (int):
        discount (int): The discount, in the currency's minor unit.
        unit_amount (int): The unit price, in the currency's minor unit.
        total_amount (int): The line total, in the currency's minor unit.
    """

    object_: Literal["subscription_item"]
    item_id: int | str
    description: str
    quantity: int
    discount: int
    unit_amount: int
    total_amount: int
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
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        object_ = cast(Literal["subscription_item"], src_dict["object"])
        if object_ != "subscription_item":
            raise ValueError(
                f"object must match const 'subscription_item', got '{object_}'"
            )

        def _parse_item_id(data: object) -> int | str:
            return cast(int | str, data)

        item_id = _parse_item_id(src_dict["item_id"])

        description = src_dict["description"]

        quantity = src_dict["quantity"]

        discount = src_dict["discount"]

        unit_amount = src_dict["unit_amount"]

        total_amount = src_dict["total_amount"]

        if len(src_dict) == 7:
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
                }
            }
        subscription_item = cls.__new__(cls)
        subscription_item.object_ = object_
        subscription_item.item_id = item_id
        subscription_item.description = description
        subscription_item.quantity = quantity
        subscription_item.discount = discount
        subscription_item.unit_amount = unit_amount
        subscription_item.total_amount = total_amount

        subscription_item.additional_properties = d

        return subscription_item

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            object_ = cast(Literal["subscription_item"], src_dict["object"])
            if object_ != "subscription_item":
                raise ValueError(
                    f"object must match const 'subscription_item', got '{object_}'"
                )

            def _parse_item_id(data: object) -> int | str:
                return cast(int | str, data)

            item_id = _parse_item_id(src_dict["item_id"])

            description = src_dict["description"]

            quantity = src_dict["quantity"]

            discount = src_dict["discount"]

            unit_amount = src_dict["unit_amount"]

            total_amount = src_dict["total_amount"]

            if len(src_dict) == 7:
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
                    }
                }
            subscription_item = cls.__new__(cls)
            subscription_item.object_ = object_
            subscription_item.item_id = item_id
            subscription_item.description = description
            subscription_item.quantity = quantity
            subscription_item.discount = discount
            subscription_item.unit_amount = unit_amount
            subscription_item.total_amount = total_amount

            subscription_item.additional_properties = d

            _append(subscription_item)
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

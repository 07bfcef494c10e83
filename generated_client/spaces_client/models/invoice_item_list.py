from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invoice_item import InvoiceItem


T = TypeVar("T", bound="InvoiceItemList")


@_attrs_define
class InvoiceItemList:
    """The invoice's items (not paginated).

    Attributes:
        data (list[InvoiceItem]):
        count (int): Number of items.
    """

    data: list[InvoiceItem]
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_item import InvoiceItem

        data = []
        _data = src_dict["data"]
        for data_item_data in _data:
            data_item = InvoiceItem.from_dict(data_item_data)

            data.append(data_item)

        count = src_dict["count"]

        if len(src_dict) == 2:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "data",
                    "count",
                }
            }
        invoice_item_list = cls.__new__(cls)
        invoice_item_list.data = data
        invoice_item_list.count = count

        invoice_item_list.additional_properties = d

        return invoice_item_list

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.invoice_item import InvoiceItem

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            data = []
            _data = src_dict["data"]
            for data_item_data in _data:
                data_item = InvoiceItem.from_dict(data_item_data)

                data.append(data_item)

            count = src_dict["count"]

            if len(src_dict) == 2:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "data",
                        "count",
                    }
                }
            invoice_item_list = cls.__new__(cls)
            invoice_item_list.data = data
            invoice_item_list.count = count

            invoice_item_list.additional_properties = d

            _append(invoice_item_list)
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

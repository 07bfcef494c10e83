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
    from ..models.subscription_item import SubscriptionItem


T = TypeVar("T", bound="SubscriptionItemList")


@_attrs_define
class SubscriptionItemList:
    """The subscription's items (not paginated).

    Attributes:
        data (list[SubscriptionItem]):
        count (int): Number of items.
    """

    data: list[SubscriptionItem]
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
        from ..models.subscription_item import SubscriptionItem

        data = []
        _data = src_dict["data"]
        for data_item_data in _data:
            data_item = SubscriptionItem.from_dict(data_item_data)

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
        subscription_item_list = cls.__new__(cls)
        subscription_item_list.data = data
        subscription_item_list.count = count

        subscription_item_list.additional_properties = d

        return subscription_item_list

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.subscription_item import SubscriptionItem

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            data = []
            _data = src_dict["data"]
            for data_item_data in _data:
                data_item = SubscriptionItem.from_dict(data_item_data)

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
            subscription_item_list = cls.__new__(cls)
            subscription_item_list.data = data
            subscription_item_list.count = count

            subscription_item_list.additional_properties = d

            _append(subscription_item_list)
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

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription import Subscription


T = TypeVar("T", bound="SubscriptionList")


@_attrs_define
class SubscriptionList:
    """
    Attributes:
        object_ (Literal['list']):
        data (list[Subscription]):
        has_more (bool): Whether there are more objects after this page.
        count (int | Unset): Not in the documented list format, but present in every list example (e.g. `20` with
            `has_more: true`); its meaning is undocumented. Optional.
    """

    object_: Literal["list"]
    data: list[Subscription]
    has_more: bool
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
                "has_more": has_more,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subscription import Subscription

        object_ = cast(Literal["list"], src_dict["object"])
        if object_ != "list":
            raise ValueError(f"object must match const 'list', got '{object_}'")

        data = []
        _data = src_dict["data"]
        for data_item_data in _data:
            data_item = Subscription.from_dict(data_item_data)

            data.append(data_item)

        has_more = src_dict["has_more"]

        count = src_dict.get("count", UNSET)

        if len(src_dict) == 3 + (count is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "object",
                    "data",
                    "has_more",
                    "count",
                }
            }
        subscription_list = cls.__new__(cls)
        subscription_list.object_ = object_
        subscription_list.data = data
        subscription_list.has_more = has_more
        subscription_list.count = count

        subscription_list.additional_properties = d

        return subscription_list

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.subscription import Subscription

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            object_ = cast(Literal["list"], src_dict["object"])
            if object_ != "list":
                raise ValueError(f"object must match const 'list', got '{object_}'")

            data = []
            _data = src_dict["data"]
            for data_item_data in _data:
                data_item = Subscription.from_dict(data_item_data)

                data.append(data_item)

            has_more = src_dict["has_more"]

            count = src_dict.get("count", UNSET)

            if len(src_dict) == 3 + (count is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "object",
                        "data",
                        "has_more",
                        "count",
                    }
                }
            subscription_list = cls.__new__(cls)
            subscription_list.object_ = object_
            subscription_list.data = data
            subscription_list.has_more = has_more
            subscription_list.count = count

            subscription_list.additional_properties = d

            _append(subscription_list)
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

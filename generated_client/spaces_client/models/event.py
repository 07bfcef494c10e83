from __future__ import annotations

from collections.abc import Mapping
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

from ..models.event_type import EventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_data import EventData


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """Created when something happens to your data; sent out as webhooks.

    Attributes:
        object_ (Literal['event']):
        created (int): A Unix timestamp in seconds.
        type_ (EventType): The event type.
        data (EventData): The data an event refers to: `object` holds the customer, invoice, subscription or
            captured_email.
            The four are told apart by their `object` string.
        id (str | Unset): Not documented. Declared optional because cursor pagination takes an object ID; see the
            README's
            "### Spaces" decisions.
    """

    object_: Literal["event"]
    created: int
    type_: EventType
    data: EventData
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        created = self.created

        type_ = self.type_.value

        data = self.data.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "created": created,
                "type": type_,
                "data": data,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_data import EventData

        d = dict(src_dict)
        object_ = cast(Literal["event"], d.pop("object"))
        if object_ != "event":
            raise ValueError(f"object must match const 'event', got '{object_}'")

        created = d.pop("created")

        type_ = EventType(d.pop("type"))

        data = EventData.from_dict(d.pop("data"))

        id = d.pop("id", UNSET)

        event = cls.__new__(cls)
        event.object_ = object_
        event.created = created
        event.type_ = type_
        event.data = data
        event.id = id

        event.additional_properties = d
        return event

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

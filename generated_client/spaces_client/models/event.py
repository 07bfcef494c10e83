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

        object_ = cast(Literal["event"], src_dict["object"])
        if object_ != "event":
            raise ValueError(f"object must match const 'event', got '{object_}'")

        created = src_dict["created"]

        type_ = EventType(src_dict["type"])

        data = EventData.from_dict(src_dict["data"])

        id = src_dict.get("id", UNSET)

        if len(src_dict) == 4 + (id is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "object",
                    "created",
                    "type",
                    "data",
                    "id",
                }
            }
        event = cls.__new__(cls)
        event.object_ = object_
        event.created = created
        event.type_ = type_
        event.data = data
        event.id = id

        event.additional_properties = d

        return event

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.event_data import EventData

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            object_ = cast(Literal["event"], src_dict["object"])
            if object_ != "event":
                raise ValueError(f"object must match const 'event', got '{object_}'")

            created = src_dict["created"]

            type_ = EventType(src_dict["type"])

            data = EventData.from_dict(src_dict["data"])

            id = src_dict.get("id", UNSET)

            if len(src_dict) == 4 + (id is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "object",
                        "created",
                        "type",
                        "data",
                        "id",
                    }
                }
            event = cls.__new__(cls)
            event.object_ = object_
            event.created = created
            event.type_ = type_
            event.data = data
            event.id = id

            event.additional_properties = d

            _append(event)
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

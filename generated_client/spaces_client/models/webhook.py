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
    from ..models.event import Event


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook delivery of an event. Delivery is attempted every hour until delivered, at most 24 tries.

    Attributes:
        object_ (Literal['webhook']):
        created (int): A Unix timestamp in seconds.
        url (str):
        event (Event): Created when something happens to your data; sent out as webhooks.
        pending (bool): Whether the webhook is yet to be delivered.
        id (str | Unset): Not documented. Declared optional because cursor pagination takes an object ID; see the
            README's
            "### Spaces" decisions.
    """

    object_: Literal["webhook"]
    created: int
    url: str
    event: Event
    pending: bool
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        created = self.created

        url = self.url

        event = self.event.to_dict()

        pending = self.pending

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "created": created,
                "url": url,
                "event": event,
                "pending": pending,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event import Event

        object_ = cast(Literal["webhook"], src_dict["object"])
        if object_ != "webhook":
            raise ValueError(f"object must match const 'webhook', got '{object_}'")

        created = src_dict["created"]

        url = src_dict["url"]

        event = Event.from_dict(src_dict["event"])

        pending = src_dict["pending"]

        id = src_dict.get("id", UNSET)

        if len(src_dict) == 5 + (id is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "object",
                    "created",
                    "url",
                    "event",
                    "pending",
                    "id",
                }
            }
        webhook = cls.__new__(cls)
        webhook.object_ = object_
        webhook.created = created
        webhook.url = url
        webhook.event = event
        webhook.pending = pending
        webhook.id = id

        webhook.additional_properties = d

        return webhook

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.event import Event

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            object_ = cast(Literal["webhook"], src_dict["object"])
            if object_ != "webhook":
                raise ValueError(f"object must match const 'webhook', got '{object_}'")

            created = src_dict["created"]

            url = src_dict["url"]

            event = Event.from_dict(src_dict["event"])

            pending = src_dict["pending"]

            id = src_dict.get("id", UNSET)

            if len(src_dict) == 5 + (id is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "object",
                        "created",
                        "url",
                        "event",
                        "pending",
                        "id",
                    }
                }
            webhook = cls.__new__(cls)
            webhook.object_ = object_
            webhook.created = created
            webhook.url = url
            webhook.event = event
            webhook.pending = pending
            webhook.id = id

            webhook.additional_properties = d

            _append(webhook)
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

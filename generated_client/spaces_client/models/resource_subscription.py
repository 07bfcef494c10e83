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

from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceSubscription")


@_attrs_define
class ResourceSubscription:
    """A REST Hooks subscription (http://resthooks.org/).

    Attributes:
        object_ (Literal['resource_subscription']):
        event (EventType): The event type.
        target_url (str): The URL webhooks are sent to.
        api_version (str): The API version the subscription was created with, e.g. `04-09-2014`.
        created (int): A Unix timestamp in seconds.
        id (str | Unset): Not documented. Declared optional because cursor pagination takes an object ID; see the
            README's
            "### Spaces" decisions.
    """

    object_: Literal["resource_subscription"]
    event: EventType
    target_url: str
    api_version: str
    created: int
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        event = self.event.value

        target_url = self.target_url

        api_version = self.api_version

        created = self.created

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "event": event,
                "target_url": target_url,
                "api_version": api_version,
                "created": created,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        object_ = cast(Literal["resource_subscription"], src_dict["object"])
        if object_ != "resource_subscription":
            raise ValueError(
                f"object must match const 'resource_subscription', got '{object_}'"
            )

        event = EventType(src_dict["event"])

        target_url = src_dict["target_url"]

        api_version = src_dict["api_version"]

        created = src_dict["created"]

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
                    "event",
                    "target_url",
                    "api_version",
                    "created",
                    "id",
                }
            }
        resource_subscription = cls.__new__(cls)
        resource_subscription.object_ = object_
        resource_subscription.event = event
        resource_subscription.target_url = target_url
        resource_subscription.api_version = api_version
        resource_subscription.created = created
        resource_subscription.id = id

        resource_subscription.additional_properties = d

        return resource_subscription

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            object_ = cast(Literal["resource_subscription"], src_dict["object"])
            if object_ != "resource_subscription":
                raise ValueError(
                    f"object must match const 'resource_subscription', got '{object_}'"
                )

            event = EventType(src_dict["event"])

            target_url = src_dict["target_url"]

            api_version = src_dict["api_version"]

            created = src_dict["created"]

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
                        "event",
                        "target_url",
                        "api_version",
                        "created",
                        "id",
                    }
                }
            resource_subscription = cls.__new__(cls)
            resource_subscription.object_ = object_
            resource_subscription.event = event
            resource_subscription.target_url = target_url
            resource_subscription.api_version = api_version
            resource_subscription.created = created
            resource_subscription.id = id

            resource_subscription.additional_properties = d

            _append(resource_subscription)
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

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType

T = TypeVar("T", bound="ResourceSubscriptionCreate")


@_attrs_define
class ResourceSubscriptionCreate:
    """Form-encoded arguments for creating a resource subscription.

    Attributes:
        event (EventType): The event type.
        target_url (str): The target URL to send webhooks to.
    """

    event: EventType
    target_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        target_url = self.target_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "target_url": target_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        event = EventType(src_dict["event"])

        target_url = src_dict["target_url"]

        if len(src_dict) == 2:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "event",
                    "target_url",
                }
            }
        resource_subscription_create = cls.__new__(cls)
        resource_subscription_create.event = event
        resource_subscription_create.target_url = target_url

        resource_subscription_create.additional_properties = d

        return resource_subscription_create

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            event = EventType(src_dict["event"])

            target_url = src_dict["target_url"]

            if len(src_dict) == 2:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "event",
                        "target_url",
                    }
                }
            resource_subscription_create = cls.__new__(cls)
            resource_subscription_create.event = event
            resource_subscription_create.target_url = target_url

            resource_subscription_create.additional_properties = d

            _append(resource_subscription_create)
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

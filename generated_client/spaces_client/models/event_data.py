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
    from ..models.captured_email import CapturedEmail
    from ..models.customer import Customer
    from ..models.invoice import Invoice
    from ..models.subscription import Subscription


T = TypeVar("T", bound="EventData")


@_attrs_define
class EventData:
    """The data an event refers to: `object` holds the customer, invoice, subscription or captured_email.
    The four are told apart by their `object` string.

        Attributes:
            object_ (CapturedEmail | Customer | Invoice | Subscription):
    """

    object_: CapturedEmail | Customer | Invoice | Subscription
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer
        from ..models.invoice import Invoice
        from ..models.subscription import Subscription

        object_: dict[str, Any]
        if (
            isinstance(self.object_, Customer)
            or isinstance(self.object_, Invoice)
            or isinstance(self.object_, Subscription)
        ):
            object_ = self.object_.to_dict()
        else:
            object_ = self.object_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.captured_email import CapturedEmail
        from ..models.customer import Customer
        from ..models.invoice import Invoice
        from ..models.subscription import Subscription

        def _parse_object_(
            data: object,
        ) -> CapturedEmail | Customer | Invoice | Subscription:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                object_type_0 = Customer.from_dict(data)

                return object_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                object_type_1 = Invoice.from_dict(data)

                return object_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                object_type_2 = Subscription.from_dict(data)

                return object_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            object_type_3 = CapturedEmail.from_dict(data)

            return object_type_3

        object_ = _parse_object_(src_dict["object"])

        if len(src_dict) == 1:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "object",
                }
            }
        event_data = cls.__new__(cls)
        event_data.object_ = object_

        event_data.additional_properties = d

        return event_data

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.captured_email import CapturedEmail
        from ..models.customer import Customer
        from ..models.invoice import Invoice
        from ..models.subscription import Subscription

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:

            def _parse_object_(
                data: object,
            ) -> CapturedEmail | Customer | Invoice | Subscription:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    object_type_0 = Customer.from_dict(data)

                    return object_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    object_type_1 = Invoice.from_dict(data)

                    return object_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    object_type_2 = Subscription.from_dict(data)

                    return object_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                object_type_3 = CapturedEmail.from_dict(data)

                return object_type_3

            object_ = _parse_object_(src_dict["object"])

            if len(src_dict) == 1:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "object",
                    }
                }
            event_data = cls.__new__(cls)
            event_data.object_ = object_

            event_data.additional_properties = d

            _append(event_data)
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

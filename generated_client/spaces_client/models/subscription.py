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
    from ..models.customer import Customer
    from ..models.subscription_item_list import SubscriptionItemList


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """A subscription, always tied to a customer. It has a `token` (unique only within its customer), not an
    `id`. `status` appears in every example (`"active"`) but not in the attribute table; it is optional
    and its other values are undocumented.

        Attributes:
            object_ (Literal['subscription']):
            token (str): Unique only within the customer.
            serial_number (int): Sequential number of the subscription within the Space.
            created (int): A Unix timestamp in seconds.
            items (SubscriptionItemList): The subscription's items (not paginated).
            total (int): The total, in the currency's minor unit.
            currency (str): The currency, an ISO 4217 code such as `USD`. The docs' attribute tables say `integer`, but
                every
                example is a string (`"USD"`); this spec follows the examples.
            customer (Customer): A customer (read only). `space` is present when a customer is retrieved or listed but
                absent in the
                customer embedded in an event's `data`, so it is optional. The docs' event example uses `token`
                instead of `id` for the customer; the webhook example of the same event uses `id`, which this spec
                follows.
            id (str | Unset): Not documented (the docs show only `token`). Declared optional because cursor pagination takes
                an
                object ID; see the README's "### Spaces" decisions.
            status (str | Unset): The subscription status, e.g. `active` (other values undocumented). Optional because the
                docs disagree -- every example shows it, the attribute table does not list it.
    """

    object_: Literal["subscription"]
    token: str
    serial_number: int
    created: int
    items: SubscriptionItemList
    total: int
    currency: str
    customer: Customer
    id: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        token = self.token

        serial_number = self.serial_number

        created = self.created

        items = self.items.to_dict()

        total = self.total

        currency = self.currency

        customer = self.customer.to_dict()

        id = self.id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "token": token,
                "serial_number": serial_number,
                "created": created,
                "items": items,
                "total": total,
                "currency": currency,
                "customer": customer,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer import Customer
        from ..models.subscription_item_list import SubscriptionItemList

        object_ = cast(Literal["subscription"], src_dict["object"])
        if object_ != "subscription":
            raise ValueError(f"object must match const 'subscription', got '{object_}'")

        token = src_dict["token"]

        serial_number = src_dict["serial_number"]

        created = src_dict["created"]

        items = SubscriptionItemList.from_dict(src_dict["items"])

        total = src_dict["total"]

        currency = src_dict["currency"]

        customer = Customer.from_dict(src_dict["customer"])

        id = src_dict.get("id", UNSET)

        status = src_dict.get("status", UNSET)

        if len(src_dict) == 8 + (id is not UNSET) + (status is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "object",
                    "token",
                    "serial_number",
                    "created",
                    "items",
                    "total",
                    "currency",
                    "customer",
                    "id",
                    "status",
                }
            }
        subscription = cls.__new__(cls)
        subscription.object_ = object_
        subscription.token = token
        subscription.serial_number = serial_number
        subscription.created = created
        subscription.items = items
        subscription.total = total
        subscription.currency = currency
        subscription.customer = customer
        subscription.id = id
        subscription.status = status

        subscription.additional_properties = d

        return subscription

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.customer import Customer
        from ..models.subscription_item_list import SubscriptionItemList

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            object_ = cast(Literal["subscription"], src_dict["object"])
            if object_ != "subscription":
                raise ValueError(
                    f"object must match const 'subscription', got '{object_}'"
                )

            token = src_dict["token"]

            serial_number = src_dict["serial_number"]

            created = src_dict["created"]

            items = SubscriptionItemList.from_dict(src_dict["items"])

            total = src_dict["total"]

            currency = src_dict["currency"]

            customer = Customer.from_dict(src_dict["customer"])

            id = src_dict.get("id", UNSET)

            status = src_dict.get("status", UNSET)

            if len(src_dict) == 8 + (id is not UNSET) + (status is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "object",
                        "token",
                        "serial_number",
                        "created",
                        "items",
                        "total",
                        "currency",
                        "customer",
                        "id",
                        "status",
                    }
                }
            subscription = cls.__new__(cls)
            subscription.object_ = object_
            subscription.token = token
            subscription.serial_number = serial_number
            subscription.created = created
            subscription.items = items
            subscription.total = total
            subscription.currency = currency
            subscription.customer = customer
            subscription.id = id
            subscription.status = status

            subscription.additional_properties = d

            _append(subscription)
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

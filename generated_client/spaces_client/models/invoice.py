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

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.customer import Customer
    from ..models.invoice_item_list import InvoiceItemList


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """An invoice; it belongs to a customer.

    Attributes:
        object_ (Literal['invoice']):
        id (str): Unique among all Spaces of a user.
        created (int): A Unix timestamp in seconds.
        order_number (int): The sequential order number, scoped to the Space.
        billing_address (Address | None): The billing address, or null.
        shipping_address (Address | None): The shipping address, or null.
        paid (bool):
        shipped (bool):
        shipping_details (None | str): A message sent to the customer when the order was marked as shipped.
        total (int): The amount paid, in the currency's minor unit.
        currency (str): The currency, an ISO 4217 code such as `USD`. The docs' attribute tables say `integer`, but
            every
            example is a string (`"USD"`); this spec follows the examples.
        items (InvoiceItemList): The invoice's items (not paginated).
        customer (Customer): A customer (read only). `space` is present when a customer is retrieved or listed but
            absent in the
            customer embedded in an event's `data`, so it is optional. The docs' event example uses `token`
            instead of `id` for the customer; the webhook example of the same event uses `id`, which this spec
            follows.
    """

    object_: Literal["invoice"]
    id: str
    created: int
    order_number: int
    billing_address: Address | None
    shipping_address: Address | None
    paid: bool
    shipped: bool
    shipping_details: None | str
    total: int
    currency: str
    items: InvoiceItemList
    customer: Customer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address

        object_ = self.object_

        id = self.id

        created = self.created

        order_number = self.order_number

        billing_address: dict[str, Any] | None
        if isinstance(self.billing_address, Address):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        shipping_address: dict[str, Any] | None
        if isinstance(self.shipping_address, Address):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        paid = self.paid

        shipped = self.shipped

        shipping_details: None | str
        shipping_details = self.shipping_details

        total = self.total

        currency = self.currency

        items = self.items.to_dict()

        customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "created": created,
                "order_number": order_number,
                "billing_address": billing_address,
                "shipping_address": shipping_address,
                "paid": paid,
                "shipped": shipped,
                "shipping_details": shipping_details,
                "total": total,
                "currency": currency,
                "items": items,
                "customer": customer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address
        from ..models.customer import Customer
        from ..models.invoice_item_list import InvoiceItemList

        object_ = cast(Literal["invoice"], src_dict["object"])
        if object_ != "invoice":
            raise ValueError(f"object must match const 'invoice', got '{object_}'")

        id = src_dict["id"]

        created = src_dict["created"]

        order_number = src_dict["order_number"]

        def _parse_billing_address(data: object) -> Address | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_0 = Address.from_dict(data)

                return billing_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None, data)

        billing_address = _parse_billing_address(src_dict["billing_address"])

        def _parse_shipping_address(data: object) -> Address | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_address_type_0 = Address.from_dict(data)

                return shipping_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None, data)

        shipping_address = _parse_shipping_address(src_dict["shipping_address"])

        paid = src_dict["paid"]

        shipped = src_dict["shipped"]

        def _parse_shipping_details(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        shipping_details = _parse_shipping_details(src_dict["shipping_details"])

        total = src_dict["total"]

        currency = src_dict["currency"]

        items = InvoiceItemList.from_dict(src_dict["items"])

        customer = Customer.from_dict(src_dict["customer"])

        if len(src_dict) == 13:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "object",
                    "id",
                    "created",
                    "order_number",
                    "billing_address",
                    "shipping_address",
                    "paid",
                    "shipped",
                    "shipping_details",
                    "total",
                    "currency",
                    "items",
                    "customer",
                }
            }
        invoice = cls.__new__(cls)
        invoice.object_ = object_
        invoice.id = id
        invoice.created = created
        invoice.order_number = order_number
        invoice.billing_address = billing_address
        invoice.shipping_address = shipping_address
        invoice.paid = paid
        invoice.shipped = shipped
        invoice.shipping_details = shipping_details
        invoice.total = total
        invoice.currency = currency
        invoice.items = items
        invoice.customer = customer

        invoice.additional_properties = d

        return invoice

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.address import Address
        from ..models.customer import Customer
        from ..models.invoice_item_list import InvoiceItemList

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            object_ = cast(Literal["invoice"], src_dict["object"])
            if object_ != "invoice":
                raise ValueError(f"object must match const 'invoice', got '{object_}'")

            id = src_dict["id"]

            created = src_dict["created"]

            order_number = src_dict["order_number"]

            def _parse_billing_address(data: object) -> Address | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    billing_address_type_0 = Address.from_dict(data)

                    return billing_address_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Address | None, data)

            billing_address = _parse_billing_address(src_dict["billing_address"])

            def _parse_shipping_address(data: object) -> Address | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    shipping_address_type_0 = Address.from_dict(data)

                    return shipping_address_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Address | None, data)

            shipping_address = _parse_shipping_address(src_dict["shipping_address"])

            paid = src_dict["paid"]

            shipped = src_dict["shipped"]

            def _parse_shipping_details(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            shipping_details = _parse_shipping_details(src_dict["shipping_details"])

            total = src_dict["total"]

            currency = src_dict["currency"]

            items = InvoiceItemList.from_dict(src_dict["items"])

            customer = Customer.from_dict(src_dict["customer"])

            if len(src_dict) == 13:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "object",
                        "id",
                        "created",
                        "order_number",
                        "billing_address",
                        "shipping_address",
                        "paid",
                        "shipped",
                        "shipping_details",
                        "total",
                        "currency",
                        "items",
                        "customer",
                    }
                }
            invoice = cls.__new__(cls)
            invoice.object_ = object_
            invoice.id = id
            invoice.created = created
            invoice.order_number = order_number
            invoice.billing_address = billing_address
            invoice.shipping_address = shipping_address
            invoice.paid = paid
            invoice.shipped = shipped
            invoice.shipping_details = shipping_details
            invoice.total = total
            invoice.currency = currency
            invoice.items = items
            invoice.customer = customer

            invoice.additional_properties = d

            _append(invoice)
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

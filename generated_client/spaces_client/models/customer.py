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
    from ..models.space import Space


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer (read only). `space` is present when a customer is retrieved or listed but absent in the
    customer embedded in an event's `data`, so it is optional. The docs' event example uses `token`
    instead of `id` for the customer; the webhook example of the same event uses `id`, which this spec
    follows.

        Attributes:
            object_ (Literal['customer']):
            id (str): Unique among all Spaces of a user.
            name (str):
            email (str):
            created (int): A Unix timestamp in seconds.
            space (Space | Unset): A Space (read only). Its `id` is an integer sequential from 1, as documented; as a
                pagination cursor
                it is sent as its decimal string (`starting_after=1`).
    """

    object_: Literal["customer"]
    id: str
    name: str
    email: str
    created: int
    space: Space | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        name = self.name

        email = self.email

        created = self.created

        space: dict[str, Any] | Unset = UNSET
        if not isinstance(self.space, Unset):
            space = self.space.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "name": name,
                "email": email,
                "created": created,
            }
        )
        if space is not UNSET:
            field_dict["space"] = space

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.space import Space

        object_ = cast(Literal["customer"], src_dict["object"])
        if object_ != "customer":
            raise ValueError(f"object must match const 'customer', got '{object_}'")

        id = src_dict["id"]

        name = src_dict["name"]

        email = src_dict["email"]

        created = src_dict["created"]

        _space = src_dict.get("space", UNSET)
        space: Space | Unset
        if isinstance(_space, Unset):
            space = UNSET
        else:
            space = Space.from_dict(_space)

        if len(src_dict) == 5 + (space is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "object",
                    "id",
                    "name",
                    "email",
                    "created",
                    "space",
                }
            }
        customer = cls.__new__(cls)
        customer.object_ = object_
        customer.id = id
        customer.name = name
        customer.email = email
        customer.created = created
        customer.space = space

        customer.additional_properties = d

        return customer

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.space import Space

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            object_ = cast(Literal["customer"], src_dict["object"])
            if object_ != "customer":
                raise ValueError(f"object must match const 'customer', got '{object_}'")

            id = src_dict["id"]

            name = src_dict["name"]

            email = src_dict["email"]

            created = src_dict["created"]

            _space = src_dict.get("space", UNSET)
            space: Space | Unset
            if isinstance(_space, Unset):
                space = UNSET
            else:
                space = Space.from_dict(_space)

            if len(src_dict) == 5 + (space is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "object",
                        "id",
                        "name",
                        "email",
                        "created",
                        "space",
                    }
                }
            customer = cls.__new__(cls)
            customer.object_ = object_
            customer.id = id
            customer.name = name
            customer.email = email
            customer.created = created
            customer.space = space

            customer.additional_properties = d

            _append(customer)
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

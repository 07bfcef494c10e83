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


T = TypeVar("T", bound="CapturedEmail")


@_attrs_define
class CapturedEmail:
    """An email captured through a capture email section (read only).

    Attributes:
        object_ (Literal['captured_email']):
        email (str):
        created (int): A Unix timestamp in seconds.
        space (Space): A Space (read only). Its `id` is an integer sequential from 1, as documented; as a pagination
            cursor
            it is sent as its decimal string (`starting_after=1`).
        id (str | Unset): Not documented. Declared optional because cursor pagination takes an object ID; see the
            README's
            "### Spaces" decisions.
    """

    object_: Literal["captured_email"]
    email: str
    created: int
    space: Space
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        email = self.email

        created = self.created

        space = self.space.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "email": email,
                "created": created,
                "space": space,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.space import Space

        object_ = cast(Literal["captured_email"], src_dict["object"])
        if object_ != "captured_email":
            raise ValueError(
                f"object must match const 'captured_email', got '{object_}'"
            )

        email = src_dict["email"]

        created = src_dict["created"]

        space = Space.from_dict(src_dict["space"])

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
                    "email",
                    "created",
                    "space",
                    "id",
                }
            }
        captured_email = cls.__new__(cls)
        captured_email.object_ = object_
        captured_email.email = email
        captured_email.created = created
        captured_email.space = space
        captured_email.id = id

        captured_email.additional_properties = d

        return captured_email

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.space import Space

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            object_ = cast(Literal["captured_email"], src_dict["object"])
            if object_ != "captured_email":
                raise ValueError(
                    f"object must match const 'captured_email', got '{object_}'"
                )

            email = src_dict["email"]

            created = src_dict["created"]

            space = Space.from_dict(src_dict["space"])

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
                        "email",
                        "created",
                        "space",
                        "id",
                    }
                }
            captured_email = cls.__new__(cls)
            captured_email.object_ = object_
            captured_email.email = email
            captured_email.created = created
            captured_email.space = space
            captured_email.id = id

            captured_email.additional_properties = d

            _append(captured_email)
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

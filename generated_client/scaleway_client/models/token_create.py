from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenCreate")


@_attrs_define
class TokenCreate:
    """
    Attributes:
        email (str): User email.
        password (str): User password.
        expires (bool | Unset): false: a token that never expires. Default: True.
    """

    email: str
    password: str
    expires: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        expires = self.expires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )
        if expires is not UNSET:
            field_dict["expires"] = expires

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        email = src_dict["email"]

        password = src_dict["password"]

        expires = src_dict.get("expires", UNSET)

        if len(src_dict) == 2 + (expires is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "email",
                    "password",
                    "expires",
                }
            }
        token_create = cls.__new__(cls)
        token_create.email = email
        token_create.password = password
        token_create.expires = expires

        token_create.additional_properties = d

        return token_create

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            email = src_dict["email"]

            password = src_dict["password"]

            expires = src_dict.get("expires", UNSET)

            if len(src_dict) == 2 + (expires is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "email",
                        "password",
                        "expires",
                    }
                }
            token_create = cls.__new__(cls)
            token_create.email = email
            token_create.password = password
            token_create.expires = expires

            token_create.additional_properties = d

            _append(token_create)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("email", "email", "str", True),
        ("password", "password", "str", True),
        ("expires", "expires", "bool", False),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            email = _row.email
            password = _row.password
            expires = _row.expires
            token_create = cls.__new__(cls)
            token_create.email = email
            token_create.password = password
            token_create.expires = expires
            token_create.additional_properties = {}
            _append(token_create)
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

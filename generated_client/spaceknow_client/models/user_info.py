from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """The user (fields [C]).

    Attributes:
        email (str | Unset):
        name (str | Unset):
        permissions (list[str] | Unset):
    """

    email: str | Unset = UNSET
    name: str | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        email = src_dict.get("email", UNSET)

        name = src_dict.get("name", UNSET)

        permissions = cast(list[str], src_dict.get("permissions", UNSET))

        if len(src_dict) == 0 + (email is not UNSET) + (name is not UNSET) + (
            permissions is not UNSET
        ):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "email",
                    "name",
                    "permissions",
                }
            }
        user_info = cls.__new__(cls)
        user_info.email = email
        user_info.name = name
        user_info.permissions = permissions

        user_info.additional_properties = d

        return user_info

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            email = src_dict.get("email", UNSET)

            name = src_dict.get("name", UNSET)

            permissions = cast(list[str], src_dict.get("permissions", UNSET))

            if len(src_dict) == 0 + (email is not UNSET) + (name is not UNSET) + (
                permissions is not UNSET
            ):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "email",
                        "name",
                        "permissions",
                    }
                }
            user_info = cls.__new__(cls)
            user_info.email = email
            user_info.name = name
            user_info.permissions = permissions

            user_info.additional_properties = d

            _append(user_info)
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

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

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """The authenticated user's account.

    Attributes:
        object_ (Literal['account']):
        created (int): A Unix timestamp in seconds.
        name (str):
        email (str):
        avatar_image_url (str):
        referral_code (str): The referral code the user can use to refer others.
    """

    object_: Literal["account"]
    created: int
    name: str
    email: str
    avatar_image_url: str
    referral_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        created = self.created

        name = self.name

        email = self.email

        avatar_image_url = self.avatar_image_url

        referral_code = self.referral_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "created": created,
                "name": name,
                "email": email,
                "avatar_image_url": avatar_image_url,
                "referral_code": referral_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        object_ = cast(Literal["account"], src_dict["object"])
        if object_ != "account":
            raise ValueError(f"object must match const 'account', got '{object_}'")

        created = src_dict["created"]

        name = src_dict["name"]

        email = src_dict["email"]

        avatar_image_url = src_dict["avatar_image_url"]

        referral_code = src_dict["referral_code"]

        if len(src_dict) == 6:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "object",
                    "created",
                    "name",
                    "email",
                    "avatar_image_url",
                    "referral_code",
                }
            }
        account = cls.__new__(cls)
        account.object_ = object_
        account.created = created
        account.name = name
        account.email = email
        account.avatar_image_url = avatar_image_url
        account.referral_code = referral_code

        account.additional_properties = d

        return account

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            object_ = cast(Literal["account"], src_dict["object"])
            if object_ != "account":
                raise ValueError(f"object must match const 'account', got '{object_}'")

            created = src_dict["created"]

            name = src_dict["name"]

            email = src_dict["email"]

            avatar_image_url = src_dict["avatar_image_url"]

            referral_code = src_dict["referral_code"]

            if len(src_dict) == 6:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "object",
                        "created",
                        "name",
                        "email",
                        "avatar_image_url",
                        "referral_code",
                    }
                }
            account = cls.__new__(cls)
            account.object_ = object_
            account.created = created
            account.name = name
            account.email = email
            account.avatar_image_url = avatar_image_url
            account.referral_code = referral_code

            account.additional_properties = d

            _append(account)
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

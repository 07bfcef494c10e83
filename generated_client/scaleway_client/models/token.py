from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_roles import TokenRoles


T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """
    Attributes:
        creation_date (datetime.datetime): ISO 8601 with microseconds and an offset, e.g.
            `2014-05-22T08:05:57.556385+00:00`.
        expires (datetime.datetime | None): When the token runs out; null for a token created with `expires: false`.
        id (str): The token itself (send it as X-Auth-Token).
        inherits_user_perms (bool):
        permissions (list[Any]):
        roles (TokenRoles):
        user_id (str):
        description (str | Unset): Only in fog-scaleway's mock.
    """

    creation_date: datetime.datetime
    expires: datetime.datetime | None
    id: str
    inherits_user_perms: bool
    permissions: list[Any]
    roles: TokenRoles
    user_id: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation_date = self.creation_date.isoformat()

        expires: None | str
        if isinstance(self.expires, datetime.datetime):
            expires = self.expires.isoformat()
        else:
            expires = self.expires

        id = self.id

        inherits_user_perms = self.inherits_user_perms

        permissions = self.permissions

        roles = self.roles.to_dict()

        user_id = self.user_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creation_date": creation_date,
                "expires": expires,
                "id": id,
                "inherits_user_perms": inherits_user_perms,
                "permissions": permissions,
                "roles": roles,
                "user_id": user_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.token_roles import TokenRoles

        creation_date = datetime.datetime.fromisoformat(src_dict["creation_date"])

        def _parse_expires(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_type_0 = datetime.datetime.fromisoformat(data)

                return expires_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires = _parse_expires(src_dict["expires"])

        id = src_dict["id"]

        inherits_user_perms = src_dict["inherits_user_perms"]

        permissions = cast(list[Any], src_dict["permissions"])

        roles = TokenRoles.from_dict(src_dict["roles"])

        user_id = src_dict["user_id"]

        description = src_dict.get("description", UNSET)

        if len(src_dict) == 7 + (description is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "creation_date",
                    "expires",
                    "id",
                    "inherits_user_perms",
                    "permissions",
                    "roles",
                    "user_id",
                    "description",
                }
            }
        token = cls.__new__(cls)
        token.creation_date = creation_date
        token.expires = expires
        token.id = id
        token.inherits_user_perms = inherits_user_perms
        token.permissions = permissions
        token.roles = roles
        token.user_id = user_id
        token.description = description

        token.additional_properties = d

        return token

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.token_roles import TokenRoles

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            creation_date = datetime.datetime.fromisoformat(src_dict["creation_date"])

            def _parse_expires(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expires_type_0 = datetime.datetime.fromisoformat(data)

                    return expires_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            expires = _parse_expires(src_dict["expires"])

            id = src_dict["id"]

            inherits_user_perms = src_dict["inherits_user_perms"]

            permissions = cast(list[Any], src_dict["permissions"])

            roles = TokenRoles.from_dict(src_dict["roles"])

            user_id = src_dict["user_id"]

            description = src_dict.get("description", UNSET)

            if len(src_dict) == 7 + (description is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "creation_date",
                        "expires",
                        "id",
                        "inherits_user_perms",
                        "permissions",
                        "roles",
                        "user_id",
                        "description",
                    }
                }
            token = cls.__new__(cls)
            token.creation_date = creation_date
            token.expires = expires
            token.id = id
            token.inherits_user_perms = inherits_user_perms
            token.permissions = permissions
            token.roles = roles
            token.user_id = user_id
            token.description = description

            token.additional_properties = d

            _append(token)
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

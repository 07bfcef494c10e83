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
    from ..models.token_permissions_permissions import TokenPermissionsPermissions


T = TypeVar("T", bound="TokenPermissions")


@_attrs_define
class TokenPermissions:
    """
    Attributes:
        permissions (TokenPermissionsPermissions): Service (`compute`, `account`, ...) -> permission name
            (`servers:read`; `*` matches any part) -> the resources (organization or resource ids) it is granted on.
    """

    permissions: TokenPermissionsPermissions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.token_permissions_permissions import TokenPermissionsPermissions

        permissions = TokenPermissionsPermissions.from_dict(src_dict["permissions"])

        if len(src_dict) == 1:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "permissions",
                }
            }
        token_permissions = cls.__new__(cls)
        token_permissions.permissions = permissions

        token_permissions.additional_properties = d

        return token_permissions

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.token_permissions_permissions import TokenPermissionsPermissions

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            permissions = TokenPermissionsPermissions.from_dict(src_dict["permissions"])

            if len(src_dict) == 1:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "permissions",
                    }
                }
            token_permissions = cls.__new__(cls)
            token_permissions.permissions = permissions

            token_permissions.additional_properties = d

            _append(token_permissions)
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

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
    from ..models.token_permissions_permissions_additional_property import (
        TokenPermissionsPermissionsAdditionalProperty,
    )


T = TypeVar("T", bound="TokenPermissionsPermissions")


@_attrs_define
class TokenPermissionsPermissions:
    """Service (`compute`, `account`, ...) -> permission name (`servers:read`; `*` matches any part) -> the resources
    (organization or resource ids) it is granted on.

    """

    additional_properties: dict[str, TokenPermissionsPermissionsAdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.token_permissions_permissions_additional_property import (
            TokenPermissionsPermissionsAdditionalProperty,
        )

        d = dict(src_dict)
        token_permissions_permissions = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = (
                TokenPermissionsPermissionsAdditionalProperty.from_dict(prop_dict)
            )

            additional_properties[prop_name] = additional_property

        token_permissions_permissions.additional_properties = additional_properties

        return token_permissions_permissions

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.token_permissions_permissions_additional_property import (
            TokenPermissionsPermissionsAdditionalProperty,
        )

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            d = dict(src_dict)
            token_permissions_permissions = cls.__new__(cls)

            additional_properties = {}
            for prop_name, prop_dict in d.items():
                additional_property = (
                    TokenPermissionsPermissionsAdditionalProperty.from_dict(prop_dict)
                )

                additional_properties[prop_name] = additional_property

            token_permissions_permissions.additional_properties = additional_properties

            _append(token_permissions_permissions)
        return _built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> TokenPermissionsPermissionsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: TokenPermissionsPermissionsAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

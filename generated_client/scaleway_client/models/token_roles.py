from __future__ import annotations

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

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="TokenRoles")


@_attrs_define
class TokenRoles:
    """
    Attributes:
        organization (None | Ref):
        role (None | str):
    """

    organization: None | Ref
    role: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref

        organization: dict[str, Any] | None
        if isinstance(self.organization, Ref):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        role: None | str
        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization": organization,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ref import Ref

        def _parse_organization(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_type_0 = Ref.from_dict(data)

                return organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        organization = _parse_organization(src_dict["organization"])

        def _parse_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role = _parse_role(src_dict["role"])

        if len(src_dict) == 2:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "organization",
                    "role",
                }
            }
        token_roles = cls.__new__(cls)
        token_roles.organization = organization
        token_roles.role = role

        token_roles.additional_properties = d

        return token_roles

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.ref import Ref

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:

            def _parse_organization(data: object) -> None | Ref:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    organization_type_0 = Ref.from_dict(data)

                    return organization_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Ref, data)

            organization = _parse_organization(src_dict["organization"])

            def _parse_role(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            role = _parse_role(src_dict["role"])

            if len(src_dict) == 2:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "organization",
                        "role",
                    }
                }
            token_roles = cls.__new__(cls)
            token_roles.organization = organization
            token_roles.role = role

            token_roles.additional_properties = d

            _append(token_roles)
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

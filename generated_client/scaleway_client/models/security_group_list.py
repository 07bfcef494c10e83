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
    from ..models.security_group import SecurityGroup


T = TypeVar("T", bound="SecurityGroupList")


@_attrs_define
class SecurityGroupList:
    """
    Attributes:
        security_groups (list[SecurityGroup]):
    """

    security_groups: list[SecurityGroup]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        security_groups = []
        for security_groups_item_data in self.security_groups:
            security_groups_item = security_groups_item_data.to_dict()
            security_groups.append(security_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "security_groups": security_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.security_group import SecurityGroup

        security_groups = []
        _security_groups = src_dict["security_groups"]
        for security_groups_item_data in _security_groups:
            security_groups_item = SecurityGroup.from_dict(security_groups_item_data)

            security_groups.append(security_groups_item)

        if len(src_dict) == 1:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "security_groups",
                }
            }
        security_group_list = cls.__new__(cls)
        security_group_list.security_groups = security_groups

        security_group_list.additional_properties = d

        return security_group_list

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.security_group import SecurityGroup

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            security_groups = []
            _security_groups = src_dict["security_groups"]
            for security_groups_item_data in _security_groups:
                security_groups_item = SecurityGroup.from_dict(
                    security_groups_item_data
                )

                security_groups.append(security_groups_item)

            if len(src_dict) == 1:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "security_groups",
                    }
                }
            security_group_list = cls.__new__(cls)
            security_group_list.security_groups = security_groups

            security_group_list.additional_properties = d

            _append(security_group_list)
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

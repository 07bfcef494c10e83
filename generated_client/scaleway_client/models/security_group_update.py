from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SecurityGroupUpdate")


@_attrs_define
class SecurityGroupUpdate:
    """
    Attributes:
        organization (str):
        name (str):
        description (str):
    """

    organization: str
    name: str
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization = self.organization

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization": organization,
                "name": name,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        organization = src_dict["organization"]

        name = src_dict["name"]

        description = src_dict["description"]

        if len(src_dict) == 3:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "organization",
                    "name",
                    "description",
                }
            }
        security_group_update = cls.__new__(cls)
        security_group_update.organization = organization
        security_group_update.name = name
        security_group_update.description = description

        security_group_update.additional_properties = d

        return security_group_update

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            organization = src_dict["organization"]

            name = src_dict["name"]

            description = src_dict["description"]

            if len(src_dict) == 3:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "organization",
                        "name",
                        "description",
                    }
                }
            security_group_update = cls.__new__(cls)
            security_group_update.organization = organization
            security_group_update.name = name
            security_group_update.description = description

            security_group_update.additional_properties = d

            _append(security_group_update)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("organization", "organization", "str", True),
        ("name", "name", "str", True),
        ("description", "description", "str", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            organization = _row.organization
            name = _row.name
            description = _row.description
            security_group_update = cls.__new__(cls)
            security_group_update.organization = organization
            security_group_update.name = name
            security_group_update.description = description
            security_group_update.additional_properties = {}
            _append(security_group_update)
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

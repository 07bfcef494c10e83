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

T = TypeVar("T", bound="ServerProductVolumesConstraint")


@_attrs_define
class ServerProductVolumesConstraint:
    """
    Attributes:
        min_size (int | None):
        max_size (int | None):
    """

    min_size: int | None
    max_size: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_size: int | None
        min_size = self.min_size

        max_size: int | None
        max_size = self.max_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min_size": min_size,
                "max_size": max_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_min_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        min_size = _parse_min_size(src_dict["min_size"])

        def _parse_max_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_size = _parse_max_size(src_dict["max_size"])

        if len(src_dict) == 2:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "min_size",
                    "max_size",
                }
            }
        server_product_volumes_constraint = cls.__new__(cls)
        server_product_volumes_constraint.min_size = min_size
        server_product_volumes_constraint.max_size = max_size

        server_product_volumes_constraint.additional_properties = d

        return server_product_volumes_constraint

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:

            def _parse_min_size(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            min_size = _parse_min_size(src_dict["min_size"])

            def _parse_max_size(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            max_size = _parse_max_size(src_dict["max_size"])

            if len(src_dict) == 2:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "min_size",
                        "max_size",
                    }
                }
            server_product_volumes_constraint = cls.__new__(cls)
            server_product_volumes_constraint.min_size = min_size
            server_product_volumes_constraint.max_size = max_size

            server_product_volumes_constraint.additional_properties = d

            _append(server_product_volumes_constraint)
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

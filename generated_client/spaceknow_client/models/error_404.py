from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_404_error import Error404Error

T = TypeVar("T", bound="Error404")


@_attrs_define
class Error404:
    """The error body of HTTP 404.

    Attributes:
        error (Error404Error):
        error_message (str):
    """

    error: Error404Error
    error_message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.value

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "errorMessage": error_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        error = Error404Error(src_dict["error"])

        error_message = src_dict["errorMessage"]

        if len(src_dict) == 2:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "error",
                    "errorMessage",
                }
            }
        error_404 = cls.__new__(cls)
        error_404.error = error
        error_404.error_message = error_message

        error_404.additional_properties = d

        return error_404

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            error = Error404Error(src_dict["error"])

            error_message = src_dict["errorMessage"]

            if len(src_dict) == 2:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "error",
                        "errorMessage",
                    }
                }
            error_404 = cls.__new__(cls)
            error_404.error = error
            error_404.error_message = error_message

            error_404.additional_properties = d

            _append(error_404)
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

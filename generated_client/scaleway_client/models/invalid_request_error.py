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

from ..models.invalid_request_error_type import InvalidRequestErrorType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_fields import ErrorFields


T = TypeVar("T", bound="InvalidRequestError")


@_attrs_define
class InvalidRequestError:
    """
    Attributes:
        type_ (InvalidRequestErrorType):
        message (str):
        fields (ErrorFields | Unset): Per-field messages, `{field: [message, ...]}`. The docs call it "an array of
            parameters"; every
            example is this object.
    """

    type_: InvalidRequestErrorType
    message: str
    fields: ErrorFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        message = self.message

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_fields import ErrorFields

        type_ = InvalidRequestErrorType(src_dict["type"])

        message = src_dict["message"]

        _fields = src_dict.get("fields", UNSET)
        fields: ErrorFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ErrorFields.from_dict(_fields)

        if len(src_dict) == 2 + (fields is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "type",
                    "message",
                    "fields",
                }
            }
        invalid_request_error = cls.__new__(cls)
        invalid_request_error.type_ = type_
        invalid_request_error.message = message
        invalid_request_error.fields = fields

        invalid_request_error.additional_properties = d

        return invalid_request_error

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.error_fields import ErrorFields

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            type_ = InvalidRequestErrorType(src_dict["type"])

            message = src_dict["message"]

            _fields = src_dict.get("fields", UNSET)
            fields: ErrorFields | Unset
            if isinstance(_fields, Unset):
                fields = UNSET
            else:
                fields = ErrorFields.from_dict(_fields)

            if len(src_dict) == 2 + (fields is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "type",
                        "message",
                        "fields",
                    }
                }
            invalid_request_error = cls.__new__(cls)
            invalid_request_error.type_ = type_
            invalid_request_error.message = message
            invalid_request_error.fields = fields

            invalid_request_error.additional_properties = d

            _append(invalid_request_error)
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

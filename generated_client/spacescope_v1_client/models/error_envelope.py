from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_envelope_code import ErrorEnvelopeCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """Error body for HTTP 400 and 500. The docs list these statuses but no codes for them; the shape is assumed to be the
    usual envelope, so only `code` and `message` are required.

        Attributes:
            code (ErrorEnvelopeCode): One of the documented error codes. The docs give none for HTTP 400/500 but say that in
                error scenarios "one of the API error codes below will be returned", so the code is one of the error table's
                (not any integer, which let a schema-driven mock answer -12316767). A code sent with a status other than its
                table row's is still flagged by the contract check `documented_error_code`.
            message (str):
            request_id (str | Unset): Request id: a UUID, "#", and an integer, e.g.
                4e14a4aa-2368-4029-a660-5a883c0c29f1#606. Kept a plain string.
            data (Any | Unset): Usually absent on errors; ignore it if present.
    """

    code: ErrorEnvelopeCode
    message: str
    request_id: str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        request_id = self.request_id

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        code = ErrorEnvelopeCode(src_dict["code"])

        message = src_dict["message"]

        request_id = src_dict.get("request_id", UNSET)

        data = src_dict.get("data", UNSET)

        if len(src_dict) == 2 + (request_id is not UNSET) + (data is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "code",
                    "message",
                    "request_id",
                    "data",
                }
            }
        error_envelope = cls.__new__(cls)
        error_envelope.code = code
        error_envelope.message = message
        error_envelope.request_id = request_id
        error_envelope.data = data

        error_envelope.additional_properties = d

        return error_envelope

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            code = ErrorEnvelopeCode(src_dict["code"])

            message = src_dict["message"]

            request_id = src_dict.get("request_id", UNSET)

            data = src_dict.get("data", UNSET)

            if len(src_dict) == 2 + (request_id is not UNSET) + (data is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "code",
                        "message",
                        "request_id",
                        "data",
                    }
                }
            error_envelope = cls.__new__(cls)
            error_envelope.code = code
            error_envelope.message = message
            error_envelope.request_id = request_id
            error_envelope.data = data

            error_envelope.additional_properties = d

            _append(error_envelope)
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

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_error_envelope_code import ApiErrorEnvelopeCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiErrorEnvelope")


@_attrs_define
class ApiErrorEnvelope:
    """API error returned with HTTP 200 (see x-errors). `data` is usually absent.

    Attributes:
        request_id (str): Request id: a UUID, "#", and an integer, e.g. 4e14a4aa-2368-4029-a660-5a883c0c29f1#606. Kept a
            plain string.
        code (ApiErrorEnvelopeCode):
        message (str):
        data (Any | Unset): Usually absent on errors; ignore it if present.
    """

    request_id: str
    code: ApiErrorEnvelopeCode
    message: str
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        code = self.code.value

        message = self.message

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "code": code,
                "message": message,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        request_id = src_dict["request_id"]

        code = ApiErrorEnvelopeCode(src_dict["code"])

        message = src_dict["message"]

        data = src_dict.get("data", UNSET)

        if len(src_dict) == 3 + (data is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "request_id",
                    "code",
                    "message",
                    "data",
                }
            }
        api_error_envelope = cls.__new__(cls)
        api_error_envelope.request_id = request_id
        api_error_envelope.code = code
        api_error_envelope.message = message
        api_error_envelope.data = data

        api_error_envelope.additional_properties = d

        return api_error_envelope

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            request_id = src_dict["request_id"]

            code = ApiErrorEnvelopeCode(src_dict["code"])

            message = src_dict["message"]

            data = src_dict.get("data", UNSET)

            if len(src_dict) == 3 + (data is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "request_id",
                        "code",
                        "message",
                        "data",
                    }
                }
            api_error_envelope = cls.__new__(cls)
            api_error_envelope.request_id = request_id
            api_error_envelope.code = code
            api_error_envelope.message = message
            api_error_envelope.data = data

            api_error_envelope.additional_properties = d

            _append(api_error_envelope)
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

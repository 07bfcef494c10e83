from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LoginResult")


@_attrs_define
class LoginResult:
    """
    Attributes:
        id_token (str):
        access_token (str):
        token_type (str):
    """

    id_token: str
    access_token: str
    token_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_token = self.id_token

        access_token = self.access_token

        token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_token": id_token,
                "access_token": access_token,
                "token_type": token_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id_token = src_dict["id_token"]

        access_token = src_dict["access_token"]

        token_type = src_dict["token_type"]

        if len(src_dict) == 3:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id_token",
                    "access_token",
                    "token_type",
                }
            }
        login_result = cls.__new__(cls)
        login_result.id_token = id_token
        login_result.access_token = access_token
        login_result.token_type = token_type

        login_result.additional_properties = d

        return login_result

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            id_token = src_dict["id_token"]

            access_token = src_dict["access_token"]

            token_type = src_dict["token_type"]

            if len(src_dict) == 3:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "id_token",
                        "access_token",
                        "token_type",
                    }
                }
            login_result = cls.__new__(cls)
            login_result.id_token = id_token
            login_result.access_token = access_token
            login_result.token_type = token_type

            login_result.additional_properties = d

            _append(login_result)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("id_token", "id_token", "str", True),
        ("access_token", "access_token", "str", True),
        ("token_type", "token_type", "str", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            id_token = _row.id_token
            access_token = _row.access_token
            token_type = _row.token_type
            login_result = cls.__new__(cls)
            login_result.id_token = id_token
            login_result.access_token = access_token
            login_result.token_type = token_type
            login_result.additional_properties = {}
            _append(login_result)
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

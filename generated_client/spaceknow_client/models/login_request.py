from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LoginRequest")


@_attrs_define
class LoginRequest:
    """
    Attributes:
        client_id (str):
        username (str):
        password (str):
        connection (Literal['Username-Password-Authentication']):
        grant_type (Literal['password']):
        scope (Literal['openid']):
    """

    client_id: str
    username: str
    password: str
    connection: Literal["Username-Password-Authentication"]
    grant_type: Literal["password"]
    scope: Literal["openid"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        username = self.username

        password = self.password

        connection = self.connection

        grant_type = self.grant_type

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "username": username,
                "password": password,
                "connection": connection,
                "grant_type": grant_type,
                "scope": scope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        client_id = src_dict["client_id"]

        username = src_dict["username"]

        password = src_dict["password"]

        connection = cast(
            Literal["Username-Password-Authentication"], src_dict["connection"]
        )
        if connection != "Username-Password-Authentication":
            raise ValueError(
                f"connection must match const 'Username-Password-Authentication', got '{connection}'"
            )

        grant_type = cast(Literal["password"], src_dict["grant_type"])
        if grant_type != "password":
            raise ValueError(
                f"grant_type must match const 'password', got '{grant_type}'"
            )

        scope = cast(Literal["openid"], src_dict["scope"])
        if scope != "openid":
            raise ValueError(f"scope must match const 'openid', got '{scope}'")

        if len(src_dict) == 6:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "client_id",
                    "username",
                    "password",
                    "connection",
                    "grant_type",
                    "scope",
                }
            }
        login_request = cls.__new__(cls)
        login_request.client_id = client_id
        login_request.username = username
        login_request.password = password
        login_request.connection = connection
        login_request.grant_type = grant_type
        login_request.scope = scope

        login_request.additional_properties = d

        return login_request

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            client_id = src_dict["client_id"]

            username = src_dict["username"]

            password = src_dict["password"]

            connection = cast(
                Literal["Username-Password-Authentication"], src_dict["connection"]
            )
            if connection != "Username-Password-Authentication":
                raise ValueError(
                    f"connection must match const 'Username-Password-Authentication', got '{connection}'"
                )

            grant_type = cast(Literal["password"], src_dict["grant_type"])
            if grant_type != "password":
                raise ValueError(
                    f"grant_type must match const 'password', got '{grant_type}'"
                )

            scope = cast(Literal["openid"], src_dict["scope"])
            if scope != "openid":
                raise ValueError(f"scope must match const 'openid', got '{scope}'")

            if len(src_dict) == 6:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "client_id",
                        "username",
                        "password",
                        "connection",
                        "grant_type",
                        "scope",
                    }
                }
            login_request = cls.__new__(cls)
            login_request.client_id = client_id
            login_request.username = username
            login_request.password = password
            login_request.connection = connection
            login_request.grant_type = grant_type
            login_request.scope = scope

            login_request.additional_properties = d

            _append(login_request)
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

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
    from ..models.ssh_key import SshKey
    from ..models.user_role import UserRole


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        email (str):
        firstname (str):
        fullname (str):
        id (str):
        lastname (str):
        organizations (list[Ref] | None):
        roles (list[UserRole] | None):
        ssh_public_keys (list[SshKey] | None):
    """

    email: str
    firstname: str
    fullname: str
    id: str
    lastname: str
    organizations: list[Ref] | None
    roles: list[UserRole] | None
    ssh_public_keys: list[SshKey] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        firstname = self.firstname

        fullname = self.fullname

        id = self.id

        lastname = self.lastname

        organizations: list[dict[str, Any]] | None
        if isinstance(self.organizations, list):
            organizations = []
            for organizations_type_0_item_data in self.organizations:
                organizations_type_0_item = organizations_type_0_item_data.to_dict()
                organizations.append(organizations_type_0_item)

        else:
            organizations = self.organizations

        roles: list[dict[str, Any]] | None
        if isinstance(self.roles, list):
            roles = []
            for roles_type_0_item_data in self.roles:
                roles_type_0_item = roles_type_0_item_data.to_dict()
                roles.append(roles_type_0_item)

        else:
            roles = self.roles

        ssh_public_keys: list[dict[str, Any]] | None
        if isinstance(self.ssh_public_keys, list):
            ssh_public_keys = []
            for ssh_public_keys_type_0_item_data in self.ssh_public_keys:
                ssh_public_keys_type_0_item = ssh_public_keys_type_0_item_data.to_dict()
                ssh_public_keys.append(ssh_public_keys_type_0_item)

        else:
            ssh_public_keys = self.ssh_public_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "firstname": firstname,
                "fullname": fullname,
                "id": id,
                "lastname": lastname,
                "organizations": organizations,
                "roles": roles,
                "ssh_public_keys": ssh_public_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ref import Ref
        from ..models.ssh_key import SshKey
        from ..models.user_role import UserRole

        email = src_dict["email"]

        firstname = src_dict["firstname"]

        fullname = src_dict["fullname"]

        id = src_dict["id"]

        lastname = src_dict["lastname"]

        def _parse_organizations(data: object) -> list[Ref] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                organizations_type_0 = []
                _organizations_type_0 = data
                for organizations_type_0_item_data in _organizations_type_0:
                    organizations_type_0_item = Ref.from_dict(
                        organizations_type_0_item_data
                    )

                    organizations_type_0.append(organizations_type_0_item)

                return organizations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Ref] | None, data)

        organizations = _parse_organizations(src_dict["organizations"])

        def _parse_roles(data: object) -> list[UserRole] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roles_type_0 = []
                _roles_type_0 = data
                for roles_type_0_item_data in _roles_type_0:
                    roles_type_0_item = UserRole.from_dict(roles_type_0_item_data)

                    roles_type_0.append(roles_type_0_item)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserRole] | None, data)

        roles = _parse_roles(src_dict["roles"])

        def _parse_ssh_public_keys(data: object) -> list[SshKey] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ssh_public_keys_type_0 = []
                _ssh_public_keys_type_0 = data
                for ssh_public_keys_type_0_item_data in _ssh_public_keys_type_0:
                    ssh_public_keys_type_0_item = SshKey.from_dict(
                        ssh_public_keys_type_0_item_data
                    )

                    ssh_public_keys_type_0.append(ssh_public_keys_type_0_item)

                return ssh_public_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SshKey] | None, data)

        ssh_public_keys = _parse_ssh_public_keys(src_dict["ssh_public_keys"])

        if len(src_dict) == 8:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "email",
                    "firstname",
                    "fullname",
                    "id",
                    "lastname",
                    "organizations",
                    "roles",
                    "ssh_public_keys",
                }
            }
        user = cls.__new__(cls)
        user.email = email
        user.firstname = firstname
        user.fullname = fullname
        user.id = id
        user.lastname = lastname
        user.organizations = organizations
        user.roles = roles
        user.ssh_public_keys = ssh_public_keys

        user.additional_properties = d

        return user

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.ref import Ref
        from ..models.ssh_key import SshKey
        from ..models.user_role import UserRole

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            email = src_dict["email"]

            firstname = src_dict["firstname"]

            fullname = src_dict["fullname"]

            id = src_dict["id"]

            lastname = src_dict["lastname"]

            def _parse_organizations(data: object) -> list[Ref] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    organizations_type_0 = []
                    _organizations_type_0 = data
                    for organizations_type_0_item_data in _organizations_type_0:
                        organizations_type_0_item = Ref.from_dict(
                            organizations_type_0_item_data
                        )

                        organizations_type_0.append(organizations_type_0_item)

                    return organizations_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[Ref] | None, data)

            organizations = _parse_organizations(src_dict["organizations"])

            def _parse_roles(data: object) -> list[UserRole] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    roles_type_0 = []
                    _roles_type_0 = data
                    for roles_type_0_item_data in _roles_type_0:
                        roles_type_0_item = UserRole.from_dict(roles_type_0_item_data)

                        roles_type_0.append(roles_type_0_item)

                    return roles_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[UserRole] | None, data)

            roles = _parse_roles(src_dict["roles"])

            def _parse_ssh_public_keys(data: object) -> list[SshKey] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    ssh_public_keys_type_0 = []
                    _ssh_public_keys_type_0 = data
                    for ssh_public_keys_type_0_item_data in _ssh_public_keys_type_0:
                        ssh_public_keys_type_0_item = SshKey.from_dict(
                            ssh_public_keys_type_0_item_data
                        )

                        ssh_public_keys_type_0.append(ssh_public_keys_type_0_item)

                    return ssh_public_keys_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[SshKey] | None, data)

            ssh_public_keys = _parse_ssh_public_keys(src_dict["ssh_public_keys"])

            if len(src_dict) == 8:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "email",
                        "firstname",
                        "fullname",
                        "id",
                        "lastname",
                        "organizations",
                        "roles",
                        "ssh_public_keys",
                    }
                }
            user = cls.__new__(cls)
            user.email = email
            user.firstname = firstname
            user.fullname = fullname
            user.id = id
            user.lastname = lastname
            user.organizations = organizations
            user.roles = roles
            user.ssh_public_keys = ssh_public_keys

            user.additional_properties = d

            _append(user)
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

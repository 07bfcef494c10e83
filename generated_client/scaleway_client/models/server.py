from __future__ import annotations

import datetime
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

from ..models.server_arch import ServerArch
from ..models.server_boot_type import ServerBootType

if TYPE_CHECKING:
    from ..models.bootscript import Bootscript
    from ..models.image import Image
    from ..models.public_ip import PublicIp
    from ..models.ref import Ref
    from ..models.server_ipv_6_type_0 import ServerIpv6Type0
    from ..models.server_location import ServerLocation
    from ..models.server_volumes import ServerVolumes


T = TypeVar("T", bound="Server")


@_attrs_define
class Server:
    """
    Attributes:
        arch (ServerArch):
        boot_type (ServerBootType):
        bootscript (Bootscript):
        commercial_type (str): START1-XS/S/M/L, C1, C2S/M/L, ...
        creation_date (datetime.datetime): ISO 8601 with microseconds and an offset, e.g.
            `2014-05-22T08:05:57.556385+00:00`.
        dynamic_ip_required (bool):
        enable_ipv6 (bool):
        extra_networks (list[Any]):
        hostname (str):
        id (str):
        image (Image):
        ipv6 (None | ServerIpv6Type0): null unless IPv6 is enabled (its shape is not documented).
        location (None | ServerLocation):
        maintenances (list[Any]):
        modification_date (datetime.datetime): ISO 8601 with microseconds and an offset, e.g.
            `2014-05-22T08:05:57.556385+00:00`.
        name (str):
        organization (str):
        private_ip (None | str):
        public_ip (None | PublicIp): null when the server has no public IP (API-FACTS §4; the Blueprint's examples all
            have one).
        security_group (Ref): A short reference to another resource.
        state (str): `stopped`, `starting`, `running` or `stopping` (changed by actions, through tasks).
        state_detail (str):
        tags (list[str]):
        volumes (ServerVolumes): The server's volumes by position: string keys `"0"` (the root volume), `"1"`, ... The
            Blueprint types
            the create attribute as `[string]`; every example (and the API) uses this map.
    """

    arch: ServerArch
    boot_type: ServerBootType
    bootscript: Bootscript
    commercial_type: str
    creation_date: datetime.datetime
    dynamic_ip_required: bool
    enable_ipv6: bool
    extra_networks: list[Any]
    hostname: str
    id: str
    image: Image
    ipv6: None | ServerIpv6Type0
    location: None | ServerLocation
    maintenances: list[Any]
    modification_date: datetime.datetime
    name: str
    organization: str
    private_ip: None | str
    public_ip: None | PublicIp
    security_group: Ref
    state: str
    state_detail: str
    tags: list[str]
    volumes: ServerVolumes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_ip import PublicIp
        from ..models.server_ipv_6_type_0 import ServerIpv6Type0
        from ..models.server_location import ServerLocation

        arch = self.arch.value

        boot_type = self.boot_type.value

        bootscript = self.bootscript.to_dict()

        commercial_type = self.commercial_type

        creation_date = self.creation_date.isoformat()

        dynamic_ip_required = self.dynamic_ip_required

        enable_ipv6 = self.enable_ipv6

        extra_networks = self.extra_networks

        hostname = self.hostname

        id = self.id

        image = self.image.to_dict()

        ipv6: dict[str, Any] | None
        if isinstance(self.ipv6, ServerIpv6Type0):
            ipv6 = self.ipv6.to_dict()
        else:
            ipv6 = self.ipv6

        location: dict[str, Any] | None
        if isinstance(self.location, ServerLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        maintenances = self.maintenances

        modification_date = self.modification_date.isoformat()

        name = self.name

        organization = self.organization

        private_ip: None | str
        private_ip = self.private_ip

        public_ip: dict[str, Any] | None
        if isinstance(self.public_ip, PublicIp):
            public_ip = self.public_ip.to_dict()
        else:
            public_ip = self.public_ip

        security_group = self.security_group.to_dict()

        state = self.state

        state_detail = self.state_detail

        tags = self.tags

        volumes = self.volumes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arch": arch,
                "boot_type": boot_type,
                "bootscript": bootscript,
                "commercial_type": commercial_type,
                "creation_date": creation_date,
                "dynamic_ip_required": dynamic_ip_required,
                "enable_ipv6": enable_ipv6,
                "extra_networks": extra_networks,
                "hostname": hostname,
                "id": id,
                "image": image,
                "ipv6": ipv6,
                "location": location,
                "maintenances": maintenances,
                "modification_date": modification_date,
                "name": name,
                "organization": organization,
                "private_ip": private_ip,
                "public_ip": public_ip,
                "security_group": security_group,
                "state": state,
                "state_detail": state_detail,
                "tags": tags,
                "volumes": volumes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bootscript import Bootscript
        from ..models.image import Image
        from ..models.public_ip import PublicIp
        from ..models.ref import Ref
        from ..models.server_ipv_6_type_0 import ServerIpv6Type0
        from ..models.server_location import ServerLocation
        from ..models.server_volumes import ServerVolumes

        arch = ServerArch(src_dict["arch"])

        boot_type = ServerBootType(src_dict["boot_type"])

        bootscript = Bootscript.from_dict(src_dict["bootscript"])

        commercial_type = src_dict["commercial_type"]

        creation_date = datetime.datetime.fromisoformat(src_dict["creation_date"])

        dynamic_ip_required = src_dict["dynamic_ip_required"]

        enable_ipv6 = src_dict["enable_ipv6"]

        extra_networks = cast(list[Any], src_dict["extra_networks"])

        hostname = src_dict["hostname"]

        id = src_dict["id"]

        image = Image.from_dict(src_dict["image"])

        def _parse_ipv6(data: object) -> None | ServerIpv6Type0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ipv6_type_0 = ServerIpv6Type0.from_dict(data)

                return ipv6_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerIpv6Type0, data)

        ipv6 = _parse_ipv6(src_dict["ipv6"])

        def _parse_location(data: object) -> None | ServerLocation:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = ServerLocation.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerLocation, data)

        location = _parse_location(src_dict["location"])

        maintenances = cast(list[Any], src_dict["maintenances"])

        modification_date = datetime.datetime.fromisoformat(
            src_dict["modification_date"]
        )

        name = src_dict["name"]

        organization = src_dict["organization"]

        def _parse_private_ip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        private_ip = _parse_private_ip(src_dict["private_ip"])

        def _parse_public_ip(data: object) -> None | PublicIp:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                public_ip_type_0 = PublicIp.from_dict(data)

                return public_ip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicIp, data)

        public_ip = _parse_public_ip(src_dict["public_ip"])

        security_group = Ref.from_dict(src_dict["security_group"])

        state = src_dict["state"]

        state_detail = src_dict["state_detail"]

        tags = cast(list[str], src_dict["tags"])

        volumes = ServerVolumes.from_dict(src_dict["volumes"])

        if len(src_dict) == 24:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "arch",
                    "boot_type",
                    "bootscript",
                    "commercial_type",
                    "creation_date",
                    "dynamic_ip_required",
                    "enable_ipv6",
                    "extra_networks",
                    "hostname",
                    "id",
                    "image",
                    "ipv6",
                    "location",
                    "maintenances",
                    "modification_date",
                    "name",
                    "organization",
                    "private_ip",
                    "public_ip",
                    "security_group",
                    "state",
                    "state_detail",
                    "tags",
                    "volumes",
                }
            }
        server = cls.__new__(cls)
        server.arch = arch
        server.boot_type = boot_type
        server.bootscript = bootscript
        server.commercial_type = commercial_type
        server.creation_date = creation_date
        server.dynamic_ip_required = dynamic_ip_required
        server.enable_ipv6 = enable_ipv6
        server.extra_networks = extra_networks
        server.hostname = hostname
        server.id = id
        server.image = image
        server.ipv6 = ipv6
        server.location = location
        server.maintenances = maintenances
        server.modification_date = modification_date
        server.name = name
        server.organization = organization
        server.private_ip = private_ip
        server.public_ip = public_ip
        server.security_group = security_group
        server.state = state
        server.state_detail = state_detail
        server.tags = tags
        server.volumes = volumes

        server.additional_properties = d

        return server

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.bootscript import Bootscript
        from ..models.image import Image
        from ..models.public_ip import PublicIp
        from ..models.ref import Ref
        from ..models.server_ipv_6_type_0 import ServerIpv6Type0
        from ..models.server_location import ServerLocation
        from ..models.server_volumes import ServerVolumes

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            arch = ServerArch(src_dict["arch"])

            boot_type = ServerBootType(src_dict["boot_type"])

            bootscript = Bootscript.from_dict(src_dict["bootscript"])

            commercial_type = src_dict["commercial_type"]

            creation_date = datetime.datetime.fromisoformat(src_dict["creation_date"])

            dynamic_ip_required = src_dict["dynamic_ip_required"]

            enable_ipv6 = src_dict["enable_ipv6"]

            extra_networks = cast(list[Any], src_dict["extra_networks"])

            hostname = src_dict["hostname"]

            id = src_dict["id"]

            image = Image.from_dict(src_dict["image"])

            def _parse_ipv6(data: object) -> None | ServerIpv6Type0:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    ipv6_type_0 = ServerIpv6Type0.from_dict(data)

                    return ipv6_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ServerIpv6Type0, data)

            ipv6 = _parse_ipv6(src_dict["ipv6"])

            def _parse_location(data: object) -> None | ServerLocation:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    location_type_0 = ServerLocation.from_dict(data)

                    return location_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ServerLocation, data)

            location = _parse_location(src_dict["location"])

            maintenances = cast(list[Any], src_dict["maintenances"])

            modification_date = datetime.datetime.fromisoformat(
                src_dict["modification_date"]
            )

            name = src_dict["name"]

            organization = src_dict["organization"]

            def _parse_private_ip(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            private_ip = _parse_private_ip(src_dict["private_ip"])

            def _parse_public_ip(data: object) -> None | PublicIp:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    public_ip_type_0 = PublicIp.from_dict(data)

                    return public_ip_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PublicIp, data)

            public_ip = _parse_public_ip(src_dict["public_ip"])

            security_group = Ref.from_dict(src_dict["security_group"])

            state = src_dict["state"]

            state_detail = src_dict["state_detail"]

            tags = cast(list[str], src_dict["tags"])

            volumes = ServerVolumes.from_dict(src_dict["volumes"])

            if len(src_dict) == 24:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "arch",
                        "boot_type",
                        "bootscript",
                        "commercial_type",
                        "creation_date",
                        "dynamic_ip_required",
                        "enable_ipv6",
                        "extra_networks",
                        "hostname",
                        "id",
                        "image",
                        "ipv6",
                        "location",
                        "maintenances",
                        "modification_date",
                        "name",
                        "organization",
                        "private_ip",
                        "public_ip",
                        "security_group",
                        "state",
                        "state_detail",
                        "tags",
                        "volumes",
                    }
                }
            server = cls.__new__(cls)
            server.arch = arch
            server.boot_type = boot_type
            server.bootscript = bootscript
            server.commercial_type = commercial_type
            server.creation_date = creation_date
            server.dynamic_ip_required = dynamic_ip_required
            server.enable_ipv6 = enable_ipv6
            server.extra_networks = extra_networks
            server.hostname = hostname
            server.id = id
            server.image = image
            server.ipv6 = ipv6
            server.location = location
            server.maintenances = maintenances
            server.modification_date = modification_date
            server.name = name
            server.organization = organization
            server.private_ip = private_ip
            server.public_ip = public_ip
            server.security_group = security_group
            server.state = state
            server.state_detail = state_detail
            server.tags = tags
            server.volumes = volumes

            server.additional_properties = d

            _append(server)
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

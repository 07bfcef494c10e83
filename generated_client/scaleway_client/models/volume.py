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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="Volume")


@_attrs_define
class Volume:
    """
    Attributes:
        export_uri (None | str): e.g. `device://dev/vda` when attached.
        id (str):
        name (str):
        organization (str):
        server (None | Ref):
        size (int): Bytes.
        volume_type (str):
        state (str | Unset): Only in the newer examples (e.g. `available`).
        creation_date (datetime.datetime | Unset): ISO 8601 with microseconds and an offset, e.g.
            `2014-05-22T08:05:57.556385+00:00`.
        modification_date (datetime.datetime | Unset): ISO 8601 with microseconds and an offset, e.g.
            `2014-05-22T08:05:57.556385+00:00`.
    """

    export_uri: None | str
    id: str
    name: str
    organization: str
    server: None | Ref
    size: int
    volume_type: str
    state: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    modification_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref

        export_uri: None | str
        export_uri = self.export_uri

        id = self.id

        name = self.name

        organization = self.organization

        server: dict[str, Any] | None
        if isinstance(self.server, Ref):
            server = self.server.to_dict()
        else:
            server = self.server

        size = self.size

        volume_type = self.volume_type

        state = self.state

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        modification_date: str | Unset = UNSET
        if not isinstance(self.modification_date, Unset):
            modification_date = self.modification_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "export_uri": export_uri,
                "id": id,
                "name": name,
                "organization": organization,
                "server": server,
                "size": size,
                "volume_type": volume_type,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if modification_date is not UNSET:
            field_dict["modification_date"] = modification_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ref import Ref

        def _parse_export_uri(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        export_uri = _parse_export_uri(src_dict["export_uri"])

        id = src_dict["id"]

        name = src_dict["name"]

        organization = src_dict["organization"]

        def _parse_server(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_type_0 = Ref.from_dict(data)

                return server_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        server = _parse_server(src_dict["server"])

        size = src_dict["size"]

        volume_type = src_dict["volume_type"]

        state = src_dict.get("state", UNSET)

        _creation_date = src_dict.get("creation_date", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _modification_date = src_dict.get("modification_date", UNSET)
        modification_date: datetime.datetime | Unset
        if isinstance(_modification_date, Unset):
            modification_date = UNSET
        else:
            modification_date = datetime.datetime.fromisoformat(_modification_date)

        if len(src_dict) == 7 + (state is not UNSET) + (creation_date is not UNSET) + (
            modification_date is not UNSET
        ):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "export_uri",
                    "id",
                    "name",
                    "organization",
                    "server",
                    "size",
                    "volume_type",
                    "state",
                    "creation_date",
                    "modification_date",
                }
            }
        volume = cls.__new__(cls)
        volume.export_uri = export_uri
        volume.id = id
        volume.name = name
        volume.organization = organization
        volume.server = server
        volume.size = size
        volume.volume_type = volume_type
        volume.state = state
        volume.creation_date = creation_date
        volume.modification_date = modification_date

        volume.additional_properties = d

        return volume

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.ref import Ref

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:

            def _parse_export_uri(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            export_uri = _parse_export_uri(src_dict["export_uri"])

            id = src_dict["id"]

            name = src_dict["name"]

            organization = src_dict["organization"]

            def _parse_server(data: object) -> None | Ref:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    server_type_0 = Ref.from_dict(data)

                    return server_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Ref, data)

            server = _parse_server(src_dict["server"])

            size = src_dict["size"]

            volume_type = src_dict["volume_type"]

            state = src_dict.get("state", UNSET)

            _creation_date = src_dict.get("creation_date", UNSET)
            creation_date: datetime.datetime | Unset
            if isinstance(_creation_date, Unset):
                creation_date = UNSET
            else:
                creation_date = datetime.datetime.fromisoformat(_creation_date)

            _modification_date = src_dict.get("modification_date", UNSET)
            modification_date: datetime.datetime | Unset
            if isinstance(_modification_date, Unset):
                modification_date = UNSET
            else:
                modification_date = datetime.datetime.fromisoformat(_modification_date)

            if len(src_dict) == 7 + (state is not UNSET) + (
                creation_date is not UNSET
            ) + (modification_date is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "export_uri",
                        "id",
                        "name",
                        "organization",
                        "server",
                        "size",
                        "volume_type",
                        "state",
                        "creation_date",
                        "modification_date",
                    }
                }
            volume = cls.__new__(cls)
            volume.export_uri = export_uri
            volume.id = id
            volume.name = name
            volume.organization = organization
            volume.server = server
            volume.size = size
            volume.volume_type = volume_type
            volume.state = state
            volume.creation_date = creation_date
            volume.modification_date = modification_date

            volume.additional_properties = d

            _append(volume)
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

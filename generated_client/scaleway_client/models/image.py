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

from ..models.image_arch import ImageArch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bootscript import Bootscript
    from ..models.image_extra_volumes import ImageExtraVolumes
    from ..models.image_root_volume import ImageRootVolume


T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """
    Attributes:
        arch (ImageArch):
        creation_date (datetime.datetime): ISO 8601 with microseconds and an offset, e.g.
            `2014-05-22T08:05:57.556385+00:00`.
        extra_volumes (ImageExtraVolumes): `{}` in every Blueprint example (fog-scaleway's mock shows the string "[]").
        id (str):
        modification_date (datetime.datetime): ISO 8601 with microseconds and an offset, e.g.
            `2014-05-22T08:05:57.556385+00:00`.
        name (str):
        organization (str):
        public (bool):
        root_volume (ImageRootVolume):
        from_image (None | str | Unset):
        from_server (None | str | Unset):
        marketplace_key (None | str | Unset):
        default_bootscript (Bootscript | Unset):
    """

    arch: ImageArch
    creation_date: datetime.datetime
    extra_volumes: ImageExtraVolumes
    id: str
    modification_date: datetime.datetime
    name: str
    organization: str
    public: bool
    root_volume: ImageRootVolume
    from_image: None | str | Unset = UNSET
    from_server: None | str | Unset = UNSET
    marketplace_key: None | str | Unset = UNSET
    default_bootscript: Bootscript | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arch = self.arch.value

        creation_date = self.creation_date.isoformat()

        extra_volumes = self.extra_volumes.to_dict()

        id = self.id

        modification_date = self.modification_date.isoformat()

        name = self.name

        organization = self.organization

        public = self.public

        root_volume = self.root_volume.to_dict()

        from_image: None | str | Unset
        if isinstance(self.from_image, Unset):
            from_image = UNSET
        else:
            from_image = self.from_image

        from_server: None | str | Unset
        if isinstance(self.from_server, Unset):
            from_server = UNSET
        else:
            from_server = self.from_server

        marketplace_key: None | str | Unset
        if isinstance(self.marketplace_key, Unset):
            marketplace_key = UNSET
        else:
            marketplace_key = self.marketplace_key

        default_bootscript: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_bootscript, Unset):
            default_bootscript = self.default_bootscript.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arch": arch,
                "creation_date": creation_date,
                "extra_volumes": extra_volumes,
                "id": id,
                "modification_date": modification_date,
                "name": name,
                "organization": organization,
                "public": public,
                "root_volume": root_volume,
            }
        )
        if from_image is not UNSET:
            field_dict["from_image"] = from_image
        if from_server is not UNSET:
            field_dict["from_server"] = from_server
        if marketplace_key is not UNSET:
            field_dict["marketplace_key"] = marketplace_key
        if default_bootscript is not UNSET:
            field_dict["default_bootscript"] = default_bootscript

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bootscript import Bootscript
        from ..models.image_extra_volumes import ImageExtraVolumes
        from ..models.image_root_volume import ImageRootVolume

        arch = ImageArch(src_dict["arch"])

        creation_date = datetime.datetime.fromisoformat(src_dict["creation_date"])

        extra_volumes = ImageExtraVolumes.from_dict(src_dict["extra_volumes"])

        id = src_dict["id"]

        modification_date = datetime.datetime.fromisoformat(
            src_dict["modification_date"]
        )

        name = src_dict["name"]

        organization = src_dict["organization"]

        public = src_dict["public"]

        root_volume = ImageRootVolume.from_dict(src_dict["root_volume"])

        def _parse_from_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_image = _parse_from_image(src_dict.get("from_image", UNSET))

        def _parse_from_server(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_server = _parse_from_server(src_dict.get("from_server", UNSET))

        def _parse_marketplace_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        marketplace_key = _parse_marketplace_key(src_dict.get("marketplace_key", UNSET))

        _default_bootscript = src_dict.get("default_bootscript", UNSET)
        default_bootscript: Bootscript | Unset
        if isinstance(_default_bootscript, Unset):
            default_bootscript = UNSET
        else:
            default_bootscript = Bootscript.from_dict(_default_bootscript)

        if len(src_dict) == 9 + (from_image is not UNSET) + (
            from_server is not UNSET
        ) + (marketplace_key is not UNSET) + (default_bootscript is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "arch",
                    "creation_date",
                    "extra_volumes",
                    "id",
                    "modification_date",
                    "name",
                    "organization",
                    "public",
                    "root_volume",
                    "from_image",
                    "from_server",
                    "marketplace_key",
                    "default_bootscript",
                }
            }
        image = cls.__new__(cls)
        image.arch = arch
        image.creation_date = creation_date
        image.extra_volumes = extra_volumes
        image.id = id
        image.modification_date = modification_date
        image.name = name
        image.organization = organization
        image.public = public
        image.root_volume = root_volume
        image.from_image = from_image
        image.from_server = from_server
        image.marketplace_key = marketplace_key
        image.default_bootscript = default_bootscript

        image.additional_properties = d

        return image

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.bootscript import Bootscript
        from ..models.image_extra_volumes import ImageExtraVolumes
        from ..models.image_root_volume import ImageRootVolume

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            arch = ImageArch(src_dict["arch"])

            creation_date = datetime.datetime.fromisoformat(src_dict["creation_date"])

            extra_volumes = ImageExtraVolumes.from_dict(src_dict["extra_volumes"])

            id = src_dict["id"]

            modification_date = datetime.datetime.fromisoformat(
                src_dict["modification_date"]
            )

            name = src_dict["name"]

            organization = src_dict["organization"]

            public = src_dict["public"]

            root_volume = ImageRootVolume.from_dict(src_dict["root_volume"])

            def _parse_from_image(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            from_image = _parse_from_image(src_dict.get("from_image", UNSET))

            def _parse_from_server(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            from_server = _parse_from_server(src_dict.get("from_server", UNSET))

            def _parse_marketplace_key(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            marketplace_key = _parse_marketplace_key(
                src_dict.get("marketplace_key", UNSET)
            )

            _default_bootscript = src_dict.get("default_bootscript", UNSET)
            default_bootscript: Bootscript | Unset
            if isinstance(_default_bootscript, Unset):
                default_bootscript = UNSET
            else:
                default_bootscript = Bootscript.from_dict(_default_bootscript)

            if len(src_dict) == 9 + (from_image is not UNSET) + (
                from_server is not UNSET
            ) + (marketplace_key is not UNSET) + (default_bootscript is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "arch",
                        "creation_date",
                        "extra_volumes",
                        "id",
                        "modification_date",
                        "name",
                        "organization",
                        "public",
                        "root_volume",
                        "from_image",
                        "from_server",
                        "marketplace_key",
                        "default_bootscript",
                    }
                }
            image = cls.__new__(cls)
            image.arch = arch
            image.creation_date = creation_date
            image.extra_volumes = extra_volumes
            image.id = id
            image.modification_date = modification_date
            image.name = name
            image.organization = organization
            image.public = public
            image.root_volume = root_volume
            image.from_image = from_image
            image.from_server = from_server
            image.marketplace_key = marketplace_key
            image.default_bootscript = default_bootscript

            image.additional_properties = d

            _append(image)
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

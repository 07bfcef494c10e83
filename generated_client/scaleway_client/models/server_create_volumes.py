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

if TYPE_CHECKING:
    from ..models.volume_resize import VolumeResize
    from ..models.volume_template import VolumeTemplate


T = TypeVar("T", bound="ServerCreateVolumes")


@_attrs_define
class ServerCreateVolumes:
    """Volumes to create with the server, by position. `"0"` is the root volume, made from the image's
    (`x-derive`); a template given for `"0"` overrides its fields, and `{size}` alone resizes it, as
    scaleway-cli v1.20 sends for every server it creates ("leverage compute image resizing").

    """

    additional_properties: dict[str, VolumeResize | VolumeTemplate] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.volume_template import VolumeTemplate

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, VolumeTemplate):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.volume_resize import VolumeResize
        from ..models.volume_template import VolumeTemplate

        d = dict(src_dict)
        server_create_volumes = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> VolumeResize | VolumeTemplate:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = VolumeTemplate.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_1 = VolumeResize.from_dict(data)

                return additional_property_type_1

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        server_create_volumes.additional_properties = additional_properties

        return server_create_volumes

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.volume_resize import VolumeResize
        from ..models.volume_template import VolumeTemplate

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            d = dict(src_dict)
            server_create_volumes = cls.__new__(cls)

            additional_properties = {}
            for prop_name, prop_dict in d.items():

                def _parse_additional_property(
                    data: object,
                ) -> VolumeResize | VolumeTemplate:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_0 = VolumeTemplate.from_dict(data)

                        return additional_property_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = VolumeResize.from_dict(data)

                    return additional_property_type_1

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property

            server_create_volumes.additional_properties = additional_properties

            _append(server_create_volumes)
        return _built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> VolumeResize | VolumeTemplate:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: VolumeResize | VolumeTemplate) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

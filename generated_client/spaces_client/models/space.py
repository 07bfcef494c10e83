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

T = TypeVar("T", bound="Space")


@_attrs_define
class Space:
    """A Space (read only). Its `id` is an integer sequential from 1, as documented; as a pagination cursor
    it is sent as its decimal string (`starting_after=1`).

        Attributes:
            object_ (Literal['space']):
            id (int): Sequential from 1.
            created (int): A Unix timestamp in seconds.
            url (None | str): The public URL of the Space; null if the Space is not publicly available.
    """

    object_: Literal["space"]
    id: int
    created: int
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        created = self.created

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "created": created,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        object_ = cast(Literal["space"], src_dict["object"])
        if object_ != "space":
            raise ValueError(f"object must match const 'space', got '{object_}'")

        id = src_dict["id"]

        created = src_dict["created"]

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(src_dict["url"])

        if len(src_dict) == 4:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "object",
                    "id",
                    "created",
                    "url",
                }
            }
        space = cls.__new__(cls)
        space.object_ = object_
        space.id = id
        space.created = created
        space.url = url

        space.additional_properties = d

        return space

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            object_ = cast(Literal["space"], src_dict["object"])
            if object_ != "space":
                raise ValueError(f"object must match const 'space', got '{object_}'")

            id = src_dict["id"]

            created = src_dict["created"]

            def _parse_url(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            url = _parse_url(src_dict["url"])

            if len(src_dict) == 4:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "object",
                        "id",
                        "created",
                        "url",
                    }
                }
            space = cls.__new__(cls)
            space.object_ = object_
            space.id = id
            space.created = created
            space.url = url

            space.additional_properties = d

            _append(space)
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

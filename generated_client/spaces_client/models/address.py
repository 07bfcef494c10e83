from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address.

    Attributes:
        line_1 (str):
        line_2 (str):
        line_3 (str):
        zip_code (str):
        locality (str):
        region (str):
        country (str): ISO 3166-1 alpha-2 country code, e.g. `US`.
    """

    line_1: str
    line_2: str
    line_3: str
    zip_code: str
    locality: str
    region: str
    country: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_1 = self.line_1

        line_2 = self.line_2

        line_3 = self.line_3

        zip_code = self.zip_code

        locality = self.locality

        region = self.region

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line_1": line_1,
                "line_2": line_2,
                "line_3": line_3,
                "zip_code": zip_code,
                "locality": locality,
                "region": region,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        line_1 = src_dict["line_1"]

        line_2 = src_dict["line_2"]

        line_3 = src_dict["line_3"]

        zip_code = src_dict["zip_code"]

        locality = src_dict["locality"]

        region = src_dict["region"]

        country = src_dict["country"]

        if len(src_dict) == 7:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "line_1",
                    "line_2",
                    "line_3",
                    "zip_code",
                    "locality",
                    "region",
                    "country",
                }
            }
        address = cls.__new__(cls)
        address.line_1 = line_1
        address.line_2 = line_2
        address.line_3 = line_3
        address.zip_code = zip_code
        address.locality = locality
        address.region = region
        address.country = country

        address.additional_properties = d

        return address

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            line_1 = src_dict["line_1"]

            line_2 = src_dict["line_2"]

            line_3 = src_dict["line_3"]

            zip_code = src_dict["zip_code"]

            locality = src_dict["locality"]

            region = src_dict["region"]

            country = src_dict["country"]

            if len(src_dict) == 7:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "line_1",
                        "line_2",
                        "line_3",
                        "zip_code",
                        "locality",
                        "region",
                        "country",
                    }
                }
            address = cls.__new__(cls)
            address.line_1 = line_1
            address.line_2 = line_2
            address.line_3 = line_3
            address.zip_code = zip_code
            address.locality = locality
            address.region = region
            address.country = country

            address.additional_properties = d

            _append(address)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("line_1", "line_1", "str", True),
        ("line_2", "line_2", "str", True),
        ("line_3", "line_3", "str", True),
        ("zip_code", "zip_code", "str", True),
        ("locality", "locality", "str", True),
        ("region", "region", "str", True),
        ("country", "country", "str", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            line_1 = _row.line_1
            line_2 = _row.line_2
            line_3 = _row.line_3
            zip_code = _row.zip_code
            locality = _row.locality
            region = _row.region
            country = _row.country
            address = cls.__new__(cls)
            address.line_1 = line_1
            address.line_2 = line_2
            address.line_3 = line_3
            address.zip_code = zip_code
            address.locality = locality
            address.region = region
            address.country = country
            address.additional_properties = {}
            _append(address)
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

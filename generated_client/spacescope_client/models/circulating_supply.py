from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CirculatingSupply")


@_attrs_define
class CirculatingSupply:
    """One row of `/v2/circulating_supply/circulating_supply`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        circulating_fil (float): The amount of FIL circulating and tradeable in the economy. Unit: FIL.
        mined_fil (float): The amount of FIL that has been mined by storage miners. Unit: FIL.
        vested_fil (float): Total amount of FIL that is vested from genesis allocation. Unit: FIL.
        reserve_disbursed_fil (float): The amount of FIL that has been disbursed from the mining reserve. Unit: FIL.
        locked_fil (float): The amount of FIL locked as part of initial pledge, deal pledge, locked rewards, and other
            locking mechanisms. Unit: FIL.
        burnt_fil (float): The amount of FIL burned as part of on-chain computations and penalties. Unit: FIL.
    """

    stat_date: datetime.datetime
    circulating_fil: float
    mined_fil: float
    vested_fil: float
    reserve_disbursed_fil: float
    locked_fil: float
    burnt_fil: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        circulating_fil = self.circulating_fil

        mined_fil = self.mined_fil

        vested_fil = self.vested_fil

        reserve_disbursed_fil = self.reserve_disbursed_fil

        locked_fil = self.locked_fil

        burnt_fil = self.burnt_fil

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "circulating_fil": circulating_fil,
                "mined_fil": mined_fil,
                "vested_fil": vested_fil,
                "reserve_disbursed_fil": reserve_disbursed_fil,
                "locked_fil": locked_fil,
                "burnt_fil": burnt_fil,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        circulating_fil = src_dict["circulating_fil"]

        mined_fil = src_dict["mined_fil"]

        vested_fil = src_dict["vested_fil"]

        reserve_disbursed_fil = src_dict["reserve_disbursed_fil"]

        locked_fil = src_dict["locked_fil"]

        burnt_fil = src_dict["burnt_fil"]

        if len(src_dict) == 7:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "circulating_fil",
                    "mined_fil",
                    "vested_fil",
                    "reserve_disbursed_fil",
                    "locked_fil",
                    "burnt_fil",
                }
            }
        circulating_supply = cls.__new__(cls)
        circulating_supply.stat_date = stat_date
        circulating_supply.circulating_fil = circulating_fil
        circulating_supply.mined_fil = mined_fil
        circulating_supply.vested_fil = vested_fil
        circulating_supply.reserve_disbursed_fil = reserve_disbursed_fil
        circulating_supply.locked_fil = locked_fil
        circulating_supply.burnt_fil = burnt_fil

        circulating_supply.additional_properties = d

        return circulating_supply

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            circulating_fil = src_dict["circulating_fil"]

            mined_fil = src_dict["mined_fil"]

            vested_fil = src_dict["vested_fil"]

            reserve_disbursed_fil = src_dict["reserve_disbursed_fil"]

            locked_fil = src_dict["locked_fil"]

            burnt_fil = src_dict["burnt_fil"]

            if len(src_dict) == 7:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "circulating_fil",
                        "mined_fil",
                        "vested_fil",
                        "reserve_disbursed_fil",
                        "locked_fil",
                        "burnt_fil",
                    }
                }
            circulating_supply = cls.__new__(cls)
            circulating_supply.stat_date = stat_date
            circulating_supply.circulating_fil = circulating_fil
            circulating_supply.mined_fil = mined_fil
            circulating_supply.vested_fil = vested_fil
            circulating_supply.reserve_disbursed_fil = reserve_disbursed_fil
            circulating_supply.locked_fil = locked_fil
            circulating_supply.burnt_fil = burnt_fil

            circulating_supply.additional_properties = d

            _append(circulating_supply)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("circulating_fil", "circulating_fil", "float", True),
        ("mined_fil", "mined_fil", "float", True),
        ("vested_fil", "vested_fil", "float", True),
        ("reserve_disbursed_fil", "reserve_disbursed_fil", "float", True),
        ("locked_fil", "locked_fil", "float", True),
        ("burnt_fil", "burnt_fil", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            circulating_fil = _row.circulating_fil
            mined_fil = _row.mined_fil
            vested_fil = _row.vested_fil
            reserve_disbursed_fil = _row.reserve_disbursed_fil
            locked_fil = _row.locked_fil
            burnt_fil = _row.burnt_fil
            circulating_supply = cls.__new__(cls)
            circulating_supply.stat_date = stat_date
            circulating_supply.circulating_fil = circulating_fil
            circulating_supply.mined_fil = mined_fil
            circulating_supply.vested_fil = vested_fil
            circulating_supply.reserve_disbursed_fil = reserve_disbursed_fil
            circulating_supply.locked_fil = locked_fil
            circulating_supply.burnt_fil = burnt_fil
            circulating_supply.additional_properties = {}
            _append(circulating_supply)
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

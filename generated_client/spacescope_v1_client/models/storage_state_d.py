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

T = TypeVar("T", bound="StorageStateD")


@_attrs_define
class StorageStateD:
    """One row of `/v1/network_core/capacity-services/storage_state_d`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        active_fault (float): The total storage size of outstanding faulted sectors that are not recovered or
            terminated.
        active_fault_increase (float): Daily change in active fault size.
        active_fault_avg_d (float): Average days that a sector fault remains active on the Filecoin Network during the
            last 24 hours.
        fault_d (float): Daily faulty sector size in TiB.
        recover_d (float): Daily recovered sector size in TiB.
        term_d (float): Daily terminated sector size in TiB.
        term_d_increase (float): Daily change in terminated sector size.
        net_fault_d (float): The net fault refers to fault_d - recover_d - term_d.
        active_term_d (float): Sectors that are scheduled to expire, but has been terminated actively by SPs.
        active_term_m (float): The total storage size of new active terminated sectors in the past 30 days.
        active_term_m_increase (float): Daily change in active terminated sectors in the past 30 days.
        passive_term_d (float): Sectors that are scheduled to expire, but have been terminated passively after 42 days.
        extend_size (float): Sectors that are scheduled to expire but get extended during the last 24 hours.
        extend_size_increase (float): Daily change in sector extension.
        extend_size_qap (float): Quality-Adjusted Power of Sectors that are scheduled to expire but got extended during
            the last 24 hours.
        extend_size_qap_increase (float): Daily change in sector QAP extension.
    """

    stat_date: datetime.datetime
    active_fault: float
    active_fault_increase: float
    active_fault_avg_d: float
    fault_d: float
    recover_d: float
    term_d: float
    term_d_increase: float
    net_fault_d: float
    active_term_d: float
    active_term_m: float
    active_term_m_increase: float
    passive_term_d: float
    extend_size: float
    extend_size_increase: float
    extend_size_qap: float
    extend_size_qap_increase: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        active_fault = self.active_fault

        active_fault_increase = self.active_fault_increase

        active_fault_avg_d = self.active_fault_avg_d

        fault_d = self.fault_d

        recover_d = self.recover_d

        term_d = self.term_d

        term_d_increase = self.term_d_increase

        net_fault_d = self.net_fault_d

        active_term_d = self.active_term_d

        active_term_m = self.active_term_m

        active_term_m_increase = self.active_term_m_increase

        passive_term_d = self.passive_term_d

        extend_size = self.extend_size

        extend_size_increase = self.extend_size_increase

        extend_size_qap = self.extend_size_qap

        extend_size_qap_increase = self.extend_size_qap_increase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "active_fault": active_fault,
                "active_fault_increase": active_fault_increase,
                "active_fault_avg_d": active_fault_avg_d,
                "fault_d": fault_d,
                "recover_d": recover_d,
                "term_d": term_d,
                "term_d_increase": term_d_increase,
                "net_fault_d": net_fault_d,
                "active_term_d": active_term_d,
                "active_term_m": active_term_m,
                "active_term_m_increase": active_term_m_increase,
                "passive_term_d": passive_term_d,
                "extend_size": extend_size,
                "extend_size_increase": extend_size_increase,
                "extend_size_qap": extend_size_qap,
                "extend_size_qap_increase": extend_size_qap_increase,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        active_fault = src_dict["active_fault"]

        active_fault_increase = src_dict["active_fault_increase"]

        active_fault_avg_d = src_dict["active_fault_avg_d"]

        fault_d = src_dict["fault_d"]

        recover_d = src_dict["recover_d"]

        term_d = src_dict["term_d"]

        term_d_increase = src_dict["term_d_increase"]

        net_fault_d = src_dict["net_fault_d"]

        active_term_d = src_dict["active_term_d"]

        active_term_m = src_dict["active_term_m"]

        active_term_m_increase = src_dict["active_term_m_increase"]

        passive_term_d = src_dict["passive_term_d"]

        extend_size = src_dict["extend_size"]

        extend_size_increase = src_dict["extend_size_increase"]

        extend_size_qap = src_dict["extend_size_qap"]

        extend_size_qap_increase = src_dict["extend_size_qap_increase"]

        if len(src_dict) == 17:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "active_fault",
                    "active_fault_increase",
                    "active_fault_avg_d",
                    "fault_d",
                    "recover_d",
                    "term_d",
                    "term_d_increase",
                    "net_fault_d",
                    "active_term_d",
                    "active_term_m",
                    "active_term_m_increase",
                    "passive_term_d",
                    "extend_size",
                    "extend_size_increase",
                    "extend_size_qap",
                    "extend_size_qap_increase",
                }
            }
        storage_state_d = cls.__new__(cls)
        storage_state_d.stat_date = stat_date
        storage_state_d.active_fault = active_fault
        storage_state_d.active_fault_increase = active_fault_increase
        storage_state_d.active_fault_avg_d = active_fault_avg_d
        storage_state_d.fault_d = fault_d
        storage_state_d.recover_d = recover_d
        storage_state_d.term_d = term_d
        storage_state_d.term_d_increase = term_d_increase
        storage_state_d.net_fault_d = net_fault_d
        storage_state_d.active_term_d = active_term_d
        storage_state_d.active_term_m = active_term_m
        storage_state_d.active_term_m_increase = active_term_m_increase
        storage_state_d.passive_term_d = passive_term_d
        storage_state_d.extend_size = extend_size
        storage_state_d.extend_size_increase = extend_size_increase
        storage_state_d.extend_size_qap = extend_size_qap
        storage_state_d.extend_size_qap_increase = extend_size_qap_increase

        storage_state_d.additional_properties = d

        return storage_state_d

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            active_fault = src_dict["active_fault"]

            active_fault_increase = src_dict["active_fault_increase"]

            active_fault_avg_d = src_dict["active_fault_avg_d"]

            fault_d = src_dict["fault_d"]

            recover_d = src_dict["recover_d"]

            term_d = src_dict["term_d"]

            term_d_increase = src_dict["term_d_increase"]

            net_fault_d = src_dict["net_fault_d"]

            active_term_d = src_dict["active_term_d"]

            active_term_m = src_dict["active_term_m"]

            active_term_m_increase = src_dict["active_term_m_increase"]

            passive_term_d = src_dict["passive_term_d"]

            extend_size = src_dict["extend_size"]

            extend_size_increase = src_dict["extend_size_increase"]

            extend_size_qap = src_dict["extend_size_qap"]

            extend_size_qap_increase = src_dict["extend_size_qap_increase"]

            if len(src_dict) == 17:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "active_fault",
                        "active_fault_increase",
                        "active_fault_avg_d",
                        "fault_d",
                        "recover_d",
                        "term_d",
                        "term_d_increase",
                        "net_fault_d",
                        "active_term_d",
                        "active_term_m",
                        "active_term_m_increase",
                        "passive_term_d",
                        "extend_size",
                        "extend_size_increase",
                        "extend_size_qap",
                        "extend_size_qap_increase",
                    }
                }
            storage_state_d = cls.__new__(cls)
            storage_state_d.stat_date = stat_date
            storage_state_d.active_fault = active_fault
            storage_state_d.active_fault_increase = active_fault_increase
            storage_state_d.active_fault_avg_d = active_fault_avg_d
            storage_state_d.fault_d = fault_d
            storage_state_d.recover_d = recover_d
            storage_state_d.term_d = term_d
            storage_state_d.term_d_increase = term_d_increase
            storage_state_d.net_fault_d = net_fault_d
            storage_state_d.active_term_d = active_term_d
            storage_state_d.active_term_m = active_term_m
            storage_state_d.active_term_m_increase = active_term_m_increase
            storage_state_d.passive_term_d = passive_term_d
            storage_state_d.extend_size = extend_size
            storage_state_d.extend_size_increase = extend_size_increase
            storage_state_d.extend_size_qap = extend_size_qap
            storage_state_d.extend_size_qap_increase = extend_size_qap_increase

            storage_state_d.additional_properties = d

            _append(storage_state_d)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("active_fault", "active_fault", "float", True),
        ("active_fault_increase", "active_fault_increase", "float", True),
        ("active_fault_avg_d", "active_fault_avg_d", "float", True),
        ("fault_d", "fault_d", "float", True),
        ("recover_d", "recover_d", "float", True),
        ("term_d", "term_d", "float", True),
        ("term_d_increase", "term_d_increase", "float", True),
        ("net_fault_d", "net_fault_d", "float", True),
        ("active_term_d", "active_term_d", "float", True),
        ("active_term_m", "active_term_m", "float", True),
        ("active_term_m_increase", "active_term_m_increase", "float", True),
        ("passive_term_d", "passive_term_d", "float", True),
        ("extend_size", "extend_size", "float", True),
        ("extend_size_increase", "extend_size_increase", "float", True),
        ("extend_size_qap", "extend_size_qap", "float", True),
        ("extend_size_qap_increase", "extend_size_qap_increase", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            active_fault = _row.active_fault
            active_fault_increase = _row.active_fault_increase
            active_fault_avg_d = _row.active_fault_avg_d
            fault_d = _row.fault_d
            recover_d = _row.recover_d
            term_d = _row.term_d
            term_d_increase = _row.term_d_increase
            net_fault_d = _row.net_fault_d
            active_term_d = _row.active_term_d
            active_term_m = _row.active_term_m
            active_term_m_increase = _row.active_term_m_increase
            passive_term_d = _row.passive_term_d
            extend_size = _row.extend_size
            extend_size_increase = _row.extend_size_increase
            extend_size_qap = _row.extend_size_qap
            extend_size_qap_increase = _row.extend_size_qap_increase
            storage_state_d = cls.__new__(cls)
            storage_state_d.stat_date = stat_date
            storage_state_d.active_fault = active_fault
            storage_state_d.active_fault_increase = active_fault_increase
            storage_state_d.active_fault_avg_d = active_fault_avg_d
            storage_state_d.fault_d = fault_d
            storage_state_d.recover_d = recover_d
            storage_state_d.term_d = term_d
            storage_state_d.term_d_increase = term_d_increase
            storage_state_d.net_fault_d = net_fault_d
            storage_state_d.active_term_d = active_term_d
            storage_state_d.active_term_m = active_term_m
            storage_state_d.active_term_m_increase = active_term_m_increase
            storage_state_d.passive_term_d = passive_term_d
            storage_state_d.extend_size = extend_size
            storage_state_d.extend_size_increase = extend_size_increase
            storage_state_d.extend_size_qap = extend_size_qap
            storage_state_d.extend_size_qap_increase = extend_size_qap_increase
            storage_state_d.additional_properties = {}
            _append(storage_state_d)
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

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_action import RuleAction
from ..models.rule_direction import RuleDirection
from ..models.rule_protocol import RuleProtocol

T = TypeVar("T", bound="Rule")


@_attrs_define
class Rule:
    """
    Attributes:
        direction (RuleDirection):
        protocol (RuleProtocol):
        ip_range (str):
        dest_port_from (int | None):
        action (RuleAction):
        position (int):
        dest_port_to (int | None):
        editable (bool | None):
        id (str):
    """

    direction: RuleDirection
    protocol: RuleProtocol
    ip_range: str
    dest_port_from: int | None
    action: RuleAction
    position: int
    dest_port_to: int | None
    editable: bool | None
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction = self.direction.value

        protocol = self.protocol.value

        ip_range = self.ip_range

        dest_port_from: int | None
        dest_port_from = self.dest_port_from

        action = self.action.value

        position = self.position

        dest_port_to: int | None
        dest_port_to = self.dest_port_to

        editable: bool | None
        editable = self.editable

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "protocol": protocol,
                "ip_range": ip_range,
                "dest_port_from": dest_port_from,
                "action": action,
                "position": position,
                "dest_port_to": dest_port_to,
                "editable": editable,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        direction = RuleDirection(src_dict["direction"])

        protocol = RuleProtocol(src_dict["protocol"])

        ip_range = src_dict["ip_range"]

        def _parse_dest_port_from(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        dest_port_from = _parse_dest_port_from(src_dict["dest_port_from"])

        action = RuleAction(src_dict["action"])

        position = src_dict["position"]

        def _parse_dest_port_to(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        dest_port_to = _parse_dest_port_to(src_dict["dest_port_to"])

        def _parse_editable(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        editable = _parse_editable(src_dict["editable"])

        id = src_dict["id"]

        if len(src_dict) == 9:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "direction",
                    "protocol",
                    "ip_range",
                    "dest_port_from",
                    "action",
                    "position",
                    "dest_port_to",
                    "editable",
                    "id",
                }
            }
        rule = cls.__new__(cls)
        rule.direction = direction
        rule.protocol = protocol
        rule.ip_range = ip_range
        rule.dest_port_from = dest_port_from
        rule.action = action
        rule.position = position
        rule.dest_port_to = dest_port_to
        rule.editable = editable
        rule.id = id

        rule.additional_properties = d

        return rule

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            direction = RuleDirection(src_dict["direction"])

            protocol = RuleProtocol(src_dict["protocol"])

            ip_range = src_dict["ip_range"]

            def _parse_dest_port_from(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            dest_port_from = _parse_dest_port_from(src_dict["dest_port_from"])

            action = RuleAction(src_dict["action"])

            position = src_dict["position"]

            def _parse_dest_port_to(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            dest_port_to = _parse_dest_port_to(src_dict["dest_port_to"])

            def _parse_editable(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            editable = _parse_editable(src_dict["editable"])

            id = src_dict["id"]

            if len(src_dict) == 9:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "direction",
                        "protocol",
                        "ip_range",
                        "dest_port_from",
                        "action",
                        "position",
                        "dest_port_to",
                        "editable",
                        "id",
                    }
                }
            rule = cls.__new__(cls)
            rule.direction = direction
            rule.protocol = protocol
            rule.ip_range = ip_range
            rule.dest_port_from = dest_port_from
            rule.action = action
            rule.position = position
            rule.dest_port_to = dest_port_to
            rule.editable = editable
            rule.id = id

            rule.additional_properties = d

            _append(rule)
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

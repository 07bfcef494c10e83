from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_create_action import RuleCreateAction
from ..models.rule_create_direction import RuleCreateDirection
from ..models.rule_create_protocol import RuleCreateProtocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuleCreate")


@_attrs_define
class RuleCreate:
    """`organization` is listed as required by the attribute table but absent from the request examples:
    optional. `dest_port_from` is typed "string" there and is an integer in every answer: integer.

        Attributes:
            action (RuleCreateAction):
            direction (RuleCreateDirection):
            ip_range (str): An IPv4 range (CIDR).
            protocol (RuleCreateProtocol):
            organization (str | Unset):
            dest_port_from (int | Unset):
    """

    action: RuleCreateAction
    direction: RuleCreateDirection
    ip_range: str
    protocol: RuleCreateProtocol
    organization: str | Unset = UNSET
    dest_port_from: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        direction = self.direction.value

        ip_range = self.ip_range

        protocol = self.protocol.value

        organization = self.organization

        dest_port_from = self.dest_port_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "direction": direction,
                "ip_range": ip_range,
                "protocol": protocol,
            }
        )
        if organization is not UNSET:
            field_dict["organization"] = organization
        if dest_port_from is not UNSET:
            field_dict["dest_port_from"] = dest_port_from

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        action = RuleCreateAction(src_dict["action"])

        direction = RuleCreateDirection(src_dict["direction"])

        ip_range = src_dict["ip_range"]

        protocol = RuleCreateProtocol(src_dict["protocol"])

        organization = src_dict.get("organization", UNSET)

        dest_port_from = src_dict.get("dest_port_from", UNSET)

        if len(src_dict) == 4 + (organization is not UNSET) + (
            dest_port_from is not UNSET
        ):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "action",
                    "direction",
                    "ip_range",
                    "protocol",
                    "organization",
                    "dest_port_from",
                }
            }
        rule_create = cls.__new__(cls)
        rule_create.action = action
        rule_create.direction = direction
        rule_create.ip_range = ip_range
        rule_create.protocol = protocol
        rule_create.organization = organization
        rule_create.dest_port_from = dest_port_from

        rule_create.additional_properties = d

        return rule_create

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            action = RuleCreateAction(src_dict["action"])

            direction = RuleCreateDirection(src_dict["direction"])

            ip_range = src_dict["ip_range"]

            protocol = RuleCreateProtocol(src_dict["protocol"])

            organization = src_dict.get("organization", UNSET)

            dest_port_from = src_dict.get("dest_port_from", UNSET)

            if len(src_dict) == 4 + (organization is not UNSET) + (
                dest_port_from is not UNSET
            ):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "action",
                        "direction",
                        "ip_range",
                        "protocol",
                        "organization",
                        "dest_port_from",
                    }
                }
            rule_create = cls.__new__(cls)
            rule_create.action = action
            rule_create.direction = direction
            rule_create.ip_range = ip_range
            rule_create.protocol = protocol
            rule_create.organization = organization
            rule_create.dest_port_from = dest_port_from

            rule_create.additional_properties = d

            _append(rule_create)
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

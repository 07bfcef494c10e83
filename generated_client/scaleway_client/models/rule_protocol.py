from enum import StrEnum


class RuleProtocol(StrEnum):
    ICMP = "ICMP"
    TCP = "TCP"
    UDP = "UDP"

    def __str__(self) -> str:
        return str(self.value)

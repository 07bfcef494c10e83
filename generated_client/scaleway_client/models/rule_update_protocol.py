from enum import StrEnum


class RuleUpdateProtocol(StrEnum):
    ICMP = "ICMP"
    TCP = "TCP"
    UDP = "UDP"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class Error503Error(StrEnum):
    SERVICE_UNAVAILABLE = "SERVICE-UNAVAILABLE"

    def __str__(self) -> str:
        return str(self.value)

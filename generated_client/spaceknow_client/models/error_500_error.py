from enum import StrEnum


class Error500Error(StrEnum):
    ERROR = "ERROR"

    def __str__(self) -> str:
        return str(self.value)

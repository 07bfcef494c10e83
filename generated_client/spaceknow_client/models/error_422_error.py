from enum import StrEnum


class Error422Error(StrEnum):
    VALIDATION_ERROR = "VALIDATION-ERROR"

    def __str__(self) -> str:
        return str(self.value)

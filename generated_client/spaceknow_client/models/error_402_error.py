from enum import StrEnum


class Error402Error(StrEnum):
    CREDITS_ERROR = "CREDITS-ERROR"

    def __str__(self) -> str:
        return str(self.value)

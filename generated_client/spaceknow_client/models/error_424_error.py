from enum import StrEnum


class Error424Error(StrEnum):
    PROCESSING_ERROR = "PROCESSING-ERROR"

    def __str__(self) -> str:
        return str(self.value)

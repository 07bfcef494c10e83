from enum import StrEnum


class Error405Error(StrEnum):
    METHOD_NOT_ALLOWED = "METHOD-NOT-ALLOWED"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ConflictErrorType(StrEnum):
    CONFLICT = "conflict"

    def __str__(self) -> str:
        return str(self.value)

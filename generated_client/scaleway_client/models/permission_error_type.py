from enum import StrEnum


class PermissionErrorType(StrEnum):
    AUTHORIZATION_REQUIRED = "authorization_required"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ServerBootType(StrEnum):
    BOOTSCRIPT = "bootscript"
    LOCAL = "local"

    def __str__(self) -> str:
        return str(self.value)

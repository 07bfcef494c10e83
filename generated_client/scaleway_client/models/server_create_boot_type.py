from enum import StrEnum


class ServerCreateBootType(StrEnum):
    BOOTSCRIPT = "bootscript"
    LOCAL = "local"

    def __str__(self) -> str:
        return str(self.value)

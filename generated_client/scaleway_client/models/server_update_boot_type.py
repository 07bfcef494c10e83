from enum import StrEnum


class ServerUpdateBootType(StrEnum):
    BOOTSCRIPT = "bootscript"
    LOCAL = "local"

    def __str__(self) -> str:
        return str(self.value)

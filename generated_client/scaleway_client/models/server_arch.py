from enum import StrEnum


class ServerArch(StrEnum):
    ARM = "arm"
    X86_64 = "x86_64"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class BootscriptArchitecture(StrEnum):
    ARM = "arm"
    X86_64 = "x86_64"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PipelineStatusValue(StrEnum):
    FAILED = "FAILED"
    NEW = "NEW"
    PROCESSING = "PROCESSING"
    RESOLVED = "RESOLVED"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class Error409Error(StrEnum):
    PIPELINE_NOT_PROCESSED = "PIPELINE-NOT-PROCESSED"

    def __str__(self) -> str:
        return str(self.value)

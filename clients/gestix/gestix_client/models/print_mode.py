# generated from specs/gestix.yaml — do not edit
from enum import IntEnum


class PrintMode(IntEnum):
    JSON = 0
    PDF = 1

    def __str__(self) -> str:
        return str(self.value)

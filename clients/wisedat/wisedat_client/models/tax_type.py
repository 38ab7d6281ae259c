# generated from specs/wisedat.yaml — do not edit
from enum import IntEnum


class TaxType(IntEnum):
    EXEMPT = 0
    REDUCED = 1
    INTERMEDIATE = 2
    NORMAL = 3
    NO_DEDUCTION = 4

    def __str__(self) -> str:
        return str(self.value)

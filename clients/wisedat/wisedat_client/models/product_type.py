# generated from specs/wisedat.yaml — do not edit
from enum import IntEnum


class ProductType(IntEnum):
    MERCHANDISE = 1
    SERVICE = 2

    def __str__(self) -> str:
        return str(self.value)

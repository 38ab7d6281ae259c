# generated from specs/wisedat.yaml — do not edit
from enum import IntEnum


class OrderItemType(IntEnum):
    MERCHANDISE_OR_SERVICE = 1
    POSTAGE = 2
    ADJUSTMENT = 3
    MERCHANDISE_VALUE_DISCOUNT = 4
    OTHER_VALUE_DISCOUNT = 5
    NOTES = 6

    def __str__(self) -> str:
        return str(self.value)

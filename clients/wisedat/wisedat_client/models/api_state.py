# generated from specs/wisedat.yaml — do not edit
from enum import IntEnum


class ApiState(IntEnum):
    OFFLINE = 0
    ONLINE = 1
    COMPANY_NOT_FOUND = 2
    API_NOT_ACTIVATED = 3
    TABLE_MANAGEMENT_NOT_ACTIVE = 4
    API_SERVER_MODULE_UNAVAILABLE = 5
    INACTIVE_PLAN = 6

    def __str__(self) -> str:
        return str(self.value)

# generated from specs/egestor.yaml — do not edit
from enum import StrEnum


class ContatoTipo(StrEnum):
    CLIENTE = "cliente"
    FORNECEDOR = "fornecedor"
    TRANSPORTADORA = "transportadora"

    def __str__(self) -> str:
        return str(self.value)

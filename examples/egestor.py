"""eGestor with the resource client: create a contact, read it back, list contacts page after page.

Run it against the mock (``erp-mock egestor``; ``GET /_mock/personal-token`` gives a personal token)::

    EGESTOR_URL=http://127.0.0.1:8002 EGESTOR_PERSONAL_TOKEN=... python examples/egestor.py
"""

from __future__ import annotations

import os

from egestor_client.models import ContatoCreate, ContatoTipo

from erp_adapters.egestor import API_URL, Egestor


def main() -> None:
    """Create and retrieve a contact, then list the contacts whose text matches."""
    with Egestor(os.environ.get("EGESTOR_URL", API_URL), personal_token=os.environ["EGESTOR_PERSONAL_TOKEN"]) as client:
        created = client.contatos.create(ContatoCreate(nome="Kaya Labadie", tipo=[ContatoTipo.CLIENTE]))
        contato = client.contatos.retrieve(created.codigo)  # -> ContatoDetail
        print(contato.codigo, contato.nome)
        for item in client.contatos.list(filtro="labadie"):  # 50 per page, every page lazily
            print(item.codigo, item.nome)


if __name__ == "__main__":
    main()

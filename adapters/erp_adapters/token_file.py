"""A token set in a private file: what ``erp login`` writes and ``connect(stored=...)`` reads.

The file holds the JSON dict a :data:`~erp_adapters.oauth2.TokenStore` receives (``access_token``,
``refresh_token``, ``expires_at``, ...). It is written atomically (a temporary file in the same
folder, flushed and renamed over the old one) and created with mode ``0600``, so a crash never
leaves half a token set and no other user can read it.

>>> from erp_adapters import egestor, token_file  # doctest: +SKIP
>>> path = "egestor-token.json"  # doctest: +SKIP
>>> client = egestor.connect(client_id=..., client_secret=..., stored=token_file.load(path),
...                          token_store=token_file.store(path))  # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from erp_adapters.oauth2 import StoredToken, TokenStore

MODE = 0o600
"""Owner read/write only."""


def save(path: str | os.PathLike[str], token: StoredToken) -> None:
    """Write ``token`` to ``path`` atomically, with mode :data:`MODE` (the folder is created if needed)."""
    target = Path(path).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(descriptor, MODE)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(token, handle, sort_keys=True)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load(path: str | os.PathLike[str]) -> StoredToken:
    """The token set saved at ``path``; ``ValueError`` when the file is not a JSON object."""
    text = Path(path).expanduser().read_text(encoding="utf-8")
    try:
        data: Any = json.loads(text)
    except ValueError:
        raise ValueError(f"{os.fspath(path)} is not a JSON token file") from None
    if not isinstance(data, dict):
        raise ValueError(f"{os.fspath(path)} does not hold a JSON object")
    return data


def store(path: str | os.PathLike[str]) -> TokenStore:
    """A token store that saves every new token set to ``path`` (see :func:`save`)."""

    def _save(token: StoredToken) -> None:
        save(path, token)

    return _save

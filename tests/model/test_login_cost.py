"""A name that does not exist costs the same key derivation as a real account (review 7e)."""

from __future__ import annotations

from pathlib import Path

import pytest

from neubeginn.model.core import crypto
from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.errors import WrongPassword

# Slots above the floor, as real vaults have them (DEFAULT_KDF is dearer still); the
# derivation before the fix used FLOOR_KDF for unknown names whatever the slots used.
SLOT_KDF = (FLOOR_KDF[0] + 8192, FLOOR_KDF[1] + 1)


def test_unknown_and_known_names_derive_with_the_same_cost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = Vault.create(
        sqlite_url(tmp_path / "v.sqlite"),
        admin_username="admin",
        admin_display_name="Anna Admin",
        admin_password="Admin-Passwort 1",
        kdf=SLOT_KDF,
    )
    vault.close()
    derived: list[tuple[int, int, int]] = []
    real_derive = crypto.KdfParams.derive

    def recording(self: crypto.KdfParams, password: str) -> bytes:
        derived.append((self.memory_kib, self.iterations, self.lanes))
        return real_derive(self, password)

    monkeypatch.setattr(crypto.KdfParams, "derive", recording)
    # A desk opens the vault with the default profile for new slots, not the slots' own.
    again = Vault.open(sqlite_url(tmp_path / "v.sqlite"), kdf=FLOOR_KDF)
    for name in ("admin", "no-such-user"):
        with pytest.raises(WrongPassword):
            again.unlock(name, "falsches Passwort")
    assert len(derived) == 2
    assert derived[0] == derived[1] == (*SLOT_KDF, 4)

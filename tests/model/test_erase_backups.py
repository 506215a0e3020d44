"""Erasure reaches the backups Neubeginn made itself (review 7d): the case's key is gone there.

The attack of the review: the automatic before-upgrade copy still held the erased case's data
key, and any old key slot opened it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.tables import DataKey
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.model.factories import household


def _vault(path: Path) -> Vault:
    return Vault.create(
        sqlite_url(path),
        admin_username=ADMIN,
        admin_display_name="Anna Admin",
        admin_password=ADMIN_PASSWORD,
        kdf=FLOOR_KDF,
    )


def test_erasure_removes_the_case_key_from_the_before_upgrade_backup(tmp_path: Path) -> None:
    vault = _vault(tmp_path / "vault.sqlite")
    erased = vault.cases.create(household())
    kept = vault.cases.create(household())
    with vault.store.read() as db:
        wrapped = {k.owner_uuid: k.wrapped_key for k in db.query(DataKey)}
    backup = vault.store._backup("0002")  # as Store.upgrade makes it
    assert backup is not None and wrapped[erased.uuid] in backup.read_bytes()

    vault.cases.erase(erased.number)

    on_disk = b"".join(p.read_bytes() for p in tmp_path.glob("vault.sqlite.before-upgrade-*"))
    assert wrapped[erased.uuid] not in on_disk
    assert wrapped[kept.uuid] in on_disk  # the backup is otherwise whole
    with sqlite3.connect(backup) as db:
        owners = {row[0] for row in db.execute("SELECT owner_uuid FROM data_key")}
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert erased.uuid not in owners and kept.uuid in owners

    # The old slot still opens the backup, but the erased household no longer decrypts.
    old = Vault.open(sqlite_url(backup), kdf=FLOOR_KDF)
    old.unlock(ADMIN, ADMIN_PASSWORD)
    assert [s.number for s in old.cases.summaries()] == [kept.number]
    assert old.cases.get(kept.number).members

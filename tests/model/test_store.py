"""The SQLite file: durability settings, owner-only files, no plaintext on disk, upgrades."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from neubeginn.model.core.store import Store, sqlite_url
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.access import Role
from neubeginn.model.errors import SchemaTooNew
from neubeginn.model.wording import describe
from tests.model.factories import entry, fill_directory, household, member

FIXTURES = Path(__file__).parent.parent / "fixtures"
CANARIES = ["Zainab Qaderi-Canary", "زينب قادري", "Светлана Канарейкина"]


def make_vault(path: Path) -> Vault:
    return Vault.create(
        sqlite_url(path),
        admin_username="admin",
        admin_display_name="Anna Admin",
        admin_password="Admin-Passwort 1",
        kdf=FLOOR_KDF,
    )


def test_wal_mode_and_full_sync(sqlite_vault_path: Path) -> None:
    with make_vault(sqlite_vault_path) as vault, vault.store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1


def test_vault_and_wal_are_owner_only(sqlite_vault_path: Path) -> None:
    with make_vault(sqlite_vault_path) as vault, vault.store.engine.connect() as connection:
        connection.execute(text("SELECT count(*) FROM account")).scalar()
        files = [p for p in sqlite_vault_path.parent.iterdir() if p.name.startswith("vault")]
        assert {p.name for p in files} >= {"vault.sqlite", "vault.sqlite-wal"}
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_no_name_is_readable_anywhere_the_vault_wrote(sqlite_vault_path: Path) -> None:
    vault = make_vault(sqlite_vault_path)
    for index, name in enumerate(CANARIES):
        vault.accounts.create(f"konto{index}", name, Role.DESK, "Kanarien-Passwort 1")
    assert {a.display_name for a in vault.accounts.list()} >= set(CANARIES)
    family, given = CANARIES[0].split()
    case = vault.cases.create(household(member(family, given, CANARIES[1], notes=CANARIES[2])))
    soforthilfe = fill_directory(vault)["Soforthilfe Herne"]
    vault.laufzettel.append(case.number, entry(soforthilfe, information=CANARIES[2]))
    assert vault.cases.search(given)[0].number == case.number
    # Look while the WAL still holds the writes, and again after the checkpoint at close.
    for _ in range(2):
        written = b"".join(p.read_bytes() for p in sqlite_vault_path.parent.iterdir())
        assert written, "nothing was written"
        for name in [*CANARIES, "Soforthilfe Herne", "Caritasverband"]:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert name.encode(encoding) not in written, (name, encoding)
            assert name.split()[0].encode("utf-8") not in written, name
        vault.close()


def test_first_schema_fixture_upgrades_and_verifies(tmp_path: Path) -> None:
    path = tmp_path / "vault.sqlite"
    shutil.copy(FIXTURES / "vault-0001.sqlite", path)
    path.chmod(0o600)
    store = Store(sqlite_url(path))
    old_revision = store.schema_revision()
    assert old_revision == "0001"
    store.dispose()
    with Vault.open(sqlite_url(path), kdf=FLOOR_KDF) as vault:
        assert vault.store.schema_revision() == vault.store.head_revision()
        vault.unlock("admin", "Fixture-Passwort 1")
        assert vault.verify() == []
        assert {a.username for a in vault.accounts.list()} == {"admin", "dieter"}
    backups = list(tmp_path.glob("vault.sqlite.before-upgrade-*"))
    assert old_revision != vault.store.head_revision()  # the fixture is older than head
    assert len(backups) == 1
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    assert Store(sqlite_url(backups[0])).schema_revision() == old_revision


def test_a_newer_schema_is_refused(sqlite_vault_path: Path) -> None:
    make_vault(sqlite_vault_path).close()
    store = Store(sqlite_url(sqlite_vault_path))
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SchemaTooNew) as caught:
        Vault.open(sqlite_url(sqlite_vault_path))
    assert "(Schema 9999)" in describe(caught.value)

"""Disabling an account, or `vault.keys.rotate()`, leaves an old slot opening nothing
current (review 1c: a disabled counsellor's old copy plus old password opened the live
vault, including cases created after the disabling).

The attacker kept a copy of the vault file from before the disabling; later they get a copy
of the live vault, and put their old slot and key wraps into it (they have write access to
files they copy). Played on SQLite, where a copy is a file.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.tables import Account, DataKey
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.access import Role
from neubeginn.model.domain.values import Agency, Consent
from neubeginn.model.errors import IntegrityError, VaultError
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.model.factories import entry, household, member
from tests.model.test_keys_follow_consent import every_key_within_reach, readable

PASSWORD = "Beratung-Passwort 1"


@pytest.fixture
def live(sqlite_vault_path: Path) -> Vault:
    vault = Vault.create(
        sqlite_url(sqlite_vault_path),
        admin_username=ADMIN,
        admin_display_name="Anna Admin",
        admin_password=ADMIN_PASSWORD,
        kdf=FLOOR_KDF,
    )
    caritas = vault.agencies.add(Agency(name="Caritas (Test)"))
    shared = (Consent(dt.date(2026, 3, 2), True, True, (caritas.uuid,)),)
    vault.cases.create(household(member("Haddad", "Rami"), consents=shared))
    for name, role in (
        ("beraterin", Role.COUNSELLING),
        ("kollegin", Role.COUNSELLING),
        ("schalter", Role.DESK),
        ("zweite", Role.DESK),
    ):
        vault.accounts.create(name, name.title(), role, PASSWORD, caritas.uuid)
    return vault


def copy_of(vault: Vault, target: Path) -> Path:
    assert vault.store.path is not None
    with sqlite3.connect(vault.store.path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


def transplant(old: Path, new: Path, username_account: str) -> None:
    """Put an account's slot and key wraps from an old copy into a newer one."""
    with sqlite3.connect(new) as db:
        db.execute("ATTACH DATABASE ? AS old", (str(old),))
        for table in ("key_slot", "key_wrap"):
            db.execute(f"DELETE FROM {table} WHERE account_uuid = ?", (username_account,))
            db.execute(
                f"INSERT INTO {table} SELECT * FROM old.{table} WHERE account_uuid = ?",
                (username_account,),
            )
        db.execute("UPDATE account SET active = 1 WHERE uuid = ?", (username_account,))


def account_uuid(vault: Vault, username: str) -> str:
    return next(a.uuid for a in vault.accounts.list() if a.username == username)


def everything_it_opens(path: Path, username: str) -> set[str]:
    with Vault.open(sqlite_url(path), kdf=FLOOR_KDF) as attacker:
        return readable(attacker, every_key_within_reach(attacker, username, PASSWORD), {})


@pytest.mark.parametrize("username", ["beraterin", "schalter"])
def test_an_old_slot_opens_nothing_of_a_copy_taken_after_the_disabling(
    live: Vault, tmp_path: Path, username: str
) -> None:
    before = copy_of(live, tmp_path / "before.sqlite")
    assert everything_it_opens(before, username)  # the old copy: what it could read then
    uuid = account_uuid(live, username)
    live.accounts.disable(username)
    live.cases.create(household(member("Nazari", "Zahra"), consents=()))  # after
    after = copy_of(live, tmp_path / "after.sqlite")
    transplant(before, after, uuid)
    assert everything_it_opens(after, username) == set()
    with Vault.open(sqlite_url(after), kdf=FLOOR_KDF) as attacker, pytest.raises(VaultError):
        attacker.unlock(username, PASSWORD)


def test_the_others_keep_working_after_a_disabling(live: Vault) -> None:
    live.accounts.disable("beraterin")
    live.accounts.disable("schalter")
    for name in ("kollegin", "zweite"):
        other = Vault(live.store, kdf=FLOOR_KDF)
        other.unlock(name, PASSWORD)
        case = other.cases.summaries()[0]
        assert other.cases.get(case.number).members[0].family_name == "Haddad"
    kollegin = Vault(live.store, kdf=FLOOR_KDF)
    kollegin.unlock("kollegin", PASSWORD)
    kollegin.laufzettel.append(kollegin.cases.summaries()[0].number, entry(live.agencies.all()[0]))
    live.unlock(ADMIN, ADMIN_PASSWORD)
    assert live.verify() == []


def test_rotate_replaces_the_master_key_and_everything_still_opens(live: Vault) -> None:
    with live.store.read() as db:
        wrapped_before = {r.key_id: r.wrapped_key for r in db.scalars(select(DataKey))}
    assert live.keys.rotate() == []
    with live.store.read() as db:
        after = {r.key_id: r.wrapped_key for r in db.scalars(select(DataKey))}
    assert after.keys() == wrapped_before.keys()
    assert all(after[k] != wrapped_before[k] for k in after)
    assert live.verify() == []
    for name in ("schalter", "beraterin"):
        other = Vault(live.store, kdf=FLOOR_KDF)
        other.unlock(name, PASSWORD)
        assert len(other.cases.summaries()) == 1
    live.lock()
    live.unlock(ADMIN, ADMIN_PASSWORD)
    assert live.verify() == []


def test_a_forged_certificate_stays_named_after_a_rotation(live: Vault) -> None:
    forged = account_uuid(live, "schalter")
    with live.store.write() as db:
        account = db.get(Account, forged)
        assert account is not None
        account.role = "admin"
    live.keys.rotate()
    assert f"account {forged}" in [d.record for d in live.verify()]
    with pytest.raises(IntegrityError):
        Vault(live.store, kdf=FLOOR_KDF).unlock("schalter", PASSWORD)

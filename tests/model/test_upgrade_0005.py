"""A vault of revision 0004 (the committed fixture, made by tests/fixtures/make_vault_0004.py
with the code of that revision) moves into the design where keys follow consent: nothing is
lost, every account signs in with its old password, the counsellor then reaches only what
the consents give its agency, and the move is audited."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from neubeginn.model.core.keyring import AgencyKeyring, Keyring
from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.tables import AuditEntry, KeyGrant
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from tests.model.test_keys_follow_consent import every_key_within_reach, keyring_keys, readable

FIXTURE = Path(__file__).parent.parent / "fixtures" / "vault-0004.sqlite"
PASSWORDS = {
    "admin": "Fixture-Passwort 1",
    "dieter": "Fixture-Passwort 2",
    "clara": "Fixture-Passwort 3",
    "paul": "Fixture-Passwort 4",
}
FAMILIES = {"Haddad", "Nazari", "Osman", "Karimi", "Sabri"}


@pytest.fixture
def upgraded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Vault:
    # Every copy of the fixture has the same vault uuid: each test gets its own desk, or
    # the audit witness of the one before would (rightly) call this copy's log cut short.
    monkeypatch.setenv("NEUBEGINN_HOME", str(tmp_path / "home"))
    path = tmp_path / "vault.sqlite"
    shutil.copy(FIXTURE, path)
    path.chmod(0o600)
    return Vault.open(sqlite_url(path), kdf=FLOOR_KDF)


def _family(vault: Vault, number: str) -> str:
    return vault.cases.get(number).members[0].family_name


@pytest.mark.parametrize("first", ["admin", "clara"])
def test_the_fixture_of_0004_moves_into_the_new_keys(upgraded: Vault, first: str) -> None:
    """Whoever signs in first (an admin, or the counsellor whose slot still holds the
    master key) moves the vault; the counsellor never keeps the master key."""
    upgraded.unlock(first, PASSWORDS[first])
    upgraded.lock()
    upgraded.unlock("admin", PASSWORDS["admin"])
    assert {_family(upgraded, s.number) for s in upgraded.cases.summaries()} == FAMILIES
    assert all(
        len(upgraded.cases.get(s.number).laufzettel) == 1 for s in upgraded.cases.summaries()
    )
    assert upgraded.verify() == []
    for name in ("dieter", "paul", "clara"):
        session = Vault(upgraded.store, kdf=FLOOR_KDF)
        session.unlock(name, PASSWORDS[name])
        expected = AgencyKeyring if name == "clara" else Keyring
        assert isinstance(session.context.keyring, expected)
    counsellor = Vault(upgraded.store, kdf=FLOOR_KDF)
    counsellor.unlock("clara", PASSWORDS["clara"])
    # Haddad shares with Caritas, Osman with all; Sabri's consent to Caritas was withdrawn.
    assert {_family(counsellor, s.number) for s in counsellor.cases.summaries()} == {
        "Haddad",
        "Osman",
    }
    keys = every_key_within_reach(counsellor, "clara", PASSWORDS["clara"])
    shared = {s.number for s in counsellor.cases.summaries()}
    uuids = {counsellor.cases.uuid_of(number) for number in shared}
    assert readable(counsellor, keys, keyring_keys(counsellor)) == uuids
    with upgraded.store.read() as db:
        moves = db.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "keys.upgrade")
        )
        grants = db.scalar(select(func.count()).select_from(KeyGrant))
    assert moves == 1 + 4  # the vault once, each of the four accounts once
    assert grants == 4 + 2  # Haddad, Osman to Caritas; Nazari, Osman to AWO; the vault key x2
    upgraded.unlock("admin", PASSWORDS["admin"])
    assert upgraded.verify() == []

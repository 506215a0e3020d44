"""Accounts and key slots: unlock, wrong password, damage, reset, disable, own password."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update

from neubeginn.model.codes import Code
from neubeginn.model.core.keyslots import digest_of
from neubeginn.model.core.tables import KeySlot
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.access import Role
from neubeginn.model.errors import (
    IntegrityError,
    InvalidInput,
    VaultLocked,
    WeakKeySlot,
    WrongPassword,
)
from tests.conftest import ADMIN, ADMIN_PASSWORD

DESK_PASSWORD = "Schalter-Passwort 7"


def reopen(vault: Vault) -> Vault:
    vault.lock()
    return Vault(vault.store, kdf=FLOOR_KDF)


def test_unlock_with_the_right_password_and_refuse_a_wrong_one(vault: Vault) -> None:
    vault.accounts.create("dieter", "Dieter Desk", Role.DESK, DESK_PASSWORD)
    again = reopen(vault)
    with pytest.raises(WrongPassword):
        again.unlock("dieter", "falsches Passwort")
    with pytest.raises(WrongPassword):
        again.unlock("nobody", DESK_PASSWORD)
    assert not again.is_unlocked
    user = again.unlock("Dieter", DESK_PASSWORD)  # user names are not case-sensitive
    assert (user.username, user.role) == ("dieter", Role.DESK)


def test_locked_vault_refuses_every_service(vault: Vault) -> None:
    vault.lock()
    with pytest.raises(VaultLocked):
        vault.accounts.list()
    with pytest.raises(VaultLocked):
        vault.audit.entries()


def test_damaged_slot_is_an_integrity_error_not_a_wrong_password(vault: Vault) -> None:
    with vault.store.write() as db:
        slot = db.scalars(select(KeySlot)).one()
        damaged = bytearray(slot.wrapped_key)
        damaged[20] ^= 0x01
        db.execute(update(KeySlot).values(wrapped_key=bytes(damaged)))
    again = reopen(vault)
    with pytest.raises(IntegrityError) as caught:
        again.unlock(ADMIN, ADMIN_PASSWORD)
    assert "key_slot" in caught.value.record


def test_slot_with_weakened_parameters_is_refused_even_with_a_valid_digest(vault: Vault) -> None:
    with vault.store.write() as db:
        slot = db.scalars(select(KeySlot)).one()
        slot.iterations = 1
        slot.digest = digest_of(slot)
    again = reopen(vault)
    with pytest.raises(WeakKeySlot):
        again.unlock(ADMIN, ADMIN_PASSWORD)


def test_raised_parameters_with_a_valid_digest_fail_authentication(vault: Vault) -> None:
    """The parameters are covered by the slot's tag: changing them breaks the slot."""
    with vault.store.write() as db:
        slot = db.scalars(select(KeySlot)).one()
        slot.iterations += 1
        slot.digest = digest_of(slot)
    again = reopen(vault)
    with pytest.raises(WrongPassword):
        again.unlock(ADMIN, ADMIN_PASSWORD)


def test_every_byte_of_a_slot_is_guarded(vault: Vault) -> None:
    """Exhaustive: flipping any single stored byte of the slot is detected before the KDF."""
    with vault.store.read() as db:
        slot = db.scalars(select(KeySlot)).one()
        original = {name: getattr(slot, name) for name in ("salt", "wrapped_key")}
    again = reopen(vault)
    for column, value in original.items():
        for index in range(len(value)):
            changed = bytearray(value)
            changed[index] ^= 0x80
            with again.store.write() as db:
                db.execute(update(KeySlot).values({column: bytes(changed)}))
            with pytest.raises(IntegrityError):
                again.unlock(ADMIN, ADMIN_PASSWORD)
    with again.store.write() as db:
        db.execute(update(KeySlot).values(original))
    again.unlock(ADMIN, ADMIN_PASSWORD)


def test_reset_rewrites_only_that_slot(vault: Vault) -> None:
    vault.accounts.create("dieter", "Dieter Desk", Role.DESK, DESK_PASSWORD)
    with vault.store.read() as db:
        before = {s.account_uuid: (s.uuid, s.wrapped_key) for s in db.scalars(select(KeySlot))}
    vault.accounts.reset_password("dieter", "Neues-Passwort 9")
    with vault.store.read() as db:
        after = {s.account_uuid: (s.uuid, s.wrapped_key) for s in db.scalars(select(KeySlot))}
    admin_uuid = vault.user.account_uuid if vault.user else ""
    assert after[admin_uuid] == before[admin_uuid]
    changed = [uuid for uuid in after if after[uuid] != before[uuid]]
    assert len(changed) == 1
    again = reopen(vault)
    with pytest.raises(WrongPassword):
        again.unlock("dieter", DESK_PASSWORD)
    assert again.unlock("dieter", "Neues-Passwort 9").username == "dieter"


def test_change_own_password_needs_the_old_one(vault: Vault) -> None:
    with pytest.raises(WrongPassword):
        vault.accounts.change_own_password("nicht das alte", "Neues-Passwort 9")
    vault.accounts.change_own_password(ADMIN_PASSWORD, "Neues-Passwort 9")
    again = reopen(vault)
    with pytest.raises(WrongPassword):
        again.unlock(ADMIN, ADMIN_PASSWORD)
    again.unlock(ADMIN, "Neues-Passwort 9")


def test_disable_destroys_the_slot(vault: Vault) -> None:
    vault.accounts.create("dieter", "Dieter Desk", Role.DESK, DESK_PASSWORD)
    vault.accounts.disable("dieter")
    with vault.store.read() as db:
        assert db.scalar(text("SELECT count(*) FROM key_slot")) == 1
    listed = {info.username: info.active for info in vault.accounts.list()}
    assert listed == {"admin": True, "dieter": False}
    again = reopen(vault)
    with pytest.raises(WrongPassword):
        again.unlock("dieter", DESK_PASSWORD)


@pytest.mark.parametrize(
    ("username", "role", "password", "agency", "field", "code"),
    [
        ("", "desk", "lang-genug-123", None, "username", Code.USERNAME_EMPTY),
        ("zwei worte", "desk", "lang-genug-123", None, "username", Code.USERNAME_BAD_CHARACTER),
        ("x" * 65, "desk", "lang-genug-123", None, "username", Code.USERNAME_TOO_LONG),
        ("kurz", "desk", "kurz", None, "password", Code.PASSWORD_TOO_SHORT),
        ("chef", "boss", "lang-genug-123", None, "role", Code.UNKNOWN_ROLE),
        ("berater", "counselling", "lang-genug-123", None, "agency", Code.COUNSELLING_NEEDS_AGENCY),
        ("admin", "desk", "lang-genug-123", None, "username", Code.USERNAME_TAKEN),
    ],
)
def test_bad_account_input_changes_nothing(
    vault: Vault,
    username: str,
    role: str,
    password: str,
    agency: str | None,
    field: str,
    code: Code,
) -> None:
    before = vault.accounts.list()
    with pytest.raises(InvalidInput) as caught:
        vault.accounts.create(username, "Name", role, password, agency)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert vault.accounts.list() == before


def test_a_memo_opens_after_the_next_unlock_for_its_account_only(vault: Vault) -> None:
    """Unsaved edits kept over an idle lock: sealed, unreadable while locked, for one account."""
    vault.accounts.create("schalter", "Sven Schalter", Role.DESK, "Schalter-Passwort 1")
    text = "Familienname: Al-Hassan (محمد)".encode()
    memo = vault.seal_memo(text)
    assert text not in memo.sealed and text not in memo.wrapped_key
    vault.lock()
    with pytest.raises(VaultLocked):
        vault.open_memo(memo)
    vault.unlock("schalter", "Schalter-Passwort 1")
    with pytest.raises(IntegrityError):
        vault.open_memo(memo)  # another account's
    vault.unlock(ADMIN, ADMIN_PASSWORD)
    assert vault.open_memo(memo) == text

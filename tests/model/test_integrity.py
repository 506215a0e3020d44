"""Stored ciphertexts: every byte guarded, bound to row and column, damage stays local."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update

from neubeginn.model.codes import Code
from neubeginn.model.core.encrypted import Sealed
from neubeginn.model.core.tables import Account, DataKey
from neubeginn.model.core.vault import Vault
from neubeginn.model.domain.access import Role
from neubeginn.model.errors import IntegrityError


def profiles(vault: Vault) -> dict[str, bytes]:
    with vault.store.read() as db:
        return {row.uuid: row.profile.raw for row in db.scalars(select(Account))}


def test_every_byte_of_a_stored_ciphertext_is_guarded(vault: Vault) -> None:
    """Exhaustive over one encrypted field: version, key id, nonce, body and tag."""
    account_uuid = next(iter(profiles(vault)))
    original = profiles(vault)[account_uuid]
    vault.accounts.create("zweite", "Zweite Person", Role.PRINT, "lang-genug-123")
    for index in range(len(original)):
        changed = bytearray(original)
        changed[index] ^= 0x01
        with vault.store.write() as db:
            db.execute(
                update(Account)
                .where(Account.uuid == account_uuid)
                .values(profile=Sealed(bytes(changed)))
            )
        damages = vault.verify()
        assert [d.record for d in damages] == [f"account {account_uuid} [profile]"], index
    with vault.store.write() as db:
        db.execute(
            update(Account).where(Account.uuid == account_uuid).values(profile=Sealed(original))
        )
    assert vault.verify() == []


def test_damage_stays_local_other_records_remain_readable(vault: Vault) -> None:
    vault.accounts.create("zweite", "Zweite Person", Role.PRINT, "lang-genug-123")
    first = next(iter(profiles(vault)))
    with vault.store.write() as db:
        db.execute(
            update(Account).where(Account.uuid == first).values(profile=Sealed(b"\x01short"))
        )
    damages = vault.verify()
    assert [d.reason for d in damages] == [Code.MALFORMED_CIPHERTEXT]
    with vault.store.read() as db:
        second = db.scalars(select(Account).where(Account.uuid != first)).one()
        assert vault.context.cipher.open_json(second, Account.profile)["username"] == "zweite"


def test_ciphertext_moved_to_another_row_fails(vault: Vault) -> None:
    vault.accounts.create("zweite", "Zweite Person", Role.PRINT, "lang-genug-123")
    (_, blob_a), (uuid_b, _) = profiles(vault).items()
    with vault.store.write() as db:
        db.execute(update(Account).where(Account.uuid == uuid_b).values(profile=Sealed(blob_a)))
    with vault.store.read() as db:
        row_b = db.get(Account, uuid_b)
        assert row_b is not None
        with pytest.raises(IntegrityError) as caught:
            vault.context.cipher.open_json(row_b, Account.profile)
    assert uuid_b in caught.value.record


def test_ciphertext_moved_to_another_column_fails(vault: Vault) -> None:
    """A data key's wrapped bytes pasted into a profile column do not open there."""
    with vault.store.read() as db:
        wrapped = db.scalars(select(DataKey)).first()
        assert wrapped is not None
        blob = wrapped.wrapped_key
    account_uuid = next(iter(profiles(vault)))
    with vault.store.write() as db:
        db.execute(update(Account).where(Account.uuid == account_uuid).values(profile=Sealed(blob)))
    assert [d.record for d in vault.verify()] == [f"account {account_uuid} [profile]"]


def test_damaged_data_key_is_named(vault: Vault) -> None:
    with vault.store.write() as db:
        key_id = db.scalar(text("SELECT key_id FROM data_key"))
        row = db.get(DataKey, bytes(key_id))
        assert row is not None
        damaged = bytearray(row.wrapped_key)
        damaged[-1] ^= 0xFF
        row.wrapped_key = bytes(damaged)
    records = [d.record for d in vault.verify()]
    assert any(r.startswith(f"data_key {bytes(key_id).hex()}") for r in records)


def test_plain_values_never_reach_an_encrypted_column(vault: Vault) -> None:
    with vault.store.read() as db, pytest.raises(Exception, match="Sealed"):
        account = db.scalars(select(Account)).first()
        assert account is not None
        account.profile = "Klartext"  # type: ignore[assignment]
        db.flush()

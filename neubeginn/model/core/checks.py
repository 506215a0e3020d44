"""The checks `Vault.verify` runs over the core's own records: the vault's row, key slots,
data keys, accounts and their key wraps, and the audit chain (cases: cases/verify.py)."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from neubeginn import paths
from neubeginn.model.codes import Code
from neubeginn.model.core import audit_chain, keyslots, sharing
from neubeginn.model.core.accounts import login_hash
from neubeginn.model.core.context import Context, Damage
from neubeginn.model.core.keyring import KIND_AGENCY, KIND_VAULT, Keyring
from neubeginn.model.core.tables import Account, DataKey, KeySlot, KeyWrap, VaultMeta
from neubeginn.model.domain.access import Action
from neubeginn.model.errors import IntegrityError, VaultError


def verify_audit(ctx: Context, db: Session) -> Iterator[Damage]:
    """The audit chain; this desk's witness remembers the newest row for the next verify."""
    witness = paths.data_dir() / "audit-witness" / f"{ctx.vault_uuid}.json"
    for record, reason, params in audit_chain.check(db, ctx.vault_uuid, ctx.key, witness):
        yield Damage(record, reason, params)


def verify_core(ctx: Context, db: Session) -> Iterator[Damage]:
    """The vault's master key id, every key slot's digest and floor, every data key, and
    every account: its profile, login hash, certificate, and the wrap of the key it holds."""
    keyring = ctx.master(Action.VERIFY)
    if db.scalars(select(VaultMeta.master_key_id)).one() != keyring.master_key_id:
        # Sign-in looks for a key wrap of this id: no account would open the vault.
        yield Damage("vault_meta", Code.PLAINTEXT_DIFFERS, {"column": "master_key_id"})
    for slot in db.scalars(select(KeySlot)):
        record = f"key_slot {slot.uuid}"
        if slot.digest != keyslots.digest_of(slot):
            yield Damage(record, Code.KEY_SLOT_DAMAGED)
        else:
            try:
                keyslots.params_of(slot).check_floor()
            except VaultError as error:
                yield Damage(record, Code.KDF_BELOW_FLOOR, error.params)
    vault_keys = 0
    for row in db.scalars(select(DataKey)):
        try:
            keyring.unwrap(row)
            vault_keys += row.kind == KIND_VAULT
        except IntegrityError as error:
            yield Damage.of(error)
    if vault_keys != 1:
        yield Damage(f"data_key of vault {ctx.vault_uuid}", Code.RECORD_MISSING)
    wrapped = {
        (uuid, key_id) for uuid, key_id in db.execute(select(KeyWrap.account_uuid, KeyWrap.key_id))
    }
    for account in db.scalars(select(Account)):
        record = f"account {account.uuid}"
        try:
            profile = ctx.cipher.open_json(account, Account.profile)
        except IntegrityError as error:
            yield Damage.of(error)
        else:
            # Sign-in finds the account by this hash: a changed one looks like a wrong password.
            if account.login_hash != login_hash(ctx.vault_uuid, profile["username"]):
                yield Damage(record, Code.PLAINTEXT_DIFFERS, {"column": "login_hash"})
        # An account not signed in since revision 0005 has no certificate yet.
        moved = account.public_key is not None or account.cert is not None
        if moved and not sharing.certificate_holds(keyring, account):
            yield Damage(record, Code.ACCOUNT_CERT_FAILS)
        elif (
            moved
            and account.active
            and (account.uuid, _key_given(db, keyring, account)) not in wrapped
        ):
            # The wrap itself is sealed to the account's key, which only its password opens;
            # that it exists for the key the role gives is what an admin can check.
            yield Damage(f"key_wrap {account.uuid}", Code.RECORD_MISSING)


def _key_given(db: Session, keyring: Keyring, account: Account) -> bytes | None:
    """The id of the key an account's role gives it: the master key, or its agency's."""
    if account.agency_uuid is None:
        return keyring.master_key_id
    return db.scalar(
        select(DataKey.key_id).where(
            DataKey.owner_uuid == account.agency_uuid, DataKey.kind == KIND_AGENCY
        )
    )

"""From an opened key slot to the keyring of a session: the keys decide what an account is.

A slot of before revision 0005 holds the master key itself; the account is moved to the new
design here, while its password is at hand: a key pair, a new slot, its keys sealed to it.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from neubeginn.model.codes import Code
from neubeginn.model.core import crypto, keyslots, sharing
from neubeginn.model.core.context import Context
from neubeginn.model.core.keyring import AgencyKeyring, AgencySecret, AnyKeyring, Keyring
from neubeginn.model.core.tables import Account, DataKey, KeySlot
from neubeginn.model.domain.access import Role
from neubeginn.model.errors import IntegrityError

NewParams = Callable[[], crypto.KdfParams]


def keyring_for(
    ctx: Context,
    db: Session,
    account: Account,
    held: bytes,
    master_key_id: bytes,
) -> AnyKeyring:
    """The keyring `held` (what the account's slot opened) gives; IntegrityError when the
    account's stored role or agency disagree with its keys or its certificate."""
    record = f"account {account.uuid}"
    private = keyslots.account_private(held)
    wraps = sharing.open_wraps(db, account.uuid, private)
    master = wraps.get(master_key_id)
    if master is not None:
        keyring = Keyring(master_key_id, master, ctx.load_data_key)
        if account.role == Role.COUNSELLING or not sharing.certificate_holds(keyring, account):
            keyring.clear()
            raise IntegrityError(record, Code.RECORD_DAMAGED)
        return keyring
    for raw in wraps.values():
        try:
            secret = AgencySecret.unpack(raw)
        except ValueError:
            continue
        # The agency column is plaintext: a forged one would only point the keyring at
        # grants wrapped for another agency's key, which this secret does not open; say so.
        agency_key = db.get(DataKey, secret.agency_key_id)
        if (
            account.role != Role.COUNSELLING
            or account.agency_uuid is None
            or agency_key is None
            or agency_key.owner_uuid != account.agency_uuid
        ):
            raise IntegrityError(record, Code.RECORD_DAMAGED)
        return AgencyKeyring(ctx.vault_uuid, account.agency_uuid, secret, ctx.load_grant)
    raise IntegrityError(f"key_wrap {account.uuid}", Code.RECORD_MISSING)


def is_legacy(held: bytes) -> bool:
    """A slot of before revision 0005: it holds the master key alone."""
    return len(held) == crypto.KEY_BYTES


def move_account(
    ctx: Context,
    db: Session,
    account: Account,
    slot: KeySlot,
    keyring: Keyring,
    password: str,
    new_params: NewParams,
) -> bytes:
    """Give an account of before revision 0005 its key pair and a new slot around it; its
    old slot (which held the master key) is destroyed. Returns what the new slot holds."""
    private = sharing.new_account_key(keyring, account)
    db.delete(slot)
    db.flush()
    db.add(keyslots.make_slot(account.uuid, password, private, ctx.vault_uuid, new_params()))
    db.flush()
    ctx.sharing.give_keys(db, keyring, account)
    return keyslots.SLOT_PREFIX + private

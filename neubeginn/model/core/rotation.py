"""Rotating keys, so that a key someone took away opens nothing current.

* **The master key** (when an admin, desk or print account is disabled, or by
  `neubeginn keys rotate`): every data key is re-wrapped under a fresh master key, which is
  sealed to every active account that holds it; certificates are re-made under it. An old
  copy of the vault with an old password then still opens that copy, and nothing of the
  live vault that was wrapped afterwards (a new case's key, a re-wrapped one alike).
* **An agency's key** (when one of its counselling accounts is disabled): a fresh key pair,
  every grant to the agency re-wrapped with the key it shares with the office, the secret
  sealed to the agency's other active accounts. The disabled account's old slot opens the
  old agency key, which no grant names any more.

Neither needs anyone's password: keys reach accounts through their public keys (KeyWrap).
Sessions unlocked elsewhere keep the old keys until they sign in again.
"""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from neubeginn.model.core import crypto, sharing
from neubeginn.model.core.context import Context
from neubeginn.model.core.keyring import (
    KIND_AGENCY,
    grant_context,
    wrap_data_key,
)
from neubeginn.model.core.tables import Account, DataKey, KeyGrant, KeySlot, KeyWrap, VaultMeta
from neubeginn.model.domain.access import Action, Role


def rotate_master(ctx: Context, db: Session) -> list[str]:
    """A fresh master key for the vault, inside `db`'s transaction; the session's keyring
    becomes the new one. Returns the uuids of accounts not signed in since revision 0005:
    their slots held the old master key and are destroyed (an admin resets their password)."""
    old = ctx.master(Action.KEYS_ROTATE)
    new_id, new_raw = crypto.new_key_id(), crypto.new_key()
    old.key(ctx.vault_key(db).key_id)  # the audit row closing the rotation needs it
    new = old.rotated(new_id, new_raw)
    # Core statements: a vault of 100,000 cases has as many keys, and the ORM's
    # bookkeeping would cost more than the cryptography.
    rows = db.execute(
        select(DataKey.key_id, DataKey.owner_uuid, DataKey.kind, DataKey.wrapped_key)
    ).all()
    if rows:
        db.execute(  # the ORM's bulk UPDATE by primary key: one executemany
            update(DataKey),
            [
                {
                    "key_id": row.key_id,
                    "wrapped_key": wrap_data_key(new_id, new_raw, row, old.secret(row)),
                }
                for row in rows
            ],
        )
    meta = db.scalars(select(VaultMeta)).one()
    meta.master_key_id = new_id
    stranded, given = [], []
    for account in db.scalars(select(Account)):
        held = sharing.certificate_holds(old, account)
        if account.public_key is None:  # its slot holds the old master key itself
            db.execute(delete(KeySlot).where(KeySlot.account_uuid == account.uuid))
            stranded.append(account.uuid)
            continue
        if not held:  # changed outside Neubeginn: no new key, verify keeps naming it
            continue
        sharing.recertify(new, account)
        if account.active and account.role != Role.COUNSELLING:
            given.append(account)
    db.execute(delete(KeyWrap).where(KeyWrap.key_id == old.master_key_id))
    db.flush()
    for account in given:
        ctx.sharing.give(db, new, account, new_id, new_raw)
    ctx.sharing.forget()
    old.clear()
    ctx.keyring = new
    return stranded


def rotate_agency(ctx: Context, db: Session, agency_uuid: str) -> None:
    """A fresh key pair for one agency, inside `db`'s transaction (see the module)."""
    keyring = ctx.master(Action.KEYS_ROTATE)
    old_kek = ctx.sharing.kek(db, keyring, agency_uuid)
    grants = db.scalars(select(KeyGrant).where(KeyGrant.agency_uuid == agency_uuid)).all()
    raws = [
        old_kek.open(
            g.wrapped_key, grant_context(g.owner_uuid, g.agency_uuid, g.key_id, g.agency_key_id)
        )
        for g in grants
    ]
    db.execute(
        delete(DataKey).where(DataKey.owner_uuid == agency_uuid, DataKey.kind == KIND_AGENCY)
    )
    db.flush()
    ctx.sharing.forget()
    new_kek = ctx.sharing.kek(db, keyring, agency_uuid)  # makes the new key pair
    for grant, raw in zip(grants, raws, strict=True):
        grant.agency_key_id = new_kek.key_id
        grant.wrapped_key = new_kek.seal(
            raw, grant_context(grant.owner_uuid, agency_uuid, grant.key_id, new_kek.key_id)
        )
    accounts = db.scalars(
        select(Account).where(Account.agency_uuid == agency_uuid, Account.active)
    ).all()
    for account in accounts:
        if account.public_key is not None and account.role == Role.COUNSELLING:
            ctx.sharing.give_keys(db, keyring, account)


class Keys:
    """`vault.keys`: rotation by an admin (`neubeginn keys rotate`)."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def rotate(self) -> list[str]:
        """Rotate the master key; returns the accounts that need a new password (see
        rotate_master)."""
        self._ctx.require(Action.KEYS_ROTATE)
        with self._ctx.store.write() as db:
            stranded = rotate_master(self._ctx, db)
            self._ctx.audit(db, Action.KEYS_ROTATE)
        return stranded

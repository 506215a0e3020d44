"""Who holds which key: account key pairs, key wraps, the office's and agencies' keys, grants.

* An account's slot opens its X25519 private key; the keys it may use are sealed to its
  public key (`KeyWrap`): the master key for admin, desk and print accounts, its agency's
  secret (`AgencySecret`) for counselling accounts.
* The issuing side has one X25519 key pair, the *office key*; each agency of the directory
  has one. Both private keys are data keys under the master key (escrow: an admin can
  always recover what an agency could read). A data key is granted to an agency by
  wrapping it with the key the office shares with the agency (`keyring.grant_kek`); the
  agency derives the same key from its private key and the office's public key.
* An account's role, agency, active flag and public key carry a MAC under the master key
  (`Account.cert`): an account changed in the file is named by verify, and no key is ever
  sealed to a public key whose certificate does not hold.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from neubeginn.model.codes import Code
from neubeginn.model.core import crypto
from neubeginn.model.core.keyring import (
    KIND_AGENCY,
    KIND_CASE,
    KIND_OFFICE,
    KIND_VAULT,
    AgencySecret,
    Keyring,
    grant_context,
    grant_kek,
)
from neubeginn.model.core.tables import Account, DataKey, KeyGrant, KeyWrap, utc_now
from neubeginn.model.errors import IntegrityError

GRANTABLE = frozenset({KIND_CASE, KIND_VAULT})


def wrap_context(account_uuid: str, key_id: bytes) -> bytes:
    return crypto.associated_data("key_wrap", account_uuid, key_id)


def certificate(keyring: Keyring, account: Account) -> bytes:
    """The MAC over what an account may do and the key it is given keys with."""
    return keyring.certify(
        "account",
        account.uuid,
        account.role,
        account.agency_uuid or "",
        int(bool(account.active)),
        account.public_key or b"",
    )


def certificate_holds(keyring: Keyring, account: Account) -> bool:
    return account.cert is not None and hmac.compare_digest(
        account.cert, certificate(keyring, account)
    )


def new_account_key(keyring: Keyring, account: Account) -> bytes:
    """Give the account a fresh key pair (certified); returns the private key for its slot."""
    private = crypto.new_key()
    account.public_key = crypto.public_key(private)
    account.cert = certificate(keyring, account)
    return private


def recertify(keyring: Keyring, account: Account) -> None:
    account.cert = certificate(keyring, account)


def open_wraps(db: Session, account_uuid: str, private: bytes) -> dict[bytes, bytes]:
    """Every key sealed to this account, by key id; IntegrityError names a damaged wrap."""
    found = {}
    for wrap in db.scalars(select(KeyWrap).where(KeyWrap.account_uuid == account_uuid)):
        try:
            found[wrap.key_id] = crypto.open_sealed_to(
                private, wrap.wrapped_key, wrap_context(account_uuid, wrap.key_id)
            )
        except (crypto.InvalidTag, ValueError):
            raise IntegrityError(f"key_wrap {account_uuid}", Code.RECORD_DAMAGED) from None
    return found


class Sharing:
    """Grants and wraps made by an unlocked admin, desk or print session (they hold the
    master key); the keys the office shares with each agency are kept until the lock."""

    def __init__(self, vault_uuid: str) -> None:
        self.vault_uuid = vault_uuid
        self._keks: dict[str, crypto.AeadKey] = {}

    def forget(self) -> None:
        self._keks.clear()

    # -- the office's and the agencies' key pairs ---------------------------------------------

    def _unit_private(
        self, db: Session, keyring: Keyring, owner_uuid: str, kind: str
    ) -> tuple[bytes, bytes]:
        """(key id, private key) of the office or an agency, made on first use."""
        row = db.scalars(
            select(DataKey)
            .where(DataKey.owner_uuid == owner_uuid, DataKey.kind == kind)
            .order_by(DataKey.created_at.desc())
        ).first()
        if row is None:
            row, raw = keyring.new_secret(owner_uuid, kind)
            db.add(row)
            db.flush()
            return row.key_id, raw
        return row.key_id, keyring.secret(row)

    def office(self, db: Session, keyring: Keyring) -> tuple[bytes, bytes]:
        return self._unit_private(db, keyring, self.vault_uuid, KIND_OFFICE)

    def agency_secret(self, db: Session, keyring: Keyring, agency_uuid: str) -> AgencySecret:
        """What a counselling account of this agency is given (escrow: from the master key)."""
        office_id, office_private = self.office(db, keyring)
        agency_id, agency_private = self._unit_private(db, keyring, agency_uuid, KIND_AGENCY)
        return AgencySecret(agency_id, agency_private, office_id, crypto.public_key(office_private))

    def kek(self, db: Session, keyring: Keyring, agency_uuid: str) -> crypto.AeadKey:
        kek = self._keks.get(agency_uuid)
        if kek is None:
            office_id, office_private = self.office(db, keyring)
            agency_id, agency_private = self._unit_private(db, keyring, agency_uuid, KIND_AGENCY)
            kek = grant_kek(
                self.vault_uuid,
                office_id,
                agency_id,
                office_private,
                crypto.public_key(agency_private),
            )
            self._keks[agency_uuid] = kek
        return kek

    # -- key wraps for accounts ----------------------------------------------------------------

    def give(
        self, db: Session, keyring: Keyring, account: Account, key_id: bytes, secret: bytes
    ) -> None:
        """Seal `secret` to the account's certified public key."""
        if account.public_key is None or not certificate_holds(keyring, account):
            raise IntegrityError(f"account {account.uuid}", Code.RECORD_DAMAGED)
        db.merge(
            KeyWrap(
                account_uuid=account.uuid,
                key_id=key_id,
                wrapped_key=crypto.seal_to(
                    account.public_key, secret, wrap_context(account.uuid, key_id)
                ),
                created_at=utc_now(),
            )
        )

    def give_keys(self, db: Session, keyring: Keyring, account: Account) -> None:
        """The keys the account's role and agency give it, sealed to it (its older go)."""
        db.execute(delete(KeyWrap).where(KeyWrap.account_uuid == account.uuid))
        if account.agency_uuid is not None:
            secret = self.agency_secret(db, keyring, account.agency_uuid)
            self.give(db, keyring, account, secret.agency_key_id, secret.pack())
        else:
            self.give(db, keyring, account, keyring.master_key_id, keyring.master_key())

    # -- grants --------------------------------------------------------------------------------

    def grant(
        self, db: Session, keyring: Keyring, owner_uuid: str, kind: str, agencies: Iterable[str]
    ) -> None:
        """Wrap every data key of this kind `owner_uuid` has (each epoch of a case, the
        vault's directory key) for these agencies. Only KIND_CASE and KIND_VAULT are ever
        granted: the office key shares the vault's uuid and must never leave the master."""
        if kind not in GRANTABLE:
            raise ValueError(f"{kind} keys are never granted")
        keys = db.scalars(
            select(DataKey).where(DataKey.owner_uuid == owner_uuid, DataKey.kind == kind)
        ).all()
        self.grant_keys(db, keyring, [(owner_uuid, key) for key in keys], agencies)

    def grant_keys(
        self,
        db: Session,
        keyring: Keyring,
        keys: Sequence[tuple[str, DataKey]],
        agencies: Iterable[str],
        *,
        fresh: bool = False,
    ) -> None:
        """Wrap these keys for these agencies; `fresh`: keys just made, so no grant of them
        exists yet and each is inserted without looking (a new case: this is its cost)."""
        store = db.add if fresh else db.merge
        for agency_uuid in agencies:
            kek = self.kek(db, keyring, agency_uuid)
            for owner_uuid, row in keys:
                if row.kind not in GRANTABLE:
                    raise ValueError(f"{row.kind} keys are never granted")
                context = grant_context(owner_uuid, agency_uuid, row.key_id, kek.key_id)
                store(
                    KeyGrant(
                        owner_uuid=owner_uuid,
                        agency_uuid=agency_uuid,
                        key_id=row.key_id,
                        agency_key_id=kek.key_id,
                        wrapped_key=kek.seal(keyring.secret(row), context),
                        created_at=utc_now(),
                    )
                )

    @staticmethod
    def granted(db: Session, owner_uuid: str) -> set[str]:
        """The agencies holding a grant of anything of `owner_uuid`."""
        return set(
            db.scalars(select(KeyGrant.agency_uuid).where(KeyGrant.owner_uuid == owner_uuid))
        )

    @staticmethod
    def revoke(db: Session, owner_uuid: str, agencies: Iterable[str]) -> None:
        db.execute(
            delete(KeyGrant).where(
                KeyGrant.owner_uuid == owner_uuid, KeyGrant.agency_uuid.in_(list(agencies))
            )
        )

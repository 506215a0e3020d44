"""What the services of one open vault share: the store, the keys, the signed-in user, the
access rules and the audit log writer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from neubeginn.model.codes import Code
from neubeginn.model.core import audit_chain, crypto
from neubeginn.model.core.encrypted import FieldCipher
from neubeginn.model.core.keyring import KIND_VAULT, AnyKeyring, Keyring
from neubeginn.model.core.sharing import Sharing
from neubeginn.model.core.store import Store
from neubeginn.model.core.tables import AuditEntry, DataKey, KeyGrant, utc_now
from neubeginn.model.domain.access import Action, Role, allowed
from neubeginn.model.errors import AccessDenied, IntegrityError, VaultLocked

OK = "ok"
DENIED = "denied"
FAILED = "failed"


@dataclass(frozen=True)
class Damage:
    """One record that failed verification: which (`record`), and how (`reason`, with the
    reason's `params`); wording.describe words it."""

    record: str
    reason: Code
    params: dict[str, str | int] = field(default_factory=dict, hash=False)

    @classmethod
    def of(cls, error: IntegrityError, record: str | None = None) -> Damage:
        """The damage an IntegrityError names (at `record`, if given)."""
        return cls(record or error.record, error.reason, error.detail)

    def __str__(self) -> str:
        return f"{self.record}: {self.reason}"


@dataclass(frozen=True)
class User:
    """The staff member signed in to this vault."""

    account_uuid: str
    username: str
    display_name: str
    role: Role
    agency_uuid: str | None


class Context:
    def __init__(self, store: Store, vault_uuid: str) -> None:
        self.store = store
        self.vault_uuid = vault_uuid
        self.keyring: AnyKeyring | None = None
        self.user: User | None = None
        self.cipher = FieldCipher(self)
        self.sharing = Sharing(vault_uuid)
        self._vault_key_id: bytes | None = None

    # -- keys -----------------------------------------------------------------------------

    def key(self, key_id: bytes) -> crypto.AeadKey:
        """KeyLookup for the FieldCipher."""
        return self.require_keyring().key(key_id)

    def require_keyring(self) -> AnyKeyring:
        if self.keyring is None:
            raise VaultLocked
        return self.keyring

    def master(self, action: Action) -> Keyring:
        """The master keyring, for what only admin, desk and print sessions can do (make a
        case key, wrap keys for others); a counselling session holds none: AccessDenied."""
        keyring = self.require_keyring()
        if not isinstance(keyring, Keyring):
            self.deny(action)
        return keyring

    def load_data_key(self, key_id: bytes) -> DataKey | None:
        with self.store.read() as db:
            return db.get(DataKey, key_id)

    def load_grant(self, agency_uuid: str, key_id: bytes) -> KeyGrant | None:
        with self.store.read() as db:
            return db.scalars(
                select(KeyGrant).where(
                    KeyGrant.agency_uuid == agency_uuid, KeyGrant.key_id == key_id
                )
            ).first()

    def vault_key(self, db: Session) -> crypto.AeadKey:
        """The data key of the vault's own records (accounts, directory)."""
        keyring = self.require_keyring()
        if self._vault_key_id is None:  # every audited write asks: look the id up once
            row = db.scalars(
                select(DataKey)
                .where(DataKey.owner_uuid == self.vault_uuid, DataKey.kind == KIND_VAULT)
                .order_by(DataKey.created_at.desc())
            ).first()
            if row is None:
                raise IntegrityError(f"data_key of vault {self.vault_uuid}", Code.RECORD_MISSING)
            self._vault_key_id = row.key_id
        return keyring.key(self._vault_key_id)

    # -- access and audit -------------------------------------------------------------------

    def require_user(self) -> User:
        if self.user is None or self.keyring is None:
            raise VaultLocked
        return self.user

    def require(self, action: Action, case_uuid: str | None = None) -> User:
        """The signed-in user if their role allows `action`; else audit the denial and raise."""
        user = self.require_user()
        if not allowed(user.role, action):
            self.deny(action, case_uuid)
        return user

    def deny(self, action: Action, case_uuid: str | None = None) -> NoReturn:
        """Record a denial in its own transaction (it must outlive the caller's rollback)."""
        user = self.require_user()
        with self.store.write() as db:
            self.audit(db, action, case_uuid, outcome=DENIED)
        raise AccessDenied(action.value, user.role.value)

    def audit(
        self,
        db: Session,
        action: Action,
        case_uuid: str | None = None,
        *,
        outcome: str = OK,
        account_uuid: str | None = None,
        target_uuid: str | None = None,
    ) -> None:
        """Append one audit entry inside the caller's transaction."""
        if account_uuid is None and self.user is not None:
            account_uuid = self.user.account_uuid
        entry = AuditEntry(
            at=utc_now(),
            account_uuid=account_uuid,
            action=action.value,
            outcome=outcome,
            case_uuid=case_uuid,
            target_uuid=target_uuid,
        )
        key = self.vault_key(db) if self.keyring is not None else None
        audit_chain.link(db, self.vault_uuid, entry, key)

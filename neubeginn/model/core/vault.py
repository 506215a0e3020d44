"""The vault facade: create, open, unlock, lock and verify; the services hang off it.

vault = Vault.open(url)                 # locked: no key in memory
user = vault.unlock("mmueller", "…")    # Argon2id, then the master key is unwrapped
vault.accounts.create(...)              # services check the role and write the audit log
vault.lock()                            # keys dropped; services raise VaultLocked
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from neubeginn.model.cases import grants
from neubeginn.model.cases.agencies import Agencies
from neubeginn.model.cases.cases import Cases
from neubeginn.model.cases.laufzettel import Laufzettel
from neubeginn.model.cases.verify import verify_cases
from neubeginn.model.codes import Code
from neubeginn.model.core import crypto, keyslots, unlocking
from neubeginn.model.core.accounts import (
    Accounts,
    check_display_name,
    check_password,
    check_username,
    login_hash,
)
from neubeginn.model.core.audit import AuditLog
from neubeginn.model.core.checks import verify_audit, verify_core
from neubeginn.model.core.context import FAILED, Context, Damage, User
from neubeginn.model.core.keyring import KIND_VAULT, Keyring, Memo
from neubeginn.model.core.rotation import Keys
from neubeginn.model.core.store import Store
from neubeginn.model.core.tables import Account, KeySlot, VaultMeta, new_uuid, utc_now
from neubeginn.model.domain.access import Action, Role
from neubeginn.model.errors import (
    IntegrityError,
    InvalidInput,
    NotFound,
    VaultError,
    WrongPassword,
)

# Argon2id work for new key slots: (memory in KiB, iterations), lanes fixed at 4.
# Tuned so unlocking takes about 0.3-0.5 s on a 2-core office PC (docs/benchmarks.md);
# the floor is what tests use to stay fast, and nothing below it is ever accepted.
DEFAULT_KDF = (128 * 1024, 5)
FLOOR_KDF = (crypto.KdfParams.FLOOR_MEMORY_KIB, crypto.KdfParams.FLOOR_ITERATIONS)


Verifier = Callable[[Context, Session], Iterator[Damage]]

# Only what an operator needs (neubeginn/logs.py says what may be logged): the vault's
# location (URLs without their password), account names, no household data.
log = logging.getLogger(__name__)


class Vault:
    def __init__(self, store: Store, *, kdf: tuple[int, int] = DEFAULT_KDF) -> None:
        with store.read() as db:
            meta = db.scalars(select(VaultMeta)).first()
        if meta is None:
            raise NotFound(Code.NOT_A_VAULT, location=store.display_name())
        self.store = store
        self._meta_master_key_id = meta.master_key_id
        self._ctx = Context(store, meta.uuid)
        self._new_slot_kdf = kdf
        self.accounts = Accounts(self._ctx, kdf)
        self.audit = AuditLog(self._ctx)
        self.agencies = Agencies(self._ctx)
        self.cases = Cases(self._ctx)
        self.laufzettel = Laufzettel(self._ctx, self.cases, self.agencies)
        self.keys = Keys(self._ctx)
        self._verifiers: list[Verifier] = [verify_core, verify_cases, verify_audit]
        self.damaged_at_unlock: list[IntegrityError] = []

    # -- life cycle ---------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        url: str,
        *,
        admin_username: str,
        admin_display_name: str,
        admin_password: str,
        kdf: tuple[int, int] = DEFAULT_KDF,
    ) -> Vault:
        """Create a vault with its first admin, and return it unlocked as that admin.

        Its agency directory starts empty: the administrator imports the city's
        (vault.agencies.import_csv), so nothing made up is ever printed for a household.
        """
        check_username(admin_username)
        check_display_name(admin_display_name)
        check_password(admin_password)
        store = Store(url, create=True)
        try:
            store.upgrade()
        except BaseException:
            store.dispose()
            raise
        with store.read() as db:
            if db.scalars(select(VaultMeta)).first() is not None:
                raise InvalidInput("vault", Code.VAULT_EXISTS, location=store.display_name())
        vault_uuid, master_key_id, master_key = new_uuid(), crypto.new_key_id(), crypto.new_key()
        ctx = Context(store, vault_uuid)
        ctx.keyring = Keyring(master_key_id, master_key, ctx.load_data_key)
        accounts = Accounts(ctx, kdf)
        with store.write() as db:
            db.add(
                VaultMeta(id=1, uuid=vault_uuid, master_key_id=master_key_id, created_at=utc_now())
            )
            key_row, _ = ctx.keyring.new_data_key(vault_uuid, KIND_VAULT)
            db.add(key_row)
            ctx.sharing.office(db, ctx.keyring)
            db.flush()
            admin = accounts.add_account(
                db, admin_username, admin_display_name, Role.ADMIN, admin_password
            )
            ctx.audit(db, Action.ACCOUNT_CREATE, account_uuid=admin.uuid, target_uuid=admin.uuid)
        vault = cls(store, kdf=kdf)
        vault._ctx.keyring = ctx.keyring
        vault._ctx.user = User(admin.uuid, admin.username, admin.display_name, Role.ADMIN, None)
        vault.cases.load_index()
        log.info("vault created: %s", store.display_name())
        return vault

    @classmethod
    def open(cls, url: str, *, kdf: tuple[int, int] = DEFAULT_KDF) -> Vault:
        """Open an existing vault, locked. A SQLite vault's schema is upgraded first (after
        a backup). A shared PostgreSQL vault is never upgraded by a desk: an older schema
        raises SchemaTooOld, changing nothing (the owner runs `neubeginn upgrade`)."""
        store = Store(url)
        if store.is_sqlite:
            store.upgrade()
        else:
            store.check_revision()
        vault = cls(store, kdf=kdf)
        log.info("vault opened: %s", store.display_name())
        return vault

    def close(self) -> None:
        self.lock()
        self.store.dispose()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- unlock and lock ------------------------------------------------------------------------

    @property
    def user(self) -> User | None:
        return self._ctx.user

    @property
    def is_unlocked(self) -> bool:
        return self._ctx.keyring is not None and self._ctx.user is not None

    def seal_memo(self, data: bytes) -> Memo:
        """Keep `data` over a lock: sealed so that only this account, after unlocking this
        vault again, can read it (unsaved edits when the idle lock strikes)."""
        return self._ctx.require_keyring().seal_memo(data, self._ctx.require_user().account_uuid)

    def open_memo(self, memo: Memo) -> bytes:
        """The data of a memo this account sealed; IntegrityError for anyone else."""
        return self._ctx.require_keyring().open_memo(memo, self._ctx.require_user().account_uuid)

    @property
    def context(self) -> Context:
        """For the services of the domain package; not for the UI."""
        return self._ctx

    def unlock(self, username: str, password: str) -> User:
        """Sign in: WrongPassword after the KDF for any wrong name or password."""
        self.lock()
        with self.store.read() as db:
            account = db.scalars(
                select(Account).where(
                    Account.login_hash == login_hash(self._ctx.vault_uuid, username)
                )
            ).first()
            slot = (
                db.scalars(select(KeySlot).where(KeySlot.account_uuid == account.uuid)).first()
                if account is not None and account.active
                else None
            )
            # An unknown name costs what a real slot costs: a real slot's parameters (review
            # 7e: the burn used the floor, three times cheaper, so names could be told apart).
            decoy = slot or db.scalars(select(KeySlot).order_by(KeySlot.uuid).limit(1)).first()
            # Read each time: an admin at another desk may have rotated it since.
            self._meta_master_key_id = db.scalars(select(VaultMeta)).one().master_key_id
        if account is None or slot is None:
            cost = (decoy.memory_kib, decoy.iterations) if decoy else self._new_slot_kdf
            keyslots.burn_time(crypto.KdfParams.fresh(*cost), password)
            self._audit_failed(account.uuid if account else None)
            raise WrongPassword
        try:
            held = keyslots.open_slot(
                slot, password, self._ctx.vault_uuid, self._meta_master_key_id
            )
        except VaultError:
            self._audit_failed(account.uuid)
            raise
        if unlocking.is_legacy(held):
            held = self._move_account(account, slot, held, password)
        with self.store.read() as db:
            self._ctx.keyring = unlocking.keyring_for(
                self._ctx, db, account, held, self._meta_master_key_id
            )
        try:
            profile = self._ctx.cipher.open_json(account, Account.profile)
        except IntegrityError:
            self.lock()
            raise
        user = User(
            account.uuid,
            profile["username"],
            profile["display_name"],
            Role(account.role),
            account.agency_uuid,
        )
        self._ctx.user = user
        with self.store.write() as db:
            self._ctx.audit(db, Action.LOGIN)
        self.damaged_at_unlock = self.cases.load_index()
        log.info("signed in: account %s (%s)", user.username, user.role.value)
        if self.damaged_at_unlock:
            log.warning("%d damaged cases left out of the search", len(self.damaged_at_unlock))
        return user

    def _move_account(self, account: Account, slot: KeySlot, master: bytes, password: str) -> bytes:
        """An account whose slot holds the master key (before revision 0005) gets its key
        pair, and the vault its grants if no one moved it yet; the master key is used for
        that and then dropped (a counselling account keeps only its agency's keys)."""
        keyring = Keyring(self._meta_master_key_id, master, self._ctx.load_data_key)
        self._ctx.keyring = keyring
        self._ctx.user = User(account.uuid, "", "", Role(account.role), None)  # audit rows
        try:
            with self.store.read() as db:
                moved = grants.upgraded(db, self._ctx.vault_uuid)
            if not moved:
                self.cases.load_index()
                consents = [(uuid, s.shared_with) for uuid, s in self.cases.index.summaries()]
            with self.store.write() as db:
                if not moved:
                    grants.upgrade(self._ctx, db, consents)
                stored = db.get(Account, account.uuid)
                stored_slot = db.get(KeySlot, slot.uuid)
                assert stored is not None and stored_slot is not None
                held = unlocking.move_account(
                    self._ctx,
                    db,
                    stored,
                    stored_slot,
                    keyring,
                    password,
                    lambda: crypto.KdfParams.fresh(*self._new_slot_kdf),
                )
                self._ctx.audit(db, Action.KEYS_UPGRADE, target_uuid=account.uuid)
                account.public_key, account.cert = stored.public_key, stored.cert
            return held
        finally:
            self.lock()

    def _audit_failed(self, account_uuid: str | None) -> None:
        log.warning("sign-in refused")  # not the name typed: it may be a password
        with self.store.write() as db:
            self._ctx.audit(db, Action.LOGIN_FAILED, outcome=FAILED, account_uuid=account_uuid)

    def lock(self) -> None:
        """Drop every key; the services raise VaultLocked until the next unlock."""
        if self._ctx.user is not None:
            log.info("locked: account %s", self._ctx.user.username)
        self.cases.forget()
        self.agencies.forget()
        self._ctx.sharing.forget()
        if self._ctx.keyring is not None:
            self._ctx.keyring.clear()
        self._ctx.keyring = None
        self._ctx.user = None

    # -- verification ---------------------------------------------------------------------------

    def add_verifier(self, verifier: Verifier) -> None:
        """Domain packages add the checks of their own records."""
        self._verifiers.append(verifier)

    @property
    def verifiers(self) -> tuple[Verifier, ...]:
        """The checks verify() runs, in order. Each only reads the session it is given (the
        audit check also updates this desk's witness file), so a test may run them inside a
        transaction of its own and roll back."""
        return tuple(self._verifiers)

    def verify(self) -> list[Damage]:
        """Decrypt every record and check every integrity guard; one Damage per bad record."""
        self._ctx.require(Action.VERIFY)
        damages: list[Damage] = []
        with self.store.read() as db:
            for verifier in self._verifiers:
                damages.extend(verifier(self._ctx, db))
        with self.store.write() as db:
            self._ctx.audit(db, Action.VERIFY, outcome="ok" if not damages else FAILED)
        return damages


def upgrade_schema(url: str) -> tuple[str | None, str]:
    """Upgrade the vault at `url` to this program's schema, as whoever `url` logs in as (on
    PostgreSQL: the schema's owner); returns (revision before, revision after)."""
    store = Store(url)
    try:
        before = store.schema_revision()
        if before is None:
            raise NotFound(Code.NOT_A_VAULT, location=store.display_name())
        store.upgrade()
        return before, store.head_revision()
    finally:
        store.dispose()

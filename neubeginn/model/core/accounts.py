"""Staff accounts: create, list, reset, disable, change one's own password."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from neubeginn.model.codes import Code
from neubeginn.model.core import crypto, keyslots, rotation, sharing
from neubeginn.model.core.context import Context
from neubeginn.model.core.keyring import Keyring
from neubeginn.model.core.tables import Account, KeySlot, KeyWrap, VaultMeta, new_uuid, utc_now
from neubeginn.model.domain.access import Action, Role
from neubeginn.model.errors import InvalidInput, NotFound

MIN_PASSWORD = 10
MAX_PASSWORD = 1024
MAX_USERNAME = 64
MAX_DISPLAY_NAME = 120


@dataclass(frozen=True)
class AccountInfo:
    uuid: str
    username: str
    display_name: str
    role: Role
    agency_uuid: str | None
    active: bool


def normalise_username(username: str) -> str:
    return unicodedata.normalize("NFC", username).strip().casefold()


def login_hash(vault_uuid: str, username: str) -> bytes:
    return crypto.digest("login", vault_uuid, normalise_username(username))


def check_username(username: str) -> str:
    name = normalise_username(username)
    if not name:
        raise InvalidInput("username", Code.USERNAME_EMPTY)
    if len(name) > MAX_USERNAME:
        raise InvalidInput("username", Code.USERNAME_TOO_LONG, count=MAX_USERNAME)
    if any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in name):
        raise InvalidInput("username", Code.USERNAME_BAD_CHARACTER)
    return name


def check_display_name(display_name: str) -> str:
    text = unicodedata.normalize("NFC", display_name).strip()
    if not text:
        raise InvalidInput("display_name", Code.DISPLAY_NAME_EMPTY)
    if len(text) > MAX_DISPLAY_NAME:
        raise InvalidInput("display_name", Code.DISPLAY_NAME_TOO_LONG, count=MAX_DISPLAY_NAME)
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise InvalidInput("display_name", Code.DISPLAY_NAME_CONTROL)
    return text


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput("password", Code.PASSWORD_TOO_SHORT, count=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise InvalidInput("password", Code.PASSWORD_TOO_LONG)
    if "\n" in password or "\r" in password or "\x00" in password:
        raise InvalidInput("password", Code.PASSWORD_LINE_BREAK)


def check_role(role: str | Role, agency_uuid: str | None) -> Role:
    try:
        parsed = Role(role)
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise InvalidInput("role", Code.UNKNOWN_ROLE, role=str(role), choices=choices) from None
    if parsed is Role.COUNSELLING and not agency_uuid:
        raise InvalidInput("agency", Code.COUNSELLING_NEEDS_AGENCY)
    return parsed


class Accounts:
    """`vault.accounts`: account management through the access rules and the audit log."""

    def __init__(self, ctx: Context, kdf: tuple[int, int]) -> None:
        self._ctx = ctx
        self._kdf = kdf  # (memory KiB, iterations) for new slots

    def _new_params(self) -> crypto.KdfParams:
        return crypto.KdfParams.fresh(*self._kdf)

    def _info(self, account: Account) -> AccountInfo:
        profile = self._ctx.cipher.open_json(account, Account.profile)
        return AccountInfo(
            uuid=account.uuid,
            username=profile["username"],
            display_name=profile["display_name"],
            role=Role(account.role),
            agency_uuid=account.agency_uuid,
            active=account.active,
        )

    def _find(self, db: Session, username: str) -> Account:
        account = db.scalars(
            select(Account).where(Account.login_hash == login_hash(self._ctx.vault_uuid, username))
        ).first()
        if account is None:
            raise NotFound(Code.NO_SUCH_ACCOUNT, name=username)
        return account

    def add_account(
        self,
        db: Session,
        username: str,
        display_name: str,
        role: str | Role,
        password: str,
        agency_uuid: str | None = None,
    ) -> AccountInfo:
        """Create an account inside `db`'s transaction (used by create() and Vault.create)."""
        name = check_username(username)
        shown = check_display_name(display_name)
        parsed_role = check_role(role, agency_uuid)
        check_password(password)
        if db.scalar(
            select(func.count())
            .select_from(Account)
            .where(Account.login_hash == login_hash(self._ctx.vault_uuid, name))
        ):
            raise InvalidInput("username", Code.USERNAME_TAKEN, name=name)
        keyring = self._ctx.master(Action.ACCOUNT_CREATE)
        account = Account(
            uuid=new_uuid(),
            login_hash=login_hash(self._ctx.vault_uuid, name),
            role=parsed_role.value,
            agency_uuid=agency_uuid if parsed_role is Role.COUNSELLING else None,
            active=True,
            created_at=utc_now(),
        )
        self._ctx.cipher.seal_json(
            account,
            Account.profile,
            self._ctx.vault_key(db),
            {"username": name, "display_name": shown},
        )
        db.add(account)
        self._new_keys(db, keyring, account, password)
        return self._info(account)

    def create(
        self,
        username: str,
        display_name: str,
        role: str | Role,
        password: str,
        agency_uuid: str | None = None,
    ) -> AccountInfo:
        self._ctx.require(Action.ACCOUNT_CREATE)
        with self._ctx.store.write() as db:
            info = self.add_account(db, username, display_name, role, password, agency_uuid)
            self._ctx.audit(db, Action.ACCOUNT_CREATE, target_uuid=info.uuid)
        return info

    def list(self) -> list[AccountInfo]:
        self._ctx.require(Action.ACCOUNT_LIST)
        with self._ctx.store.read() as db:
            rows = db.scalars(select(Account).order_by(Account.created_at)).all()
            infos = [self._info(row) for row in rows]
        return sorted(infos, key=lambda info: info.username)

    def reset_password(self, username: str, new_password: str) -> None:
        """An admin sets a new password: that account's slot is rewritten, nothing else."""
        self._ctx.require(Action.ACCOUNT_RESET)
        check_password(new_password)
        with self._ctx.store.write() as db:
            account = self._find(db, username)
            if not account.active:
                raise InvalidInput("username", Code.ACCOUNT_DISABLED)
            # A fresh key pair: whatever the old password opened is sealed to a key that
            # is no longer given anything.
            self._new_keys(db, self._ctx.master(Action.ACCOUNT_RESET), account, new_password)
            self._ctx.audit(db, Action.ACCOUNT_RESET, target_uuid=account.uuid)

    def change_own_password(self, old_password: str, new_password: str) -> None:
        """The signed-in user changes their password; the old one must open their slot.
        The slot is re-made around the same account key: nothing else changes."""
        user = self._ctx.require(Action.PASSWORD_CHANGE)
        check_password(new_password)
        with self._ctx.store.write() as db:
            slot = db.scalars(
                select(KeySlot).where(KeySlot.account_uuid == user.account_uuid)
            ).one()
            meta = db.scalars(select(VaultMeta)).one()
            held = keyslots.open_slot(slot, old_password, meta.uuid, meta.master_key_id)
            private = keyslots.account_private(held)
            db.delete(slot)
            db.flush()
            db.add(
                keyslots.make_slot(
                    user.account_uuid, new_password, private, meta.uuid, self._new_params()
                )
            )
            self._ctx.audit(db, Action.PASSWORD_CHANGE)

    def _new_keys(self, db: Session, keyring: Keyring, account: Account, password: str) -> None:
        """A fresh key pair for the account, its slot, and the keys its role gives it."""
        old = db.scalars(select(KeySlot).where(KeySlot.account_uuid == account.uuid)).first()
        if old is not None:
            db.delete(old)
            db.flush()
        private = sharing.new_account_key(keyring, account)
        db.add(
            keyslots.make_slot(
                account.uuid, password, private, self._ctx.vault_uuid, self._new_params()
            )
        )
        db.flush()
        self._ctx.sharing.give_keys(db, keyring, account)

    def disable(self, username: str) -> None:
        """Disable an account: its key slot is destroyed, so its password opens nothing."""
        user = self._ctx.require(Action.ACCOUNT_DISABLE)
        with self._ctx.store.write() as db:
            account = self._find(db, username)
            if account.uuid == user.account_uuid:
                raise InvalidInput("username", Code.CANNOT_DISABLE_SELF)
            account.active = False
            sharing.recertify(self._ctx.master(Action.ACCOUNT_DISABLE), account)
            slot = db.scalars(select(KeySlot).where(KeySlot.account_uuid == account.uuid)).first()
            if slot is not None:
                db.delete(slot)
            db.execute(delete(KeyWrap).where(KeyWrap.account_uuid == account.uuid))
            db.flush()
            # Whatever the account could open with an old copy of its slot is replaced, so
            # that a copy of the vault taken from now on opens nothing for it (review 1c).
            if account.role == Role.COUNSELLING and account.agency_uuid is not None:
                rotation.rotate_agency(self._ctx, db, account.agency_uuid)
            else:
                rotation.rotate_master(self._ctx, db)
            self._ctx.audit(db, Action.ACCOUNT_DISABLE, target_uuid=account.uuid)

"""Typed SQLAlchemy tables of the vault core: metadata, accounts, key slots, data keys, audit.

Plaintext columns hold only ids, UUIDs, sequence numbers, timestamps of the record itself,
key ids, roles and hashes; everything that names a person is in an `Encrypted` column.
The schema itself is created and upgraded by the Alembic revisions in `migrations/`.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from neubeginn.model.core.encrypted import Encrypted, Sealed


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Timestamps stored in UTC and always read back timezone-aware (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored")
        return value.astimezone(dt.UTC)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    pass


class VaultMeta(Base):
    """The single row naming this vault and its master key id."""

    __tablename__ = "vault_meta"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    master_key_id: Mapped[bytes] = mapped_column(LargeBinary(16))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Account(Base):
    """A staff account. The user name and display name are encrypted in `profile`;
    `login_hash` finds the account at login before any key is available."""

    __tablename__ = "account"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    login_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    agency_uuid: Mapped[str | None] = mapped_column(String(36))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    profile: Mapped[Sealed] = mapped_column(Encrypted)
    # The account's X25519 public key (its slot holds the private one; NULL for an account
    # not signed in since revision 0005) and a MAC under the master key over uuid, role,
    # agency, active and the key, so that a changed role or agency is named by verify.
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    cert: Mapped[bytes | None] = mapped_column(LargeBinary(32))


class KeySlot(Base):
    """The vault master key wrapped by a key derived from one account's password.

    The KDF parameters are part of the AES-GCM associated data, so altering them makes the
    slot fail; `digest` over every stored field tells a damaged slot from a wrong password.
    """

    __tablename__ = "key_slot"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    account_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("account.uuid", ondelete="CASCADE"), unique=True
    )
    kdf: Mapped[str] = mapped_column(String(16))
    memory_kib: Mapped[int] = mapped_column(Integer)
    iterations: Mapped[int] = mapped_column(Integer)
    lanes: Mapped[int] = mapped_column(Integer)
    salt: Mapped[bytes] = mapped_column(LargeBinary(16))
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    digest: Mapped[bytes] = mapped_column(LargeBinary(32))


class DataKey(Base):
    """A data key wrapped by the master key: one per case, one for the vault's own records.

    Deleting a case's row destroys the only wrapped copy of its key (crypto-shredding).
    """

    __tablename__ = "data_key"

    key_id: Mapped[bytes] = mapped_column(LargeBinary(16), primary_key=True)
    owner_uuid: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class KeyWrap(Base):
    """A key given to one account, sealed to its public key (crypto.seal_to): the master
    key for admin, desk and print accounts, the agency's secret for counselling accounts.
    Rotating a key re-seals it for every active account, without their passwords."""

    __tablename__ = "key_wrap"

    account_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("account.uuid", ondelete="CASCADE"), primary_key=True
    )
    key_id: Mapped[bytes] = mapped_column(LargeBinary(16), primary_key=True)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class KeyGrant(Base):
    """A data key (of a case, or the vault's own) wrapped for one agency, with the key the
    office shares with that agency's key pair. Consent decides which rows exist: a row is a
    grant, deleting it revokes. In plaintext: which case is shared with which agency, as
    the consent itself would be to the database server (row-level security reads it)."""

    __tablename__ = "key_grant"

    owner_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    agency_uuid: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
    key_id: Mapped[bytes] = mapped_column(LargeBinary(16), primary_key=True)
    agency_key_id: Mapped[bytes] = mapped_column(LargeBinary(16))
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AuditEntry(Base):
    """Who did what, when, to which case. Append-only: triggers refuse UPDATE and DELETE.
    The rows form a hash chain (audit_chain.py); ids are never reused (AUTOINCREMENT)."""

    __tablename__ = "audit_log"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - read by SQLAlchemy only

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    account_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(8))
    case_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    target_uuid: Mapped[str | None] = mapped_column(String(36))  # account or agency acted on
    prev_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    row_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    seal: Mapped[bytes | None] = mapped_column(LargeBinary)  # row_hash sealed by the vault key

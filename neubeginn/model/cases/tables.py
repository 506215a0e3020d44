"""Typed tables of cases, members, Laufzettel entries, agencies and print records.

Every personal value lives in an `Encrypted` column sealed with the case's own data key
(agencies: the vault key). A Laufzettel entry's payload is also bound to its sequence number
and the hash of the entry before it, and the entries of a case form a hash chain whose head
and length the case row keeps.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from neubeginn.model.core.encrypted import Encrypted, Sealed
from neubeginn.model.core.tables import Base, UtcDateTime


class AgencyRow(Base):
    """An agency of the directory; name, address, topics are in `data`."""

    __tablename__ = "agency"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    data: Mapped[Sealed] = mapped_column(Encrypted)


class CaseRow(Base):
    """One folder. `number` is the id people read aloud (NB-2026-00042), not personal data."""

    __tablename__ = "case_file"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    key_id: Mapped[bytes] = mapped_column(LargeBinary(16))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer)
    header: Mapped[Sealed] = mapped_column(Encrypted)  # case fields, contacts, consents
    search: Mapped[Sealed] = mapped_column(Encrypted)  # what the in-memory index is built from
    # The search bucket holding a copy of `search`, while one does (see search_buckets).
    bucket: Mapped[str | None] = mapped_column(String(36), index=True)
    entry_count: Mapped[int] = mapped_column(Integer)
    chain_head: Mapped[bytes] = mapped_column(LargeBinary(32))


class MemberRow(Base):
    __tablename__ = "member"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("case_file.uuid", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    data: Mapped[Sealed] = mapped_column(Encrypted)


class EntryRow(Base):
    """A Laufzettel entry. Append-only: the database refuses UPDATE, and DELETE while the
    case's key exists."""

    __tablename__ = "laufzettel_entry"
    __table_args__ = (UniqueConstraint("case_uuid", "seq", name="uq_laufzettel_case_seq"),)

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_uuid: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    payload: Mapped[Sealed] = mapped_column(Encrypted)
    prev_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    entry_hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class PrintRecord(Base):
    """Which Laufzettel entries were printed on how many sheets (for continuation sheets)."""

    __tablename__ = "print_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_uuid: Mapped[str] = mapped_column(String(36), index=True)
    printed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    last_seq: Mapped[int] = mapped_column(Integer)
    sheets: Mapped[int] = mapped_column(Integer)


class SearchBucket(Base):
    """A copy of the `search` records of up to CAPACITY cases, sealed together under a key
    of its own (see search_buckets). `size` counts the cases in it."""

    __tablename__ = "search_bucket"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    key_id: Mapped[bytes] = mapped_column(LargeBinary(16))
    data: Mapped[Sealed] = mapped_column(Encrypted)

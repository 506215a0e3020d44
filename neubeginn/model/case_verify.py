"""Verification of cases: every encrypted field opens, every Laufzettel chain is whole."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from itertools import groupby
from typing import Any, NamedTuple

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from neubeginn.model import crypto
from neubeginn.model.case_tables import CaseRow, EntryRow, MemberRow, SearchBucket
from neubeginn.model.chain import entry_bind, genesis_hash, hash_of_entry, utc_iso
from neubeginn.model.context import Context, Damage
from neubeginn.model.encrypted import FieldCipher, Sealed
from neubeginn.model.errors import IntegrityError
from neubeginn.model.tables import DataKey


class _CaseKeys:
    """Keys for a walk over every case: the wrapped keys read in one query, each unwrapped
    when first needed and the last one kept (rows come grouped by case)."""

    def __init__(self, ctx: Context, db: Session) -> None:
        self._keyring = ctx.require_keyring()
        self._wrapped = {
            bytes(row.key_id): row
            for row in db.connection().execute(
                select(DataKey.key_id, DataKey.owner_uuid, DataKey.kind, DataKey.wrapped_key)
            )
        }
        self._last: crypto.AeadKey | None = None

    def key(self, key_id: bytes) -> crypto.AeadKey:
        if self._last is not None and self._last.key_id == key_id:
            return self._last
        row = self._wrapped[key_id]  # KeyError: the cipher names the record
        self._last = self._keyring.unwrap(row)
        return self._last


class _Entry(NamedTuple):
    uuid: str
    case_uuid: str
    seq: int
    recorded_at: str  # as utc_iso() gives it
    payload: Sealed
    prev_hash: bytes
    entry_hash: bytes


def _moment(value: dt.datetime | str) -> str:
    """utc_iso() of recorded_at as the driver returns it: a datetime (PostgreSQL), or the text
    SQLAlchemy stores in SQLite, "YYYY-MM-DD HH:MM:SS.ffffff" in UTC, which is rewritten
    directly (isoformat leaves out a zero fraction)."""
    if not isinstance(value, str):
        return utc_iso(value)
    text = value.replace(" ", "T", 1)
    if text.endswith(".000000"):
        text = text[:-7]
    return text + "+00:00"


def _raw(value: bytes | memoryview | str) -> bytes:
    # Text where bytes belong is damage too; keep its bytes so the hash check reports it.
    return value.encode("utf-8", "surrogateescape") if isinstance(value, str) else bytes(value)


def verify_cases(ctx: Context, db: Session) -> Iterator[Damage]:
    """Decrypt every case field and member, and check every chain (payloads decrypted) and
    every search bucket."""
    cipher = FieldCipher(_CaseKeys(ctx, db))
    # Plain column rows, not ORM objects: a large vault has hundreds of thousands of them.
    core = db.connection()  # Core rows: the ORM's loading machinery costs more than hashing
    cases = select(
        CaseRow.uuid, CaseRow.number, CaseRow.bucket, CaseRow.header, CaseRow.search
    ).order_by(CaseRow.uuid)
    searchable: dict[str, tuple[str | None, bytes]] = {}
    for row in core.execute(cases):
        try:
            cipher.open(row, CaseRow.header)
            payload = orjson.loads(cipher.open(row, CaseRow.search))
            searchable[row.uuid] = (row.bucket, _digest(row.number, payload))
        except IntegrityError as error:
            yield Damage(error.record, error.reason)
    # In case order, so each case's key is unwrapped once and found in the keyring after.
    members = select(MemberRow.uuid, MemberRow.data).order_by(MemberRow.case_uuid)
    for member in core.execute(members):
        try:
            cipher.open(member, MemberRow.data)
        except IntegrityError as error:
            yield Damage(error.record, error.reason)
    yield from _verify_buckets(cipher, db, searchable)
    yield from verify_chains(ctx, db, decrypt=cipher)


def _digest(number: str, payload: Any) -> bytes:
    return hashlib.sha256(orjson.dumps([number, payload], option=orjson.OPT_SORT_KEYS)).digest()


def _verify_buckets(
    cipher: FieldCipher, db: Session, searchable: dict[str, tuple[str | None, bytes]]
) -> Iterator[Damage]:
    """Each bucket opens and holds exact copies of the search records of the cases that name
    it (unlock would notice a wrong one and rebuild it; verify says so)."""
    held: dict[str, str] = {}  # case uuid -> the bucket holding it
    buckets = select(SearchBucket.uuid, SearchBucket.key_id, SearchBucket.data)
    for bucket in db.connection().execute(buckets):
        record = f"search_bucket {bucket.uuid}"
        try:
            content = orjson.loads(cipher.open(bucket, SearchBucket.data))
        except IntegrityError as error:
            yield Damage(error.record, error.reason)
            continue
        for uuid, (number, payload) in content.items():
            held[uuid] = bucket.uuid
            if searchable.get(uuid) != (bucket.uuid, _digest(number, payload)):
                yield Damage(record, f"its copy of case {uuid} differs from the case's own")
    for uuid, (bucket_uuid, _) in searchable.items():
        if bucket_uuid is not None and held.get(uuid) != bucket_uuid:
            yield Damage(f"case_file {uuid}", f"search bucket {bucket_uuid} does not hold it")


def verify_chains(
    ctx: Context, db: Session, *, decrypt: FieldCipher | None = None
) -> Iterator[Damage]:
    """Walk each case's chain; one Damage per edited, missing, reordered or inserted entry.

    Without `decrypt` only the hashes over the stored bytes are checked (fast); with a cipher
    each payload is also authenticated against its place in the chain.
    """
    heads = {
        uuid: (count, head)
        for uuid, count, head in db.connection().execute(
            select(CaseRow.uuid, CaseRow.entry_count, CaseRow.chain_head)
        )
    }
    seen: set[str] = set()
    # The driver's own rows: at 700,000 entries the per-value processing of SQLAlchemy
    # costs more than the hashing.
    rows = (
        _Entry(uuid, case_uuid, seq, _moment(at), Sealed(_raw(payload)), _raw(prev), _raw(own))
        for uuid, case_uuid, seq, at, payload, prev, own in db.connection().exec_driver_sql(
            "SELECT uuid, case_uuid, seq, recorded_at, payload, prev_hash, entry_hash "
            "FROM laufzettel_entry ORDER BY case_uuid, seq"
        )
    )
    for case_uuid, group in groupby(rows, key=lambda row: row.case_uuid):
        if case_uuid not in heads:
            yield Damage(f"laufzettel_entry of {case_uuid}", "entries of an unknown case")
            continue
        seen.add(case_uuid)
        yield from _walk(case_uuid, list(group), heads[case_uuid], decrypt)
    for case_uuid, (count, _) in heads.items():
        if count and case_uuid not in seen:
            yield Damage(f"laufzettel of case {case_uuid}", f"all {count} entries are missing")


def _walk(
    case_uuid: str,
    rows: list[Any],
    head: tuple[int, bytes],
    decrypt: FieldCipher | None,
) -> Iterator[Damage]:
    expected_prev = genesis_hash(case_uuid)
    for position, row in enumerate(rows, start=1):
        record = f"laufzettel_entry {row.uuid} (case {case_uuid}, seq {row.seq})"
        if row.seq != position:
            yield Damage(record, f"expected entry {position} here: an entry is missing")
            return
        if row.prev_hash != expected_prev:
            yield Damage(record, "does not follow the entry before it (reordered or inserted)")
        if (
            hash_of_entry(
                row.prev_hash, row.uuid, row.case_uuid, row.seq, row.recorded_at, row.payload.raw
            )
            != row.entry_hash
        ):
            yield Damage(record, "stored bytes were changed")
        elif decrypt is not None:
            try:
                decrypt.open(row, EntryRow.payload, entry_bind(row))
            except IntegrityError as error:
                yield Damage(record, error.reason)
        expected_prev = row.entry_hash
    count, chain_head = head
    if len(rows) != count or expected_prev != chain_head:
        yield Damage(
            f"laufzettel of case {case_uuid}",
            f"holds {len(rows)} entries, the case records {count}: the newest are missing"
            if len(rows) < count
            else "the chain does not end where the case says",
        )

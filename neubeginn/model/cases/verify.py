"""Verification of cases: every encrypted field opens, every Laufzettel chain is whole."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neubeginn.model.cases import grants
from neubeginn.model.cases.chain import genesis_hash, hash_of_stored, utc_iso
from neubeginn.model.cases.tables import AgencyRow, CaseRow, EntryRow, MemberRow, SearchBucket
from neubeginn.model.codes import Code
from neubeginn.model.core import crypto
from neubeginn.model.core.context import Context, Damage
from neubeginn.model.core.encrypted import FieldCipher, Sealed
from neubeginn.model.core.tables import AuditEntry, DataKey
from neubeginn.model.domain.access import Action
from neubeginn.model.errors import IntegrityError
from neubeginn.model.search.buckets import records_of, stored_form


class _CaseKeys:
    """Keys for a walk over every case: the wrapped keys read in one query, each unwrapped
    when first needed and the last one kept (rows come grouped by case)."""

    def __init__(self, ctx: Context, db: Session) -> None:
        self._keyring = ctx.master(Action.VERIFY)
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

    def owner(self, key_id: bytes) -> str | None:
        """The uuid of the record (a case) a data key belongs to."""
        row = self._wrapped.get(key_id)
        return None if row is None else row.owner_uuid


@dataclass(slots=True)
class _Entry:
    """What FieldCipher.open needs of an entry."""

    uuid: str
    payload: Sealed


# An entry as stored: uuid, case_uuid, seq, recorded_at (as utc_iso() gives it), payload,
# prev_hash, entry_hash; texts as their UTF-8 bytes, which is what the chain hash covers.
type _Stored = tuple[bytes, bytes, int, bytes, bytes, bytes, bytes]


def _moment(value: dt.datetime | bytes) -> bytes:
    """utc_iso() of recorded_at as the driver returns it: a datetime (PostgreSQL), or the text
    SQLAlchemy stores in SQLite, "YYYY-MM-DD HH:MM:SS.ffffff" in UTC, which is rewritten
    directly (isoformat leaves out a zero fraction)."""
    if isinstance(value, dt.datetime):
        return utc_iso(value).encode()
    text = value.replace(b" ", b"T", 1)
    if text.endswith(b".000000"):
        text = text[:-7]
    return text + b"+00:00"


def _stored_entries(db: Session) -> Iterator[_Stored]:
    """Every entry in chain order, from the driver's own rows: at 700,000 entries the
    per-value processing of SQLAlchemy costs more than the hashing."""
    connection = db.connection()
    if connection.dialect.name == "sqlite":
        # Cast to BLOB, every value comes back as the bytes stored, text included: nothing
        # is decoded per value, and a value of the wrong type is hashed as it is stored.
        query = (
            "SELECT CAST(uuid AS BLOB), CAST(case_uuid AS BLOB), seq, CAST(recorded_at AS BLOB),"
            " CAST(payload AS BLOB), CAST(prev_hash AS BLOB), CAST(entry_hash AS BLOB) "
            "FROM laufzettel_entry ORDER BY case_uuid, seq"
        )
        for uuid, case, seq, at, payload, prev, own in connection.exec_driver_sql(query):
            yield uuid, case, seq, _moment(at), payload, prev, own
        return
    query = (
        "SELECT uuid, case_uuid, seq, recorded_at, payload, prev_hash, entry_hash "
        "FROM laufzettel_entry ORDER BY case_uuid, seq"
    )
    for uuid, case, seq, at, payload, prev, own in connection.exec_driver_sql(query):
        yield uuid.encode(), case.encode(), seq, _moment(at), payload, prev, own


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


def verify_cases(ctx: Context, db: Session) -> Iterator[Damage]:
    """Decrypt every case field and member, and check every chain (payloads decrypted) and
    every search bucket."""
    keys = _CaseKeys(ctx, db)
    cipher = FieldCipher(keys)
    # Plain column rows, not ORM objects: a large vault has hundreds of thousands of them.
    core = db.connection()  # Core rows: the ORM's loading machinery costs more than hashing
    cases = select(
        CaseRow.uuid,
        CaseRow.number,
        CaseRow.key_id,
        CaseRow.bucket,
        CaseRow.header,
        CaseRow.search,
    ).order_by(CaseRow.uuid)
    searchable: dict[str, tuple[str | None, bytes]] = {}
    consents: dict[str, list[str]] = {}
    for row in core.execute(cases):
        try:
            cipher.open(row, CaseRow.header)
            payload = orjson.loads(cipher.open(row, CaseRow.search))
            searchable[row.uuid] = (row.bucket, _digest(row.number, payload))
            consents[row.uuid] = payload["shared"]
        except IntegrityError as error:
            yield Damage.of(error)
            continue
        # The key of the case's current epoch: what it is written and granted under next.
        if row.header.key_id != row.key_id or row.search.key_id != row.key_id:
            yield Damage(f"case_file {row.uuid}", Code.PLAINTEXT_DIFFERS, {"column": "key_id"})
    yield from _verify_members(keys, db)
    yield from _verify_buckets(cipher, db, searchable)
    yield from _repairs_since_last_verify(db)
    yield from verify_chains(ctx, db, decrypt=cipher)
    yield from _verify_agencies(ctx, db)
    yield from grants.verify_grants(ctx, db, consents)


def _verify_members(keys: _CaseKeys, db: Session) -> Iterator[Damage]:
    """Every member opens, under a key of its own case: a person moved into another
    household in the file (`case_uuid` is plaintext) is named."""
    cipher = FieldCipher(keys)
    # In case order, so each case's key is unwrapped once and found in the keyring after.
    members = select(MemberRow.uuid, MemberRow.case_uuid, MemberRow.data).order_by(
        MemberRow.case_uuid
    )
    for member in db.connection().execute(members):
        try:
            cipher.open(member, MemberRow.data)
        except IntegrityError as error:
            yield Damage.of(error)
            continue
        if keys.owner(member.data.key_id) != member.case_uuid:
            record = f"member {member.uuid}"
            yield Damage(record, Code.PLAINTEXT_DIFFERS, {"column": "case_uuid"})


def _verify_agencies(ctx: Context, db: Session) -> Iterator[Damage]:
    """Every directory entry opens (review: a flipped byte made an agency vanish from the
    directory, and so from the appointment slip, without a word)."""
    for row in db.scalars(select(AgencyRow)):
        try:
            ctx.cipher.open_json(row, AgencyRow.data)
        except IntegrityError as error:
            yield Damage.of(error)


def _repairs_since_last_verify(db: Session) -> Iterator[Damage]:
    """Search buckets rebuilt at an unlock since the last verify: the evidence that one did
    not open is reported once, not lost with the repair."""
    last_verify = db.scalar(
        select(func.max(AuditEntry.id)).where(AuditEntry.action == Action.VERIFY.value)
    )
    repairs = select(AuditEntry).where(AuditEntry.action == Action.SEARCH_REPAIR.value)
    if last_verify is not None:
        repairs = repairs.where(AuditEntry.id > last_verify)
    for repair in db.scalars(repairs.order_by(AuditEntry.id)):
        yield Damage(
            f"search_bucket {repair.target_uuid}",
            Code.BUCKET_REBUILT,
            {"at": f"{repair.at:%Y-%m-%d %H:%M}"},
        )


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
            records = records_of(content)
        except IntegrityError as error:
            yield Damage.of(error)
            continue
        except (ValueError, TypeError, KeyError):
            yield Damage(record, Code.BUCKET_UNREADABLE)
            continue
        if stored_form(records) != content:
            yield Damage(record, Code.BUCKET_FORMS_DIFFER)
        if bucket.key_id != bucket.data.key_id:  # unlock could not open it, and rebuilds it
            yield Damage(record, Code.PLAINTEXT_DIFFERS, {"column": "key_id"})
        for uuid, (number, payload) in records.items():
            if uuid in searchable and searchable[uuid][0] != bucket.uuid:
                continue  # the case left (a counselling append): unlock ignores this copy
            held[uuid] = bucket.uuid
            if searchable.get(uuid) != (bucket.uuid, _digest(number, payload)):
                yield Damage(record, Code.BUCKET_COPY_DIFFERS, {"case": uuid})
    for uuid, (bucket_uuid, _) in searchable.items():
        if bucket_uuid is not None and held.get(uuid) != bucket_uuid:
            yield Damage(f"case_file {uuid}", Code.BUCKET_LACKS_CASE, {"bucket": bucket_uuid})


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
    for case, group in groupby(_stored_entries(db), key=itemgetter(1)):
        case_uuid = _text(case)
        if case_uuid not in heads:
            yield Damage(f"laufzettel_entry of {case_uuid}", Code.ENTRIES_OF_UNKNOWN_CASE)
            continue
        seen.add(case_uuid)
        yield from _walk(case_uuid, list(group), heads[case_uuid], decrypt)
    for case_uuid, (count, head) in heads.items():
        if case_uuid in seen:
            continue
        record = f"laufzettel of case {case_uuid}"
        if count:
            yield Damage(record, Code.ENTRIES_ALL_MISSING, {"count": count})
        elif head != genesis_hash(case_uuid):  # the first entry would chain onto it
            yield Damage(record, Code.CHAIN_END_DIFFERS)


def _walk(
    case_uuid: str,
    rows: list[_Stored],
    head: tuple[int, bytes],
    decrypt: FieldCipher | None,
) -> Iterator[Damage]:
    expected_prev = genesis_hash(case_uuid)
    for position, (uuid, case, seq, moment, payload, prev, own) in enumerate(rows, start=1):
        if seq != position:
            yield Damage(
                _record(uuid, case_uuid, seq), Code.ENTRY_MISSING_HERE, {"position": position}
            )
            return
        if prev != expected_prev:
            yield Damage(_record(uuid, case_uuid, seq), Code.ENTRY_OUT_OF_ORDER)
        if hash_of_stored(prev, uuid, case, seq, moment, payload) != own:
            yield Damage(_record(uuid, case_uuid, seq), Code.ENTRY_BYTES_CHANGED)
        elif decrypt is not None:
            try:
                decrypt.open(_Entry(_text(uuid), Sealed(payload)), EntryRow.payload, (seq, prev))
            except IntegrityError as error:
                yield Damage.of(error, _record(uuid, case_uuid, seq))
        expected_prev = own
    count, chain_head = head
    if len(rows) != count or expected_prev != chain_head:
        record = f"laufzettel of case {case_uuid}"
        if len(rows) < count:
            yield Damage(record, Code.CHAIN_NEWEST_MISSING, {"count": len(rows), "recorded": count})
        else:
            yield Damage(record, Code.CHAIN_END_DIFFERS)


def _record(uuid: bytes, case_uuid: str, seq: int) -> str:
    return f"laufzettel_entry {_text(uuid)} (case {case_uuid}, seq {seq})"

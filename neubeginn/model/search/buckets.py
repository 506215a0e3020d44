"""Search buckets: the cases' search records, sealed together up to CAPACITY at a time.

Each case keeps its own `search` record under its own key; that stays the record of truth,
and erasing the case shreds it. Building the index from those alone costs one key unwrap and
one decryption per case: over a second for 100,000 cases. A bucket holds a copy of the
records of up to CAPACITY cases, so unlock decrypts a few hundred blobs instead; it keeps
them in columns with their name forms inverted (stored_form), so that the index takes a
bucket in one step per form rather than per form of each case.

A bucket is sealed under a fresh key of its own each time it is written, and the key before
is destroyed: a record taken out of it (an erased case, a name before its correction) is then
as unreadable in any old copy of the bucket as the erased case's own rows.

`case_file.bucket` names the bucket holding a case's record, NULL while none does (cases
stored before revision 0003, or whose bucket could not be read). Unlock reads those cases one
by one and files them; a bucket that fails to open is dropped and rebuilt from the cases' own
records, so a damaged bucket costs time, never a case.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import String, bindparam, delete, func, select, text, update
from sqlalchemy.orm import Session

from neubeginn.model.cases.tables import CaseRow, SearchBucket
from neubeginn.model.codes import Code
from neubeginn.model.core import crypto
from neubeginn.model.core.context import Context
from neubeginn.model.core.keyring import KIND_SEARCH, Keyring
from neubeginn.model.core.tables import DataKey, new_uuid
from neubeginn.model.domain.access import Action
from neubeginn.model.errors import IntegrityError
from neubeginn.model.search.case_index import CaseIndex
from neubeginn.model.search.index import search_keys

# About 300 kB sealed. Larger buckets unlock faster (fewer forms to merge) but each change
# rewrites one: at 512 an append takes about 7 ms, at 1,024 about 10 ms (benchmarks.md).
CAPACITY = 512

type Record = list[Any]  # [case number, search payload]; JSON has no tuples
type Records = dict[str, Record]  # by case uuid
_COLUMNS = ("uuids", "numbers", "payloads")
type Filing = tuple[str, str, str | None, dict[str, Any]]  # case uuid, number, bucket, payload
type SearchRecord = tuple[str, str, dict[str, Any]]  # case uuid, number, payload


@dataclass
class Reading:
    """What filling the index at unlock met besides the records."""

    unread: list[str] = field(default_factory=list)  # buckets that could not be read
    stale: list[str] = field(default_factory=list)  # buckets holding cases that left them
    loose: int = 0  # cases read from their own records
    damaged: list[IntegrityError] = field(default_factory=list)  # cases not read at all

    @property
    def needs_repair(self) -> bool:
        return bool(self.unread or self.stale or self.loose)


def _context(bucket_uuid: str, key_id: bytes) -> bytes:
    """What FieldCipher binds a bucket's data to (for reads that bypass it)."""
    return crypto.associated_data(
        SearchBucket.__tablename__, SearchBucket.data.key, bucket_uuid, key_id
    )


_LOOSE = text(
    "SELECT c.uuid, c.number, c.key_id, c.search, k.owner_uuid, k.kind, k.wrapped_key "
    "FROM case_file c LEFT JOIN data_key k ON k.key_id = c.key_id "
    "WHERE c.bucket IS NULL OR c.bucket IN :unread"
).bindparams(bindparam("unread", type_=String(36), expanding=True))


class SearchBuckets:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # -- unlock ------------------------------------------------------------------------------

    def fill(self, db: Session, index: CaseIndex, reading: Reading) -> None:
        """Index every case's search record: bucket by bucket, then the cases no readable
        bucket holds, from their own records. One bucket is in memory at a time.

        A bucket that does not hold exactly the cases whose rows name it counts as
        unreadable too: its cases are then read from their own records.
        """
        keyring = self._ctx.master(Action.CASE_SEARCH)  # an agency's index: search/granted.py
        connection = db.connection()
        counts = {
            bucket: count
            for bucket, count in connection.execute(
                select(CaseRow.bucket, func.count()).group_by(CaseRow.bucket)
            )
        }
        # The driver's rows: decryption is the work here, not the ORM's bookkeeping.
        for uuid, key_id, data, owner, kind, wrapped in connection.exec_driver_sql(
            "SELECT b.uuid, b.key_id, b.data, k.owner_uuid, k.kind, k.wrapped_key "
            "FROM search_bucket b LEFT JOIN data_key k ON k.key_id = b.key_id"
        ):
            try:
                key_id = bytes(key_id)
                raw = keyring.unwrap_uncached(key_id, owner, kind, bytes(wrapped))
                sealed = crypto.AeadKey(key_id, raw).open(bytes(data), _context(uuid, key_id))
                content = orjson.loads(sealed)
                uuids, numbers, payloads = (content[name] for name in _COLUMNS)
                postings, born = content["postings"], content["born"]
            except (crypto.InvalidTag, ValueError, TypeError, KeyError):  # TypeError: no key
                reading.unread.append(uuid)
                continue
            named = counts.get(uuid, 0)
            if not len(uuids) == len(numbers) == len(payloads) >= named:
                reading.unread.append(uuid)
                continue
            if len(uuids) > named:  # cases left it (counselling appends): read them loose
                reading.stale.append(uuid)
                continue
            index.put_block(uuids, numbers, payloads, postings, born)
        loose = connection.execute(_LOOSE, {"unread": reading.unread + reading.stale})
        indexed = len(index)
        index.put_many(decrypt_loose(keyring, loose, reading.damaged))
        reading.loose = len(index) - indexed
        index.ready()

    def repair(self, db: Session, unread: Sequence[str], stale: Sequence[str] = ()) -> None:
        """Drop the unreadable buckets (audited) and the stale ones, and file every case no
        bucket holds. Their own records are read again here, inside the transaction, so
        that a change made at another desk since the unlock read them is not undone."""
        for uuid in [*unread, *stale]:
            bucket = db.get(SearchBucket, uuid, with_for_update=True)
            if bucket is not None and uuid in unread:
                self._drop_damaged(db, bucket)
            elif bucket is not None:
                self._drop(db, bucket)
        keyring = self._ctx.master(Action.SEARCH_REPAIR)
        loose = decrypt_loose(keyring, db.connection().execute(_LOOSE, {"unread": []}), [])
        self.file(db, [(uuid, number, None, payload) for uuid, number, payload in loose])

    # -- writing -----------------------------------------------------------------------------

    def file(self, db: Session, records: Sequence[Filing]) -> None:
        """Store these cases' search records: in the bucket holding each, or where there
        is room. Each bucket touched is opened and written once."""
        changes: dict[str | None, Records] = {}
        for uuid, number, bucket_uuid, payload in records:
            changes.setdefault(bucket_uuid, {})[uuid] = [number, payload]
        loose = changes.pop(None, {})
        for bucket_uuid, changed in changes.items():
            bucket = db.get(SearchBucket, bucket_uuid, with_for_update=True)
            stored = self._open(db, bucket)
            if bucket is None or stored is None:
                loose.update(changed)
                continue
            held = records_of(stored)
            # A Laufzettel entry changes a case's line, not its names: the forms stay put.
            same = all(_same_forms(held.get(uuid), new) for uuid, new in changed.items())
            self._write(db, bucket, held | changed, stored if same else None)
        if loose:
            self._place(db, loose)

    def remove(self, db: Session, row: CaseRow) -> None:
        """Take a case's record out of its bucket (erasure): the bucket is sealed anew."""
        if row.bucket is None:
            return
        bucket = db.get(SearchBucket, row.bucket, with_for_update=True)
        row.bucket = None
        stored = self._open(db, bucket)
        if bucket is None or stored is None:
            return
        records = records_of(stored)
        records.pop(row.uuid, None)
        if records:
            self._write(db, bucket, records)
        else:
            self._drop(db, bucket)

    def _place(self, db: Session, loose: Records) -> None:
        """File new records into the fullest buckets with room, then into new ones."""
        pending = list(loose.items())
        with_room = iter(
            db.scalars(
                select(SearchBucket)
                .where(SearchBucket.size < CAPACITY)
                .order_by(SearchBucket.size.desc())
                .with_for_update()
            ).all()
        )
        while pending:
            bucket = next(with_room, None)
            stored = self._open(db, bucket)
            if bucket is None or stored is None:
                bucket, records = SearchBucket(uuid=new_uuid()), {}
            else:
                records = records_of(stored)
            room = CAPACITY - len(records)
            taken, pending = pending[:room], pending[room:]
            records.update(taken)
            self._write(db, bucket, records)
            db.execute(
                update(CaseRow)
                .where(CaseRow.uuid.in_([uuid for uuid, _ in taken]))
                .values(bucket=bucket.uuid)
            )

    def _open(self, db: Session, bucket: SearchBucket | None) -> dict[str, Any] | None:
        """A bucket's stored_form(); a bucket that fails to open is dropped (its cases become
        loose and are filed again from their own records), so a write never fails on it."""
        if bucket is None:
            return None
        try:
            stored: dict[str, Any] = orjson.loads(self._ctx.cipher.open(bucket, SearchBucket.data))
            records_of(stored)  # well formed
            return stored
        except (IntegrityError, ValueError, TypeError, KeyError):
            self._drop_damaged(db, bucket)
            return None

    def _write(
        self,
        db: Session,
        bucket: SearchBucket,
        records: Records,
        same_forms: dict[str, Any] | None = None,
    ) -> None:
        """Seal the bucket under a fresh key; `same_forms`: a stored form whose inverted
        forms still hold (no case added, removed or renamed)."""
        keyring = self._ctx.master(Action.CASE_UPDATE)
        retired = bucket.key_id
        key_row, key = keyring.new_data_key(bucket.uuid, KIND_SEARCH)
        db.add(key_row)
        bucket.key_id = key.key_id
        bucket.size = len(records)
        content = stored_form(records, same_forms)
        self._ctx.cipher.seal(bucket, SearchBucket.data, key, orjson.dumps(content))
        db.add(bucket)
        if retired is not None:
            self._destroy_key(db, retired)

    def _drop_damaged(self, db: Session, bucket: SearchBucket) -> None:
        """Drop a bucket that did not open, never in silence: it may have been tampered with.
        The audit row stays, and verify reports the repair (until the next verify after it)."""
        self._ctx.audit(db, Action.SEARCH_REPAIR, target_uuid=bucket.uuid)
        self._drop(db, bucket)

    def _drop(self, db: Session, bucket: SearchBucket) -> None:
        db.execute(update(CaseRow).where(CaseRow.bucket == bucket.uuid).values(bucket=None))
        self._destroy_key(db, bucket.key_id)
        db.delete(bucket)
        db.flush()

    def _destroy_key(self, db: Session, key_id: bytes) -> None:
        db.execute(delete(DataKey).where(DataKey.key_id == key_id))
        self._ctx.require_keyring().forget(key_id)


def stored_form(records: Records, same_forms: dict[str, Any] | None = None) -> dict[str, Any]:
    """A bucket's content as sealed: its cases in columns, and their forms and birth years
    inverted (form → positions of the cases having it), so that unlock indexes a bucket
    with a step per form rather than a loop over its cases (SearchIndex.add_block).

    `same_forms` is an earlier stored form of these very cases in the same order with the
    same names and birth years; its inverted forms are taken over instead of computed.
    """
    if same_forms is not None:
        postings, born = same_forms["postings"], same_forms["born"]
    else:
        postings, born = {}, {}
        for position, (_, payload) in enumerate(records.values()):
            for form in search_keys(payload["terms"], ()):
                postings.setdefault(str(form), []).append(position)
            for year in set(payload["years"]):
                born.setdefault(str(year), []).append(position)
    return {
        "uuids": list(records),
        "numbers": [number for number, _ in records.values()],
        "payloads": [payload for _, payload in records.values()],
        "postings": postings,
        "born": born,
    }


def _same_forms(old: Record | None, new: Record) -> bool:
    return (
        old is not None
        and old[1]["terms"] == new[1]["terms"]
        and old[1]["years"] == new[1]["years"]
    )


def records_of(content: dict[str, Any]) -> Records:
    """The records of a bucket's stored_form()."""
    uuids, numbers, payloads = (content[name] for name in _COLUMNS)
    return {
        uuid: [number, payload]
        for uuid, number, payload in zip(uuids, numbers, payloads, strict=True)
    }


def decrypt_loose(
    keyring: Keyring, rows: Iterable[Any], damaged: list[IntegrityError]
) -> Iterator[SearchRecord]:
    """The search records of cases from their own rows (uuid, number, key_id, search, and
    the key's owner_uuid, kind, wrapped_key); the damaged ones go to `damaged`.

    The case keys are unwrapped one by one and not kept: a vault upgraded from before the
    buckets has 100,000 of them, which would fill the keyring's cache for nothing. The
    contexts are those of Keyring.unwrap and FieldCipher.open, built here without their
    per-call overhead.
    """
    table, column = CaseRow.__tablename__, CaseRow.search.key
    for uuid, number, key_id, search, owner, kind, wrapped in rows:
        key_id = bytes(key_id)
        if wrapped is None:
            damaged.append(IntegrityError(f"case_file {uuid}", Code.DATA_KEY_MISSING))
            continue
        try:
            raw = keyring.unwrap_uncached(key_id, owner, kind, bytes(wrapped))
            key = crypto.AeadKey(key_id, raw)
            context = crypto.associated_data(table, column, uuid, key_id)
            payload = orjson.loads(key.open(bytes(search), context))
        except (crypto.InvalidTag, ValueError):  # orjson.JSONDecodeError is a ValueError
            damaged.append(IntegrityError(f"case_file {uuid} [search]"))
            continue
        yield uuid, number, payload

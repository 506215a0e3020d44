"""The hash chain of a case's Laufzettel entries: writing, reading and checking links.

Each entry's payload is sealed with the case key and bound to its sequence number and the
previous entry's hash; `entry_hash` covers the entry's stored bytes, and the case row keeps
the chain's head and length, so an edited, deleted, reordered or inserted entry shows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from neubeginn.model.cases.tables import CaseRow, EntryRow
from neubeginn.model.codes import Code
from neubeginn.model.core import crypto
from neubeginn.model.core.context import Context
from neubeginn.model.core.tables import new_uuid, utc_now
from neubeginn.model.domain.codec import from_json, to_json
from neubeginn.model.domain.values import LaufzettelEntry
from neubeginn.model.errors import InvalidInput


def genesis_hash(case_uuid: str) -> bytes:
    """The `prev_hash` of a case's first entry."""
    return crypto.digest("laufzettel-genesis", case_uuid)


_NOT_STORED = ("uuid", "seq", "recorded_at")


def entry_hash(row: EntryRow) -> bytes:
    return hash_of_entry(
        row.prev_hash, row.uuid, row.case_uuid, row.seq, utc_iso(row.recorded_at), row.payload.raw
    )


def utc_iso(moment: dt.datetime) -> str:
    """How recorded_at enters the hash: ISO 8601 in UTC (naive values are UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat()


_ENTRY_LABEL = crypto.associated_data("laufzettel")


def hash_of_entry(
    prev_hash: bytes, uuid: str, case_uuid: str, seq: int, recorded_at: str, payload: bytes
) -> bytes:
    """The chain hash over an entry's stored values; recorded_at as utc_iso() gives it."""
    return hash_of_stored(
        prev_hash, uuid.encode(), case_uuid.encode(), seq, recorded_at.encode(), payload
    )


def hash_of_stored(
    prev_hash: bytes, uuid: bytes, case_uuid: bytes, seq: int, recorded_at: bytes, payload: bytes
) -> bytes:
    """hash_of_entry() with the texts as their UTF-8 bytes.

    It is crypto.digest("laufzettel", prev_hash, uuid, case_uuid, seq, recorded_at, payload),
    spelt out because verification computes it 700,000 times on a large vault.
    """
    number = b"%d" % seq
    framed = (
        _ENTRY_LABEL,
        len(prev_hash).to_bytes(4, "big"),
        prev_hash,
        len(uuid).to_bytes(4, "big"),
        uuid,
        len(case_uuid).to_bytes(4, "big"),
        case_uuid,
        len(number).to_bytes(4, "big"),
        number,
        len(recorded_at).to_bytes(4, "big"),
        recorded_at,
        len(payload).to_bytes(4, "big"),
        payload,
    )
    return hashlib.sha256(b"".join(framed)).digest()


def entry_bind(row: EntryRow) -> tuple[int, bytes]:
    return (row.seq, row.prev_hash)


def write_entries(
    ctx: Context,
    db: Session,
    case: CaseRow,
    key: crypto.AeadKey,
    entries: tuple[LaufzettelEntry, ...],
) -> tuple[LaufzettelEntry, ...]:
    """Append entries to the case's chain (in the given order) inside `db`'s transaction."""
    written = []
    for entry in entries:
        row = EntryRow(
            uuid=new_uuid(),
            case_uuid=case.uuid,
            seq=case.entry_count + 1,
            recorded_at=utc_now(),
            prev_hash=case.chain_head,
        )
        if entry.amends is not None and not 1 <= entry.amends < row.seq:
            raise InvalidInput("amends", Code.NO_SUCH_ENTRY, seq=entry.amends)
        if not entry.recorded_by and ctx.user is not None:
            # Imported entries are recorded by the account that imported them.
            entry = dataclasses.replace(entry, recorded_by=ctx.user.display_name)
        payload = to_json(entry)
        for name in _NOT_STORED:
            payload.pop(name)
        ctx.cipher.seal_json(row, EntryRow.payload, key, payload, entry_bind(row))
        row.entry_hash = entry_hash(row)
        db.add(row)
        case.entry_count, case.chain_head = row.seq, row.entry_hash
        written.append(
            dataclasses.replace(entry, seq=row.seq, uuid=row.uuid, recorded_at=row.recorded_at)
        )
    return tuple(written)


def decode_entries(ctx: Context, db: Session, case: CaseRow) -> tuple[LaufzettelEntry, ...]:
    rows = db.scalars(
        select(EntryRow).where(EntryRow.case_uuid == case.uuid).order_by(EntryRow.seq)
    )
    return tuple(decode_entry(ctx, row) for row in rows)


def decode_entry(ctx: Context, row: EntryRow) -> LaufzettelEntry:
    payload = ctx.cipher.open_json(row, EntryRow.payload, entry_bind(row))
    return from_json(
        LaufzettelEntry, payload, seq=row.seq, uuid=row.uuid, recorded_at=row.recorded_at
    )

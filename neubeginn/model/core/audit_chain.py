"""The audit log as a hash chain: deleting, editing, inserting or reordering a row is named.

Each row's hash covers the hash of the row before it and the row's own fields; the first row
links to a genesis hash of the vault. A row written by an unlocked session also carries a
seal of its hash under the vault key (an empty AES-GCM message whose associated data is the
hash): without a key nobody can make one, so a seal vouches for its row and, through the
chain, for every row before it. Rows written with no key (a failed login) carry none; the
next sealed row covers them.

What the chain cannot show by itself: a cut-off tail (the remaining rows still agree) and a
rewrite by someone holding the vault key. For the first, `verify` remembers the last row it
checked on the admin's desk and names it when it is gone (`witness`); for the second, see
the threat model in docs/security.md.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from neubeginn.files import write_private
from neubeginn.model.codes import Code
from neubeginn.model.core import crypto
from neubeginn.model.core.tables import AuditEntry

#: Serialises the audit writers of a PostgreSQL vault from the link to the commit, so two
#: desks never chain onto the same row (SQLite's BEGIN IMMEDIATE already does this).
_PG_LOCK = 0x4E42_4155_4449_5400  # "NBAUDIT"
# Session.info (one session per transaction): the hash of the row the session chained last.
_PREVIOUS = "audit_chain_previous"


def genesis(vault_uuid: str) -> bytes:
    return crypto.digest("audit_log genesis", vault_uuid)


def micros(moment: dt.datetime) -> int:
    """A timestamp as it enters the hash: microseconds since 1970 in UTC (naive is UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    delta = moment - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def row_hash(previous: bytes, fields: tuple[Any, ...]) -> bytes:
    """The hash of a row: (at as micros, account, action, outcome, case, target).

    Fixed for good: stored chains, and migration 0004 that chained the older rows, use it.
    """
    at, *rest = fields
    return crypto.digest(previous, micros(at), *("" if value is None else value for value in rest))


def fields_of(entry: AuditEntry) -> tuple[Any, ...]:
    return (
        entry.at,
        entry.account_uuid,
        entry.action,
        entry.outcome,
        entry.case_uuid,
        entry.target_uuid,
    )


def _seal_context(hash_: bytes) -> bytes:
    return crypto.associated_data("audit_log", hash_)


def link(db: Session, vault_uuid: str, entry: AuditEntry, key: crypto.AeadKey | None) -> None:
    """Chain `entry` onto the newest row (inside the caller's transaction) and seal it."""
    previous = db.info.get(_PREVIOUS)
    if previous is None:
        if db.get_bind().dialect.name == "postgresql":
            db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
        newest = db.scalars(select(AuditEntry.row_hash).order_by(AuditEntry.id.desc()).limit(1))
        previous = newest.first() or genesis(vault_uuid)
    entry.prev_hash = previous
    entry.row_hash = row_hash(previous, fields_of(entry))
    entry.seal = key.seal(b"", _seal_context(entry.row_hash)) if key is not None else None
    db.info[_PREVIOUS] = entry.row_hash
    db.add(entry)


#: A row that breaks the chain: the record, the reason's code and the reason's parameters.
type Break = tuple[str, Code, dict[str, str | int]]


def check(
    db: Session, vault_uuid: str, open_key: Any, witness: Path | None = None
) -> Iterator[Break]:
    """(record, reason, params) for every row that breaks the chain, then the witness check.

    `open_key(key_id)` gives the vault key that sealed a row; `witness` is the file of the
    admin's desk remembering the newest row a verify saw (id and hash).
    """
    previous = genesis(vault_uuid)
    newest: tuple[int, bytes] | None = None
    rows = db.execute(
        select(
            AuditEntry.id,
            AuditEntry.at,
            AuditEntry.account_uuid,
            AuditEntry.action,
            AuditEntry.outcome,
            AuditEntry.case_uuid,
            AuditEntry.target_uuid,
            AuditEntry.prev_hash,
            AuditEntry.row_hash,
            AuditEntry.seal,
        ).order_by(AuditEntry.id)
    )
    seen: dict[int, bytes] = {}
    for row in rows:
        record = f"audit_log {row.id}"
        stored_prev, stored_hash = bytes(row.prev_hash), bytes(row.row_hash)
        if stored_prev != previous:
            yield record, Code.AUDIT_OUT_OF_ORDER, {}
        if row_hash(stored_prev, tuple(row)[1:7]) != stored_hash:
            yield record, Code.AUDIT_ROW_CHANGED, {}
        if row.seal is not None:
            try:
                sealed = bytes(row.seal)
                open_key(crypto.blob_key_id(sealed)).open(sealed, _seal_context(stored_hash))
            except (crypto.InvalidTag, ValueError, KeyError):
                yield record, Code.AUDIT_SEAL_FOREIGN, {}
        previous = stored_hash
        newest = (row.id, stored_hash)
        seen[row.id] = stored_hash
    if witness is not None:
        yield from _check_witness(witness, seen)
        if newest is not None:
            _remember(witness, newest)


def _check_witness(witness: Path, seen: dict[int, bytes]) -> Iterator[Break]:
    try:
        last = json.loads(witness.read_text())
    except (OSError, ValueError):
        return  # no earlier verify on this desk
    row_id, hash_hex, when = last["id"], last["hash"], last["verified_at"]
    if seen.get(row_id) is None:
        yield f"audit_log {row_id}", Code.AUDIT_TAIL_CUT, {"when": when}
    elif seen[row_id].hex() != hash_hex:
        yield f"audit_log {row_id}", Code.AUDIT_ROW_DIFFERS, {"when": when}


def _remember(witness: Path, newest: tuple[int, bytes]) -> None:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    record = {"id": newest[0], "hash": newest[1].hex(), "verified_at": now}
    write_private(witness, json.dumps(record).encode())

"""Verification of cases: every encrypted field opens, every Laufzettel chain is whole."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from neubeginn.model.case_tables import CaseRow, EntryRow, MemberRow
from neubeginn.model.chain import entry_bind, entry_hash, genesis_hash
from neubeginn.model.context import Context, Damage
from neubeginn.model.errors import IntegrityError


def verify_cases(ctx: Context, db: Session) -> Iterator[Damage]:
    """Decrypt every case field and member, and check every chain (payloads decrypted)."""
    for row in db.scalars(select(CaseRow)):
        for column in (CaseRow.header, CaseRow.search):
            try:
                ctx.cipher.open(row, column)
            except IntegrityError as error:
                yield Damage(error.record, error.reason)
    for member in db.scalars(select(MemberRow)):
        try:
            ctx.cipher.open(member, MemberRow.data)
        except IntegrityError as error:
            yield Damage(error.record, error.reason)
    yield from verify_chains(ctx, db, decrypt=True)


def verify_chains(ctx: Context, db: Session, *, decrypt: bool = False) -> Iterator[Damage]:
    """Walk each case's chain; one Damage per edited, missing, reordered or inserted entry.

    Without `decrypt` only the hashes over the stored bytes are checked (fast); with it each
    payload is also authenticated against its place in the chain.
    """
    heads = {
        uuid: (count, head)
        for uuid, count, head in db.execute(
            select(CaseRow.uuid, CaseRow.entry_count, CaseRow.chain_head)
        )
    }
    seen: set[str] = set()
    rows = db.scalars(select(EntryRow).order_by(EntryRow.case_uuid, EntryRow.seq))
    for case_uuid, group in groupby(rows, key=lambda row: row.case_uuid):
        if case_uuid not in heads:
            yield Damage(f"laufzettel_entry of {case_uuid}", "entries of an unknown case")
            continue
        seen.add(case_uuid)
        yield from _walk(ctx, case_uuid, list(group), heads[case_uuid], decrypt)
    for case_uuid, (count, _) in heads.items():
        if count and case_uuid not in seen:
            yield Damage(f"laufzettel of case {case_uuid}", f"all {count} entries are missing")


def _walk(
    ctx: Context,
    case_uuid: str,
    rows: list[EntryRow],
    head: tuple[int, bytes],
    decrypt: bool,
) -> Iterator[Damage]:
    expected_prev = genesis_hash(case_uuid)
    for position, row in enumerate(rows, start=1):
        record = f"laufzettel_entry {row.uuid} (case {case_uuid}, seq {row.seq})"
        if row.seq != position:
            yield Damage(record, f"expected entry {position} here: an entry is missing")
            return
        if row.prev_hash != expected_prev:
            yield Damage(record, "does not follow the entry before it (reordered or inserted)")
        if entry_hash(row) != row.entry_hash:
            yield Damage(record, "stored bytes were changed")
        elif decrypt:
            try:
                ctx.cipher.open(row, EntryRow.payload, entry_bind(row))
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

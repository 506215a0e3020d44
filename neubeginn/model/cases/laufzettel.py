"""`vault.laufzettel`: the append-only routing slip of each case, as a hash chain.

The chain itself is in `chain.py`. A status change or a
correction is a new entry whose `amends` names the entry it supersedes, so nothing anybody
wrote is ever changed, and each agency's words stay its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neubeginn.model.cases.agencies import Agencies
from neubeginn.model.cases.cases import Cases
from neubeginn.model.cases.chain import decode_entry, write_entries
from neubeginn.model.cases.prepare import CaseProblems, clean
from neubeginn.model.cases.tables import CaseRow, EntryRow, PrintRecord
from neubeginn.model.codes import Code
from neubeginn.model.core.context import Context, User
from neubeginn.model.core.keyring import AgencyKeyring
from neubeginn.model.core.tables import utc_now
from neubeginn.model.domain.access import Action, Role
from neubeginn.model.domain.validation import validate_entry
from neubeginn.model.domain.values import LaufzettelEntry
from neubeginn.model.errors import InvalidInput, NotFound


class _ConsentWithdrawn(Exception):
    """Raised inside an append's transaction to roll it back; the denial is audited after."""


@dataclass(frozen=True)
class Appointment:
    """An appointment's current state (its newest entry) and every entry about it."""

    current: LaufzettelEntry
    history: tuple[LaufzettelEntry, ...]  # oldest first, the current one last


def appointments(entries: tuple[LaufzettelEntry, ...]) -> list[Appointment]:
    """Group entries by the appointment they concern (following `amends`), newest first."""
    root: dict[int, int] = {}
    groups: dict[int, list[LaufzettelEntry]] = {}
    for entry in sorted(entries, key=lambda e: e.seq):
        first = root.get(entry.amends, entry.amends) if entry.amends else entry.seq
        root[entry.seq] = first
        groups.setdefault(first, []).append(entry)
    views = [Appointment(group[-1], tuple(group)) for group in groups.values()]
    return sorted(views, key=lambda a: (a.current.when, a.current.seq), reverse=True)


class Laufzettel:
    def __init__(self, ctx: Context, cases: Cases, agencies: Agencies) -> None:
        self._ctx = ctx
        self._cases = cases
        self._agencies = agencies

    def append(self, number: str, entry: LaufzettelEntry) -> LaufzettelEntry:
        """Append one entry, durably. Counselling accounts write as their own agency only,
        and amend only their own agency's entries."""
        user, uuid = self._cases.require_case(Action.LAUFZETTEL_APPEND, number)
        agencies = self._agencies
        if user.role is Role.COUNSELLING:
            own = agencies.get(user.agency_uuid or "")
            if entry.agency.uuid and entry.agency.uuid != own.uuid:
                self._ctx.deny(Action.LAUFZETTEL_APPEND, uuid)
            entry = dataclasses.replace(entry, agency=own)
        elif entry.agency.uuid:
            entry = dataclasses.replace(entry, agency=agencies.get(entry.agency.uuid))
        entry = dataclasses.replace(
            entry,
            recorded_by=user.display_name,
            counsellor=entry.counsellor.strip() or user.display_name,
        )
        entry = clean(entry)
        problems = validate_entry(entry, path="entry", today=dt.date.today())
        if problems:
            raise CaseProblems(problems)
        if entry.amends is not None and user.role is Role.COUNSELLING:
            # Entries never change, so checking the amended one before the write is safe.
            with self._ctx.store.read() as db:
                amended = db.scalars(
                    select(EntryRow).where(EntryRow.case_uuid == uuid, EntryRow.seq == entry.amends)
                ).first()
                if amended is None:
                    raise InvalidInput("amends", Code.NO_SUCH_ENTRY, seq=entry.amends)
                amended_agency = decode_entry(self._ctx, amended).agency.uuid
            if amended_agency != user.agency_uuid:
                self._ctx.deny(Action.LAUFZETTEL_APPEND, uuid)
        try:
            with self._ctx.store.write() as db:
                case, written, payload = self._append_row(db, user, uuid, number, entry)
        except _ConsentWithdrawn:
            self._ctx.deny(Action.LAUFZETTEL_APPEND, uuid)  # after the rollback: own transaction
        self._cases.index.put(uuid, case.number, payload)
        return written

    def _append_row(
        self, db: Session, user: User, uuid: str, number: str, entry: LaufzettelEntry
    ) -> tuple[CaseRow, LaufzettelEntry, dict[str, Any]]:
        """Write the entry inside the caller's transaction, if the case's consent, read now
        under the row lock, still covers the user (withdrawals at other desks count)."""
        case = db.get(CaseRow, uuid, with_for_update=True)
        if case is None:
            raise NotFound(Code.NO_SUCH_CASE, number=number)
        if self._cases.key_withdrawn(db, case):
            raise _ConsentWithdrawn
        payload: dict[str, Any] = self._ctx.cipher.open_json(case, CaseRow.search)
        if self._cases.consent_withdrawn(user, uuid, payload["shared"]):
            raise _ConsentWithdrawn
        key = self._ctx.key(case.key_id)
        (written,) = write_entries(self._ctx, db, case, key, (entry,))
        last = payload["last_entry"]
        if last is None or dt.datetime.fromisoformat(last) < written.when:
            payload["last_entry"] = written.when.isoformat()
            self._ctx.cipher.seal_json(case, CaseRow.search, key, payload)
            if isinstance(self._ctx.require_keyring(), AgencyKeyring):
                # An agency cannot open the bucket (it holds other cases): the case leaves
                # it, and the next unlock of a desk files it again from its own record.
                case.bucket = None
            else:
                self._cases.buckets.file(db, [(uuid, case.number, case.bucket, payload)])
        case.updated_at = utc_now()  # the version counts Personenbogen changes only
        self._ctx.audit(db, Action.LAUFZETTEL_APPEND, uuid)
        return case, written, payload

    def entries(self, number: str) -> tuple[LaufzettelEntry, ...]:
        """All entries in chain order (reading them is opening the case: audited)."""
        return self._cases.get(number).laufzettel

    # -- printed sheets ------------------------------------------------------------------------

    def print_state(self, number: str) -> tuple[int, int]:
        """(last entry seq already printed, sheets printed so far) for continuation sheets."""
        _, uuid = self._cases.require_case(Action.CASE_PRINT, number)
        with self._ctx.store.read() as db:
            row = db.execute(
                select(func.max(PrintRecord.last_seq), func.sum(PrintRecord.sheets)).where(
                    PrintRecord.case_uuid == uuid
                )
            ).one()
        return int(row[0] or 0), int(row[1] or 0)

    def record_print(self, number: str, last_seq: int, sheets: int) -> None:
        """Remember that entries up to `last_seq` went onto `sheets` more filed sheets."""
        _, uuid = self._cases.require_case(Action.CASE_PRINT, number)
        with self._ctx.store.write() as db:
            db.add(
                PrintRecord(case_uuid=uuid, printed_at=utc_now(), last_seq=last_seq, sheets=sheets)
            )
            self._ctx.audit(db, Action.CASE_PRINT, uuid)

"""`vault.cases`: create, open, change, find and erase cases (one folder, one household)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from neubeginn.model.cases import grants
from neubeginn.model.cases.chain import decode_entries, genesis_hash, write_entries
from neubeginn.model.cases.numbers import numbers_for
from neubeginn.model.cases.prepare import (
    CaseProblems,
    check_members_kept,
    clean,
    fresh_member_uuids,
)
from neubeginn.model.cases.tables import CaseRow, EntryRow, MemberRow, PrintRecord
from neubeginn.model.codes import Code
from neubeginn.model.core import crypto
from neubeginn.model.core.context import Context, User
from neubeginn.model.core.keyring import KIND_CASE, AgencyKeyring
from neubeginn.model.core.tables import DataKey, KeyGrant, new_uuid, utc_now
from neubeginn.model.domain.access import Action, Role
from neubeginn.model.domain.codec import from_json, to_json
from neubeginn.model.domain.validation import validate_case
from neubeginn.model.domain.values import Case, Member
from neubeginn.model.errors import IntegrityError, InvalidInput, NotFound
from neubeginn.model.search.buckets import Reading, SearchBuckets
from neubeginn.model.search.case_index import (
    EVERY_AGENCY,
    CaseIndex,
    CaseSummary,
    search_payload,
    shared_with,
)
from neubeginn.model.search.granted import fill_granted

_HEADER_FIELDS = (
    "folder_version",
    "issuing_office",
    "issued_on",
    "accommodation",
    "print_languages",
    "service_contacts",
    "consents",
)


class Cases:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self.index = CaseIndex()
        self.buckets = SearchBuckets(ctx)

    # -- access ------------------------------------------------------------------------------

    def visible(self, user: User, summary: CaseSummary) -> bool:
        """Counselling accounts see a case only with the household's consent to share."""
        return self.shares(user, summary.shared_with)

    @staticmethod
    def shares(user: User, shared_with: Iterable[str]) -> bool:
        """Whether consent to share with `shared_with` (agency uuids) covers this user."""
        if user.role is not Role.COUNSELLING:
            return True
        shared = frozenset(shared_with)
        return EVERY_AGENCY in shared or user.agency_uuid in shared

    def consent_withdrawn(self, user: User, uuid: str, shared_with: Iterable[str]) -> bool:
        """True if the case's CURRENT consent (just decrypted) no longer covers this user.

        The index saw the consent as it was at unlock; another desk may have withdrawn it
        since. Then the case also leaves this session's index, so it is no longer listed.
        """
        if self.shares(user, shared_with):
            return False
        self.index.remove(uuid)
        return True

    def key_withdrawn(self, db: Session, row: CaseRow) -> bool:
        """For a counselling session: True if the case's current key is no longer granted
        to its agency (consent withdrawn at another desk); the case then leaves the index."""
        keyring = self._ctx.require_keyring()
        if not isinstance(keyring, AgencyKeyring):
            return False
        granted = db.get(KeyGrant, (row.uuid, keyring.agency_uuid, row.key_id))
        if granted is None:
            self.index.remove(row.uuid)
        return granted is None

    def require_case(self, action: Action, number: str) -> tuple[User, str]:
        """The user and the case uuid, if the role and the consent allow `action` on it."""
        user = self._ctx.require(action)
        uuid = self.index.uuid_of(number)
        if uuid is None:
            with self._ctx.store.read() as db:
                stored = db.scalar(select(CaseRow.uuid).where(CaseRow.number == number))
            if stored is None:
                raise NotFound(Code.NO_SUCH_CASE, number=number)
            # Not in this session's index: not shared with its agency. The attempt is
            # audited, as the data-protection officer will want to see it.
            self._ctx.deny(action, stored)
        summary = self.index.summary(uuid)
        if summary is None or not self.visible(user, summary):
            self._ctx.deny(action, uuid)
        return user, uuid

    # -- the in-memory index ----------------------------------------------------------------------

    def load_index(self) -> list[IntegrityError]:
        """Decrypt every case's search record into memory (at unlock). Damaged cases are
        left out and returned, so one bad record never stops the vault from opening."""
        self.index.clear()
        reading = Reading()
        # Decoding makes hundreds of thousands of small objects and no cycles; the cyclic
        # collector would walk them again and again for nothing.
        gc_was_on = gc.isenabled()
        gc.disable()
        keyring = self._ctx.require_keyring()
        try:
            with self._ctx.store.read() as db:
                if isinstance(keyring, AgencyKeyring):
                    fill_granted(keyring, db, self.index, reading.damaged)
                    return reading.damaged
                self.buckets.fill(db, self.index, reading)
        finally:
            if gc_was_on:
                gc.enable()
        if reading.needs_repair:
            try:
                with self._ctx.store.write() as db:
                    self.buckets.repair(db, reading.unread, reading.stale)
            except OperationalError:
                # Another desk holds the write lock past the busy timeout. The index is whole
                # anyway; the buckets are mended at the next unlock instead of blocking this.
                pass
        return reading.damaged

    def forget(self) -> None:
        self.index.clear()

    # -- reading -----------------------------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> list[CaseSummary]:
        """Cases matching `text` (names in any common spelling, case number, birth year)."""
        user = self._ctx.require(Action.CASE_SEARCH)
        if not text.strip():
            return []
        wanted = limit if user.role is not Role.COUNSELLING else limit * 4
        hits = self.index.search(text, wanted)
        return [s for _, s in hits if self.visible(user, s)][:limit]

    def summaries(self) -> list[CaseSummary]:
        """Every case the user may see, most recent Laufzettel activity first."""
        user = self._ctx.require(Action.CASE_SEARCH)
        visible = [s for _, s in self.index.summaries() if self.visible(user, s)]
        epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
        visible.sort(key=lambda s: (s.last_entry or epoch, s.number), reverse=True)
        return visible

    def uuid_of(self, number: str) -> str:
        uuid = self.index.uuid_of(number)
        if uuid is None:
            raise NotFound(Code.NO_SUCH_CASE, number=number)
        return uuid

    def numbers_by_uuid(self) -> dict[str, str]:
        return {uuid: summary.number for uuid, summary in self.index.summaries()}

    def get(self, number: str) -> Case:
        """Open a case with its members and its whole Laufzettel (the open is audited).

        Consent is checked again against the case as stored now, so a withdrawal made at
        another desk takes effect in sessions that were unlocked before it."""
        user, uuid = self.require_case(Action.CASE_OPEN, number)
        with self._ctx.store.read() as db:
            row = db.get(CaseRow, uuid)
            withdrawn = row is not None and self.key_withdrawn(db, row)
            if not withdrawn:
                case = self.load(db, uuid)
        if withdrawn or self.consent_withdrawn(user, uuid, shared_with(case.consents)):
            self._ctx.deny(Action.CASE_OPEN, uuid)
        with self._ctx.store.write() as db:
            self._ctx.audit(db, Action.CASE_OPEN, uuid)
        return case

    def export(self, numbers: Sequence[str]) -> list[Case]:
        """Whole cases for an export file or a copy for the person (audited as exports)."""
        exported = []
        for number in numbers:
            _, uuid = self.require_case(Action.CASE_EXPORT, number)
            with self._ctx.store.write() as db:
                exported.append(self.load(db, uuid))
                self._ctx.audit(db, Action.CASE_EXPORT, uuid)
        return exported

    def record_print(self, number: str) -> None:
        """Audit a print of inserts other than the Laufzettel (those go through laufzettel)."""
        _, uuid = self.require_case(Action.CASE_PRINT, number)
        with self._ctx.store.write() as db:
            self._ctx.audit(db, Action.CASE_PRINT, uuid)

    def load(self, db: Session, uuid: str) -> Case:
        """Decrypt one case; IntegrityError names the first damaged record."""
        row = db.get(CaseRow, uuid)
        if row is None:
            raise NotFound(Code.NO_SUCH_CASE, number=uuid)
        header = self._ctx.cipher.open_json(row, CaseRow.header)
        members = tuple(
            from_json(Member, self._ctx.cipher.open_json(m, MemberRow.data), uuid=m.uuid)
            for m in db.scalars(
                select(MemberRow).where(MemberRow.case_uuid == uuid).order_by(MemberRow.position)
            )
        )
        entries = decode_entries(self._ctx, db, row)
        return from_json(
            Case,
            header,
            number=row.number,
            uuid=uuid,
            members=members,
            laufzettel=entries,
            version=row.version,
        )

    # -- writing -----------------------------------------------------------------------------------

    def check(self, case: Case, today: dt.date | None = None) -> None:
        problems = validate_case(case, today=today or dt.date.today())
        if problems:
            raise CaseProblems(problems)

    def create(self, case: Case) -> Case:
        """Store a new case (number assigned unless given); returns it as stored."""
        self._ctx.require(Action.CASE_CREATE)
        return self.import_cases([case], action=Action.CASE_CREATE)[0]

    def import_cases(
        self, cases: Iterable[Case], *, action: Action = Action.CASE_IMPORT
    ) -> list[Case]:
        """Store several new cases in one transaction: all of them, or none."""
        self._ctx.require(action)
        batch = list(cases)
        batch = [clean(case) for case in batch]
        problems = [
            p
            for i, case in enumerate(batch)
            for p in validate_case(case, today=dt.date.today(), path=f"cases[{i}]")
        ]
        if problems:
            raise CaseProblems(problems)
        stored: list[tuple[CaseRow, dict[str, Any]]] = []
        keyring, sharing = self._ctx.master(action), self._ctx.sharing
        with self._ctx.store.write() as db:
            agencies = grants.directory(db)
            numbers = numbers_for(db, batch)
            saved = []
            for case, number in zip(batch, numbers, strict=True):
                uuid = new_uuid()
                key_row, key = keyring.new_data_key(uuid, KIND_CASE)
                db.add(key_row)
                row = CaseRow(
                    uuid=uuid,
                    number=number,
                    key_id=key.key_id,
                    created_at=utc_now(),
                    updated_at=utc_now(),
                    version=1,
                    entry_count=0,
                    chain_head=genesis_hash(uuid),
                )
                case = fresh_member_uuids(case)
                members = self._write_members(db, row, key, case.members)
                case = dataclasses.replace(
                    case, number=number, uuid=uuid, members=members, version=row.version
                )
                entries = write_entries(self._ctx, db, row, key, case.laufzettel)
                case = dataclasses.replace(case, laufzettel=entries)
                db.add(row)
                stored.append((row, self._seal_case(row, key, case)))
                wanted = grants.entitled(shared_with(case.consents), agencies)
                sharing.grant_keys(db, keyring, [(uuid, key_row)], wanted, fresh=True)
                self._ctx.audit(db, action, uuid)
                saved.append(case)
            self.buckets.file(db, [(row.uuid, row.number, None, p) for row, p in stored])
        for row, payload in stored:
            self.index.put(row.uuid, row.number, payload)
        return saved

    def _write_members(
        self, db: Session, row: CaseRow, key: crypto.AeadKey, members: Sequence[Member]
    ) -> tuple[Member, ...]:
        written = []
        for position, member in enumerate(members):
            member = dataclasses.replace(member, uuid=member.uuid or new_uuid())
            member_row = MemberRow(uuid=member.uuid, case_uuid=row.uuid, position=position)
            payload = to_json(member)
            payload.pop("uuid")
            self._ctx.cipher.seal_json(member_row, MemberRow.data, key, payload)
            db.add(member_row)
            written.append(member)
        return tuple(written)

    def _seal_case(self, row: CaseRow, key: crypto.AeadKey, case: Case) -> dict[str, Any]:
        """Seal the header and the search record; returns the search record."""
        header = {name: to_json(getattr(case, name)) for name in _HEADER_FIELDS}
        self._ctx.cipher.seal_json(row, CaseRow.header, key, header)
        last = max((e.when for e in case.laufzettel), default=None)
        payload = search_payload(case, last)
        self._ctx.cipher.seal_json(row, CaseRow.search, key, payload)
        return payload

    def update(self, case: Case) -> Case:
        """Replace the Personenbogen of a case (household, members, contacts, consents).

        The Laufzettel is not touched: it only grows through `vault.laufzettel.append`.
        """
        _, uuid = self.require_case(Action.CASE_UPDATE, case.number)
        case = clean(case)
        self.check(case)
        with self._ctx.store.write() as db:
            row = db.get(CaseRow, uuid, with_for_update=True)
            if row is None:
                raise NotFound(Code.NO_SUCH_CASE, number=case.number)
            if case.version and case.version != row.version:
                raise InvalidInput("version", Code.CASE_CHANGED_ELSEWHERE)
            current = self.load(db, uuid)
            check_members_kept(current, case)
            # A consent withdrawn or narrowed gives the case a new key epoch: the sheet
            # written now is sealed under a key the agency left out never had.
            grants.follow_consent(
                self._ctx, db, row, shared_with(case.consents), Action.CASE_UPDATE
            )
            key = self._ctx.key(row.key_id)
            db.execute(delete(MemberRow).where(MemberRow.case_uuid == uuid))
            members = self._write_members(db, row, key, case.members)
            row.updated_at = utc_now()
            row.version += 1
            case = dataclasses.replace(
                case,
                uuid=uuid,
                members=members,
                laufzettel=current.laufzettel,
                version=row.version,
            )
            payload = self._seal_case(row, key, case)
            self.buckets.file(db, [(uuid, row.number, row.bucket, payload)])
            self._ctx.audit(db, Action.CASE_UPDATE, uuid)
        self.index.put(uuid, row.number, payload)
        return case

    def erase(self, number: str) -> None:
        """Erase a case for good: its key is destroyed first (crypto-shredding), so any copy
        of its rows elsewhere can no longer be read; then the rows go. The copies Neubeginn
        made itself before upgrades lose the key too; a file copy made elsewhere still holds
        it (docs/security.md, "Erasure")."""
        _, uuid = self.require_case(Action.CASE_ERASE, number)
        with self._ctx.store.write() as db:
            row = db.get(CaseRow, uuid)
            assert row is not None
            self.buckets.remove(db, row)
            db.execute(delete(DataKey).where(DataKey.owner_uuid == uuid))
            db.execute(delete(KeyGrant).where(KeyGrant.owner_uuid == uuid))
            db.flush()
            for table in (EntryRow, MemberRow, PrintRecord):
                db.execute(delete(table).where(table.case_uuid == uuid))
            db.delete(row)
            self._ctx.audit(db, Action.CASE_ERASE, uuid)
            self._ctx.require_keyring().forget(row.key_id)
        self.index.remove(uuid)
        self._ctx.store.shred_in_backups(uuid)

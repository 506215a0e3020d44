"""`vault.agencies`: the directory of counselling agencies and offices."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from neubeginn.model.cases import grants
from neubeginn.model.cases.tables import AgencyRow
from neubeginn.model.codes import Code
from neubeginn.model.core.context import Context
from neubeginn.model.core.tables import new_uuid, utc_now
from neubeginn.model.domain.access import Action
from neubeginn.model.domain.codec import from_json, to_json
from neubeginn.model.domain.validation import Problem
from neubeginn.model.domain.values import Agency
from neubeginn.model.errors import IntegrityError, InvalidInput, NotFound
from neubeginn.model.exchange.directory_csv import parse_directory_csv

_CONTROL = frozenset({"Cc", "Cs", "Zl", "Zp"})  # as validation refuses them in case texts

_LIMITS = {
    "name": 200,
    "short_name": 40,
    "address": 300,
    "phone": 60,
    "email": 200,
    "opening_hours": 500,
}
_MULTILINE = frozenset({"address", "opening_hours"})
# Line breaks and tabs are layout in the multi-line fields, not control characters.
_LAYOUT = {field: str.maketrans("", "", "\n\t" if field in _MULTILINE else "") for field in _LIMITS}


def agency_problems(agency: Agency) -> list[Problem]:
    """Every rule of the directory an agency breaks, each at the field (its path) it is in."""
    problems = []
    if not agency.name.strip():
        problems.append(Problem("name", Code.AGENCY_NAME_EMPTY))
    for field, limit in _LIMITS.items():
        value: str = getattr(agency, field)
        controls = [
            c for c in value.translate(_LAYOUT[field]) if unicodedata.category(c) in _CONTROL
        ]
        if len(value) > limit:
            problems.append(Problem(field, Code.AT_MOST_CHARACTERS, {"count": limit}))
        elif field not in _MULTILINE and ("\n" in value or "\r" in value):
            problems.append(Problem(field, Code.LINE_BREAK_NOT_ALLOWED))
        elif controls:
            char = f"U+{ord(controls[0]):04X}"
            problems.append(Problem(field, Code.CONTROL_CHARACTER, {"char": char}))
    if agency.email and "@" not in agency.email:
        problems.append(Problem("email", Code.EMAIL_INVALID))
    return problems


def check_agency(agency: Agency) -> Agency:
    """The agency, or InvalidInput naming the first rule it breaks."""
    problems = agency_problems(agency)
    if problems:
        first = problems[0]
        raise InvalidInput(first.path, first.code, **first.params)
    return agency


@dataclass(frozen=True)
class DirectoryImport:
    """What a directory import did: agencies new to the directory, changed, already so."""

    added: int
    updated: int
    unchanged: int


class Agencies:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._cache: dict[str, Agency] | None = None

    def _decode(self, row: AgencyRow) -> Agency:
        return from_json(Agency, self._ctx.cipher.open_json(row, AgencyRow.data), uuid=row.uuid)

    def all(self) -> list[Agency]:
        """Every active agency, by name. Damaged entries are left out (verify names them)."""
        self._ctx.require(Action.DIRECTORY_READ)
        if self._cache is None:
            with self._ctx.store.read() as db:
                rows = db.scalars(select(AgencyRow).where(AgencyRow.active)).all()
                found = {}
                for row in rows:
                    try:
                        found[row.uuid] = self._decode(row)
                    except IntegrityError:
                        continue
            self._cache = found
        return sorted(self._cache.values(), key=lambda agency: agency.name.casefold())

    def get(self, uuid: str) -> Agency:
        for agency in self.all():
            if agency.uuid == uuid:
                return agency
        raise NotFound(Code.NO_SUCH_AGENCY, uuid=uuid)

    def by_name(self) -> dict[str, Agency]:
        return {agency.name: agency for agency in self.all()}

    def add(self, agency: Agency) -> Agency:
        self._ctx.require(Action.DIRECTORY_EDIT)
        with self._ctx.store.write() as db:
            saved = self.insert(db, [agency])[0]
            self._ctx.audit(db, Action.DIRECTORY_EDIT, target_uuid=saved.uuid)
        return saved

    def insert(self, db: Session, agencies: Iterable[Agency]) -> list[Agency]:
        """Store new agencies inside `db`'s transaction."""
        key = self._ctx.vault_key(db)
        saved = []
        for agency in agencies:
            check_agency(agency)
            row = AgencyRow(uuid=agency.uuid or new_uuid(), created_at=utc_now(), active=True)
            payload = to_json(agency)
            payload.pop("uuid")
            self._ctx.cipher.seal_json(row, AgencyRow.data, key, payload)
            db.add(row)
            db.flush()
            grants.admit_agency(self._ctx, db, row.uuid)
            saved.append(self._decode(row))
        self._cache = None
        return saved

    def update(self, agency: Agency) -> Agency:
        self._ctx.require(Action.DIRECTORY_EDIT)
        check_agency(agency)
        with self._ctx.store.write() as db:
            self._write(db, agency)
            self._ctx.audit(db, Action.DIRECTORY_EDIT, target_uuid=agency.uuid)
        self._cache = None
        return agency

    def _write(self, db: Session, agency: Agency) -> Agency:
        """Store new details of an agency inside `db`'s transaction."""
        row = db.get(AgencyRow, agency.uuid)
        if row is None:
            raise NotFound(Code.NO_SUCH_AGENCY, uuid=agency.uuid)
        payload = to_json(agency)
        payload.pop("uuid")
        self._ctx.cipher.seal_json(row, AgencyRow.data, self._ctx.vault_key(db), payload)
        return agency

    def import_csv(self, text: str) -> DirectoryImport:
        """Take the directory from the city's CSV (docs/case-format.md), all rows or none.

        An agency whose name is in the directory already gets the file's details (its uuid,
        and so its accounts and consents, stay); the others are added. Agencies the file
        does not name stay in the directory: taking one out is a decision of its own.

        Raises:
            ImportProblems: every problem of the file, "row N, column X"; nothing stored.
        """
        self._ctx.require(Action.DIRECTORY_EDIT)
        rows = parse_directory_csv(text, check=agency_problems)
        known = {agency.name.casefold(): agency for agency in self.all()}
        added = updated = 0
        with self._ctx.store.write() as db:
            for agency in rows:
                old = known.get(agency.name.casefold())
                if old is None:
                    saved = self.insert(db, [agency])[0]
                    added += 1
                elif dataclasses.replace(agency, uuid=old.uuid) != old:
                    saved = self._write(db, dataclasses.replace(agency, uuid=old.uuid))
                    updated += 1
                else:
                    continue
                self._ctx.audit(db, Action.DIRECTORY_EDIT, target_uuid=saved.uuid)
        self._cache = None
        return DirectoryImport(added, updated, len(rows) - added - updated)

    def retire(self, uuid: str) -> None:
        """Remove an agency from the directory; old Laufzettel entries keep their copy."""
        self._ctx.require(Action.DIRECTORY_EDIT)
        with self._ctx.store.write() as db:
            row = db.get(AgencyRow, uuid)
            if row is None:
                raise NotFound(Code.NO_SUCH_AGENCY, uuid=uuid)
            row.active = False
            grants.retire_agency(self._ctx, db, uuid)
            self._ctx.audit(db, Action.DIRECTORY_EDIT, target_uuid=uuid)
        self._cache = None

    def forget(self) -> None:
        """Drop the decrypted directory (on lock)."""
        self._cache = None

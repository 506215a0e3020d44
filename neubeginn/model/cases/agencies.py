"""`vault.agencies`: the directory of counselling agencies and offices."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from neubeginn.model.cases.tables import AgencyRow
from neubeginn.model.core.context import Context
from neubeginn.model.core.tables import new_uuid, utc_now
from neubeginn.model.domain.access import Action
from neubeginn.model.domain.codec import from_json, to_json
from neubeginn.model.domain.values import Agency
from neubeginn.model.errors import IntegrityError, InvalidInput, NotFound

_LIMITS = {"name": 200, "short_name": 40, "address": 300, "phone": 60, "email": 200}


def check_agency(agency: Agency) -> Agency:
    """The agency with trimmed texts, or InvalidInput naming the first bad field."""
    if not agency.name.strip():
        raise InvalidInput("name", "Der Name der Beratungsstelle darf nicht leer sein.")
    for field, limit in _LIMITS.items():
        if len(getattr(agency, field)) > limit:
            raise InvalidInput(field, f"Höchstens {limit} Zeichen.")
    if agency.email and "@" not in agency.email:
        raise InvalidInput("email", "Die E-Mail-Adresse ist ungültig.")
    return agency


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
        raise NotFound(f"Keine Beratungsstelle {uuid}.")

    def by_name(self) -> dict[str, Agency]:
        return {agency.name: agency for agency in self.all()}

    def add(self, agency: Agency) -> Agency:
        self._ctx.require(Action.DIRECTORY_EDIT)
        with self._ctx.store.write() as db:
            saved = self.insert(db, [agency])[0]
            self._ctx.audit(db, Action.DIRECTORY_EDIT, target_uuid=saved.uuid)
        return saved

    def insert(self, db: Session, agencies: Iterable[Agency]) -> list[Agency]:
        """Store new agencies inside `db`'s transaction (also the first-run seed)."""
        key = self._ctx.vault_key(db)
        saved = []
        for agency in agencies:
            check_agency(agency)
            row = AgencyRow(uuid=agency.uuid or new_uuid(), created_at=utc_now(), active=True)
            payload = to_json(agency)
            payload.pop("uuid")
            self._ctx.cipher.seal_json(row, AgencyRow.data, key, payload)
            db.add(row)
            saved.append(self._decode(row))
        self._cache = None
        return saved

    def update(self, agency: Agency) -> Agency:
        self._ctx.require(Action.DIRECTORY_EDIT)
        check_agency(agency)
        with self._ctx.store.write() as db:
            row = db.get(AgencyRow, agency.uuid)
            if row is None:
                raise NotFound(f"Keine Beratungsstelle {agency.uuid}.")
            payload = to_json(agency)
            payload.pop("uuid")
            self._ctx.cipher.seal_json(row, AgencyRow.data, self._ctx.vault_key(db), payload)
            self._ctx.audit(db, Action.DIRECTORY_EDIT, target_uuid=row.uuid)
        self._cache = None
        return agency

    def retire(self, uuid: str) -> None:
        """Remove an agency from the directory; old Laufzettel entries keep their copy."""
        self._ctx.require(Action.DIRECTORY_EDIT)
        with self._ctx.store.write() as db:
            row = db.get(AgencyRow, uuid)
            if row is None:
                raise NotFound(f"Keine Beratungsstelle {uuid}.")
            row.active = False
            self._ctx.audit(db, Action.DIRECTORY_EDIT, target_uuid=uuid)
        self._cache = None

    def forget(self) -> None:
        """Drop the decrypted directory (on lock)."""
        self._cache = None

"""Consent decides the keys: which agencies hold a grant of a case's keys (docs/security.md).

Recording a consent grants every key of the case (each epoch) to the agencies it names;
"all agencies" means every agency of the directory, and agencies added to it later.
Withdrawing a consent, or taking an agency out of it, deletes that agency's grants and gives
the case a new key *epoch*: what is written from then on is sealed under a key the agency
never received. What it read before, it may have kept; that no key can undo.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from neubeginn.model.cases.tables import AgencyRow, CaseRow
from neubeginn.model.codes import Code
from neubeginn.model.core import crypto
from neubeginn.model.core.context import Context, Damage
from neubeginn.model.core.keyring import (
    KIND_AGENCY,
    KIND_CASE,
    KIND_OFFICE,
    KIND_VAULT,
    grant_context,
)
from neubeginn.model.core.tables import DataKey, KeyGrant
from neubeginn.model.domain.access import Action
from neubeginn.model.errors import IntegrityError
from neubeginn.model.search.case_index import EVERY_AGENCY


def directory(db: Session) -> set[str]:
    """The uuids of the agencies in the directory (retired ones hold no grants)."""
    return set(db.scalars(select(AgencyRow.uuid).where(AgencyRow.active)))


def entitled(shared: Iterable[str], agencies: set[str]) -> set[str]:
    """The agencies a case's consent (`shared`, as search_payload records it) names."""
    wanted = set(shared)
    return set(agencies) if EVERY_AGENCY in wanted else wanted & agencies


def follow_consent(
    ctx: Context, db: Session, row: CaseRow, shared: Iterable[str], action: Action
) -> bool:
    """Make the grants of a case match its consent; True if it got a new key epoch (its
    records must then be sealed under `row.key_id` anew by the caller)."""
    keyring = ctx.master(action)
    wanted = entitled(shared, directory(db))
    held = ctx.sharing.granted(db, row.uuid)
    removed, added = held - wanted, wanted - held
    if removed:
        ctx.sharing.revoke(db, row.uuid, removed)
        key_row, key = keyring.new_data_key(row.uuid, KIND_CASE)
        db.add(key_row)
        db.flush()
        row.key_id = key.key_id
        ctx.sharing.grant(db, keyring, row.uuid, KIND_CASE, wanted)  # the new epoch
    elif added:
        ctx.sharing.grant(db, keyring, row.uuid, KIND_CASE, added)
    return bool(removed)


def admit_agency(ctx: Context, db: Session, agency_uuid: str) -> None:
    """A new agency of the directory: the directory's key, and every case whose consent
    covers all agencies."""
    keyring = ctx.master(Action.DIRECTORY_EDIT)
    ctx.sharing.grant(db, keyring, ctx.vault_uuid, KIND_VAULT, [agency_uuid])
    for case_uuid in _shared_with_all(ctx, db):
        ctx.sharing.grant(db, keyring, case_uuid, KIND_CASE, [agency_uuid])


def _shared_with_all(ctx: Context, db: Session) -> list[str]:
    """The cases whose consent covers every agency; decrypted once per transaction (a
    directory import admits many agencies in one)."""
    cached: list[str] | None = db.info.get("shared_with_all")
    if cached is None:
        cached = []
        for row in db.scalars(select(CaseRow)):
            try:
                shared: list[str] = ctx.cipher.open_json(row, CaseRow.search)["shared"]
            except IntegrityError:
                continue  # verify names it; its grants follow when it is mended
            if EVERY_AGENCY in shared:
                cached.append(row.uuid)
        db.info["shared_with_all"] = cached
    return cached


def retire_agency(ctx: Context, db: Session, agency_uuid: str) -> None:
    """An agency leaves the directory: every grant to it goes."""
    ctx.master(Action.DIRECTORY_EDIT)
    db.execute(delete(KeyGrant).where(KeyGrant.agency_uuid == agency_uuid))


def upgraded(db: Session, vault_uuid: str) -> bool:
    """Whether the vault has its office key (made by create, or by `upgrade`)."""
    return (
        db.scalar(
            select(DataKey.key_id).where(
                DataKey.owner_uuid == vault_uuid, DataKey.kind == KIND_OFFICE
            )
        )
        is not None
    )


def upgrade(ctx: Context, db: Session, consents: Iterable[tuple[str, Iterable[str]]]) -> int:
    """Revision 0005's keys for a vault of before: the office key, the directory key for
    every agency, and each case's grants as its consent says. Returns the grants made."""
    keyring = ctx.master(Action.KEYS_UPGRADE)
    ctx.sharing.office(db, keyring)
    agencies = directory(db)
    ctx.sharing.grant_keys(
        db,
        keyring,
        [
            (ctx.vault_uuid, key)
            for key in db.scalars(
                select(DataKey).where(
                    DataKey.owner_uuid == ctx.vault_uuid, DataKey.kind == KIND_VAULT
                )
            )
        ],
        agencies,
    )
    made = 0
    for case_uuid, shared in consents:
        wanted = entitled(shared, agencies)
        ctx.sharing.grant(db, keyring, case_uuid, KIND_CASE, wanted)
        made += len(wanted)
    ctx.audit(db, Action.KEYS_UPGRADE, outcome="ok")
    return made


def verify_grants(
    ctx: Context, db: Session, consents: Mapping[str, Iterable[str]]
) -> Iterator[Damage]:
    """Every grant opens to its data key, the grants of each case's current key are exactly
    what its consent (`consents`, by case uuid, as decrypted by verify) names, and exactly
    the agencies of the directory hold the directory's key."""
    keyring = ctx.master(Action.VERIFY)
    # Plain rows: a vault of 100,000 shared cases has several grants per case.
    columns = (DataKey.key_id, DataKey.owner_uuid, DataKey.kind, DataKey.wrapped_key)
    data_keys = {row.key_id: row for row in db.execute(select(*columns))}
    agency_keys = {row.owner_uuid for row in data_keys.values() if row.kind == KIND_AGENCY}
    grant_columns = (
        KeyGrant.owner_uuid,
        KeyGrant.agency_uuid,
        KeyGrant.key_id,
        KeyGrant.agency_key_id,
        KeyGrant.wrapped_key,
    )
    for grant in db.execute(select(*grant_columns)):
        record = f"key_grant {grant.owner_uuid} ({grant.agency_uuid})"
        if grant.agency_uuid not in agency_keys:  # Sharing.kek would make it a key pair
            yield Damage(record, Code.PLAINTEXT_DIFFERS, {"column": "agency_uuid"})
            continue
        data_key = data_keys.get(grant.key_id)
        try:
            kek = ctx.sharing.kek(db, keyring, grant.agency_uuid)
            context = grant_context(
                grant.owner_uuid, grant.agency_uuid, grant.key_id, grant.agency_key_id
            )
            if data_key is None or data_key.owner_uuid != grant.owner_uuid:
                raise IntegrityError(record, Code.DATA_KEY_MISSING)
            if kek.open(grant.wrapped_key, context) != keyring.secret(data_key):
                raise IntegrityError(record)
        except IntegrityError as error:
            yield Damage.of(error, record)
        except (crypto.InvalidTag, ValueError):
            yield Damage(record, Code.AUTHENTICATION_FAILED)
    yield from _verify_directory_grants(ctx, db)
    agencies = directory(db)
    current = {uuid: key_id for uuid, key_id in db.execute(select(CaseRow.uuid, CaseRow.key_id))}
    held: dict[str, set[str]] = {}
    for owner, agency, key_id in db.execute(
        select(KeyGrant.owner_uuid, KeyGrant.agency_uuid, KeyGrant.key_id)
    ):
        if current.get(owner) == key_id:
            held.setdefault(owner, set()).add(agency)
    for case_uuid, shared in consents.items():
        wanted, has = entitled(shared, agencies), held.get(case_uuid, set())
        for agency in sorted(has - wanted):
            yield Damage(f"case_file {case_uuid}", Code.GRANT_NOT_CONSENTED, {"agency": agency})
        for agency in sorted(wanted - has):
            yield Damage(f"case_file {case_uuid}", Code.GRANT_MISSING, {"agency": agency})


def _verify_directory_grants(ctx: Context, db: Session) -> Iterator[Damage]:
    """An agency is in the directory (`active`, a plaintext column) exactly while it holds
    the directory's key: admit_agency grants it, retire_agency revokes it. So an agency made
    to vanish from the directory in the file, or a retired one brought back, is named."""
    vault_keys = select(DataKey.key_id).where(
        DataKey.owner_uuid == ctx.vault_uuid, DataKey.kind == KIND_VAULT
    )
    holding = set(
        db.scalars(
            select(KeyGrant.agency_uuid).where(
                KeyGrant.owner_uuid == ctx.vault_uuid, KeyGrant.key_id.in_(vault_keys)
            )
        )
    )
    for uuid, active in db.execute(select(AgencyRow.uuid, AgencyRow.active)):
        if bool(active) != (uuid in holding):
            yield Damage(f"agency {uuid}", Code.PLAINTEXT_DIFFERS, {"column": "active"})

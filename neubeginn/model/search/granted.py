"""The index of a counselling session: only the cases granted to its agency, from their own
search records. The search buckets mix every case and stay closed to it; its unlock decrypts
one grant and one record per shared case, so it gets faster the fewer cases it may see."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from neubeginn.model.cases.tables import CaseRow
from neubeginn.model.core import crypto
from neubeginn.model.core.keyring import AgencyKeyring
from neubeginn.model.core.tables import KeyGrant
from neubeginn.model.errors import IntegrityError
from neubeginn.model.search.buckets import SearchRecord
from neubeginn.model.search.case_index import CaseIndex


def fill_granted(
    keyring: AgencyKeyring, db: Session, index: CaseIndex, damaged: list[IntegrityError]
) -> None:
    """Index every case whose current key is granted to the keyring's agency."""
    rows = db.connection().execute(
        select(
            CaseRow.uuid,
            CaseRow.number,
            CaseRow.key_id,
            CaseRow.search,
            KeyGrant.agency_uuid,
            KeyGrant.agency_key_id,
            KeyGrant.wrapped_key,
        )
        .join(
            KeyGrant,
            (KeyGrant.owner_uuid == CaseRow.uuid) & (KeyGrant.key_id == CaseRow.key_id),
        )
        .where(KeyGrant.agency_uuid == keyring.agency_uuid)
    )
    index.put_many(_records(keyring, rows, damaged))
    index.ready()


def _records(
    keyring: AgencyKeyring, rows: Iterable[Any], damaged: list[IntegrityError]
) -> Iterator[SearchRecord]:
    table, column = CaseRow.__tablename__, CaseRow.search.key
    for uuid, number, key_id, search, agency, agency_key_id, wrapped in rows:
        grant = _Grant(uuid, agency, bytes(key_id), bytes(agency_key_id), bytes(wrapped))
        try:
            key = crypto.AeadKey(grant.key_id, keyring.open_grant(grant))
            context = crypto.associated_data(table, column, uuid, grant.key_id)
            payload = orjson.loads(key.open(search.raw, context))
        except IntegrityError as error:
            damaged.append(error)
            continue
        except (crypto.InvalidTag, ValueError):
            damaged.append(IntegrityError(f"case_file {uuid} [search]"))
            continue
        yield uuid, number, payload


class _Grant(NamedTuple):
    owner_uuid: str
    agency_uuid: str
    key_id: bytes
    agency_key_id: bytes
    wrapped_key: bytes

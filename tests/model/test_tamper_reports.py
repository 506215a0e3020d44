"""Tampering is reported, never healed in silence: the agency directory is verified, and a
search bucket rebuilt at unlock leaves an audit row that the next verify reports."""

from __future__ import annotations

from sqlalchemy import select

from neubeginn.model.cases.tables import SearchBucket
from neubeginn.model.core.tables import AuditEntry
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.access import Action
from neubeginn.model.domain.values import Agency
from neubeginn.model.wording import describe
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.model.factories import household
from tests.model.test_search_buckets import spoil


def test_a_flipped_byte_in_the_directory_is_named_by_verify(vault: Vault) -> None:
    agency = vault.agencies.add(Agency(name="Soforthilfe (Test)", phone="02323 000000"))
    assert vault.verify() == []
    spoil(vault, "agency", "data", agency.uuid)
    assert [d.record for d in vault.verify()] == [f"agency {agency.uuid} [data]"]


def test_a_rebuilt_bucket_is_audited_and_reported_once(vault: Vault) -> None:
    case = vault.cases.create(household())
    with vault.store.read() as db:
        (bucket,) = db.scalars(select(SearchBucket.uuid)).all()
    spoil(vault, "search_bucket", "data", bucket)
    again = Vault(vault.store, kdf=FLOOR_KDF)
    again.unlock(ADMIN, ADMIN_PASSWORD)  # mends the bucket
    assert again.cases.search("Al-Hassan")[0].number == case.number
    with again.store.read() as db:
        repairs = db.scalars(
            select(AuditEntry).where(AuditEntry.action == Action.SEARCH_REPAIR.value)
        ).all()
    assert [r.target_uuid for r in repairs] == [bucket]
    damages = again.verify()
    assert [d.record for d in damages] == [f"search_bucket {bucket}"]
    assert "neu aufgebaut" in describe(damages[0])
    assert again.verify() == []  # reported to the admin once; the audit row stays

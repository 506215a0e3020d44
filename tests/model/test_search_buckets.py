"""Search buckets: unlock reads the cases' search records from a few sealed buckets; a
bucket that is missing, damaged or out of step costs time, never a case."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import orjson
import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import OperationalError

from neubeginn.model.cases.tables import CaseRow, SearchBucket
from neubeginn.model.core.keyring import KIND_SEARCH
from neubeginn.model.core.tables import DataKey
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.values import Agency, Case
from neubeginn.model.errors import IntegrityError
from neubeginn.model.search import buckets as search_buckets
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.model.factories import BERLIN, entry, household, member

NAMES = [("Kaya", "Deniz"), ("Nazari", "Reza"), ("Shevchenko", "Olena"), ("Haddad", "Youssef")]


@pytest.fixture
def small_buckets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_buckets, "CAPACITY", 2)


def households(vault: Vault) -> list[Case]:
    return [vault.cases.create(household(member(*name))) for name in NAMES]


def reopen(vault: Vault) -> Vault:
    vault.lock()
    again = Vault(vault.store, kdf=FLOOR_KDF)
    again.unlock(ADMIN, ADMIN_PASSWORD)
    return again


def found(vault: Vault, query: str) -> list[str]:
    return [summary.number for summary in vault.cases.search(query)]


def spoil(vault: Vault, table: str, column: str, uuid: str) -> None:
    """Flip one bit of a stored ciphertext's tag."""
    with vault.store.write() as db:
        raw = bytearray(
            db.execute(
                text(f"SELECT {column} FROM {table} WHERE uuid = :u"), {"u": uuid}
            ).scalar_one()
        )
        raw[-1] ^= 1
        db.execute(
            text(f"UPDATE {table} SET {column} = :v WHERE uuid = :u"), {"v": bytes(raw), "u": uuid}
        )


def bucket_of(vault: Vault, case: Case) -> SearchBucket:
    with vault.store.read() as db:
        row = db.get(CaseRow, case.uuid)
        assert row is not None and row.bucket is not None
        bucket = db.get(SearchBucket, row.bucket)
        assert bucket is not None
        db.expunge(bucket)
        return bucket


def test_cases_fill_buckets_and_are_found_after_unlock(vault: Vault, small_buckets: None) -> None:
    created = households(vault)
    with vault.store.read() as db:
        assert sorted(b.size for b in db.scalars(select(SearchBucket))) == [2, 2]
        assert None not in db.scalars(select(CaseRow.bucket)).all()
    again = reopen(vault)
    assert found(again, "Jusuf") == [created[3].number]  # Youssef, as another desk spells it
    assert found(again, "Олена") == [created[2].number]  # the Cyrillic spelling
    assert again.damaged_at_unlock == []
    assert again.verify() == []


def test_unlock_reads_the_buckets_not_each_case(vault: Vault) -> None:
    created = households(vault)
    for case in created:  # every case's own search record spoilt: unlock must not need it
        spoil(vault, "case_file", "search", case.uuid)
    again = reopen(vault)
    assert found(again, "Kaya") == [created[0].number]
    assert again.damaged_at_unlock == []
    spoilt = {d.record for d in again.verify() if d.record.startswith("case_file")}
    assert spoilt == {f"case_file {case.uuid} [search]" for case in created}


def test_cases_without_a_bucket_are_filed_at_unlock(vault: Vault, small_buckets: None) -> None:
    created = households(vault)
    with vault.store.write() as db:  # as in a vault written before the buckets existed
        db.execute(update(CaseRow).values(bucket=None))
        db.execute(delete(SearchBucket))
        db.execute(delete(DataKey).where(DataKey.kind == KIND_SEARCH))
    again = reopen(vault)
    assert [found(again, name)[0] for name, _ in NAMES] == [case.number for case in created]
    with again.store.read() as db:
        assert None not in db.scalars(select(CaseRow.bucket)).all()
        assert sorted(b.size for b in db.scalars(select(SearchBucket))) == [2, 2]
    assert again.verify() == []


def reported_once(vault: Vault, bucket: str) -> None:
    """Verify names the rebuilt bucket (tampering is never healed in silence), then not."""
    assert [d.record for d in vault.verify()] == [f"search_bucket {bucket}"]
    assert vault.verify() == []


def test_a_damaged_bucket_is_rebuilt_from_the_cases(vault: Vault) -> None:
    created = households(vault)
    damaged = bucket_of(vault, created[0]).uuid
    spoil(vault, "search_bucket", "data", damaged)
    again = reopen(vault)
    assert again.damaged_at_unlock == []
    assert [found(again, name)[0] for name, _ in NAMES] == [case.number for case in created]
    reported_once(again, damaged)


def test_a_case_that_left_its_bucket_is_read_from_its_own_record(vault: Vault) -> None:
    """A counselling append cannot rewrite a bucket (it holds other agencies' cases), so the
    case leaves it: the bucket's copy is ignored, the case read from its own record and
    filed again. That is no damage, and verify does not call it one."""
    created = households(vault)
    with vault.store.write() as db:  # a case row naming no bucket, but its bucket holds it
        db.execute(update(CaseRow).where(CaseRow.uuid == created[1].uuid).values(bucket=None))
    again = reopen(vault)
    assert found(again, "Nazari") == [created[1].number]
    assert again.verify() == []
    assert bucket_of(again, created[1]) is not None


def test_verify_names_a_bucket_that_lost_a_case(vault: Vault) -> None:
    created = households(vault)
    with vault.store.write() as db:
        db.execute(
            update(CaseRow).where(CaseRow.uuid == created[1].uuid).values(bucket="elsewhere")
        )
    damage = vault.verify()
    assert [d.record for d in damage] == [f"case_file {created[1].uuid}"]


def test_a_case_damaged_beyond_its_bucket_is_named(vault: Vault) -> None:
    created = households(vault)
    spoil(vault, "search_bucket", "data", bucket_of(vault, created[0]).uuid)
    spoil(vault, "case_file", "search", created[0].uuid)
    again = reopen(vault)
    assert [e.record for e in again.damaged_at_unlock] == [f"case_file {created[0].uuid} [search]"]
    assert found(again, "Kaya") == []
    assert found(again, "Haddad") == [created[3].number]
    third = reopen(again)  # still named the next time: it has no bucket to hide in
    assert len(third.damaged_at_unlock) == 1


def test_every_write_seals_the_bucket_under_a_fresh_key(
    vault: Vault, directory: dict[str, Agency]
) -> None:
    created = households(vault)
    before = bucket_of(vault, created[0])
    caritas = directory["Caritasverband Herne e.V."]
    vault.laufzettel.append(created[0].number, entry(caritas))
    after = bucket_of(vault, created[0])
    assert after.key_id != before.key_id
    with vault.store.read() as db:
        assert db.get(DataKey, before.key_id) is None
    vault.cases.erase(created[0].number)
    left = bucket_of(vault, created[1])
    content = orjson.loads(vault.context.cipher.open(left, SearchBucket.data))
    assert created[0].uuid not in content and "kaya" not in orjson.dumps(content).decode()
    # A copy of the bucket from before the erasure can no longer be read.
    for copy in (before, after):
        with pytest.raises(IntegrityError):
            vault.context.cipher.open(copy, SearchBucket.data)
    assert found(reopen(vault), "Kaya") == []


def test_two_desks_writing_into_one_bucket_keep_both_changes(
    vault: Vault, directory: dict[str, Agency], db_url: str
) -> None:
    created = households(vault)
    other_desk = Vault.open(db_url, kdf=FLOOR_KDF)
    other_desk.unlock(ADMIN, ADMIN_PASSWORD)
    try:
        current = vault.cases.get(created[0].number)
        vault.cases.update(dataclasses.replace(current, accommodation="Bahnhofstraße 1"))
        caritas = other_desk.agencies.by_name()["Caritasverband Herne e.V."]
        when = dt.datetime(2026, 6, 1, 10, 0, tzinfo=BERLIN)
        other_desk.laufzettel.append(created[1].number, entry(caritas, when=when))
    finally:
        other_desk.close()
    again = reopen(vault)
    first = again.cases.search("Kaya")[0]
    second = again.cases.search("Nazari")[0]
    assert first.accommodation == "Bahnhofstraße 1"
    assert second.last_entry == when
    assert again.verify() == []


def test_a_write_never_fails_on_a_damaged_bucket(
    vault: Vault, directory: dict[str, Agency]
) -> None:
    created = households(vault)
    damaged = bucket_of(vault, created[0]).uuid
    spoil(vault, "search_bucket", "data", damaged)
    caritas = directory["Caritasverband Herne e.V."]
    when = dt.datetime(2026, 7, 1, 9, 0, tzinfo=BERLIN)
    vault.laufzettel.append(created[0].number, entry(caritas, when=when))
    with vault.store.read() as db:  # the damaged bucket is gone; its other cases are loose
        buckets = db.scalars(select(SearchBucket)).all()
        assert [b.size for b in buckets] == [1]
        loose = select(func.count()).select_from(CaseRow).where(CaseRow.bucket.is_(None))
        assert db.scalar(loose) == 3
    again = reopen(vault)
    assert [found(again, name)[0] for name, _ in NAMES] == [case.number for case in created]
    assert again.cases.search("Kaya")[0].last_entry == when
    with again.store.read() as db:
        assert None not in db.scalars(select(CaseRow.bucket)).all()
    reported_once(again, damaged)


def test_unlock_does_not_wait_for_mending_buckets(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = households(vault)
    damaged = bucket_of(vault, created[0]).uuid
    spoil(vault, "search_bucket", "data", damaged)

    def busy(*_: object) -> None:
        raise OperationalError("UPDATE case_file …", {}, Exception("database is locked"))

    monkeypatch.setattr(search_buckets.SearchBuckets, "repair", busy)
    again = reopen(vault)  # another desk holds the write lock: unlock still completes
    assert [found(again, name)[0] for name, _ in NAMES] == [case.number for case in created]
    monkeypatch.undo()
    third = reopen(again)  # and the next unlock mends the bucket
    with third.store.read() as db:
        assert None not in db.scalars(select(CaseRow.bucket)).all()
    reported_once(third, damaged)


def test_desks_appending_at_the_same_time_lose_nothing_in_their_bucket(
    vault: Vault, directory: dict[str, Agency], db_url: str
) -> None:
    """Two desks append to two cases of one bucket at once; the bucket is rewritten on every
    append, so without row locks one desk's write would undo the other's."""
    created = households(vault)[:2]
    desks = [Vault.open(db_url, kdf=FLOOR_KDF) for _ in created]
    for desk in desks:
        desk.unlock(ADMIN, ADMIN_PASSWORD)
    caritas = directory["Caritasverband Herne e.V."]
    start = threading.Barrier(len(desks))
    failures: list[BaseException] = []

    def append_many(desk: Vault, number: str, hour: int) -> None:
        try:
            start.wait()
            for day in range(1, 13):
                when = dt.datetime(2026, 8, day, hour, 0, tzinfo=BERLIN)
                desk.laufzettel.append(number, entry(caritas, when=when))
        except BaseException as error:  # reported below, in the test's thread
            failures.append(error)

    threads = [
        threading.Thread(target=append_many, args=(desk, case.number, 9 + i))
        for i, (desk, case) in enumerate(zip(desks, created, strict=True))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for desk in desks:
        desk.close()
    assert failures == []
    again = reopen(vault)
    for i, case in enumerate(created):
        (summary,) = again.cases.search(case.number)
        assert summary.last_entry == dt.datetime(2026, 8, 12, 9 + i, 0, tzinfo=BERLIN)
    assert again.verify() == []

"""The Laufzettel: append-only, amendments, agencies' own words, a tamper-evident chain."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlalchemy
from sqlalchemy import text

from neubeginn.model.cases.laufzettel import appointments
from neubeginn.model.cases.prepare import CaseProblems
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.access import Role
from neubeginn.model.domain.values import Agency, EntryStatus, Sex, Topic
from neubeginn.model.errors import AccessDenied
from neubeginn.model.wording import describe
from tests.model.factories import BERLIN, entry, household

PASSWORD = "Konto-Passwort 1"


def agency(vault: Vault, prefix: str) -> Agency:
    return next(a for a in vault.agencies.all() if a.name.startswith(prefix))


def counsellor_of(vault: Vault, agency_uuid: str, name: str) -> Vault:
    vault.accounts.create(name, f"Beraterin {name}", Role.COUNSELLING, PASSWORD, agency_uuid)
    other = Vault(vault.store, kdf=FLOOR_KDF)
    other.unlock(name, PASSWORD)
    return other


@pytest.fixture
def case_number(vault: Vault, directory: dict[str, Agency]) -> str:
    """A household in a vault whose directory holds the test agencies."""
    return vault.cases.create(household()).number


def test_planned_then_attended_is_a_new_entry_pointing_back(vault: Vault, case_number: str) -> None:
    caritas = agency(vault, "Caritas")
    planned = vault.laufzettel.append(
        case_number,
        entry(caritas, EntryStatus.PLANNED, when=dt.datetime(2026, 4, 2, 10, tzinfo=BERLIN)),
    )
    attended = vault.laufzettel.append(
        case_number,
        dataclasses.replace(
            planned, status=EntryStatus.ATTENDED, amends=planned.seq, information="Antrag gestellt."
        ),
    )
    entries = vault.laufzettel.entries(case_number)
    assert [(e.seq, e.status, e.amends) for e in entries] == [
        (1, EntryStatus.PLANNED, None),
        (2, EntryStatus.ATTENDED, 1),
    ]
    assert entries[0].information == planned.information  # the first words are untouched
    (view,) = appointments(entries)
    assert view.current.seq == attended.seq
    assert [e.status for e in view.history] == [EntryStatus.PLANNED, EntryStatus.ATTENDED]
    assert entries[1].recorded_by == "Anna Admin"


def test_an_appointment_in_the_spring_gap_is_refused_not_moved(
    vault: Vault, case_number: str
) -> None:
    gap = dt.datetime(2026, 3, 29, 2, 30, tzinfo=BERLIN)
    planned = entry(agency(vault, "Caritas"), EntryStatus.PLANNED, when=gap)
    with pytest.raises(CaseProblems) as refused:
        vault.laufzettel.append(case_number, planned)
    assert [(p.path, describe(p)) for p in refused.value.problems] == [
        (
            "entry.when",
            "Die Uhrzeit 29.03.2026 02:30 gibt es wegen der Umstellung auf Sommerzeit nicht.",
        )
    ]
    assert vault.cases.get(case_number).laufzettel == ()


def test_counselling_writes_as_its_own_agency_only(vault: Vault, case_number: str) -> None:
    caritas, drk = agency(vault, "Caritas"), agency(vault, "Deutsches Rotes Kreuz")
    counsellor = counsellor_of(vault, caritas.uuid, "carla")
    written = counsellor.laufzettel.append(case_number, entry(Agency(name="")))
    assert written.agency.uuid == caritas.uuid
    assert written.counsellor == "Beraterin carla"
    with pytest.raises(AccessDenied):
        counsellor.laufzettel.append(case_number, entry(drk))


def test_nobody_amends_another_agencys_words(vault: Vault, case_number: str) -> None:
    caritas, drk = agency(vault, "Caritas"), agency(vault, "Deutsches Rotes Kreuz")
    first = vault.laufzettel.append(case_number, entry(drk, EntryStatus.PLANNED))
    counsellor = counsellor_of(vault, caritas.uuid, "carla")
    with pytest.raises(AccessDenied):
        counsellor.laufzettel.append(
            case_number, dataclasses.replace(first, agency=caritas, amends=first.seq)
        )
    assert len(vault.laufzettel.entries(case_number)) == 1


@pytest.mark.parametrize(
    "statement",
    ["UPDATE laufzettel_entry SET seq = seq + 10", "DELETE FROM laufzettel_entry"],
)
def test_database_refuses_update_and_delete(vault: Vault, case_number: str, statement: str) -> None:
    vault.laufzettel.append(case_number, entry(agency(vault, "Caritas")))
    with pytest.raises(sqlalchemy.exc.DBAPIError, match="append-only"):  # noqa: SIM117
        with vault.store.write() as db:
            db.execute(text(statement))
    assert len(vault.laufzettel.entries(case_number)) == 1


def bypass_triggers(vault: Vault, statements: list[str]) -> None:
    """What an attacker with write access to the database file itself could do."""
    sqlite = vault.store.is_sqlite
    with vault.store.write() as db:
        if sqlite:
            db.execute(text("DROP TRIGGER laufzettel_entry_no_update"))
            db.execute(text("DROP TRIGGER laufzettel_entry_no_delete"))
        else:
            db.execute(text("ALTER TABLE laufzettel_entry DISABLE TRIGGER ALL"))
        for statement in statements:
            db.execute(text(statement))


TAMPERING = {
    "edited": [
        "UPDATE laufzettel_entry SET recorded_at = recorded_at WHERE seq = 2",
        "UPDATE laufzettel_entry SET payload = payload || payload WHERE seq = 2",
    ],
    "deleted": ["DELETE FROM laufzettel_entry WHERE seq = 2"],
    "reordered": [
        "UPDATE laufzettel_entry SET seq = 99 WHERE seq = 2",
        "UPDATE laufzettel_entry SET seq = 2 WHERE seq = 3",
        "UPDATE laufzettel_entry SET seq = 3 WHERE seq = 99",
    ],
    "truncated": ["DELETE FROM laufzettel_entry WHERE seq = 4"],
}


@pytest.mark.parametrize("kind", list(TAMPERING))
def test_verify_locates_tampered_entries(vault: Vault, case_number: str, kind: str) -> None:
    caritas = agency(vault, "Caritas")
    for day in range(1, 5):
        vault.laufzettel.append(
            case_number, entry(caritas, when=dt.datetime(2026, 3, day, 9, tzinfo=BERLIN))
        )
    untouched = vault.cases.create(household())
    vault.laufzettel.append(untouched.number, entry(caritas))
    assert vault.verify() == []
    bypass_triggers(vault, TAMPERING[kind])
    damages = vault.verify()
    assert damages, kind
    case_uuid = vault.cases.uuid_of(case_number)
    assert all(case_uuid in d.record for d in damages)
    if kind != "truncated":
        assert any("seq 2" in d.record or "Eintrag 2 " in describe(d) for d in damages), damages


def test_inserted_entry_is_found(vault: Vault, case_number: str) -> None:
    caritas = agency(vault, "Caritas")
    for _ in range(3):
        vault.laufzettel.append(case_number, entry(caritas))
    other = vault.cases.create(household())
    vault.laufzettel.append(other.number, entry(caritas))
    # Move another case's (authentic) entry into this chain at position 2.
    mine = f"case_uuid = '{vault.cases.uuid_of(case_number)}'"
    bypass_triggers(
        vault,
        [
            f"UPDATE laufzettel_entry SET seq = seq + 100 WHERE seq >= 2 AND {mine}",
            f"UPDATE laufzettel_entry SET seq = seq - 99 WHERE seq >= 100 AND {mine}",
            f"UPDATE laufzettel_entry SET {mine.replace(' = ', ' = ', 1)}, seq = 2 "
            f"WHERE case_uuid = '{other.uuid}'",
        ],
    )
    records = [d.record for d in vault.verify()]
    assert any("seq 2" in r for r in records)


def test_continuation_state_is_recorded(vault: Vault, case_number: str) -> None:
    assert vault.laufzettel.print_state(case_number) == (0, 0)
    vault.laufzettel.record_print(case_number, last_seq=12, sheets=2)
    vault.laufzettel.record_print(case_number, last_seq=15, sheets=1)
    assert vault.laufzettel.print_state(case_number) == (15, 3)


@pytest.mark.parametrize("micro", [0, 651150])
def test_fast_verification_reads_sqlite_times_as_written(micro: int) -> None:
    """verify reads SQLite's stored text directly; it must give the hash the same moment."""
    from neubeginn.model.cases.chain import utc_iso
    from neubeginn.model.cases.verify import _moment

    moment = dt.datetime(2026, 11, 25, 10, 6, 16, micro, tzinfo=dt.UTC)
    assert _moment(f"2026-11-25 10:06:16.{micro:06d}".encode()) == utc_iso(moment).encode()
    assert _moment(moment) == utc_iso(moment).encode()


def test_chain_hash_is_the_documented_framing() -> None:
    """Stored chains must keep verifying: the hash is SHA-256 over the length-prefixed parts
    (crypto.digest), whatever shortcut computes it."""
    from neubeginn.model.cases.chain import hash_of_entry
    from neubeginn.model.core.crypto import digest

    parts = (bytes(range(32)), "e-uuid", "c-uuid", 12, "2026-11-25T10:06:16+00:00", b"\x01" * 99)
    assert hash_of_entry(*parts) == digest("laufzettel", *parts)
    assert hash_of_entry(*parts) != hash_of_entry(bytes(32), *parts[1:])


def test_the_appended_entry_comes_back_with_its_status_as_the_enum(vault: Vault) -> None:
    """UI review D2: an entry just appended carried its status as a plain str, so marking
    or correcting it raised AttributeError ('str' object has no attribute 'value')."""
    agency = vault.agencies.add(Agency(name="Caritas (Test)"))
    case = vault.cases.create(household())
    written = vault.laufzettel.append(case.number, entry(agency, EntryStatus.PLANNED))
    assert type(written.status) is EntryStatus and written.status.value == "planned"
    assert all(type(topic) is Topic for topic in written.topics)
    saved = vault.cases.update(vault.cases.get(case.number))
    assert all(type(m.sex) is Sex for m in saved.members)

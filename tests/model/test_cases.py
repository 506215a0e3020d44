"""Cases: create, open, change, validate, consent, search, erase."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select, text

from neubeginn.model.cases.prepare import CaseProblems
from neubeginn.model.cases.tables import CaseRow, EntryRow, MemberRow
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.access import Role
from neubeginn.model.domain.values import Agency, Consent, PartialDate
from neubeginn.model.errors import AccessDenied, IntegrityError, InvalidInput, NotFound
from neubeginn.model.wording import describe
from tests.model.factories import entry, household, member

PASSWORD = "Konto-Passwort 1"


def sign_in(vault: Vault, role: Role, agency: str | None = None, name: str = "kollegin") -> Vault:
    vault.accounts.create(name, "Kollegin Beispiel", role, PASSWORD, agency)
    vault.lock()
    again = Vault(vault.store, kdf=FLOOR_KDF)
    again.unlock(name, PASSWORD)
    return again


def test_create_and_open_round_trip(vault: Vault, directory: dict[str, Agency]) -> None:
    caritas = directory["Caritasverband Herne e.V."]
    case = dataclasses.replace(household(), laufzettel=(entry(caritas),))
    created = vault.cases.create(case)
    assert created.number == f"NB-{dt.date.today().year}-00001"
    opened = vault.cases.get(created.number)
    assert [m.given_names for m in opened.members] == ["Muhammad", "Fatima", "Yusuf"]
    assert opened.members[2].birth_date == PartialDate(2015, 4)
    assert opened.members[0].native_name == "محمد الحسن"
    assert opened.laufzettel[0].agency.name == "Caritasverband Herne e.V."
    assert opened.laufzettel[0].seq == 1
    assert opened.consents == case.consents
    second = vault.cases.create(household())
    assert second.number.endswith("-00002")


def test_invalid_case_saves_nothing_and_lists_every_problem(vault: Vault) -> None:
    future = PartialDate(dt.date.today().year + 1)
    bad = household(
        member("", "Ohne Familienname"),
        member("Kaya", "Deniz", birth_date=future, relationship="child"),
    )
    with pytest.raises(CaseProblems) as caught:
        vault.cases.create(bad)
    paths = {problem.path for problem in caught.value.problems}
    assert any("members[0].family_name" in p for p in paths)
    assert any("members[1].birth_date" in p for p in paths)
    with vault.store.read() as db:
        assert db.scalar(text("SELECT count(*) FROM case_file")) == 0
        assert db.scalar(text("SELECT count(*) FROM member")) == 0
    assert vault.cases.search("Kaya") == []


def test_update_replaces_the_person_sheet_and_keeps_the_laufzettel(
    vault: Vault, directory: dict[str, Agency]
) -> None:
    caritas = directory["Caritasverband Herne e.V."]
    created = vault.cases.create(dataclasses.replace(household(), laufzettel=(entry(caritas),)))
    grown = dataclasses.replace(
        created,
        members=(*created.members, member("Al-Hassan", "Layla", relationship="child")),
        accommodation="Bahnhofstraße 5, 44623 Herne",
    )
    vault.cases.update(grown)
    opened = vault.cases.get(created.number)
    assert len(opened.members) == 4
    assert opened.accommodation == "Bahnhofstraße 5, 44623 Herne"
    assert len(opened.laufzettel) == 1
    assert vault.cases.search("Layla")[0].number == created.number


def test_search_by_spelling_variant_number_and_year(vault: Vault) -> None:
    created = vault.cases.create(household())
    vault.cases.create(household(member("Petrenko", "Olena", "Олена Петренко", nationality="UA")))
    for query in ["Mohammed", "mohamad al-hassan", "Jusuf", "محمد", created.number, "2015"]:
        found = [s.number for s in vault.cases.search(query)]
        assert found and found[0] == created.number, query
    assert [s.number for s in vault.cases.search("Олена")] != [created.number]


def test_counselling_sees_only_cases_shared_with_its_agency(
    vault: Vault, directory: dict[str, Agency]
) -> None:
    caritas, awo = directory["Caritasverband Herne e.V."], directory["AWO Ruhr-Mitte"]
    shared = vault.cases.create(
        household(consents=(Consent(dt.date(2026, 3, 2), True, True, (caritas.uuid,)),))
    )
    other = vault.cases.create(
        household(
            member("Rahimi", "Zahra", "زهرا رحیمی", nationality="AF"),
            consents=(Consent(dt.date(2026, 3, 2), True, True, (awo.uuid,)),),
        )
    )
    counsellor = sign_in(vault, Role.COUNSELLING, caritas.uuid)
    assert [s.number for s in counsellor.cases.summaries()] == [shared.number]
    assert counsellor.cases.search("Zahra") == []
    assert counsellor.cases.get(shared.number).number == shared.number
    with pytest.raises(AccessDenied):
        counsellor.cases.get(other.number)


def test_withdrawn_consent_ends_sharing(vault: Vault, directory: dict[str, Agency]) -> None:
    caritas = directory["Caritasverband Herne e.V."]
    withdrawn = Consent(
        dt.date(2026, 3, 2), True, True, (caritas.uuid,), withdrawn_on=dt.date(2026, 4, 1)
    )
    created = vault.cases.create(household(consents=(withdrawn,)))
    counsellor = sign_in(vault, Role.COUNSELLING, caritas.uuid)
    with pytest.raises(AccessDenied):
        counsellor.cases.get(created.number)


def test_print_role_reads_but_cannot_change(vault: Vault) -> None:
    created = vault.cases.create(household())
    printer = sign_in(vault, Role.PRINT)
    assert printer.cases.get(created.number).members
    with pytest.raises(AccessDenied):
        printer.cases.update(created)
    with pytest.raises(AccessDenied):
        printer.cases.create(household())


def test_erase_shreds_the_key_and_removes_every_row(
    vault: Vault, directory: dict[str, Agency]
) -> None:
    caritas = directory["Caritasverband Herne e.V."]
    created = vault.cases.create(dataclasses.replace(household(), laufzettel=(entry(caritas),)))
    kept = vault.cases.create(household(member("Kaya", "Deniz", nationality="TR")))
    with vault.store.read() as db:
        stolen = db.scalars(select(MemberRow).where(MemberRow.case_uuid == created.uuid)).first()
        assert stolen is not None
        db.expunge(stolen)
    vault.cases.erase(created.number)
    with pytest.raises(NotFound):
        vault.cases.get(created.number)
    with vault.store.read() as db:
        for table in (CaseRow, MemberRow, EntryRow):
            assert not db.scalars(select(table).where(table.uuid == created.uuid)).all()
    # A copy taken before the erasure cannot be read any more: its key is gone.
    vault.lock()
    again = Vault(vault.store, kdf=FLOOR_KDF)
    again.unlock("admin", "Admin-Passwort 1")
    with pytest.raises(IntegrityError):
        again.context.cipher.open(stolen, MemberRow.data)
    assert again.cases.get(kept.number).members[0].family_name == "Kaya"
    assert again.verify() == []


def test_damaged_case_is_named_and_others_stay_readable(vault: Vault) -> None:
    first = vault.cases.create(household())
    second = vault.cases.create(household(member("Kaya", "Deniz", nationality="TR")))
    with vault.store.write() as db:
        row = db.scalars(select(MemberRow).where(MemberRow.case_uuid == first.uuid)).first()
        assert row is not None
        raw = bytearray(row.data.raw)
        raw[-3] ^= 0x10
        db.execute(
            text("UPDATE member SET data = :d WHERE uuid = :u"), {"d": bytes(raw), "u": row.uuid}
        )
    with pytest.raises(IntegrityError) as caught:
        vault.cases.get(first.number)
    assert "member" in caught.value.record
    assert vault.cases.get(second.number).members[0].given_names == "Deniz"
    assert [d.record.split()[0] for d in vault.verify()] == ["member"]


def test_a_change_made_elsewhere_is_not_overwritten(
    vault: Vault, directory: dict[str, Agency]
) -> None:
    created = vault.cases.create(household())
    desk_a = vault.cases.get(created.number)
    desk_b = vault.cases.get(created.number)
    saved = vault.cases.update(dataclasses.replace(desk_a, accommodation="Bahnhofstraße 1"))
    assert saved.version == desk_a.version + 1
    with pytest.raises(InvalidInput) as caught:
        vault.cases.update(dataclasses.replace(desk_b, accommodation="Hauptstraße 9"))
    assert caught.value.field == "version"
    assert vault.cases.get(created.number).accommodation == "Bahnhofstraße 1"
    # A Laufzettel entry in between is no conflict for the person sheet.
    caritas = directory["Caritasverband Herne e.V."]
    fresh = vault.cases.get(created.number)
    vault.laufzettel.append(created.number, entry(caritas))
    vault.cases.update(dataclasses.replace(fresh, accommodation="Hauptstraße 9"))


def test_a_member_named_in_the_laufzettel_stays(vault: Vault, directory: dict[str, Agency]) -> None:
    created = vault.cases.create(household())
    caritas = directory["Caritasverband Herne e.V."]
    child = created.members[2]
    vault.laufzettel.append(created.number, entry(caritas, members=(child.uuid,)))
    current = vault.cases.get(created.number)
    with pytest.raises(InvalidInput) as caught:
        # The editor sends the person sheet without the Laufzettel, as the UI does.
        vault.cases.update(dataclasses.replace(current, members=current.members[:2], laufzettel=()))
    assert "Yusuf" in describe(caught.value)  # who cannot be removed, by name
    assert len(vault.cases.get(created.number).members) == 3


def test_new_numbers_step_over_a_given_number_of_the_same_year(vault: Vault) -> None:
    year = dt.date.today().year
    given = dataclasses.replace(household(), number=f"NB-{year}-00002")
    stored = vault.cases.import_cases([household(), given, household()])
    assert [case.number for case in stored] == [
        f"NB-{year}-00001",
        f"NB-{year}-00002",
        f"NB-{year}-00003",
    ]
    with pytest.raises(InvalidInput) as caught:
        vault.cases.import_cases([dataclasses.replace(household(), number=f"NB-{year}-00003")])
    assert f"Die Akte NB-{year}-00003 gibt es schon." in describe(caught.value)

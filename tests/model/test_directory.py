"""The agency directory: empty in a new vault, filled from the city's CSV, all rows or none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from neubeginn.demo import demo_agencies
from neubeginn.demo.vault import build_demo_vault
from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.access import Action, Role
from neubeginn.model.domain.values import Agency, Topic
from neubeginn.model.errors import AccessDenied
from neubeginn.model.exchange import ImportProblems, decode_csv
from neubeginn.model.wording import describe
from tests.conftest import ADMIN, ADMIN_PASSWORD

# As the city's spreadsheet saves it from German Excel: BOM, semicolons, a header in any
# case and order, a quoted cell with a line break, topics separated by commas or spaces.
CITY_CSV = (
    "\ufeffName;Short_Name;Phone;Address;Email;Opening_Hours;Topics\r\n"
    "Caritasverband Herne e.V.;Caritas;02323 9496-0;Hauptstraße 94, 44651 Herne;"
    'migration@caritas.test;"Mo–Do 9–12 Uhr\r\nDi 14–16 Uhr";beratung, asyl geld\r\n'
    ";;;;;;\r\n"
    "Stadt Herne, FB 41 Soziales;FB 41;02323 16-0;;;;wohnung\r\n"
)


def csv_problems(vault: Vault, text: str) -> list[tuple[str, str]]:
    with pytest.raises(ImportProblems) as caught:
        vault.agencies.import_csv(text)
    return [(problem.path, describe(problem)) for problem in caught.value.problems]


def test_a_new_vault_has_an_empty_directory(vault: Vault) -> None:
    assert vault.agencies.all() == []


def test_the_city_directory_is_imported(vault: Vault) -> None:
    done = vault.agencies.import_csv(decode_csv(CITY_CSV.encode("utf-8")))
    assert (done.added, done.updated, done.unchanged) == (2, 0, 0)
    caritas, fb41 = vault.agencies.all()
    assert caritas == Agency(
        name="Caritasverband Herne e.V.",
        short_name="Caritas",
        address="Hauptstraße 94, 44651 Herne",
        phone="02323 9496-0",
        email="migration@caritas.test",
        opening_hours="Mo–Do 9–12 Uhr\nDi 14–16 Uhr",
        topics=(Topic.BERATUNG, Topic.ASYL, Topic.GELD),  # the file's order: main topic first
        uuid=caritas.uuid,
    )
    assert (fb41.name, fb41.phone, fb41.topics) == (
        "Stadt Herne, FB 41 Soziales",
        "02323 16-0",
        (Topic.WOHNUNG,),
    )
    edits = [e for e in vault.audit.entries() if e.action == Action.DIRECTORY_EDIT]
    assert {e.target_uuid for e in edits} == {caritas.uuid, fb41.uuid}


def test_a_new_list_updates_agencies_by_name_and_keeps_the_others(vault: Vault) -> None:
    vault.agencies.import_csv(CITY_CSV)
    before = vault.agencies.by_name()
    kept = vault.agencies.add(Agency("Soforthilfe Herne", phone="02323 555-0300"))
    newer = CITY_CSV.replace("02323 9496-0", "02323 9496-100") + "Tertia;;;;;;spracherwerb\r\n"
    done = vault.agencies.import_csv(newer)
    assert (done.added, done.updated, done.unchanged) == (1, 1, 1)
    after = vault.agencies.by_name()
    caritas = after["Caritasverband Herne e.V."]
    assert caritas.uuid == before[caritas.name].uuid  # accounts and consents still point to it
    assert caritas.phone == "02323 9496-100"
    assert after["Soforthilfe Herne"] == kept  # not in the file: stays in the directory
    assert set(after) == {*before, "Soforthilfe Herne", "Tertia"}


def test_every_bad_row_is_named_and_nothing_is_stored(vault: Vault) -> None:
    text = (
        "name;short_name;email;topics;phone\n"
        ";Ohne Name;;;\n"
        "Caritas;Caritas;keine-adresse;;\n"
        "AWO;AWO;;beratung, Geld/Leistungen;\n"
        "caritas;;;;\n"
        f"DRK;{'D' * 41};;;\n"
        "Malteser;;;;0\t2323\n"
        "VHS;;;;;zu viel\n"
    )
    assert csv_problems(vault, text) == [
        ("row 2, column name", "Pflichtangabe fehlt."),
        ("row 3, column email", "Die E-Mail-Adresse ist ungültig."),
        (
            "row 4, column topics",
            "Unbekanntes Thema „Geld/Leistungen“. Erlaubt sind: asyl, geld, beratung, "
            "gesundheit, nahrung, mobilitaet, schule, spracherwerb, freizeit, wohnung, arbeit.",
        ),
        ("row 5, column name", "„caritas“ steht schon in Zeile 3."),
        ("row 6, column short_name", "Höchstens 40 Zeichen."),
        ("row 7, column phone", "Der Text enthält ein unzulässiges Steuerzeichen (U+0009)."),
        ("row 8", "Die Zeile hat mehr Zellen als die Kopfzeile."),
    ]
    assert vault.agencies.all() == []


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        ("", [("row 1", "Die Datei ist leer.")]),
        ("name;short_name\n", [("row 2", "Die Datei enthält keine Beratungsstellen.")]),
        (
            "short_name;telefon;short_name\nCaritas;1;2\n",
            [
                (
                    "row 1, column telefon",
                    "Unbekannte Spalte „telefon“. Erlaubt sind: name, short_name, address, "
                    "phone, email, opening_hours, topics.",
                ),
                ("row 1, column short_name", "Die Spalte ist doppelt vorhanden."),
                ("row 1, column name", "Die Spalte fehlt."),
            ],
        ),
    ],
)
def test_a_file_that_is_no_directory_is_refused_as_a_whole(
    vault: Vault, text: str, problems: list[tuple[str, str]]
) -> None:
    assert csv_problems(vault, text) == problems


def test_only_who_may_edit_the_directory_imports_it(vault: Vault) -> None:
    vault.accounts.create("schalter", "Sven Schalter", Role.DESK, "Schalter-Passwort 1")
    vault.lock()
    desk = Vault(vault.store, kdf=FLOOR_KDF)
    desk.unlock("schalter", "Schalter-Passwort 1")
    with pytest.raises(AccessDenied):
        desk.agencies.import_csv(CITY_CSV)
    desk.lock()
    desk.unlock(ADMIN, ADMIN_PASSWORD)
    assert desk.agencies.all() == []


def test_only_a_demo_vault_gets_the_demo_directory(tmp_path: Path, vault: Vault) -> None:
    assert vault.agencies.all() == []  # a real vault, made the way `neubeginn init` does
    url = sqlite_url(tmp_path / "demo.sqlite")
    with build_demo_vault(url, 0, kdf=FLOOR_KDF, today=dt.date(2026, 3, 1)) as demo:
        stored = [(a.name, a.phone) for a in demo.agencies.all()]
    assert sorted(stored) == sorted((a.name, a.phone) for a in demo_agencies())

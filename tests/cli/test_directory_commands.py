"""`neubeginn init` starts an empty directory; `neubeginn directory import` fills it from CSV."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from neubeginn.cli import EXIT_OK, EXIT_USAGE, main
from neubeginn.demo.agencies import DEMO_PHONE_PREFIX
from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import Vault
from neubeginn.model.domain.validation import BERLIN
from neubeginn.model.domain.values import EntryStatus, LaufzettelEntry
from tests.model.factories import household
from tests.print.helpers import flat, read_pdf

PASSWORD = "Admin-Passwort 1"
CITY_CSV = (
    "name;short_name;address;phone;topics\n"
    "Caritasverband Herne e.V.;Caritas;Hauptstraße 94, 44651 Herne;02323 9496-0;beratung asyl\n"
    "Soforthilfe Herne;Soforthilfe;Bebelstraße 18, 44623 Herne;02323 3434-0;gesundheit\n"
)


@pytest.fixture
def new_vault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """A vault made by `neubeginn init`; the options that sign in to it as its admin."""
    password = tmp_path / "admin.pw"
    password.write_text(PASSWORD + "\n", encoding="utf-8")
    vault = tmp_path / "vault.sqlite"
    init = ["init", "--vault", str(vault), "--admin", "anna", "--password-file", str(password)]
    assert main(init) == EXIT_OK
    said = capsys.readouterr().out
    assert "Verzeichnis der Beratungsstellen ist noch leer" in said
    assert "neubeginn directory import" in said
    return ["--vault", str(vault), "--user", "anna", "--password-file", str(password)]


def opened(options: list[str]) -> Vault:
    vault = Vault.open(sqlite_url(Path(options[1])))
    vault.unlock("anna", PASSWORD)
    return vault


def test_import_fills_the_directory_and_a_second_run_changes_nothing(
    new_vault: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with opened(new_vault) as vault:
        assert vault.agencies.all() == []
    city = tmp_path / "beratungsstellen.csv"
    city.write_bytes(CITY_CSV.encode("utf-8-sig"))
    assert main(["directory", "import", *new_vault, str(city)]) == EXIT_OK
    assert "2 neu, 0 geändert, 0 unverändert" in capsys.readouterr().out
    assert main(["directory", "import", *new_vault, str(city)]) == EXIT_OK
    assert "0 neu, 0 geändert, 2 unverändert" in capsys.readouterr().out
    with opened(new_vault) as vault:
        assert [a.phone for a in vault.agencies.all()] == ["02323 9496-0", "02323 3434-0"]


def test_a_bad_file_names_each_problem_and_imports_nothing(
    new_vault: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    city = tmp_path / "beratungsstellen.csv"
    city.write_text(CITY_CSV + ";ohne Name;;;\nVHS;;;;sprachkurs\n", encoding="utf-8")
    assert main(["directory", "import", *new_vault, str(city)]) == EXIT_USAGE
    said = capsys.readouterr().err.splitlines()
    assert said[:2] == [
        f"{city}: row 4, column name: Pflichtangabe fehlt.",
        f"{city}: row 5, column topics: Unbekanntes Thema „sprachkurs“. Erlaubt sind: asyl, "
        "geld, beratung, gesundheit, nahrung, mobilitaet, schule, spracherwerb, freizeit, "
        "wohnung, arbeit.",
    ]
    assert said[-1] == "neubeginn: 2 Probleme gefunden, nichts wurde importiert."
    city.write_bytes(CITY_CSV.replace("ß", "ss").replace("Caritas", "Caritäs").encode("cp1252"))
    assert main(["directory", "import", *new_vault, str(city)]) == EXIT_USAGE
    assert "nicht in UTF-8 gespeichert" in capsys.readouterr().err
    with opened(new_vault) as vault:
        assert vault.agencies.all() == []


def test_a_new_vaults_appointment_slips_print_no_made_up_number(
    new_vault: list[str], tmp_path: Path
) -> None:
    """Whatever the directory of a new real vault holds, its slips print it; the demo's
    made-up numbers must not be among them."""
    city = tmp_path / "beratungsstellen.csv"
    city.write_text(CITY_CSV, encoding="utf-8")
    assert main(["directory", "import", *new_vault, str(city)]) == EXIT_OK
    soon = dt.datetime.now(BERLIN).replace(hour=10, minute=0, second=0, microsecond=0)
    with opened(new_vault) as vault:
        agencies = vault.agencies.all()
        planned = tuple(
            LaufzettelEntry(soon + dt.timedelta(days=2 + i), EntryStatus.PLANNED, agency)
            for i, agency in enumerate(agencies)
        )
        number = vault.cases.create(dataclasses.replace(household(), laufzettel=planned)).number
    out = tmp_path / "termin.pdf"
    printing = ["print", *new_vault, "--case", number, "--lang", "en", "--doc", "termin"]
    assert main([*printing, "--out", str(out)]) == EXIT_OK
    text = flat(" ".join(page.text for page in read_pdf(out.read_bytes())))
    assert "02323 9496-0" in text and "02323 3434-0" in text
    assert DEMO_PHONE_PREFIX not in text
    assert text.count("Caritasverband Herne e.V.") == 1  # one slip per directory agency

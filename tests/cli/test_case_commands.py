"""import, export, search, demo and print from a vault, as scripts call them."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from neubeginn.cli import main
from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import Vault
from neubeginn.print.i18n import translate

ADMIN_PASSWORD = "demo-admin-2026"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("demo")
    vault = folder / "vault.sqlite"
    assert main(["demo", "--vault", str(vault), "--households", "40"]) == 0
    password = folder / "admin.pw"
    password.write_text(ADMIN_PASSWORD + "\n")
    return vault, password


def numbers(demo: tuple[Path, Path]) -> list[str]:
    with Vault.open(sqlite_url(demo[0])) as vault:
        vault.unlock("admin", ADMIN_PASSWORD)
        return sorted(summary.number for summary in vault.cases.summaries())


def admin(demo: tuple[Path, Path]) -> list[str]:
    return ["--vault", str(demo[0]), "--user", "admin", "--password-file", str(demo[1])]


def page_texts(pdf: Path) -> list[str]:
    document = pdfium.PdfDocument(pdf.read_bytes())
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def test_demo_vault_verifies_and_has_every_role(
    demo: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["verify", *admin(demo)]) == 0
    assert main(["user", "list", *admin(demo)]) == 0
    roles = {line.split("\t")[1] for line in capsys.readouterr().out.splitlines()[1:]}
    assert roles == {"admin", "desk", "counselling", "print"}


def test_search_prints_numbers_best_first(
    demo: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    some = numbers(demo)[7]
    capsys.readouterr()
    assert main(["search", *admin(demo), some]) == 0
    assert capsys.readouterr().out.splitlines()[0].split("\t")[0] == some
    with Vault.open(sqlite_url(demo[0])) as vault:
        vault.unlock("admin", ADMIN_PASSWORD)
        head = vault.cases.get(some).head
    assert head is not None
    assert main(["search", *admin(demo), f"{head.given_names} {head.family_name}"]) == 0
    found = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert some in found[:5]


def test_export_then_import_gives_the_same_household(
    demo: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = numbers(demo)[3]
    out = tmp_path / "export.json"
    assert main(["export", *admin(demo), "--case", number, "--out", str(out)]) == 0
    document = json.loads(out.read_text())
    assert document["format"] == "neubeginn-case/1"
    (exported,) = document["cases"]
    del exported["case_number"]  # imported as a new case with a new number
    out.write_text(json.dumps(document))
    capsys.readouterr()
    assert main(["import", *admin(demo), str(out)]) == 0
    new_number = capsys.readouterr().out.split()[0]
    assert new_number != number
    again = tmp_path / "again.json"
    main(["export", *admin(demo), "--case", new_number, "--out", str(again)])
    reimported = json.loads(again.read_text())["cases"][0]

    def without_uuids(members: list[dict[str, object]]) -> list[dict[str, object]]:
        return [{k: v for k, v in m.items() if k != "uuid"} for m in members]

    assert without_uuids(reimported["members"]) == without_uuids(exported["members"])
    assert len(reimported["laufzettel"]) == len(exported["laufzettel"])


def test_import_with_one_bad_case_imports_nothing(
    demo: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = {
        "folder_version": "unterkunft",
        "accommodation": "Bahnhofstraße 5, Herne",
        "print_languages": ["ar"],
        "members": [
            {
                "family_name": "Importiert",
                "given_names": "Karim",
                "birth_date": "1990",
                "sex": "male",
                "nationality": "SY",
                "relationship": "head",
                "languages": [{"code": "ar", "level": "native", "interpreter": True}],
                "german_level": "A1",
                "literacy": "latin",
            }
        ],
        "laufzettel": [],
    }
    bad = json.loads(json.dumps(good))
    bad["members"][0]["birth_date"] = "2999"
    bad["members"][0]["nationality"] = "QQ"
    path = tmp_path / "cases.json"
    path.write_text(json.dumps({"format": "neubeginn-case/1", "cases": [good, bad]}))
    capsys.readouterr()
    assert main(["import", *admin(demo), str(path)]) == 2
    err = capsys.readouterr().err
    assert "cases[1].members[0].birth_date" in err and "nationality" in err
    assert main(["search", *admin(demo), "Importiert"]) == 0
    assert capsys.readouterr().out == ""


def test_csv_import(
    demo: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "haushalte.csv"
    path.write_bytes(
        "\ufeffhousehold;folder_version;accommodation;print_languages;family_name;"
        "given_names;birth_date;sex;nationality;relationship;languages;german_level;literacy\n"
        "H1;jobcenter;Schäferstraße 3;uk;Kowalenko;Iryna;1985-04;female;UA;head;uk:native;A2;"
        "latin\n"
        "H1;;;;Kowalenko;Mykola;2012;male;UA;child;uk:native;B1;latin\n".encode()
    )
    capsys.readouterr()
    assert main(["import", *admin(demo), str(path)]) == 0
    assert main(["search", *admin(demo), "Kovalenko"]) == 0
    assert "Kowalenko, Iryna" in capsys.readouterr().out


def test_print_from_the_vault_is_audited_and_continues(
    demo: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = numbers(demo)[5]
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    common = ["print", *admin(demo), "--case", number, "--lang", "ar", "--doc", "laufzettel"]
    assert main([*common, "--out", str(first)]) == 0
    assert first.read_bytes().startswith(b"%PDF")
    assert main([*common, "--continuation", "--out", str(second)]) == 0
    assert second.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main(["audit", *admin(demo), "--case", number]) == 0
    actions = [line.split("\t")[2] for line in capsys.readouterr().out.splitlines()]
    assert actions.count("case.print") == 2


def test_print_without_lang_prints_each_case_in_its_own_languages_into_one_file(
    demo: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def household(family: str, languages: list[str]) -> dict[str, object]:
        head = {
            "family_name": family,
            "given_names": "Olena",
            "birth_date": "1990",
            "sex": "female",
            "nationality": "UA",
            "relationship": "head",
            "languages": [{"code": "uk", "level": "native", "interpreter": False}],
            "german_level": "A2",
            "literacy": "latin",
        }
        return {
            "folder_version": "jobcenter",
            "accommodation": "Schäferstraße 3, Herne",
            "print_languages": languages,
            "members": [head],
            "laufzettel": [],
        }

    source = tmp_path / "cases.json"
    cases = [household("Zweisprachig", ["uk", "en"]), household("Amharisch", ["am", "tr"])]
    source.write_text(json.dumps({"format": "neubeginn-case/1", "cases": cases}))
    capsys.readouterr()
    assert main(["import", *admin(demo), str(source)]) == 0
    first, second = capsys.readouterr().out.split()[:2]
    out = tmp_path / "both.pdf"
    common = ["print", *admin(demo), "--doc", "personenbogen"]

    assert main([*common, "--case", first, "--case", second, "--out", str(out)]) == 0

    output = capsys.readouterr()
    assert output.out.splitlines()[0] == f"{out}: {out.stat().st_size} Bytes"
    assert f"{second}: keine Drucktexte für am; gedruckt: tr" in output.err
    pages = page_texts(out)
    titles = [translate(lang, "Personenbogen") for lang in ("uk", "en", "tr")]
    found = [(first if first in text else second, [t in text for t in titles]) for text in pages]
    # Ukrainian copy, English copy of the first case, then the Turkish copy of the second.
    heads = [(number, flags.index(True)) for number, flags in found]
    assert [key for key, _ in itertools.groupby(heads)] == [(first, 0), (first, 1), (second, 2)]
    assert main(["audit", *admin(demo), "--case", second]) == 0
    assert [line.split("\t")[2] for line in capsys.readouterr().out.splitlines()].count(
        "case.print"
    ) == 1

    assert main([*common, "--case", first, "--lang", "en", "--out", str(out)]) == 0
    english = page_texts(out)
    assert all(titles[1] in text and titles[0] not in text for text in english)

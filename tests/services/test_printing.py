"""The print use case on a real vault, as the CLI and the desktop client run it: languages by
the one rule, continuation sheets, batches in one PDF, every print recorded once it is made."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import threading

import pytest

from neubeginn.model import Agency, Topic, Vault
from neubeginn.print import Doc, UnknownLanguage
from neubeginn.print.i18n import translate
from neubeginn.print.inserts import laufzettel, personenbogen
from neubeginn.services.printing import (
    PrintChoice,
    languages_for,
    record_prints,
    render_case,
    render_cases,
    render_sample,
)
from tests.model.factories import BERLIN, entry, household, member
from tests.print.helpers import flat, read_pdf

TODAY = dt.date.today()
CANDIDATES = ("ar", "uk", "en", "tr")  # distinct titles, whole in pdfium's text layer
TITLES = (personenbogen.SECTION_TITLE, laufzettel.SECTION_TITLE)
PERSONENBOGEN = PrintChoice((Doc.PERSONENBOGEN,))


def copies(pdf: bytes) -> list[str]:
    """The language next to German of each copy in the PDF, in order ("de": German only),
    read from the translated section title in every page's header."""
    found = []
    for page in read_pdf(pdf):
        lines = set(page.text.split("\r\n"))
        here = [lang for lang in CANDIDATES for title in TITLES if translate(lang, title) in lines]
        found.append(here[0] if here else "de")
    return [lang for lang, _ in itertools.groupby(found)]


def new_case(vault: Vault, languages: tuple[str, ...] = ("ar",), family: str = "Al-Hassan") -> str:
    case = household(member(family, "Amal", "أمل"))
    return vault.cases.create(dataclasses.replace(case, print_languages=languages)).number


def add_entry(vault: Vault, number: str, information: str, days_ago: int) -> None:
    # An agency of our own: the test does not lean on what a new vault's directory holds.
    agencies = vault.agencies.by_name()
    agency = agencies.get("Beratung Süd") or vault.agencies.add(
        Agency("Beratung Süd", short_name="BS", topics=(Topic.GELD,))
    )
    when = dt.datetime.now(BERLIN).replace(microsecond=0) - dt.timedelta(days=days_ago)
    vault.laufzettel.append(number, entry(agency, when=when, information=information))


def prints(vault: Vault, number: str) -> int:
    uuid = vault.cases.uuid_of(number)
    return len(vault.audit.entries(case_uuid=uuid, action="case.print"))


# -- languages -------------------------------------------------------------------------------


def test_without_a_choice_a_case_is_printed_in_its_own_languages(vault: Vault) -> None:
    number = new_case(vault, ("ar", "uk"))

    printed = render_case(vault, vault.cases.get(number), PERSONENBOGEN, today=TODAY)

    assert printed.languages == ("ar", "uk")
    assert copies(printed.pdf) == ["ar", "uk"]  # one German-Arabic copy, then German-Ukrainian


def test_a_chosen_language_is_printed_instead_and_none_is_german_only(vault: Vault) -> None:
    case = vault.cases.get(new_case(vault, ("ar", "uk")))

    english = render_case(
        vault, case, dataclasses.replace(PERSONENBOGEN, languages=("en",)), today=TODAY
    )
    german = render_case(vault, case, dataclasses.replace(PERSONENBOGEN, languages=()), today=TODAY)

    assert (english.languages, copies(english.pdf)) == (("en",), ["en"])
    assert (german.languages, copies(german.pdf)) == (("de",), ["de"])
    assert "أمل" in flat(read_pdf(german.pdf)[0].text)  # the name in her script stays


def test_own_languages_without_print_texts_are_left_out_and_named() -> None:
    case = household()
    assert languages_for(dataclasses.replace(case, print_languages=("am", "ar")), None) == ("ar",)
    assert languages_for(dataclasses.replace(case, print_languages=("am",)), None) == ("de",)
    assert languages_for(dataclasses.replace(case, print_languages=("de", "ar")), None) == ("ar",)
    assert languages_for(dataclasses.replace(case, print_languages=("fa_AF",)), None) == ("fa-AF",)
    assert languages_for(case, ("uk", "uk")) == ("uk",)
    with pytest.raises(UnknownLanguage):
        render_sample(dataclasses.replace(PERSONENBOGEN, languages=("am",)), today=TODAY)


def test_a_case_in_a_language_without_texts_prints_the_others_and_says_so(vault: Vault) -> None:
    number = new_case(vault, ("am", "uk"))  # Amharic: CLDR knows it, the folder does not

    printed = render_case(vault, vault.cases.get(number), PERSONENBOGEN, today=TODAY)

    assert (printed.languages, printed.unprintable) == (("uk",), ("am",))
    assert copies(printed.pdf) == ["uk"]


# -- continuation sheets ---------------------------------------------------------------------


def test_continuation_prints_only_entries_not_printed_and_records_them(vault: Vault) -> None:
    number = new_case(vault, ("uk",))  # left to right: pdfium keeps the footer's word order
    add_entry(vault, number, "Kindergeldantrag besprochen.", days_ago=3)
    add_entry(vault, number, "Schulanmeldung erledigt.", days_ago=2)
    whole = PrintChoice((Doc.LAUFZETTEL,))
    first = render_case(vault, vault.cases.get(number), whole, today=TODAY)
    assert vault.laufzettel.print_state(number) == (0, 0)  # rendering is not printing
    record_prints(vault, [first])
    assert first.laufzettel_sheets is not None
    assert vault.laufzettel.print_state(number) == (2, first.laufzettel_sheets)

    add_entry(vault, number, "Wohnungssuche begonnen.", days_ago=1)
    # Asking for a continuation prints the Laufzettel, whatever else is chosen.
    choice = PrintChoice((Doc.TERMIN,), continuation=True)
    assert choice.inserts() == (Doc.TERMIN, Doc.LAUFZETTEL)
    sequel = render_case(vault, vault.cases.get(number), choice, today=TODAY)

    text = flat(" ".join(page.text for page in read_pdf(sequel.pdf)))
    assert "Wohnungssuche" in text
    assert "Kindergeldantrag" not in text and "Schulanmeldung" not in text
    assert "Fortsetzung: Einträge ab Nr. 3" in text
    sheet = first.laufzettel_sheets + 1  # numbered on from the filed sheets
    assert f"Seite {sheet} von {sheet}" in text
    record_prints(vault, [sequel])
    assert vault.laufzettel.print_state(number) == (3, sheet)
    assert prints(vault, number) == 2


def test_continuation_sheets_count_one_copy_when_printed_in_two_languages(vault: Vault) -> None:
    number = new_case(vault, ("ar", "uk"))
    add_entry(vault, number, "Kindergeldantrag besprochen.", days_ago=1)

    printed = render_case(
        vault, vault.cases.get(number), PrintChoice((Doc.LAUFZETTEL,)), today=TODAY
    )
    record_prints(vault, [printed])

    assert copies(printed.pdf) == ["ar", "uk"]
    assert printed.laufzettel_sheets == len(read_pdf(printed.pdf)) // 2
    assert vault.laufzettel.print_state(number) == (1, printed.laufzettel_sheets)


# -- batches and recording ---------------------------------------------------------------------


def test_a_batch_is_one_pdf_each_case_in_its_own_languages(vault: Vault) -> None:
    numbers = [
        new_case(vault, ("ar",), "Haddad"),
        new_case(vault, ("uk", "en"), "Kovalenko"),
        new_case(vault, (), "Yilmaz"),
    ]
    progress: list[tuple[int, int]] = []

    batch = render_cases(
        vault, numbers, PERSONENBOGEN, today=TODAY, progress=lambda *a: progress.append(a)
    )

    assert batch.pdf is not None
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert [case.languages for case in batch.cases] == [("ar",), ("uk", "en"), ("de",)]
    assert all(case.pdf == b"" for case in batch.cases)  # their pages live in the batch only
    assert copies(batch.pdf) == ["ar", "uk", "en", "de"]
    pages = read_pdf(batch.pdf)
    alone = [
        read_pdf(render_case(vault, vault.cases.get(n), PERSONENBOGEN, today=TODAY).pdf)
        for n in numbers
    ]
    assert len(pages) == sum(len(part) for part in alone)
    owners = [next(n for n in numbers if n in page.text) for page in pages]
    assert owners == [n for n, part in zip(numbers, alone, strict=True) for _ in part]
    assert [prints(vault, n) for n in numbers] == [0, 0, 0]  # nothing recorded yet

    record_prints(vault, batch.cases)

    assert [prints(vault, n) for n in numbers] == [1, 1, 1]
    assert [vault.laufzettel.print_state(n) for n in numbers] == [(0, 0)] * 3  # no Laufzettel


def test_a_cancelled_batch_has_no_pdf_and_names_what_was_rendered(vault: Vault) -> None:
    numbers = [new_case(vault, family=f"Stapel{index}") for index in range(3)]
    cancelled = threading.Event()

    batch = render_cases(
        vault,
        numbers,
        PERSONENBOGEN,
        today=TODAY,
        cancelled=cancelled,
        progress=lambda done, total: cancelled.set(),
    )

    assert batch.pdf is None
    assert [case.number for case in batch.cases] == numbers[:1]


def test_the_sample_follows_the_same_language_rule() -> None:
    sample = render_sample(PERSONENBOGEN, today=TODAY)

    assert sample.languages == ("ar", "fa-AF")  # the sample household's own
    alone = [
        render_sample(dataclasses.replace(PERSONENBOGEN, languages=(lang,)), today=TODAY).pdf
        for lang in sample.languages
    ]
    assert [page.text for page in read_pdf(sample.pdf)] == [
        page.text for pdf in alone for page in read_pdf(pdf)
    ]

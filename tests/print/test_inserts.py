"""What a reader of the printed inserts sees: labels in both languages, page numbers, dates."""

from __future__ import annotations

import re

import pytest

from neubeginn.print import Doc, i18n
from neubeginn.print.i18n import translate
from neubeginn.print.inserts import einwilligung, laufzettel, personenbogen, register, termin
from neubeginn.print.sample import sample_case
from tests.print.helpers import TODAY, flat, print_sample, read_pdf, with_laufzettel

ALL = list(Doc)
# pdfium's text extraction reorders RTL runs mixed with digits or Latin unreliably, so the
# text-layer checks use the Latin- and Cyrillic-script languages; RTL pages are checked by
# geometry (test_layout.py) and by their titles, which stand alone on a line.
LTR_TARGETS = ["en", "ru", "ku"]  # every catalog string is checked in test_catalogs.py
LABELS = [
    personenbogen.SECTION_TITLE,
    "Geburtsdatum",
    "Staatsangehörigkeit",
    "Aufenthaltsstatus",
    laufzettel.SECTION_TITLE,
    "Informationen und Absprachen",
    "Nächster Termin",
    termin.SECTION_TITLE,
    "Wann",
    einwilligung.SECTION_TITLE,
    "Ihre Rechte",
    "Unterschrift",
    "Gesundheit",
    "Schule und Kindergarten",
]


@pytest.mark.parametrize("lang", LTR_TARGETS)
def test_every_insert_shows_its_labels_in_german_and_the_target_language(lang: str) -> None:
    text = flat(" ".join(page.text for page in read_pdf(print_sample(ALL, lang))))
    for msgid in LABELS:
        assert msgid in text
        assert translate(lang, msgid) in text, (lang, msgid)


@pytest.mark.parametrize("lang", ["ar", "fa", "ps", "ckb", "fa-AF"])
def test_rtl_titles_are_in_the_text_layer(lang: str) -> None:
    pages = read_pdf(print_sample([Doc.PERSONENBOGEN, Doc.EINWILLIGUNG], lang))
    # pdfium splits words at ZWNJ and may swap them, so look for each word of the title
    everything = " ".join(page.text for page in pages)
    for page_text, msgid in (
        (pages[0].text, personenbogen.SECTION_TITLE),
        (everything, einwilligung.SECTION_TITLE),
    ):
        for word in re.split(r"[\s\u200c]+", translate(lang, msgid)):
            assert word in page_text, (lang, word)


def test_footer_counts_pages_per_insert_in_both_languages() -> None:
    pages = read_pdf(print_sample([Doc.PERSONENBOGEN, Doc.REGISTER], "ru"))
    register_pages = [p for p in pages if "Seite" in p.text and "Register" in p.text]
    assert len(register_pages) == len(list(register.Topic))
    assert "Seite 1 von 11" in register_pages[0].text
    assert "Страница 11 из 11" in register_pages[-1].text
    assert "gedruckt am 09.03.2026" in pages[0].text


def test_personenbogen_prints_partial_birth_dates_as_known_and_cldr_names() -> None:
    text = flat(" ".join(p.text for p in read_pdf(print_sample([Doc.PERSONENBOGEN], "en"))))
    assert "12.03.1984" in text and "12/03/1984" in text  # exact date, day first in both
    assert "05.1990" in text and "05/1990" in text  # month and year only
    assert re.search(r"\b2020\b", text) and "01.01.2020" not in text  # year only, none invented
    assert "Syrien" in text and "Syria" in text
    assert "Dari" in text and "Muttersprache" in text and "Mother tongue" in text
    assert "valid until 30/06/2027" in text


def test_register_has_one_divider_per_topic_in_folder_order() -> None:
    pages = read_pdf(print_sample([Doc.REGISTER], "uk"))
    assert len(pages) == 11
    for page, msgid in zip(pages, register.vocab.TOPICS.values(), strict=True):
        assert msgid in page.text and translate("uk", msgid) in page.text


def test_terminzettel_writes_the_weekday_out_in_both_languages() -> None:
    text = flat(" ".join(p.text for p in read_pdf(print_sample([Doc.TERMIN], "ru"))))
    # the sample's next appointment lies five days after TODAY, a Saturday
    assert "Samstag, 14. März 2026 um 10:00 Uhr" in text
    assert "суббота, 14 марта 2026" in text
    assert "Soforthilfe Herne" in text and "02323 500000" in text


def test_terminzettel_without_coming_appointment_is_a_blank_slip() -> None:
    pdf = print_sample([Doc.TERMIN], "fr", case=with_laufzettel(sample_case(TODAY), 0))
    blank = read_pdf(pdf)[0].text
    assert "Wann" in blank and "Quand" in blank and "Soforthilfe" not in blank


def test_consent_form_names_the_agencies_the_person_agreed_to() -> None:
    text = flat(read_pdf(print_sample([Doc.EINWILLIGUNG], "en"))[0].text)
    assert "Caritasverband Herne e.V." in text and "Soforthilfe Herne" in text
    assert "Integration Point" not in text  # in the directory, but not consented to
    assert "You can ask us to delete your data." in text


def test_german_alone_prints_each_text_once() -> None:
    text = " ".join(page.text for page in read_pdf(print_sample([Doc.PERSONENBOGEN], "de")))
    assert text.count("Geburtsdatum") == 5  # once per member of the sample household


def test_unknown_language_is_refused() -> None:
    with pytest.raises(i18n.UnknownLanguage):
        print_sample([Doc.PERSONENBOGEN], "xx")

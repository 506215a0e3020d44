"""The print vocabulary is the model's: every code it allows has a label in every catalog;
counts take their language's plural form."""

from __future__ import annotations

import dataclasses

import pytest
from babel.messages.pofile import read_po

from neubeginn.model.domain.validation import RELATIONSHIP_LABELS, RELATIONSHIPS
from neubeginn.print import Doc, i18n, vocab
from neubeginn.print.inserts.personenbogen import SCHOOL_YEARS
from neubeginn.print.sample import sample_case
from tests.print.helpers import TODAY, flat, print_sample, read_pdf


def test_every_relationship_code_of_the_model_has_the_uis_german_label() -> None:
    assert list(vocab.RELATIONSHIPS) == list(RELATIONSHIPS)
    assert vocab.RELATIONSHIPS == RELATIONSHIP_LABELS  # the German the clerk chose in the UI


@pytest.mark.parametrize("lang", i18n.TARGET_LANGUAGES)
@pytest.mark.parametrize("code", RELATIONSHIPS)
def test_every_relationship_code_is_translated_in_every_catalog(code: str, lang: str) -> None:
    msgid = vocab.RELATIONSHIPS[code]
    assert i18n.translate(lang, msgid) != code
    with (i18n.CATALOG_DIR / f"{lang}.po").open("rb") as po:
        entry = read_po(po).get(msgid)
    assert entry is not None and entry.string, (lang, code)


@pytest.mark.parametrize("code", ["stepchild", "other_relative"])
def test_relationship_prints_as_words_in_both_columns_never_as_the_code(code: str) -> None:
    case = sample_case(TODAY)
    member = dataclasses.replace(case.members[1], relationship=code)
    case = dataclasses.replace(case, members=(case.members[0], member, *case.members[2:]))
    text = flat(" ".join(p.text for p in read_pdf(print_sample([Doc.PERSONENBOGEN], "en", case))))
    assert code not in text
    assert RELATIONSHIP_LABELS[code] in text
    assert i18n.translate("en", RELATIONSHIP_LABELS[code]) in text


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("de", 1, "1 Jahr"),
        ("de", 12, "12 Jahre"),
        ("en", 1, "1 year"),
        ("fr", 1, "1 an"),
        ("ru", 1, "1 год"),
        ("ru", 4, "4 года"),
        ("ru", 12, "12 лет"),
        ("ru", 21, "21 год"),
        ("uk", 4, "4 роки"),
        ("uk", 11, "11 років"),
        ("ro", 20, "20 de ani"),
        ("ro", 3, "3 ani"),
        ("ar", 1, "سنة واحدة"),
        ("ar", 2, "سنتان"),
        ("ar", 4, "4 سنوات"),
        ("ar", 12, "12 سنة"),
        ("bg", 1, "1 година"),
    ],
)
def test_school_years_take_the_plural_form_of_the_count(lang: str, n: int, expected: str) -> None:
    assert i18n.translate_count(lang, SCHOOL_YEARS, n, years=str(n)) == expected


@pytest.mark.parametrize("lang", i18n.TARGET_LANGUAGES)
def test_every_plural_entry_has_as_many_forms_as_its_language_has(lang: str) -> None:
    with (i18n.CATALOG_DIR / f"{lang}.po").open("rb") as po:
        catalog = read_po(po)
    plural = [m for m in catalog if m.id and not isinstance(m.id, str)]
    assert plural
    for message in plural:
        assert isinstance(message.string, tuple)
        assert len(message.string) == catalog.num_plurals, (lang, message.id)


def test_the_personenbogen_prints_one_year_in_the_singular() -> None:
    case = sample_case(TODAY)
    member = dataclasses.replace(case.members[0], schooling_years=1)
    case = dataclasses.replace(case, members=(member, *case.members[1:]))
    text = flat(" ".join(p.text for p in read_pdf(print_sample([Doc.PERSONENBOGEN], "ru", case))))
    assert "1 Jahr " in text and "1 Jahre" not in text
    assert "1 год" in text

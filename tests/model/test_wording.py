"""The message catalogs: every code worded in German and English, alike in their placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from neubeginn.model.codes import Code
from neubeginn.model.core.context import Damage
from neubeginn.model.domain.validation import Problem
from neubeginn.model.errors import InvalidInput, NotFound
from neubeginn.model.exchange import ImportProblems
from neubeginn.model.wording import CATALOG_DIR, LANGUAGES, catalog_keys, describe, text

PLACEHOLDER = re.compile(r"%\((\w+)\)s")
PACKAGE = Path(__file__).resolve().parents[2] / "neubeginn"


def read(language: str) -> Catalog:
    with (CATALOG_DIR / f"{language}.po").open("rb") as po:
        return read_po(po, locale=language)


def forms(message: Message) -> list[str]:
    return list(message.string) if message.pluralizable else [message.string]


def placeholders(message: Message) -> set[str]:
    return {name for form in forms(message) for name in PLACEHOLDER.findall(form)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_has_words_in_each_language(language: str) -> None:
    catalog = read(language)
    worded = {
        str(message.id if isinstance(message.id, str) else message.id[0])
        for message in catalog
        if message.id and not message.fuzzy and all(form.strip() for form in forms(message))
    }
    assert [key for key in catalog_keys() if key not in worded] == []
    assert sorted(worded - set(catalog_keys())) == [], "words for codes that no longer exist"


def test_german_and_english_fill_in_the_same_values() -> None:
    german, english = read("de"), read("en")
    for key in catalog_keys():
        source, target = german[key], english[key]
        assert source is not None and target is not None, key
        assert placeholders(source) == placeholders(target), key
        # The plural form is chosen by the count, so exactly the messages naming one have it.
        assert source.pluralizable == target.pluralizable == ("count" in placeholders(source))


def test_every_code_is_used_by_the_model() -> None:
    sources = "".join(path.read_text("utf-8") for path in (PACKAGE / "model").rglob("*.py"))
    unused = [code.name for code in Code if f"Code.{code.name}" not in sources]
    assert unused == [], "dead codes: delete them and their words"


def test_plural_forms_follow_the_count() -> None:
    assert (
        text(Code.IMPORT_REFUSED, "de", count=1) == "1 Problem gefunden, nichts wurde importiert."
    )
    assert text(Code.IMPORT_REFUSED, "en", count=3) == "3 problems found, nothing was imported."
    assert text(Code.AT_MOST_CHARACTERS, "en", count=1) == "At most 1 character."
    assert text(Code.AT_MOST_CHARACTERS, "en", count=40) == "At most 40 characters."


def test_errors_problems_and_damage_in_both_languages() -> None:
    problem = Problem("m.birth_date", Code.BIRTH_DATE_IN_FUTURE)
    assert describe(problem) == "Das Geburtsdatum liegt in der Zukunft."
    assert describe(problem, "en") == "The date of birth is in the future."
    missing = NotFound(Code.NO_SUCH_CASE, number="NB-2026-00007")
    assert describe(missing, "en") == "No case NB-2026-00007."
    short = InvalidInput("password", Code.PASSWORD_TOO_SHORT, count=10)
    assert describe(short, "en") == (
        "Invalid input (password): The password must be at least 10 characters long."
    )
    refused = ImportProblems([problem, Problem("m.sex", Code.VALUE_MISSING)])
    assert describe(refused, "en").splitlines() == [
        "2 problems found, nothing was imported.",
        "• m.birth_date: The date of birth is in the future.",
        "• m.sex: This value is required.",
    ]
    damage = Damage("laufzettel of case c-1", Code.ENTRIES_ALL_MISSING, {"count": 4})
    assert describe(damage) == "laufzettel of case c-1: alle 4 Einträge fehlen"


def test_errors_say_their_code_only() -> None:
    """An error's str() reaches tracebacks and the log: no value a person typed is in it."""
    error = InvalidInput("members[2]", Code.MEMBER_IN_LAUFZETTEL, name="Yusuf Al-Hassan")
    assert str(error) == "member_in_laufzettel"
    assert "Yusuf" in describe(error)

"""Print texts per language: gettext catalogs in neubeginn/resources/print, CLDR data from Babel."""

from __future__ import annotations

import datetime as dt
import functools

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, format_time
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from neubeginn.model.domain.values import PartialDate
from neubeginn.print.text import Direction
from neubeginn.resources import data_path

#: Target languages of the inserts, as CLDR names them; German is the source language.
LANGUAGES: tuple[str, ...] = (
    "de",
    "ar",
    "fa",
    "en",
    "fr",
    "ru",
    "uk",
    "tr",
    "ro",
    "bg",
    "ps",
    "fa-AF",
    "ckb",
    "ku",
)
TARGET_LANGUAGES: tuple[str, ...] = LANGUAGES[1:]
SOURCE_LANGUAGE = "de"

CATALOG_DIR = data_path("print")


class UnknownLanguage(ValueError):
    """A print language outside LANGUAGES."""


def N_(msgid: str) -> str:
    """Mark a German source text for the catalogs (pybabel extract -k N_)."""
    return msgid


def check_language(lang: str) -> str:
    """Return lang if the inserts can be printed in it, else raise UnknownLanguage."""
    if lang not in LANGUAGES:
        raise UnknownLanguage(f"no print texts for language {lang!r}; known: {LANGUAGES}")
    return lang


@functools.cache
def locale_of(lang: str) -> Locale:
    """The Babel locale of a print language ("fa-AF" becomes fa_AF)."""
    return Locale.parse(lang, sep="-")


def direction_of(lang: str) -> Direction:
    """Writing direction of a language from CLDR's character order, never guessed from text."""
    try:
        order = locale_of(lang).character_order
    except (UnknownLocaleError, ValueError):
        return Direction.LTR
    return Direction.RTL if order == "right-to-left" else Direction.LTR


@functools.cache
def catalog(lang: str) -> Catalog | None:
    """The catalog of a target language, read at run time from its .po file (no .mo step)."""
    if check_language(lang) == SOURCE_LANGUAGE:
        return None
    with (CATALOG_DIR / f"{lang}.po").open("rb") as po:
        return read_po(po, locale=lang.replace("-", "_"))


def translate(lang: str, msgid: str, **values: str) -> str:
    """The text of msgid in lang, with %(name)s placeholders filled in.

    A missing or fuzzy translation falls back to German: the tests make sure none is missing.
    """
    text = msgid
    cat = catalog(lang)
    if cat is not None:
        message = cat.get(msgid)
        if message is not None and message.string and not message.fuzzy:
            text = str(message.string)
    return text % values if values else text


def language_name(code: str, lang: str) -> str:
    """Name of language `code` in print language `lang`, from CLDR.

    CLDR lacks a few pairs (ckb has no name for fa_AF): then the name is composed from the
    base language and region ("فارسی (ئەفغانستان)"), and the bare code is the last resort.
    """
    locale = locale_of(lang)
    key = code.replace("-", "_")
    name = locale.languages.get(key)
    if name:
        return str(name)
    try:
        composed = Locale.parse(key).get_display_name(locale)
    except (UnknownLocaleError, ValueError):
        composed = None
    return str(composed) if composed else code


def country_name(code: str, lang: str) -> str:
    """Name of country `code` (ISO 3166 alpha-2) in `lang`, from CLDR; the code if unknown."""
    return str(locale_of(lang).territories.get(code.upper(), code))


#: Numeric date patterns (day, month and year) chosen for an office's paper, where CLDR's
#: skeletons are not stable enough: Babel 2.19 (CLDR 47) writes the German month and year
#: "05/1990", which no German form uses. Languages not named here follow CLDR.
NUMERIC_PATTERNS: dict[str, tuple[str, str]] = {
    "de": ("dd.MM.yyyy", "MM.yyyy"),
}


def format_day(day: dt.date, lang: str) -> str:
    """A date written as digits in the language's own order, four-digit year ("07.05.1990")."""
    if lang in NUMERIC_PATTERNS:
        return format_date(day, NUMERIC_PATTERNS[lang][0], locale=locale_of(lang))
    return format_skeleton("yMMdd", day, locale=locale_of(lang))


def format_long_day(day: dt.date, lang: str) -> str:
    """Weekday and date written out ("Montag, 9. März 2026")."""
    return format_date(day, "full", locale=locale_of(lang))


def format_clock(moment: dt.datetime | dt.time, lang: str) -> str:
    """Time of day in the language's usual form ("09:30", "9:30 AM")."""
    return format_time(moment, "short", locale=locale_of(lang))


def format_partial(date: PartialDate, lang: str) -> str:
    """A partial date printed as far as it is known: "1990", "05.1990" or "07.05.1990"."""
    if date.month is None:
        return format_skeleton("y", dt.date(date.year, 1, 1), locale=locale_of(lang))
    if date.day is None:
        first = dt.date(date.year, date.month, 1)
        if lang in NUMERIC_PATTERNS:
            return format_date(first, NUMERIC_PATTERNS[lang][1], locale=locale_of(lang))
        return format_skeleton("yMM", first, locale=locale_of(lang))
    return format_day(dt.date(date.year, date.month, date.day), lang)

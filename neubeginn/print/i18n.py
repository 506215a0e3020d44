"""Print texts per language: gettext catalogs in neubeginn/resources/print, CLDR data from Babel."""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import io

import jdatetime
from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, format_time
from babel.messages.mofile import write_mo
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
    "ti",
)
TARGET_LANGUAGES: tuple[str, ...] = LANGUAGES[1:]
SOURCE_LANGUAGE = "de"

CATALOG_DIR = data_path("print")


class UnknownLanguage(ValueError):
    """A print language outside LANGUAGES."""


def N_(msgid: str) -> str:
    """Mark a German source text for the catalogs (pybabel extract -k N_)."""
    return msgid


def NP_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a German text with a count for the catalogs (pybabel extract -k NP_:1,2)."""
    return singular, plural


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
def catalog(lang: str) -> gettext.NullTranslations:
    """The texts of a language, read at run time from its .po file (no .mo file is shipped:
    Babel compiles it in memory, leaving fuzzy entries out). German is the msgids themselves,
    with German's plural rule."""
    if check_language(lang) == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    with (CATALOG_DIR / f"{lang}.po").open("rb") as po:
        compiled = io.BytesIO()
        write_mo(compiled, read_po(po, locale=lang.replace("-", "_")))
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def translate(lang: str, msgid: str, **values: str) -> str:
    """The text of msgid in lang, with %(name)s placeholders filled in.

    A missing or fuzzy translation falls back to German: the tests make sure none is missing.
    """
    text = catalog(lang).gettext(msgid)
    return text % values if values else text


def translate_count(lang: str, msgids: tuple[str, str], n: int, **values: str) -> str:
    """The form of a counted text that n takes in lang, by its catalog's Plural-Forms:
    "1 Jahr", "4 года", "12 سنة". A form may leave the number out ("سنتان", two years)."""
    return catalog(lang).ngettext(msgids[0], msgids[1], n) % values


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


#: The CLDR locale whose date and time formats a language prints with, where its own does not
#: suit a German office's paper: en is CLDR's US English, month first ("9/1/2015" for
#: 1 September, read as 9 January by most newcomers); British English puts the day first.
DATE_LOCALES: dict[str, str] = {"en": "en-GB"}

#: Numeric date patterns (day, month and year) chosen for an office's paper, where CLDR's
#: skeletons are not stable enough or not unambiguous: Babel 2.19 (CLDR 47) writes the German
#: month and year "05/1990", which no German form uses, and fa_AF month first ("9/1/2015").
#: Dari and Pashto write year, month, day (as Afghan documents and CLDR's ps do): never
#: mistaken for month first, and the same in both Afghan languages. Others follow CLDR.
NUMERIC_PATTERNS: dict[str, tuple[str, str]] = {
    "de": ("dd.MM.yyyy", "MM.yyyy"),
    "fa-AF": ("yyyy/MM/dd", "yyyy/MM"),
    "ps": ("yyyy/MM/dd", "yyyy/MM"),
    "ti": ("dd/MM/yyyy", "MM/yyyy"),  # CLDR's ti is month first; Eritrea writes day first
}

#: Long (weekday) date patterns where CLDR's are wrong for the reader: ps and ckb have Latin
#: commas ("سه شنبه 8, دسمبر, 2026"), ckb puts the year first.
LONG_PATTERNS: dict[str, str] = {"ps": "EEEE، d MMMM y", "ckb": "EEEE، d MMMM y"}

#: Corrections of CLDR's month names: ckb spells December "کانونی یەکەم" (January is
#: "کانوونی دووەم"); the Sorani spelling is "کانوونی یەکەم".
_MONTH_FIXES: dict[str, tuple[tuple[str, str], ...]] = {"ckb": (("کانونی یەکەم", "کانوونی یەکەم"),)}

#: Times of day on the 24-hour clock, as the German column next to them (CLDR's ckb has
#: a 12-hour clock with "ب.ن"/"د.ن", ti one with "ቅ.ቀ."/"ድ.ቀ.").
CLOCK_PATTERNS: dict[str, str] = {"ckb": "HH:mm", "ti": "HH:mm"}


def _date_locale(lang: str) -> Locale:
    return locale_of(DATE_LOCALES.get(lang, lang))


def format_day(day: dt.date, lang: str) -> str:
    """A date written as digits in the language's own order, four-digit year ("07.05.1990")."""
    if lang in NUMERIC_PATTERNS:
        return format_date(day, NUMERIC_PATTERNS[lang][0], locale=_date_locale(lang))
    return format_skeleton("yMMdd", day, locale=_date_locale(lang))


def format_long_day(day: dt.date, lang: str) -> str:
    """Weekday and date written out ("Montag, 9. März 2026")."""
    text = format_date(day, LONG_PATTERNS.get(lang, "full"), locale=_date_locale(lang))
    for wrong, right in _MONTH_FIXES.get(lang, ()):
        text = text.replace(wrong, right)
    return text


def format_clock(moment: dt.datetime | dt.time, lang: str) -> str:
    """Time of day in the language's usual form ("09:30", "9:30 AM")."""
    return format_time(moment, CLOCK_PATTERNS.get(lang, "short"), locale=_date_locale(lang))


_IRANIAN_MONTHS = (
    *("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور"),
    *("مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"),
)
# Afghanistan names the same months after the zodiac, in Dari and in Pashto offices alike.
_AFGHAN_MONTHS = (
    *("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله"),
    *("میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"),
)
#: Languages whose readers also count in the Solar Hijri calendar (CLDR's first calendar for
#: IR and AF), with their month names; the appointment slip adds that date in brackets.
SOLAR_HIJRI_MONTHS: dict[str, tuple[str, ...]] = {
    "fa": _IRANIAN_MONTHS,
    "fa-AF": _AFGHAN_MONTHS,
    "ps": _AFGHAN_MONTHS,
}
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def format_solar_hijri(day: dt.date, lang: str) -> str | None:
    """The Solar Hijri date in Persian digits ("۱۷ آذر ۱۴۰۵"), None for other languages.
    Only an aid next to the Gregorian date, which offices, letters and buses use."""
    months = SOLAR_HIJRI_MONTHS.get(lang)
    if months is None:
        return None
    solar = jdatetime.date.fromgregorian(date=day)
    return f"{solar.day} {months[solar.month - 1]} {solar.year}".translate(_PERSIAN_DIGITS)


def format_partial(date: PartialDate, lang: str) -> str:
    """A partial date printed as far as it is known: "1990", "05.1990" or "07.05.1990"."""
    if date.month is None:
        return format_skeleton("y", dt.date(date.year, 1, 1), locale=_date_locale(lang))
    if date.day is None:
        first = dt.date(date.year, date.month, 1)
        if lang in NUMERIC_PATTERNS:
            return format_date(first, NUMERIC_PATTERNS[lang][1], locale=_date_locale(lang))
        return format_skeleton("yMM", first, locale=_date_locale(lang))
    return format_day(dt.date(date.year, date.month, date.day), lang)

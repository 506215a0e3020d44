"""Dates on paper are unambiguous for a German office: never month first, 24-hour clock."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest

from neubeginn.model.domain.values import PartialDate
from neubeginn.print import Doc, i18n
from tests.print.helpers import TODAY, flat, print_sample, read_pdf

FIRST_OF_SEPTEMBER = dt.date(2015, 9, 1)


def _numbers(text: str) -> list[int]:
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else " " for c in text)
    return [int(group) for group in re.findall(r"\d+", digits)]


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_numeric_dates_put_the_day_first_or_the_year_first_never_the_month(lang: str) -> None:
    numbers = _numbers(i18n.format_day(FIRST_OF_SEPTEMBER, lang))
    assert numbers in ([1, 9, 2015], [2015, 9, 1]), (lang, numbers)
    month = _numbers(i18n.format_partial(PartialDate(2015, 9, None), lang))
    assert month in ([9, 2015], [2015, 9]), (lang, month)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "01/09/2015"), ("fa-AF", "2015/09/01"), ("ps", "2015/09/01"), ("fa", "2015/9/1")],
)
def test_the_reviews_numeric_dates(lang: str, expected: str) -> None:
    assert i18n.format_day(FIRST_OF_SEPTEMBER, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Tuesday, 8 December 2026"),
        ("ps", "سه شنبه، 8 دسمبر 2026"),
        ("ckb", "سێشەممە، 8 کانوونی یەکەم 2026"),
    ],
)
def test_long_dates_without_latin_commas_or_misspelt_months(lang: str, expected: str) -> None:
    assert i18n.format_long_day(dt.date(2026, 12, 8), lang) == expected


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_times_are_on_the_24_hour_clock_where_german_offices_write_them(lang: str) -> None:
    afternoon = i18n.format_clock(dt.time(15, 30), lang)
    if lang != "ar":  # Arabic writes 3:30 م, the way Syrian and Iraqi offices do
        assert "15" in afternoon and _numbers(afternoon) == [15, 30], (lang, afternoon)


def test_the_english_personenbogen_prints_the_birth_date_day_first() -> None:
    text = flat(" ".join(p.text for p in read_pdf(print_sample([Doc.PERSONENBOGEN], "en"))))
    assert "12.03.1984 12/03/1984" in text  # the sample's head of household
    assert "printed on 09/03/2026" in text
    assert TODAY.month == 3


@pytest.mark.parametrize(
    ("lang", "expected"), [("fa", "۱۷ آذر ۱۴۰۵"), ("fa-AF", "۱۷ قوس ۱۴۰۵"), ("ps", "۱۷ قوس ۱۴۰۵")]
)
def test_the_solar_hijri_date_uses_the_months_of_iran_or_afghanistan(
    lang: str, expected: str
) -> None:
    assert i18n.format_solar_hijri(dt.date(2026, 12, 8), lang) == expected
    assert i18n.format_solar_hijri(dt.date(2026, 12, 8), "ar") is None


def test_the_dari_appointment_slip_adds_the_solar_hijri_date_in_brackets() -> None:
    text = flat(" ".join(p.text for p in read_pdf(print_sample([Doc.TERMIN], "fa-AF"))))
    assert "۲۳ حوت ۱۴۰۴" in text  # 14 March 2026, the sample's first appointment
    english = flat(" ".join(p.text for p in read_pdf(print_sample([Doc.TERMIN], "en"))))
    assert "Saturday, 14 March 2026 at 10:00" in english and "حوت" not in english

"""User data on paper: numbers in typing order, free text in the direction it was written."""

from __future__ import annotations

import dataclasses
from typing import Any

import pypdfium2 as pdfium
import pytest

from neubeginn.print import Doc
from neubeginn.print.bilingual import number_text, user_text
from neubeginn.print.sample import sample_case
from neubeginn.print.text import Direction
from tests.print.helpers import MM, TODAY, print_sample
from tests.print.text.pdfspans import Span, page_spans, words_by_line

PHONE_ARABIC_DIGITS = "٠١٥٧ ١٢٣٤٥٦٧٨"
ADDRESS = "شارع الملك فيصل ٥، هاتف 02323 123456، 44623 Herne"
NOTE = "يحتاج interpreter في الموعد (3) مرات"


def _lines(**member_fields: Any) -> list[list[Span]]:
    case = sample_case(TODAY)
    head = dataclasses.replace(case.members[0], **member_fields)
    case = dataclasses.replace(case, members=(head, *case.members[1:]), accommodation=ADDRESS)
    document = pdfium.PdfDocument(print_sample([Doc.PERSONENBOGEN], "de", case))
    return [line for page in document for line in words_by_line(page_spans(page), 10)]


def _line_with(lines: list[list[Span]], word: str) -> list[Span]:
    return next(line for line in lines if any(s.logical == word for s in line))


@pytest.mark.parametrize(
    "phone", [PHONE_ARABIC_DIGITS, "۰۱۵۷ ۱۲۳۴۵۶۷۸", "0157 12345678", "٠١٥٧-١٢٣٤٥٦٧٨"]
)
def test_a_phone_number_prints_its_groups_in_typing_order_in_any_digits(phone: str) -> None:
    first, _, second = phone.partition(" " if " " in phone else "-")
    spans = [s for line in _lines(phone=phone) for s in line]
    at_first = next(s for s in spans if first in s.logical)
    at_second = next(s for s in spans if second in s.logical)
    if at_first is at_second:  # one left-to-right run: its glyphs stand in logical order
        assert not at_first.logical.startswith(second)
    else:
        assert at_first.right <= at_second.left, (at_first, at_second)


def test_arabic_free_text_is_a_right_to_left_paragraph_at_the_right_edge() -> None:
    note = [s for s in _line_with(_lines(notes=NOTE), "interpreter") if s.logical != "Bemerkungen"]
    words = [s.logical for s in note]
    # read from the right: يحتاج interpreter في الموعد (3) مرات
    assert words[-1] == "يحتاج" and words[0] == "مرات", words
    frame_right = 595.3 - 15 * MM
    assert note[-1].right > frame_right - 5 * MM  # against the value column's right edge


def test_a_phone_number_inside_arabic_text_keeps_its_groups_in_typing_order() -> None:
    address = _line_with(_lines(), "هاتف")
    words = [s.logical for s in address if "Anschrift" not in s.logical]
    assert words.index("02323") < words.index("123456")  # left to right, as it is dialled
    assert words.index("شارع") == len(words) - 1  # the street begins at the right edge


def test_direction_of_user_text_follows_its_first_letter() -> None:
    assert user_text("Herne شارع").direction is Direction.LTR
    assert user_text("12 شارع Herne").direction is Direction.RTL
    assert user_text("12 34").direction is Direction.LTR
    assert number_text(PHONE_ARABIC_DIGITS).direction is Direction.LTR

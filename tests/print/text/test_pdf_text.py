"""What a reader of the printed PDF sees: order, digits, brackets, alignment, pages, text."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A6
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, SimpleDocTemplate

from neubeginn.print import fonts
from neubeginn.print.text import (
    BidiParagraph,
    Direction,
    TextStyle,
    TextTooWide,
    draw_text_line,
    isolate,
    neutralise_bidi_controls,
)
from neubeginn.print.text.layout import layout
from tests.print.text.pdfspans import Span, make_pdf, page_spans, words_by_line

LEFT, RIGHT = 100.0, 300.0
STYLE = TextStyle(size=12)


def _paragraph_spans(text: str, direction: Direction, style: TextStyle = STYLE) -> list[Span]:
    def draw(canvas: Canvas) -> None:
        frame = Frame(LEFT, 100, RIGHT - LEFT, 600, 0, 0, 0, 0)
        frame.addFromList([BidiParagraph(text, style, direction)], canvas)

    return page_spans(pdfium.PdfDocument(make_pdf(draw))[0])


def _visual_words(spans: list[Span]) -> list[list[str]]:
    return [[s.logical for s in line] for line in words_by_line(spans, STYLE.line_height)]


def _gid(char: str, font: str = fonts.ARABIC) -> int:
    return int(pdfmetrics.getFont(font).face.charToGlyph[ord(char)])


def test_persian_and_arabic_digits_keep_their_order() -> None:
    for number in ("۱۲", "١٢٣"):
        (line,) = layout(f"قرار {number} ساعت", 12, False, Direction.RTL, None)
        digits = next(p for p in line.pieces if p.run.text == number)
        assert list(digits.run.glyphs) == [_gid(c) for c in number]  # left to right


def test_brackets_in_rtl_text_are_mirrored() -> None:
    (line,) = layout("(یرجی) لطفا", 12, False, Direction.RTL, None)
    run = next(p.run for p in line.pieces if "(" in p.run.text)
    # Logical "(" stands at the right end and must open towards the word: glyph ")".
    assert run.glyphs[-1] == _gid(")") and run.glyphs[0] == _gid("(")


def test_isolated_phone_number_keeps_its_groups_in_rtl_text() -> None:
    text = "شماره " + isolate("02323 123456", Direction.LTR) + " تماس"
    (words,) = _visual_words(_paragraph_spans(text, Direction.RTL))
    assert words == ["تماس", "02323", "123456", "شماره"]


def test_german_label_with_isolated_arabic_label_and_digits() -> None:
    text = isolate("Telefon", Direction.LTR) + " / " + isolate("هاتف", Direction.RTL) + ": 0171 234"
    (words,) = _visual_words(_paragraph_spans(text, Direction.LTR))
    assert words[0] == "Telefon" and words[-2:] == ["0171", "234"]
    assert "هاتف" in words[2]


def test_arabic_place_in_latin_field_stays_in_order() -> None:
    (words,) = _visual_words(_paragraph_spans("حلب (Aleppo), Syrien", Direction.LTR))
    assert words == ["حلب", "(Aleppo),", "Syrien"]


def test_zwnj_is_kept_and_changes_the_letters() -> None:
    with_zwnj = layout("می\u200cخواهم", 12, False, Direction.RTL, None)[0].pieces[0].run
    joined = layout("میخواهم", 12, False, Direction.RTL, None)[0].pieces[0].run
    assert with_zwnj.glyphs != joined.glyphs
    (words,) = _visual_words(_paragraph_spans("من می\u200cخواهم", Direction.RTL))
    assert words == ["می\u200cخواهم", "من"]


def test_bidi_controls_in_user_data_cannot_reorder_the_line() -> None:
    name = neutralise_bidi_controls("\u202eAli Hassan")
    (words,) = _visual_words(_paragraph_spans(f"Name: {name}", Direction.LTR))
    assert words == ["Name:", "Ali", "Hassan"]


def test_rtl_paragraph_is_right_aligned_and_ltr_left_aligned() -> None:
    rtl = _paragraph_spans("مرحبا بكم في هيرن", Direction.RTL)
    assert max(s.right for s in rtl) == pytest.approx(RIGHT, abs=1.5)
    assert min(s.left for s in rtl) > LEFT + 50
    ltr = _paragraph_spans("Willkommen in Herne", Direction.LTR)
    assert min(s.left for s in ltr) == pytest.approx(LEFT, abs=1.5)


def test_long_word_wraps_instead_of_overflowing() -> None:
    spans = _paragraph_spans(
        "Donaudampfschifffahrtsgesellschaftskapitänsmützen " * 3, Direction.LTR
    )
    assert all(s.left >= LEFT - 1 and s.right <= RIGHT + 1 for s in spans)
    assert "".join(s.logical for s in spans).replace(" ", "") == (
        "Donaudampfschifffahrtsgesellschaftskapitänsmützen" * 3
    )


def test_actual_text_gives_back_the_logical_text() -> None:
    text = "مرحبا بكم في مدينة هيرن"
    data = make_pdf(lambda c: draw_text_line(c, text, 50, 700, 400, STYLE, Direction.RTL))
    page = pdfium.PdfDocument(data)[0]
    assert page.get_textpage().get_text_range() == text  # what copy & paste in Chrome gives
    spans = page_spans(page)
    assert " ".join(s.logical for s in reversed(spans) if s.text.strip()) == text


def test_paragraph_splits_across_two_pages() -> None:
    pool = ["کتاب", "خانه", "مدرسه", "دفتر", "قرار", "ملاقات", "شهر", "کار", "زبان", "نامه"]
    words = [pool[(i * 7) % 10] for i in range(250)]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A6)
    doc.build([BidiParagraph(" ".join(words), STYLE, Direction.RTL)])
    pdf = pdfium.PdfDocument(buf.getvalue())
    assert len(pdf) >= 2
    printed = []
    for page in pdf:
        for line in words_by_line(page_spans(page), STYLE.line_height):
            printed += [s.logical for s in reversed(line)]  # RTL: read right to left
    assert printed == words


def test_header_line_shrinks_to_fit_and_refuses_when_far_too_long() -> None:
    text = "Neubeginn Herne — نیوبگین هرنه"
    data = make_pdf(lambda c: draw_text_line(c, text, 50, 700, 100, STYLE, Direction.LTR))
    spans = page_spans(pdfium.PdfDocument(data)[0])
    assert min(s.left for s in spans) >= 49 and max(s.right for s in spans) <= 151
    with pytest.raises(TextTooWide):
        draw_text_line(Canvas(io.BytesIO()), text * 3, 50, 700, 100, STYLE, Direction.LTR)

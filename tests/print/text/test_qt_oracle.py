"""The engine against an oracle that shares no code with it: Qt's QTextLayout."""

from __future__ import annotations

from typing import Any

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame

from neubeginn.print.text import BidiParagraph, Direction, TextStyle, isolate
from tests.print.text.pdfspans import make_pdf, page_spans, words_by_line

LEFT, WIDTH = 100.0, 200.0
STYLE = TextStyle(size=12)

ARABIC = (
    "مرحبا بكم في مدينة هيرن. هذا الملف يحتوي على معلومات مهمة عن المواعيد "
    "والاستشارات في مكتب الشؤون الاجتماعية ومركز العمل وعن السكن والمدرسة."
)
FARSI = (
    "لطفاً با شماره "
    + isolate("02323 123456", Direction.LTR)
    + " تماس بگیرید. قرار ملاقات ۱۲۳ در Jobcenter است و می‌خواهم کتاب‌ها را ببینم."
)


@pytest.mark.parametrize("text", [ARABIC, FARSI], ids=["arabic", "farsi"])
def test_lines_match_qt_text_layout(qt_gui_app: Any, text: str) -> None:
    from tests.print.text.qtoracle import qt_lines

    def draw(canvas: Canvas) -> None:
        frame = Frame(LEFT, 100, WIDTH, 600, 0, 0, 0, 0)
        frame.addFromList([BidiParagraph(text, STYLE, Direction.RTL)], canvas)

    pdf_lines = words_by_line(page_spans(pdfium.PdfDocument(make_pdf(draw))[0]), STYLE.line_height)
    expected = qt_lines(text, True, WIDTH, STYLE.size)
    assert len(pdf_lines) == len(expected) > 1
    for printed, oracle in zip(pdf_lines, expected, strict=True):
        # The same words on the line (so the same break positions), in the same visual order
        # (Arabic words right to left, the isolated phone number left to right), at the
        # positions Qt gives them.
        assert sorted(s.logical for s in printed) == sorted(w.text for w in oracle)
        by_x = sorted(oracle, key=lambda w: w.left)
        for span, word in zip(printed, by_x, strict=True):
            assert span.logical == word.text
            assert span.center - LEFT == pytest.approx(word.center, abs=0.15 * STYLE.size)

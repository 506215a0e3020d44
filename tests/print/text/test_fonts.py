"""Font choice and coverage: no character may silently disappear from a print."""

from __future__ import annotations

import pytest
from reportlab.pdfgen.canvas import Canvas

from neubeginn.print import fonts
from neubeginn.print.fonts import MissingGlyph, check_coverage
from neubeginn.print.text import BidiParagraph, Direction, TextStyle, draw_text_line
from neubeginn.print.text.layout import layout

PERSIAN = "پ چ ژ گ ی ک"
PASHTO = "ټ ډ ړ ږ ښ ګ ڼ ۍ ې"
SORANI = "ڕ ڵ ۆ ێ ە"


@pytest.mark.parametrize("text", [PERSIAN, PASHTO, SORANI, "Ärztin Ölçek Привет Γειά ß €"])
@pytest.mark.parametrize("bold", [False, True])
def test_letters_of_our_languages_are_covered(text: str, bold: bool) -> None:
    check_coverage(text, bold)


@pytest.mark.parametrize("char", ["中", "ሰ", "ㄱ"])  # CJK, Ethiopic (Tigrinya), Hangul
def test_missing_glyph_is_raised_not_dropped(char: str) -> None:
    with pytest.raises(MissingGlyph, match=f"U\\+{ord(char):04X}"):
        check_coverage(f"Name: {char}")
    with pytest.raises(MissingGlyph):
        BidiParagraph(f"اسم {char}", TextStyle(), Direction.RTL)
    with pytest.raises(MissingGlyph):
        draw_text_line(Canvas("/dev/null"), char, 0, 0, 100, TextStyle(), Direction.LTR)


def test_arabic_script_uses_arabic_font_and_latin_uses_latin() -> None:
    chosen = fonts.assign_fonts("Tel ۱۲ حلب (Aleppo)")
    assert chosen[0] == fonts.LATIN
    assert chosen[4] == fonts.ARABIC  # Persian digit
    assert chosen[7] == fonts.ARABIC
    assert chosen[11] == fonts.LATIN  # the bracket belongs to the Latin word it touches


def test_bold_is_a_real_bold_instance() -> None:
    regular = layout("Neubeginn Herne", 10, False, Direction.LTR, None)[0].width
    bold = layout("Neubeginn Herne", 10, True, Direction.LTR, None)[0].width
    assert bold > regular * 1.03
    assert fonts.font_path(fonts.LATIN_BOLD) != fonts.font_path(fonts.LATIN)
    assert fonts.font_path(fonts.ARABIC_BOLD).exists()

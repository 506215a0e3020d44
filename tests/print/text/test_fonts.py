"""Font choice and coverage: no character may silently disappear from a print."""

from __future__ import annotations

import pytest

from neubeginn.print import fonts
from neubeginn.print.fonts import check_coverage
from neubeginn.print.text import Direction
from neubeginn.print.text.layout import layout

PERSIAN = "پ چ ژ گ ی ک"
PASHTO = "ټ ډ ړ ږ ښ ګ ڼ ۍ ې"
SORANI = "ڕ ڵ ۆ ێ ە"


@pytest.mark.parametrize("text", [PERSIAN, PASHTO, SORANI, "Ärztin Ölçek Привет Γειά ß €"])
@pytest.mark.parametrize("bold", [False, True])
def test_letters_of_our_languages_are_covered(text: str, bold: bool) -> None:
    check_coverage(text, bold)


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

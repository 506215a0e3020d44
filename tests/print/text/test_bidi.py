"""Bidi levels from python-bidi, bidi-control hygiene and isolation."""

from __future__ import annotations

from neubeginn.print.text import Direction, isolate, neutralise_bidi_controls
from neubeginn.print.text.bidi import resolve


def test_levels_follow_uax9_for_mixed_text() -> None:
    # Guards the parsing of python-bidi's debug dump: Hebrew, Arabic (2-byte UTF-8),
    # Persian digits and ASCII digits resolve to the levels UAX #9 gives.
    levels, classes = resolve("ab אב ۱۲ 34", Direction.LTR)
    assert levels == (0, 0, 0, 1, 1, 1, 2, 2, 1, 2, 2)
    assert classes[3] == "R" and classes[6] == "EN" and classes[9] == "EN"
    levels, _ = resolve("سلام 12 abc", Direction.RTL)
    assert levels == (1, 1, 1, 1, 1, 2, 2, 1, 2, 2, 2)


def test_isolates_resolve_inside_other_direction() -> None:
    text = "شماره " + isolate("02323 123456", Direction.LTR)
    levels, _ = resolve(text, Direction.RTL)
    assert set(levels[7:-1]) == {2}  # the whole phone number, space included, is LTR


def test_neutralise_strips_controls_but_keeps_joiners() -> None:
    evil = "Ali\u202eredla\u202c \u2067x\u2069\u200e\u200f\u061c"
    assert neutralise_bidi_controls(evil) == "Aliredla x"
    assert neutralise_bidi_controls("می\u200cخواهم\u200d") == "می\u200cخواهم\u200d"


def test_isolate_wraps_in_the_right_controls() -> None:
    assert isolate("a", Direction.LTR) == "\u2066a\u2069"
    assert isolate("a", Direction.RTL) == "\u2067a\u2069"
    assert isolate("a") == "\u2068a\u2069"

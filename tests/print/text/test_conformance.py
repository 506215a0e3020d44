"""UAX #9 conformance of the order the engine prints (Unicode 17's own test files), and the
print audit's examples: isolates that touch, tabs, trailing boundary neutrals."""

from __future__ import annotations

import pytest

from neubeginn.print.text import Direction, isolate
from neubeginn.print.text.bidi import first_strong
from tests.print.text.conformance import Case, character_cases, class_cases, conforms, engine_order

# Every n-th case of BidiTest.txt runs in the suite (all 266,361 without explicit embeddings
# take about four minutes on the CI machine; docs/printing-bidi.md has the full run's table).
BIDITEST_STRIDE = 8


def _failures(cases: list[Case]) -> list[int]:
    return [case.line for case in cases if not conforms(case)]


def test_bidicharactertest_without_explicit_embeddings_is_printed_in_uax9_order() -> None:
    cases = [case for case in character_cases() if not case.explicit]
    assert len(cases) == 91_626
    assert _failures(cases) == []


def test_bidicharactertest_with_explicit_embeddings_too() -> None:
    cases = [case for case in character_cases() if case.explicit]
    assert len(cases) == 81
    assert _failures(cases) == []


def test_biditest_without_explicit_embeddings_is_printed_in_uax9_order() -> None:
    cases = [case for case in class_cases() if not case.explicit][::BIDITEST_STRIDE]
    assert len(cases) > 33_000
    assert _failures(cases) == []


def _order(text: str, direction: Direction) -> str:
    """The drawn characters left to right."""
    return "".join(text[i] for i in engine_order(Case(0, text, direction, ())))


@pytest.mark.parametrize(
    ("text", "direction", "printed"),
    [
        # the audit's examples: two isolates that touch, an isolate next to same-direction text
        (
            "Name: " + isolate("أحمد", Direction.RTL) + isolate("الحسن", Direction.RTL),
            Direction.LTR,
            "Name: دمحأنسحلا",
        ),
        (
            "الرقم " + isolate("AB-1", Direction.LTR) + isolate("CD-2", Direction.LTR),
            Direction.RTL,
            "CD-2AB-1 مقرلا",
        ),
        ("الملف " + isolate("NB-2026", Direction.LTR) + "x", Direction.RTL, "xNB-2026 فلملا"),
        # a tab is a segment separator: the Arabic words on either side are not joined
        ("أحمد\tعمر", Direction.LTR, "دمحأ\tرمع"),
    ],
)
def test_isolates_and_tabs_keep_their_place(text: str, direction: Direction, printed: str) -> None:
    # glyph order of an RTL run is visual, so a right-to-left word reads reversed here
    assert _order(text, direction) == printed


def test_first_strong_letter_skips_isolates() -> None:
    assert first_strong("12 " + isolate("abc") + " شارع") is Direction.RTL
    assert first_strong("(12) Herne شارع") is Direction.LTR
    assert first_strong("12 - 3") is None

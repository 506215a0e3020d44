"""Every household prints: Ge'ez, Georgian, CJK and emoji in any field, with or without fonts.

The system-font half needs Debian's fonts-noto-core and fonts-wqy-microhei (installed by
.ci/run, named in the README); the other half prints as a machine without any such font.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from neubeginn.model.domain.values import Case
from neubeginn.print import Doc, fonts, render_printed, system_fonts
from neubeginn.print.fonts import REPLACEMENT, MissingGlyph, check_coverage
from neubeginn.print.i18n import translate
from neubeginn.print.inserts.personenbogen import NOT_PRINTABLE
from neubeginn.print.sample import sample_agencies, sample_case
from neubeginn.print.text import BidiParagraph, Direction, TextStyle
from neubeginn.print.text.layout import layout
from tests.print.helpers import TODAY, flat, read_pdf
from tests.print.text.pdfspans import page_spans

TIGRINYA_NAME = "ሳባ ተስፋይ"  # Saba Tesfay
TIGRINYA_NOTE = "ኣብ ቤት ትምህርቲ ትመሃር"
GEORGIAN = "ნინო ბერიძე"
CHINESE = "李明"
EMOJI = "👍🏽"
NOTO = Path("/usr/share/fonts/truetype/noto")


def _household(native: str, notes: str) -> Case:
    case = sample_case(TODAY)
    head = dataclasses.replace(case.members[0], native_name=native, notes=notes)
    return dataclasses.replace(case, members=(head, *case.members[1:]))


def _print(case: Case, lang: str = "ar") -> tuple[str, tuple[str, ...], bytes]:
    printed = render_printed(
        case, [Doc.PERSONENBOGEN], lang, today=TODAY, agencies=sample_agencies()
    )
    text = flat(" ".join(page.text for page in read_pdf(printed.pdf)))
    return text, printed.replaced, printed.pdf


@pytest.fixture
def no_system_fonts() -> Iterator[None]:
    """Print as a desk whose machine has no font beyond the bundled Noto Sans (Arabic)."""
    fonts.use_system_fonts(system_fonts.FolderScan([]))
    layout.cache_clear()
    yield
    fonts.use_system_fonts(None)
    layout.cache_clear()


def _require_system_fonts() -> None:
    missing = [f for f in ("NotoSansEthiopic-Regular.ttf", "NotoSansGeorgian-Bold.ttf")]
    if not all((NOTO / name).exists() for name in missing):
        pytest.fail("install Debian's fonts-noto-core and fonts-wqy-microhei (README)")


def test_tigrinya_georgian_and_chinese_print_in_their_script_from_system_fonts() -> None:
    _require_system_fonts()
    notes = f"{TIGRINYA_NOTE} {CHINESE} {GEORGIAN}"
    text, replaced, pdf = _print(_household(TIGRINYA_NAME, notes))
    assert TIGRINYA_NAME in text  # the name itself, not the "write it by hand" note
    assert translate("ar", NOT_PRINTABLE) not in text
    assert notes in text
    assert replaced == ()
    assert b"NotoSansEthiopic-Bold" in pdf and b"NotoSansGeorgian" in pdf  # embedded faces


def test_a_ttc_collection_face_is_drawn_and_measured() -> None:
    _require_system_fonts()
    (line,) = layout(CHINESE, 10, False, Direction.LTR, None)
    (piece,) = line.pieces
    assert piece.run.font.startswith("NeubeginnSystem-wqy-microhei")
    assert piece.run.glyphs[0] != 0 and piece.run.width > 1500  # two real ideographs


def test_an_emoji_without_a_font_is_one_visible_replacement_and_is_reported(
    no_system_fonts: None,
) -> None:
    text, replaced, pdf = _print(_household("", f"kommt mit Kind {EMOJI} und {CHINESE}"))
    assert "kommt mit Kind und" in text  # viewers leave U+FFFD out when copying …
    drawn = [span.text for page in pdfium.PdfDocument(pdf) for span in page_spans(page)]
    assert drawn.count(REPLACEMENT) == 2  # … but it is drawn: once for each run
    assert replaced == tuple(sorted({"👍", *CHINESE}))  # the skin tone is part of the emoji
    check_coverage(REPLACEMENT, bold=True)  # drawn with a real glyph, not a .notdef box


def test_without_a_font_for_geez_the_name_asks_for_handwriting_and_the_print_succeeds(
    no_system_fonts: None,
) -> None:
    text, replaced, pdf = _print(_household(TIGRINYA_NAME, TIGRINYA_NOTE), "en")
    assert "(Diese Schrift kann nicht gedruckt werden" in text
    assert "please write it by hand" in text
    drawn = [span.text for page in pdfium.PdfDocument(pdf) for span in page_spans(page)]
    assert drawn.count(REPLACEMENT) == 4  # one for each word of the note
    assert set(replaced) == set(TIGRINYA_NOTE.replace(" ", ""))


def test_check_coverage_still_names_a_missing_glyph(no_system_fonts: None) -> None:
    with pytest.raises(MissingGlyph, match="U\\+1230"):
        check_coverage("Name: ሰ")
    paragraph = BidiParagraph("اسم ሰ", TextStyle(), Direction.RTL)
    assert paragraph.text == f"اسم {REPLACEMENT}"


def test_font_folders_are_read_by_coverage_without_fontconfig() -> None:
    _require_system_fonts()
    faces = system_fonts.FolderScan([NOTO]).faces_with("ሰ")
    best = system_fonts.best_face(faces, system_fonts.BOLD)
    assert best is not None and best.path.name == "NotoSansEthiopic-Bold.ttf"
    regular = system_fonts.best_face(faces, system_fonts.REGULAR)
    assert regular is not None and regular.path.name == "NotoSansEthiopic-Regular.ttf"


def test_tigrinya_is_a_print_language_in_its_own_script() -> None:
    _require_system_fonts()
    printed = render_printed(sample_case(TODAY), [Doc.PERSONENBOGEN, Doc.TERMIN], "ti", today=TODAY)
    text = flat(" ".join(page.text for page in read_pdf(printed.pdf)))
    assert "Personenbogen" in text and translate("ti", "Personenbogen") in text
    assert "ቁጽሪ ጉዳይ NB-2026-00042" in text  # Arabic numerals, as Eritrean offices write
    assert printed.replaced == ()

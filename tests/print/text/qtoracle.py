"""The oracle: the same text laid out by Qt's QTextLayout (its own bidi and HarfBuzz)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache

from fontTools.ttLib import TTFont
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout, QTextOption

from neubeginn.print.fonts import ARABIC, LATIN, font_path
from neubeginn.print.text.bidi import BIDI_CONTROLS

# Lay out at 1000 px per em, so Qt's coordinates are font units and rounding is negligible.
EM = 1000


@dataclass
class QtWord:
    text: str
    left: float  # points, relative to the line box's left edge
    right: float

    @property
    def center(self) -> float:
        return (self.left + self.right) / 2


@cache
def _families() -> tuple[str, ...]:
    """The engine's font files under family names no installed font has: Qt would otherwise
    take a system font of the same family (another version of Noto) and compare apples with
    pears."""
    families = []
    for name in (ARABIC, LATIN):
        family = f"Neubeginn Oracle {name}"
        font = TTFont(font_path(name))
        for record in font["name"].names:
            if record.nameID in (1, 4, 16, 21):
                record.string = family
            elif record.nameID in (3, 6):
                record.string = family.replace(" ", "")
        data = io.BytesIO()
        font.save(data)
        font_id = QFontDatabase.addApplicationFontFromData(data.getvalue())
        assert font_id >= 0, name
        families.append(QFontDatabase.applicationFontFamilies(font_id)[0])
    return tuple(families)


def qt_lines(text: str, rtl: bool, width: float, size: float) -> list[list[QtWord]]:
    """Words of each line in logical order, with x extents in points."""
    scale = size / EM
    font = QFont()
    font.setFamilies(list(_families()))
    font.setPixelSize(EM)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width / scale)
        lines.append(line)
    layout.endLayout()
    result = []
    for line in lines:
        start, end = line.textStart(), line.textStart() + line.textLength()
        words = []
        i = start
        while i < end:
            if text[i].isspace():
                i += 1
                continue
            j = i
            while j < end and not text[j].isspace():
                j += 1
            left, right = _extent(layout, text, i, j)
            word = "".join(c for c in text[i:j] if c not in BIDI_CONTROLS)
            words.append(QtWord(word, left * scale, right * scale))
            i = j
        result.append(words)
    return result


def _extent(layout: QTextLayout, text: str, start: int, end: int) -> tuple[float, float]:
    """Left and right pen positions of the glyphs drawn for text[start:end]."""
    xs: list[float] = []
    flags = QTextLayout.GlyphRunRetrievalFlag.RetrieveAll
    for run in layout.glyphRuns(start, end - start, flags):
        advances = run.rawFont().advancesForGlyphIndexes(run.glyphIndexes())
        for index, pos, adv in zip(run.stringIndexes(), run.positions(), advances, strict=True):
            if start <= index < end and text[index] not in BIDI_CONTROLS:
                xs += [pos.x(), pos.x() + adv.x()]
    return min(xs), max(xs)

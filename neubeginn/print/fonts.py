"""The print fonts: Noto Sans for Latin/Cyrillic/Greek, Noto Sans Arabic for Arabic script."""

from __future__ import annotations

import bisect
import os
import tempfile
import threading
import unicodedata
from functools import cache
from pathlib import Path

import fontpkg_noto_sans
import fontpkg_noto_sans_arabic
import fontTools
from fontTools.ttLib import TTFont as FtFont
from fontTools.varLib import instancer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from neubeginn import paths

LATIN = "NeubeginnSans"
LATIN_BOLD = "NeubeginnSans-Bold"
ARABIC = "NeubeginnArabic"
ARABIC_BOLD = "NeubeginnArabic-Bold"

_VARIABLE_SOURCES: dict[str, Path] = {
    LATIN: fontpkg_noto_sans.ROOT / "files" / "NotoSans[wdth,wght].ttf",
    ARABIC: fontpkg_noto_sans_arabic.ROOT / "files" / "NotoSansArabic[wdth,wght].ttf",
}
_BOLD_OF = {LATIN: LATIN_BOLD, ARABIC: ARABIC_BOLD}
_BOLD_WEIGHT = 700

# Unicode blocks whose characters are drawn with the Arabic font, whatever their category:
# letters, harakat, Arabic-Indic and Persian digits, Arabic comma/semicolon/question mark,
# tatweel, presentation forms, Rumi numerals and the mathematical alphabet.
_ARABIC_BLOCKS = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x0870, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0x10E60, 0x10E7F),
    (0x1EE00, 0x1EEFF),
)
_BLOCK_STARTS = [start for start, _ in _ARABIC_BLOCKS]

# Format characters that are never drawn and so need no glyph: bidi controls, joiners,
# zero-width space, word joiner, BOM. HarfBuzz and our layout handle them invisibly.
DEFAULT_IGNORABLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

_lock = threading.Lock()
_registered = False
_paths: dict[str, Path] = {}


class MissingGlyph(ValueError):
    """A character has no glyph in the font chosen for it; printing it would drop it silently."""

    def __init__(self, char: str, text: str, font: str) -> None:
        self.char = char
        self.text = text
        self.font = font
        name = unicodedata.name(char, "unnamed")
        super().__init__(f"no glyph for U+{ord(char):04X} ({name}) in font {font}, text {text!r}")


def is_arabic_script(char: str) -> bool:
    """True if the character belongs to a block that the Arabic font draws."""
    cp = ord(char)
    i = bisect.bisect_right(_BLOCK_STARTS, cp) - 1
    return i >= 0 and cp <= _ARABIC_BLOCKS[i][1]


def _instance_path(source: Path, weight: int) -> Path:
    """Cache file of a static instance; the name changes when the source or fontTools changes."""
    st = source.stat()
    stem = source.name.split("[")[0]
    key = f"v2-{st.st_size}-{int(st.st_mtime)}-ft{fontTools.version}"
    return paths.cache_dir() / "fonts" / f"{stem}-wght{weight}-{key}.ttf"


def _static_instance(source: Path, weight: int) -> Path:
    """A static instance of a variable font, built once (several seconds) and cached on disk."""
    target = _instance_path(source, weight)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    font = FtFont(source)
    static = instancer.instantiateVariableFont(font, {"wght": weight, "wdth": 100})
    # reportlab keys embedded faces by PostScript name: an instance still called
    # "NotoSans-Regular" would silently be replaced by the regular face.
    ps_name = f"{source.name.split('[')[0]}-wght{weight}"
    for record in static["name"].names:
        if record.nameID == 6:
            record.string = ps_name
    # Written atomically so a second process, or a crash, never sees half a font.
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".ttf", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            static.save(fh)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def register_fonts() -> None:
    """Register the four print fonts with reportlab; cheap after the first call."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for regular, source in _VARIABLE_SOURCES.items():
            bold = _BOLD_OF[regular]
            # reportlab embeds a variable font's default (regular) instance correctly, and
            # HarfBuzz shapes it at its default coordinates, so only bold needs instancing.
            _paths[regular] = source
            _paths[bold] = _static_instance(source, _BOLD_WEIGHT)
            for name in (regular, bold):
                pdfmetrics.registerFont(TTFont(name, str(_paths[name])))
                if pdfmetrics.getFont(name).face.filename != str(_paths[name]):
                    raise RuntimeError(f"reportlab merged font {name} with another face")
        _registered = True


def font_path(name: str) -> Path:
    """The TTF file behind a registered font name."""
    register_fonts()
    try:
        return _paths[name]
    except KeyError:
        raise KeyError(f"not a Neubeginn print font: {name!r}") from None


@cache
def _cmap(name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def has_glyph(name: str, char: str) -> bool:
    register_fonts()
    return ord(char) in _cmap(name)


def _family(arabic: bool, bold: bool) -> str:
    if arabic:
        return ARABIC_BOLD if bold else ARABIC
    return LATIN_BOLD if bold else LATIN


def assign_fonts(text: str, bold: bool = False) -> list[str]:
    """The font for each character of text, by script.

    Arabic-script characters (letters, marks, Arabic-Indic digits, Arabic punctuation) get
    the Arabic font, other letters the Latin one. Neutral characters (digits, spaces,
    punctuation, joiners) take the font of the nearest strong letter before them, else after
    them, so a phrase stays in one font and one shaping run; combining marks stay with their
    base. A neutral the preferred font lacks falls back to the other font.
    """
    register_fonts()
    latin, arabic = _family(False, bold), _family(True, bold)
    strong: list[str | None] = []
    for ch in text:
        if is_arabic_script(ch):
            strong.append(arabic)
        elif unicodedata.category(ch)[0] == "L":
            strong.append(latin)
        else:
            strong.append(None)
    # Nearest strong font after each position, for neutrals before the first letter.
    after: list[str] = [latin] * len(text)
    nxt: str | None = None
    for i in range(len(text) - 1, -1, -1):
        nxt = strong[i] or nxt
        after[i] = nxt or latin
    # touches[i]: a strong letter follows position i with no whitespace in between.
    touches = [False] * (len(text) + 1)
    for i in range(len(text) - 1, -1, -1):
        touches[i] = strong[i] is not None or (not text[i].isspace() and touches[i + 1])
    result: list[str] = [""] * len(text)
    prev: str | None = None
    for i, ch in enumerate(text):
        font = strong[i]
        if font is not None:
            prev = font
        elif unicodedata.category(ch)[0] == "M" and i > 0:
            font = result[i - 1]
        else:
            # An opening bracket or quote touching the next word belongs to that word; the
            # neutrals up to the last space belong to the word before.
            font = (after[i] if touches[i] else prev) or after[i]
            if ch not in DEFAULT_IGNORABLE and ord(ch) not in _cmap(font):
                other = arabic if font == latin else latin
                if ord(ch) in _cmap(other):
                    font = other
        result[i] = font
    return result


def check_coverage(text: str, bold: bool = False) -> None:
    """Raise MissingGlyph if any character lacks a glyph in the font chosen for it."""
    for ch, font in zip(text, assign_fonts(text, bold), strict=True):
        if ch in DEFAULT_IGNORABLE or ch in "\n\r\t":
            continue
        if ord(ch) not in _cmap(font):
            raise MissingGlyph(ch, text, font)

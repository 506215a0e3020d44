"""The print fonts: Noto Sans and Noto Sans Arabic bundled, system fonts for other scripts."""

from __future__ import annotations

import bisect
import os
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

import fontpkg_noto_sans
import fontpkg_noto_sans_arabic
import fontTools
from fontTools.ttLib import TTFont as FtFont
from fontTools.varLib import instancer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from neubeginn import paths
from neubeginn.print import system_fonts

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
    + "".join(map(chr, range(0xFE00, 0xFE10)))  # variation selectors (emoji/text style)
)

#: What a character no font has is printed as (documented in docs/printing.md).
REPLACEMENT = "\ufffd"
# Parts of an emoji sequence that go with the character before them: joiner, skin tones,
# keycap, tags (subdivision flags). They vanish into that character's replacement, and are
# left out after a printed character when no font has them.
_SEQUENCE_PARTS = frozenset(
    ["\u200d", "\u20e3", *map(chr, range(0x1F3FB, 0x1F400)), *map(chr, range(0xE0020, 0xE0080))]
)

_lock = threading.Lock()
_registered = False
_paths: dict[str, Path] = {}
_indexes: dict[str, int] = {}  # face index inside a .ttc file
_finder: system_fonts.Finder | None = None  # None: the machine's own (system_fonts)
_replaced: ContextVar[set[str] | None] = ContextVar("replaced", default=None)


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


def face_index(name: str) -> int:
    """The face's index in its file (a TrueType collection holds several), else 0."""
    return _indexes.get(name, 0)


def use_system_fonts(finder: system_fonts.Finder | None) -> None:
    """Where fallback fonts are looked for: None for the machine's own, or another finder
    (the tests use an empty one to print as a machine without any font for Ge'ez)."""
    global _finder
    _finder = finder
    fallback_font.cache_clear()


@cache
def fallback_font(char: str, bold: bool = False) -> str | None:
    """A system font that has char, registered with reportlab; None if the machine has none."""
    finder = _finder or system_fonts.default_finder()
    weight = system_fonts.BOLD if bold else system_fonts.REGULAR
    faces = finder.faces_with(char)
    while faces:
        face = system_fonts.best_face(faces, weight)
        assert face is not None
        faces.remove(face)
        name = f"NeubeginnSystem-{face.path.stem}-{face.index}"
        with _lock:
            try:
                if name not in _paths:
                    font = TTFont(name, str(face.path), subfontIndex=face.index)
                    pdfmetrics.registerFont(font)
                    _paths[name], _indexes[name] = face.path, face.index
            except (TTFError, OSError, ValueError, KeyError):
                continue  # not embeddable (licence bits, broken tables): try the next face
        if ord(char) in _cmap(name):
            return name
    return None


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
            missing = ord(ch) not in _cmap(latin)
            strong.append((missing and fallback_font(ch, bold)) or latin)
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
                for other in (latin, arabic):
                    if ord(ch) in _cmap(other):
                        font = other
                        break
                else:
                    font = fallback_font(ch, bold) or font
        result[i] = font
    return result


def _missing(ch: str, font: str) -> bool:
    return ch not in DEFAULT_IGNORABLE and ch not in "\n\r\t" and ord(ch) not in _cmap(font)


def check_coverage(text: str, bold: bool = False) -> None:
    """Raise MissingGlyph if any character lacks a glyph in the font chosen for it."""
    for ch, font in zip(text, assign_fonts(text, bold), strict=True):
        if _missing(ch, font):
            raise MissingGlyph(ch, text, font)


def printable(text: str, bold: bool = False) -> str:
    """text with what no font has replaced by REPLACEMENT, never dropped or failing the print.

    A run of such characters (a word in a script no installed font covers, an emoji with its
    skin tone and joiners) becomes one U+FFFD; the characters are reported to
    collect_replaced(), so the print dialog can say what to write in by hand.
    """
    fonts = assign_fonts(text, bold)
    if not any(_missing(ch, font) for ch, font in zip(text, fonts, strict=True)):
        return text
    out: list[str] = []
    replaced: set[str] = set()
    in_run = False
    for ch, font in zip(text, fonts, strict=True):
        part = ch in _SEQUENCE_PARTS or ch in DEFAULT_IGNORABLE
        if part and (in_run or _missing(ch, font)):
            continue  # a skin tone without its font only colours the emoji: left out
        if _missing(ch, font):
            replaced.add(ch)
            if not in_run:
                out.append(REPLACEMENT)
            in_run = True
            continue
        out.append(ch)
        in_run = False
    collected = _replaced.get()
    if collected is not None:
        collected |= replaced
    return "".join(out)


@contextmanager
def collect_replaced() -> Iterator[set[str]]:
    """Collect the characters printable() replaces while the block runs (in this thread)."""
    found: set[str] = set()
    token = _replaced.set(found)
    try:
        yield found
    finally:
        _replaced.reset(token)

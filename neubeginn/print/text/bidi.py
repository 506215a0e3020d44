"""Unicode bidirectional algorithm (UAX #9) levels, bidi-control hygiene and isolation."""

from __future__ import annotations

import enum
import re
import unicodedata
from functools import lru_cache
from itertools import accumulate

from bidi import get_display

# Explicit embeddings/overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the implicit
# marks LRM, RLM, ALM: in user data they could reorder the text around a field.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
_STRIP_CONTROLS = {ord(c): None for c in BIDI_CONTROLS}

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRO, PDF = "\u202d", "\u202c"
#: Removed by rule X9: they have no level of their own and take no part in reordering.
EMBEDDING_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e")
_ISOLATE_OPENERS = frozenset((LRI, RLI, FSI))
# Digit groups separated by a space, hyphen, slash or dot: "02323 123456", "٠١٥٧-١٢٣٤".
_NUMBER_GROUPS = re.compile(r"\d+(?:[ ./\-]\d+)+")

# python-bidi 0.6 runs the Rust unicode-bidi crate but hands out its levels only as the
# crate's Debug dump of BidiInfo (one entry per UTF-8 byte). The format is pinned by the
# exact python-bidi version in pyproject.toml and guarded by tests/print/text/test_bidi.py.
_CLASSES_RE = re.compile(r"original_classes: \[(.*?)\n    \]", re.S)
_LEVELS_RE = re.compile(r"\n    levels: \[(.*?)\n    \]", re.S)
_LEVEL_RE = re.compile(r"Level\(\s*(\d+),?\s*\)")
_CLASS_RE = re.compile(r"([A-Z]+),")


class Direction(enum.StrEnum):
    """Base direction of a paragraph or field, decided by the caller, never guessed."""

    LTR = "ltr"
    RTL = "rtl"


class BidiFormatError(RuntimeError):
    """python-bidi's debug output no longer has the shape this module parses."""


def neutralise_bidi_controls(text: str) -> str:
    """Remove bidi control characters from user data, so a name cannot reorder its context.

    Zero-width (non-)joiners stay: Persian needs ZWNJ to spell words correctly.
    """
    return text.translate(_STRIP_CONTROLS)


def isolate(text: str, direction: Direction | None = None) -> str:
    """Wrap text in LRI/RLI…PDI, or FSI…PDI (direction from its first strong letter) if None."""
    opener = {None: FSI, Direction.LTR: LRI, Direction.RTL: RLI}[direction]
    return f"{opener}{text}{PDI}"


def first_strong(text: str) -> Direction | None:
    """Rules P2/P3: the direction of the first strong letter outside isolates (as HTML's
    dir=auto); None if there is none."""
    depth = 0
    for ch in text:
        if ch in _ISOLATE_OPENERS:
            depth += 1
        elif ch == PDI:
            depth = max(depth - 1, 0)
        elif depth == 0:
            kind = unicodedata.bidirectional(ch)
            if kind == "L":
                return Direction.LTR
            if kind in ("R", "AL"):
                return Direction.RTL
    return None


def typing_order(text: str) -> str:
    """A number-like field (phone, file number, postcode) with its digit groups kept in the
    order they were typed: the runs without letters are forced left to right (LRO…PDF), so
    "٠١٥٧ ١٢٣٤٥٦٧٨" does not print as "١٢٣٤٥٦٧٨ ٠١٥٧" (rule N1 makes the space between two
    Arabic-Indic numbers right-to-left). Letters keep their own direction. The text must
    have been neutralised first."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            chunk = "".join(run)
            out.append(f"{LRO}{chunk}{PDF}" if any(c.isdigit() for c in chunk) else chunk)
            run.clear()

    for ch in text:
        if unicodedata.category(ch)[0] == "L" or unicodedata.category(ch) == "Mn":
            flush()
            out.append(ch)
        else:
            run.append(ch)
    flush()
    return "".join(out)


def number_groups_in_typing_order(text: str) -> str:
    """Free text with each run of digit groups ("02323 123456") forced left to right, as it
    was typed: in a right-to-left sentence UAX #9 would put the groups in right-to-left
    order (each group itself left to right), and a clerk would dial "123456 02323". The
    run is isolated, so the words around it are ordered as if it were one neutral sign."""
    return _NUMBER_GROUPS.sub(lambda m: f"{LRI}{LRO}{m.group(0)}{PDF}{PDI}", text)


def _byte_starts(text: str) -> list[int]:
    """UTF-8 byte offset of each character."""
    if text.isascii():
        return list(range(len(text)))
    sizes = [1 if c < "\x80" else 2 if c < "\u0800" else 3 if c < "\U00010000" else 4 for c in text]
    return [0, *accumulate(sizes[:-1])]


@lru_cache(maxsize=4096)
def resolve(text: str, direction: Direction) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Resolved embedding levels (before rule L1) and original bidi classes per character.

    The text must be one paragraph (no paragraph separators such as newline).
    """
    if not text:
        return (), ()
    dump = get_display(text, base_dir="L" if direction is Direction.LTR else "R", debug=True)
    classes_m = _CLASSES_RE.search(dump)
    levels_m = _LEVELS_RE.search(dump)
    if not classes_m or not levels_m:
        raise BidiFormatError("python-bidi debug output not understood")
    byte_levels = [int(x) for x in _LEVEL_RE.findall(levels_m.group(1))]
    byte_classes = _CLASS_RE.findall(classes_m.group(1))
    starts = _byte_starts(text)
    if len(byte_levels) != len(byte_classes) or len(byte_levels) <= starts[-1]:
        raise BidiFormatError("python-bidi debug output has an unexpected length")
    return tuple(byte_levels[b] for b in starts), tuple(byte_classes[b] for b in starts)

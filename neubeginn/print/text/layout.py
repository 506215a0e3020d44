"""Paragraph layout: bidi levels, runs, line breaking in logical order, reordering (L1–L2)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from neubeginn.print.fonts import assign_fonts
from neubeginn.print.text.bidi import BIDI_CONTROLS, EMBEDDING_CONTROLS, Direction, resolve
from neubeginn.print.text.shaping import ShapedRun, shape

_NEWLINES = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"})
_ZWSP = "\u200b"
_TAB = "\t"


@dataclass(frozen=True, slots=True)
class Piece:
    """A shaped run placed on a line: one font, one bidi level, glyphs in visual order."""

    run: ShapedRun
    level: int
    start: int = 0  # index in the paragraph of the run's first character


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line: pieces in visual order (left to right), width in points."""

    pieces: tuple[Piece, ...]
    width: float
    size: float


class _Para:
    """One bidi paragraph (a hard line) with its resolved levels and fonts."""

    def __init__(self, text: str, direction: Direction, bold: bool) -> None:
        self.text = text
        levels, classes = resolve(text, direction)
        self.fonts = assign_fonts(text, bold)
        self.space = [c in ("WS", "S") or ch == _ZWSP for c, ch in zip(classes, text, strict=True)]
        self.control = [ch in BIDI_CONTROLS for ch in text]
        trailing = zip(classes, self.space, self.control, strict=True)
        self.trailing = [c == "BN" or s or k for c, s, k in trailing]
        self.levels = _segment_levels(text, list(levels), classes, direction)

    def atoms(self, start: int, end: int) -> list[Piece]:
        """Shaped runs of [start, end) in logical order.

        A run ends where the level or the font changes and between words and spaces, so
        shaping results are reused across paragraphs (words repeat) and breaking is exact.
        Isolates and bidi marks stay as zero-width pieces, since their levels separate the
        runs on either side in rule L2; embeddings and overrides (removed by rule X9) go.
        """
        result: list[Piece] = []
        i = start
        text, levels, fonts, space, control = (
            self.text,
            self.levels,
            self.fonts,
            self.space,
            self.control,
        )
        while i < end:
            if control[i]:
                if text[i] not in EMBEDDING_CONTROLS:
                    empty = ShapedRun(fonts[i], text[i], bool(levels[i] & 1), (), (), (), (), (), 0)
                    result.append(Piece(empty, levels[i], i))
                i += 1
                continue
            key = (levels[i], fonts[i], space[i])
            j = i + 1
            while j < end and not control[j] and (levels[j], fonts[j], space[j]) == key:
                j += 1
            # a tab keeps its bidi class (segment separator) but is drawn as a space
            run = shape(fonts[i], text[i:j].replace(_TAB, " "), bool(levels[i] & 1))
            result.append(Piece(run, levels[i], i))
            i = j
        return result

    def width(self, start: int, end: int) -> float:
        """Width in thousandths of an em (at size 1000 / 1000)."""
        return sum(p.run.width for p in self.atoms(start, end))

    def segments(self) -> list[tuple[int, int, int]]:
        """(start, end of word, end of trailing spaces) between break opportunities."""
        result = []
        n = len(self.text)
        start = 0
        i = 0
        while i < n:
            while i < n and not self.space[i]:
                i += 1
            word_end = i
            while i < n and (self.space[i] or self.control[i]):
                i += 1
            result.append((start, word_end, i))
            start = i
        return result

    def fit_prefix(self, start: int, end: int, limit: float) -> int:
        """End of the longest cluster-aligned prefix of [start, end) not wider than limit."""
        per_char = [0.0] * (end - start)
        bounds: set[int] = {end}
        for piece in self.atoms(start, end):
            run = piece.run
            for cluster, adv in zip(run.clusters, run.advances, strict=True):
                per_char[piece.start + cluster - start] += adv
                bounds.add(piece.start + cluster)
        bounds.discard(start)
        candidates = sorted(bounds)
        total = 0.0
        approx: dict[int, float] = {}
        k = start
        for b in candidates:
            total += sum(per_char[k - start : b - start])
            approx[b] = total
            k = b
        for b in reversed(candidates):
            if approx[b] <= limit and self.width(start, b) <= limit:
                return b
        return candidates[0]

    def break_lines(self, limit: float | None) -> list[tuple[int, int]]:
        """Greedy line breaking in logical order; a word wider than a line is split."""
        if limit is None:
            return [(0, len(self.text))]
        lines: list[tuple[int, int]] = []
        line_start = 0
        used = 0.0
        for start, word_end, end in self.segments():
            word = self.width(start, word_end)
            if line_start < start and used + word > limit:
                lines.append((line_start, start))
                line_start, used = start, 0.0
            if line_start == start and word > limit:
                pos = start
                while self.width(pos, word_end) > limit:
                    cut = self.fit_prefix(pos, word_end, limit)
                    lines.append((pos, cut))
                    pos = cut
                line_start = pos
                used = self.width(pos, word_end)
            else:
                used += word
            used += self.width(word_end, end)
        lines.append((line_start, len(self.text)))
        return lines

    def line(self, start: int, end: int, size: float) -> Line:
        # Rule L1: trailing whitespace, isolate controls and boundary neutrals (soft hyphen,
        # joiners) go to the paragraph level; as they print nothing at the end of a line,
        # they are simply not drawn.
        while end > start and self.trailing[end - 1]:
            end -= 1
        pieces = _reorder(self.atoms(start, end))
        width = sum(p.run.width for p in pieces) * size / 1000
        return Line(tuple(pieces), width, size)


def _segment_levels(
    text: str, levels: list[int], classes: tuple[str, ...], direction: Direction
) -> tuple[int, ...]:
    """Rule L1 for segment separators: a tab, and the whitespace and isolate controls before
    it, take the paragraph level (a tab between two Arabic words does not join them)."""
    base = 0 if direction is Direction.LTR else 1
    for i, kind in enumerate(classes):
        if kind != "S":
            continue
        levels[i] = base
        j = i - 1
        while j >= 0 and (classes[j] in ("WS", "FSI", "LRI", "RLI", "PDI") or classes[j] == "BN"):
            levels[j] = base
            j -= 1
    return tuple(levels)


def _reorder(pieces: list[Piece]) -> list[Piece]:
    """Rule L2: from the highest level down to the lowest odd one, reverse each sequence of
    runs at that level or higher. Glyphs inside an RTL run are already in visual order."""
    if not pieces:
        return pieces
    levels = [p.level for p in pieces]
    lowest_odd = min(levels) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(pieces):
            if pieces[i].level >= level:
                j = i
                while j < len(pieces) and pieces[j].level >= level:
                    j += 1
                pieces[i:j] = pieces[i:j][::-1]
                i = j
            else:
                i += 1
    return pieces


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").translate(_NEWLINES)


@lru_cache(maxsize=2048)
def layout(
    text: str, size: float, bold: bool, direction: Direction, width: float | None
) -> tuple[Line, ...]:
    """Lines of text for a given line width in points (None: no wrapping)."""
    limit = None if width is None else width * 1000 / size
    lines: list[Line] = []
    for hard_line in normalise_newlines(text).split("\n"):
        para = _Para(hard_line, direction, bold)
        lines.extend(para.line(a, b, size) for a, b in para.break_lines(limit))
    return tuple(lines)

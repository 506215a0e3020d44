"""BidiParagraph (a reportlab flowable), draw_text_line and measure: the public text API."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from neubeginn.print.fonts import printable, register_fonts
from neubeginn.print.text.bidi import Direction
from neubeginn.print.text.draw import draw_line
from neubeginn.print.text.layout import Line, layout
from neubeginn.print.text.style import TextStyle

# Smallest size draw_text_line shrinks a line to, as a fraction of the style's size.
MIN_SHRINK = 0.5


class TextTooWide(ValueError):
    """A single line does not fit its width even at the smallest allowed size."""


def _line_x(line: Line, x: float, width: float, style: TextStyle, direction: Direction) -> float:
    """Left edge of a line aligned in [x, x + width]; "start" is the right edge for RTL."""
    align = style.align
    if align == "center":
        return x + (width - line.width) / 2
    at_right = (align == "start") == (direction is Direction.RTL)
    return x + width - line.width if at_right else x


def _baseline_offset(style: TextStyle) -> float:
    """Distance from the top of a line box to the baseline: half the extra leading above."""
    return (style.line_height - style.size) / 2 + 0.8 * style.size


class BidiParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of one base direction; wraps, splits across frames and pages, draws.

    Newlines are hard line breaks. A character no font has is printed as U+FFFD
    (fonts.printable). The caller decides the direction and isolates embedded
    fields of the other direction with ``isolate()``; bidi controls in user data must be
    neutralised by the caller with ``neutralise_bidi_controls()`` before they get here.
    """

    def __init__(
        self,
        text: str,
        style: TextStyle,
        direction: Direction,
        *,
        _lines: tuple[Line, ...] | None = None,
    ) -> None:
        super().__init__()
        register_fonts()
        if _lines is None:
            text = printable(text, style.bold)
        self.text = text
        self.style = style
        self.direction = direction
        self._fixed_lines = _lines
        self._lines: tuple[Line, ...] = _lines or ()
        self._avail_width = 0.0

    def __repr__(self) -> str:
        return f"BidiParagraph({self.text[:30]!r}, {self.direction.value})"

    def _layout(self, avail_width: float) -> tuple[Line, ...]:
        if self._fixed_lines is not None:
            return self._fixed_lines
        s = self.style
        return layout(self.text, s.size, s.bold, self.direction, avail_width)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail_width = availWidth
        self._lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(self._lines) * self.style.line_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        fit = int(availHeight // self.style.line_height + 1e-6)
        if fit <= 0 or fit >= len(lines):
            # Nothing fits, or everything does: no split. (A table splitting a row asks even
            # when the paragraph fits, and takes any non-empty answer as two halves.)
            return []
        return [
            BidiParagraph(self.text, self.style, self.direction, _lines=lines[:fit]),
            BidiParagraph(self.text, self.style, self.direction, _lines=lines[fit:]),
        ]

    def draw(self) -> None:
        style = self.style
        top = self.height
        for i, line in enumerate(self._lines):
            y = top - i * style.line_height - _baseline_offset(style)
            x = _line_x(line, 0, self._avail_width, style, self.direction)
            draw_line(self.canv, line, x, y, style.color)


def measure(text: str, style: TextStyle, direction: Direction) -> float:
    """Width in points of the unwrapped text (the widest line if it has newlines)."""
    lines = layout(text, style.size, style.bold, direction, None)
    return max((line.width for line in lines), default=0.0)


def draw_text_line(
    canvas: Any,
    text: str,
    x: float,
    y: float,
    width: float,
    style: TextStyle,
    direction: Direction,
) -> None:
    """Draw one line (header, footer, table cell) with baseline y, aligned in [x, x + width].

    Never wraps and never truncates: a line that is too wide is drawn smaller, down to
    MIN_SHRINK × the style's size; if it still does not fit, TextTooWide is raised so no
    text is ever lost silently. Newlines are drawn as spaces.
    """
    register_fonts()
    text = printable(" ".join(text.splitlines()), style.bold)
    size = style.size
    (line,) = layout(text, size, style.bold, direction, None)
    if line.width > width:
        size = size * width / line.width
        if size < style.size * MIN_SHRINK:
            raise TextTooWide(f"{text!r} needs {line.width:.1f} pt at size {style.size}")
        (line,) = layout(text, size, style.bold, direction, None)
    draw_line(canvas, line, _line_x(line, x, width, style, direction), y, style.color)

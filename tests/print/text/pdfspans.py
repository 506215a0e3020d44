"""Read back what the engine drew: spans of glyphs with their /ActualText and their boxes."""

from __future__ import annotations

import ctypes
import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from reportlab.pdfgen.canvas import Canvas


@dataclass
class Span:
    """Consecutive text objects under one /ActualText: one shaped run (a word or a space)."""

    text: str  # the /ActualText as stored (glyph order)
    left: float
    bottom: float
    right: float
    top: float

    @property
    def logical(self) -> str:
        """The run's logical text: RTL runs store theirs in glyph (visual) order."""
        rtl = any(unicodedata.bidirectional(c) in ("R", "AL") for c in self.text)
        return self.text[::-1] if rtl else self.text

    @property
    def center(self) -> float:
        return (self.left + self.right) / 2


def make_pdf(draw: Callable[[Canvas], None], pages: int = 1) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pageCompression=0)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _actual_text(obj: Any) -> str | None:
    for m in range(raw.FPDFPageObj_CountMarks(obj)):
        mark = raw.FPDFPageObj_GetMark(obj, m)
        size = ctypes.c_ulong()
        if not raw.FPDFPageObjMark_GetParamBlobValue(mark, b"ActualText", None, 0, size):
            continue
        buf = (ctypes.c_ubyte * size.value)()
        raw.FPDFPageObjMark_GetParamBlobValue(mark, b"ActualText", buf, size.value, size)
        # The blob is the PDF string's bytes: UTF-16BE behind a byte order mark.
        return bytes(buf).decode("utf-16")
    return None


def page_spans(page: pdfium.PdfPage) -> list[Span]:
    """Spans in content order; text objects without /ActualText are left out."""
    spans: list[Span] = []
    prev: str | None = None
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT]):
        text = _actual_text(obj.raw)
        if text is None:
            prev = None
            continue
        left, bottom, right, top = obj.get_bounds()
        if text == prev and spans:
            s = spans[-1]
            s.left, s.bottom = min(s.left, left), min(s.bottom, bottom)
            s.right, s.top = max(s.right, right), max(s.top, top)
        else:
            spans.append(Span(text, left, bottom, right, top))
        prev = text
    return spans


def words_by_line(spans: list[Span], leading: float) -> list[list[Span]]:
    """Non-space spans grouped into lines (top to bottom), each line left to right."""
    lines: list[list[Span]] = []

    def middle(s: Span) -> float:
        return (s.bottom + s.top) / 2

    for s in sorted((s for s in spans if s.text.strip()), key=lambda s: -middle(s)):
        if lines and abs(middle(lines[-1][0]) - middle(s)) < leading / 2:
            lines[-1].append(s)
        else:
            lines.append([s])
    return [sorted(line, key=lambda s: s.left) for line in lines]

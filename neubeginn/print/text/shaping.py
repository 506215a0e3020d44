"""HarfBuzz shaping of one run (one font, one direction), cached by (font, text, direction)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics

from neubeginn.print.fonts import face_index, register_fonts


@dataclass(frozen=True, slots=True)
class ShapedRun:
    """Glyphs of a run in visual (left-to-right) order; lengths in thousandths of an em."""

    font: str
    text: str
    rtl: bool
    glyphs: tuple[int, ...]
    clusters: tuple[int, ...]  # index in text of the character each glyph comes from
    advances: tuple[float, ...]
    x_offsets: tuple[float, ...]
    y_offsets: tuple[float, ...]
    width: float

    def width_at(self, size: float) -> float:
        return self.width * size / 1000


@cache
def _hb_font(name: str) -> tuple[hb.Font, float]:
    """One HarfBuzz font per print font, built from the very bytes reportlab embeds."""
    register_fonts()
    face = pdfmetrics.getFont(name).face
    hb_face = hb.Face(hb.Blob(bytes(face._ttf_data)), face_index(name))
    return hb.Font(hb_face), 1000 / hb_face.upem


@lru_cache(maxsize=16384)
def shape(font: str, text: str, rtl: bool) -> ShapedRun:
    """Shape text with the direction given by its bidi level (never guessed by HarfBuzz).

    For RTL, HarfBuzz returns glyphs in visual order and mirrors brackets itself.
    """
    hb_font, scale = _hb_font(font)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.direction = "rtl" if rtl else "ltr"
    buf.guess_segment_properties()  # script and language only; direction is already set
    hb.shape(hb_font, buf)
    positions = buf.glyph_positions
    infos = buf.glyph_infos
    advances = tuple(p.x_advance * scale for p in positions)
    return ShapedRun(
        font=font,
        text=text,
        rtl=rtl,
        glyphs=tuple(i.codepoint for i in infos),
        clusters=tuple(i.cluster for i in infos),
        advances=advances,
        x_offsets=tuple(p.x_offset * scale for p in positions),
        y_offsets=tuple(p.y_offset * scale for p in positions),
        width=sum(advances),
    )

"""Emit shaped glyphs onto a reportlab canvas, with /ActualText spans for copy and search."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from neubeginn.print.text.bidi import BIDI_CONTROLS
from neubeginn.print.text.layout import Line, Piece

_PRIVATE_START = 0xE000
_PRIVATE_END = 0xF8FF
_NO_CONTROLS = {ord(c): None for c in BIDI_CONTROLS}


def _fmt(v: float) -> str:
    """Compact PDF number: up to 3 decimals, no trailing zeros."""
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("", "-0") else s


def _char_for_glyph(font: TTFont, gid: int, advance: float) -> int:
    """The code point reportlab's subsetter knows this glyph by.

    reportlab subsets TrueType fonts by character, so a glyph without a cmap entry (Arabic
    contextual forms, ligatures, marks) gets a private-use code point mapped onto its glyph
    id, as reportlab's own shaping does. Its text then comes from /ActualText.
    """
    face = font.face
    chars = face.glyphToChar.get(gid)
    if chars:
        return int(chars[0])
    code = getattr(font, "_neubeginn_next_private", _PRIVATE_START)
    while code in face.charToGlyph:
        code += 1
    if code > _PRIVATE_END:
        raise ValueError(f"too many unmapped glyphs in font {font.fontName}")
    font._neubeginn_next_private = code + 1
    face.charToGlyph[code] = gid
    face.glyphToChar.setdefault(gid, []).append(code)
    face.charWidths[code] = advance
    return code


def _actual_text(text: str, rtl: bool) -> str:
    """The run's text as a PDF string, in the order its glyphs stand on the page.

    PDF readers (pdfium in Chrome, poppler) take text in content order as visual and put
    right-to-left text back into logical order themselves; so the replacement text of an
    RTL run is given reversed (brackets not mirrored: the readers leave them as they are),
    and extraction of an RTL line yields the logical text.
    """
    text = text.translate(_NO_CONTROLS)
    if rtl:
        text = text[::-1]
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _piece_ops(doc: Any, piece: Piece, x: float, y: float, size: float, out: list[str]) -> None:
    """Operators for one shaped run starting at pen position (x, y), inside BT…ET.

    Glyphs on the baseline go into one TJ array whose numbers correct the font's own widths
    to HarfBuzz's advances and offsets. A glyph raised or lowered by an offset (Arabic dots
    and vowel marks) gets its own text matrix, since a text rise would shift what follows.
    """
    run = piece.run
    font = pdfmetrics.getFont(run.font)
    face = font.face
    scale = size / 1000
    codes = [
        _char_for_glyph(font, gid, adv) for gid, adv in zip(run.glyphs, run.advances, strict=True)
    ]
    encoded: list[tuple[str, int]] = []
    for subset, data in font.splitString("".join(map(chr, codes)), doc):
        name = font.getSubsetInternalName(subset, doc)
        encoded.extend((name, b) for b in data)
    out.append(f"/Span <</ActualText {_actual_text(run.text, run.rtl)}>> BDC")
    current_font = ""
    chunk: list[str] = []
    chunk_y: float | None = None
    expected_x = 0.0  # where the PDF viewer's pen stands after the chunk so far

    def flush() -> None:
        if chunk:
            out.append("[" + "".join(chunk) + "] TJ")
            chunk.clear()

    pen = x
    for (name, byte), code, adv, dx, dy in zip(
        encoded, codes, run.advances, run.x_offsets, run.y_offsets, strict=True
    ):
        gx = pen + dx * scale
        gy = y + dy * scale
        if name != current_font:
            flush()
            out.append(f"{name} {_fmt(size)} Tf")
            current_font = name
            chunk_y = None
        if gy != chunk_y:
            flush()
            out.append(f"1 0 0 1 {_fmt(gx)} {_fmt(gy)} Tm")
            chunk_y = gy
        else:
            adjust = (expected_x - gx) * 1000 / size
            if abs(adjust) > 0.01:
                chunk.append(_fmt(adjust))
        chunk.append(f"<{byte:02X}>")
        expected_x = gx + face.getCharWidth(code) * scale
        pen += adv * scale
    flush()
    out.append("EMC")


def draw_line(
    canvas: Any, line: Line, x: float, y: float, color: tuple[float, float, float]
) -> None:
    """Draw a laid-out line with its left edge at x and its baseline at y."""
    if not line.pieces:
        return
    doc = canvas._doc
    r, g, b = color
    # Text state is reset inside our own text object so earlier canvas calls cannot leak
    # character spacing, word spacing, scaling or render mode into it.
    out = ["q", f"{_fmt(r)} {_fmt(g)} {_fmt(b)} rg", "BT 0 Tc 0 Tw 100 Tz 0 Tr 0 Ts"]
    pen = x
    for piece in line.pieces:
        if piece.run.glyphs:
            _piece_ops(doc, piece, pen, y, line.size, out)
        pen += piece.run.width * line.size / 1000
    out.append("ET Q")
    canvas._code.append("\n".join(out))

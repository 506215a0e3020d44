"""Right-to-left-capable text for the PDF inserts: bidi, HarfBuzz shaping, wrapping, drawing."""

from neubeginn.print.text.bidi import Direction, isolate, neutralise_bidi_controls
from neubeginn.print.text.flowable import (
    BidiParagraph,
    TextTooWide,
    draw_text_line,
    measure,
)
from neubeginn.print.text.style import TextStyle

__all__ = [
    "BidiParagraph",
    "Direction",
    "TextStyle",
    "TextTooWide",
    "draw_text_line",
    "isolate",
    "measure",
    "neutralise_bidi_controls",
]

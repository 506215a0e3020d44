"""Tables of the inserts: bilingual label columns around a value column, wrapping cells."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from neubeginn.print import fonts
from neubeginn.print.bilingual import LABEL, Bilingual
from neubeginn.print.page import FRAME_WIDTH

LINE = (0.7, 0.7, 0.7)
#: reportlab's tables select a cell font before drawing a cell, Helvetica unless told: an
#: unembedded font on every page (preflight and PDF/A reject it). Ours draw no text with it.
EMBEDDED_FONT = ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN)
SHADE = (0.92, 0.93, 0.95)
LABEL_WIDTH = 36 * mm

Cell = Sequence[Flowable]


def label_grid(
    bi: Bilingual,
    heading: Cell | None,
    rows: Sequence[tuple[str, Cell]],
    width: float = FRAME_WIDTH,
) -> Table:
    """Rows of German label | value | translated label, under a shaded heading row that is
    repeated when the table breaks across pages.

    The translated label stands in its own column at the right edge, so a right-to-left
    reader starts there and reads on into the value.
    """
    data: list[list[Cell | str]] = []
    if bi.bilingual:
        widths = [LABEL_WIDTH, width - 2 * LABEL_WIDTH, LABEL_WIDTH]
        data.extend([[bi.german(msgid)], list(value), bi.target(msgid)] for msgid, value in rows)
    else:
        widths = [LABEL_WIDTH, width - LABEL_WIDTH]
        data.extend([[bi.german(msgid)], list(value)] for msgid, value in rows)
    commands: list[tuple[object, ...]] = []
    if heading is not None:
        data.insert(0, [list(heading)] + [""] * (len(widths) - 1))
        commands += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    table = Table(
        data, colWidths=widths, repeatRows=int(heading is not None), splitInRow=1, hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                EMBEDDED_FONT,
                *commands,
                ("GRID", (0, 0), (-1, -1), 0.4, LINE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def column_table(
    bi: Bilingual,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    empty_rows: int = 0,
    empty_height: float = 12 * mm,
) -> Table:
    """A table with a bilingual header row repeated on every page, rows wrapping their text,
    and `empty_rows` ruled rows for handwriting at the end."""
    header = [bi.label(msgid, LABEL) for msgid in headers]
    data: list[Sequence[Cell | str]] = [header, *rows]
    data.extend([""] * len(headers) for _ in range(empty_rows))
    heights: list[float | None] = [None] * (1 + len(rows)) + [empty_height] * empty_rows
    table = Table(data, colWidths=list(widths), rowHeights=heights, repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                EMBEDDED_FONT,
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("GRID", (0, 0), (-1, -1), 0.4, LINE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table

"""Laufzettel: every appointment held or planned, with information given and Absprachen made."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from neubeginn.model.domain.values import LaufzettelEntry
from neubeginn.print import i18n, vocab
from neubeginn.print.bilingual import LABEL, SMALL, TITLE, Bilingual, user_text
from neubeginn.print.context import PrintContext
from neubeginn.print.grid import Cell, column_table
from neubeginn.print.i18n import N_
from neubeginn.print.page import FRAME_WIDTH, Section
from neubeginn.print.text import BidiParagraph, Direction, TextStyle

SECTION_TITLE = N_("Laufzettel")
HEADERS = (
    N_("Datum"),
    N_("Stelle"),
    N_("Themen"),
    N_("Informationen und Absprachen"),
    N_("Nächster Termin"),
    N_("Berater/in"),
)
WIDTHS = tuple(w * mm for w in (24, 30, 24, 47, 22, 21))
EMPTY_ROWS = 4  # ruled rows for the next agency to write in by hand
CELL = TextStyle(size=8, leading=10)
assert abs(sum(WIDTHS) - FRAME_WIDTH) < 1


def entries_to_print(entries: tuple[LaufzettelEntry, ...], after_seq: int) -> list[LaufzettelEntry]:
    """The entries a (continuation) sheet holds: those after `after_seq`, in chain order."""
    return sorted((e for e in entries if e.seq > after_seq), key=lambda e: e.seq)


def story(ctx: PrintContext) -> tuple[Section, list[Flowable]]:
    """The Laufzettel of ctx.case, or its continuation when ctx.after_seq is set."""
    bi = ctx.bi
    flowables: list[Flowable] = [*bi.label(SECTION_TITLE, TITLE)]
    if ctx.after_seq:
        flowables += bi.label(
            N_("Fortsetzung: Einträge ab Nr. %(seq)s"), LABEL, seq=str(ctx.after_seq + 1)
        )
    flowables += bi.label(N_("Jede Stelle trägt hier ihre Termine und Absprachen ein."), SMALL)
    flowables.append(Spacer(0, 3 * mm))
    rows = [_row(bi, entry) for entry in entries_to_print(ctx.case.laufzettel, ctx.after_seq)]
    flowables.append(column_table(bi, HEADERS, rows, WIDTHS, empty_rows=EMPTY_ROWS))
    return Section(SECTION_TITLE, first_sheet=ctx.first_sheet), flowables


def _when(moment: dt.datetime) -> Flowable:
    """Date and time as the German staff write them: digits read the same in every language,
    and a second, differently ordered date in a narrow column would only confuse."""
    day, clock = i18n.format_day(moment.date(), "de"), i18n.format_clock(moment, "de")
    return BidiParagraph(f"{day}\n{clock}", CELL, Direction.LTR)


def _row(bi: Bilingual, entry: LaufzettelEntry) -> list[Cell]:
    status = vocab.ENTRY_STATUS[entry.status]
    date_cell: list[Flowable] = [
        bi.german(N_("Nr. %(seq)s"), SMALL, seq=str(entry.seq)),
        _when(entry.when),
        *bi.label(status, SMALL),
    ]
    if entry.amends is not None:
        date_cell += bi.label(N_("berichtigt Nr. %(seq)s"), SMALL, seq=str(entry.amends))
    topics = [f for topic in entry.topics for f in bi.label(vocab.TOPICS[topic], CELL)]
    text: list[Flowable] = []
    if entry.information:
        text.append(user_text(entry.information, CELL))
    if entry.agreements:
        text += [bi.german(N_("Absprachen"), LABEL), user_text(entry.agreements, CELL)]
    following = [_when(entry.next_appointment)] if entry.next_appointment else []
    return [
        date_cell,
        [user_text(entry.agency.name, CELL)],
        topics,
        text,
        following,
        [user_text(entry.counsellor, CELL)],
    ]

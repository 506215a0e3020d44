"""Terminzettel: appointment slips for the newcomer, three to an A4 sheet, cut along the lines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from neubeginn.model.domain.values import Agency, Case, EntryStatus, Topic
from neubeginn.print import i18n, vocab
from neubeginn.print.bilingual import BODY, GREY, clean, right_align, user_text
from neubeginn.print.context import PrintContext
from neubeginn.print.grid import Cell, label_grid
from neubeginn.print.i18n import N_
from neubeginn.print.page import (
    CASE_NUMBER,
    FRAME_WIDTH,
    LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Section,
    draw_qr,
)
from neubeginn.print.text import Direction, TextStyle, draw_text_line, isolate

SECTION_TITLE = N_("Terminzettel")
SLIP_HEIGHT = PAGE_HEIGHT / 3
QR = 16 * mm


@dataclass(frozen=True)
class Appointment:
    """A coming appointment: from a planned Laufzettel entry or an entry's next appointment."""

    when: dt.datetime
    agency: Agency
    topics: tuple[Topic, ...]
    members: tuple[str, ...]


def appointments(case: Case, today: dt.date) -> list[Appointment]:
    """Appointments from today on, each once, in time order."""
    found: dict[tuple[dt.datetime, str], Appointment] = {}
    for entry in case.laufzettel:
        if entry.status is EntryStatus.PLANNED and entry.when.date() >= today:
            found.setdefault(
                (entry.when, entry.agency.name),
                Appointment(entry.when, entry.agency, entry.topics, entry.members),
            )
        following = entry.next_appointment
        if following is not None and following.date() >= today:
            found.setdefault(
                (following, entry.agency.name),
                Appointment(following, entry.agency, entry.topics, entry.members),
            )
    return sorted(found.values(), key=lambda a: a.when)


def story(ctx: PrintContext) -> tuple[Section, list[Flowable]]:
    """One slip per coming appointment; a blank slip to fill in by hand when there is none."""
    coming: list[Appointment | None] = list(appointments(ctx.case, ctx.today)) or [None]
    return Section(SECTION_TITLE, decorated=False), [Slip(ctx, a) for a in coming]


class Slip(Flowable):  # type: ignore[misc]
    """One appointment slip, a third of an A4 page, with its own header and QR code."""

    def __init__(self, ctx: PrintContext, appointment: Appointment | None) -> None:
        super().__init__()
        self.ctx = ctx
        self.appointment = appointment

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return PAGE_WIDTH, SLIP_HEIGHT

    def draw(self) -> None:
        canvas, bi, case = self.canv, self.ctx.bi, self.ctx.case
        top = SLIP_HEIGHT - 11 * mm
        half = (FRAME_WIDTH - QR - 4 * mm) / 2
        draw_text_line(
            canvas, "Neubeginn Herne", LEFT, top, half, TextStyle(12, bold=True), Direction.LTR
        )
        draw_text_line(
            canvas, bi.de(SECTION_TITLE), LEFT, top - 5.5 * mm, half, TextStyle(10), Direction.LTR
        )
        number = bi.de(CASE_NUMBER, number=case.number)
        draw_text_line(canvas, number, LEFT, top - 10 * mm, half, TextStyle(8), Direction.LTR)
        if bi.bilingual:
            style = bi.target_style(TextStyle(10, align=right_align(bi.direction)))
            draw_text_line(
                canvas, bi.tr(SECTION_TITLE), LEFT + half, top - 5.5 * mm, half, style, bi.direction
            )
        draw_qr(canvas, case.number, LEFT + FRAME_WIDTH - QR, SLIP_HEIGHT - 6 * mm - QR, QR)
        grid = label_grid(bi, None, self._rows())
        _, height = grid.wrapOn(canvas, FRAME_WIDTH, SLIP_HEIGHT)
        grid.drawOn(canvas, LEFT, SLIP_HEIGHT - 25 * mm - height)
        canvas.setDash(3, 3)
        canvas.setStrokeColorRGB(*GREY)
        canvas.line(0, 0.5, PAGE_WIDTH, 0.5)  # cut here
        canvas.setDash()

    def _rows(self) -> list[tuple[str, Cell]]:
        bi, a = self.ctx.bi, self.appointment
        note = (
            N_("Hinweis"),
            bi.label(N_("Bitte bringen Sie diesen Zettel und Ihren Ordner mit.")),
        )
        if a is None:  # a blank slip, filled in by hand
            return [(msgid, [Spacer(0, 9 * mm)]) for msgid in (N_("Was"), N_("Wo"), N_("Wann"))] + [
                note
            ]
        what = [f for topic in a.topics for f in bi.label(vocab.TOPICS[topic], BODY)]
        where: list[Flowable] = [user_text(a.agency.name, TextStyle(9, bold=True))]
        if a.agency.address:
            where.append(user_text(a.agency.address))
        if a.agency.phone:
            phone = clean(a.agency.phone)
            where += bi.pair(
                bi.de(N_("Telefon %(phone)s"), phone=phone),
                bi.tr(N_("Telefon %(phone)s"), phone=isolate(phone, Direction.LTR)),
            )
        day, time = a.when.date(), a.when
        when_msgid = N_("%(day)s um %(time)s Uhr")
        target = bi.tr(
            when_msgid,
            day=i18n.format_long_day(day, bi.lang),
            time=i18n.format_clock(time, bi.lang),
        )
        solar = i18n.format_solar_hijri(day, bi.lang)
        if solar is not None:
            target += f" ({solar})"
        when = bi.pair(
            bi.de(
                when_msgid, day=i18n.format_long_day(day, "de"), time=i18n.format_clock(time, "de")
            ),
            target,
            TextStyle(10, bold=True),
        )
        rows: list[tuple[str, Cell]] = [
            (N_("Was"), what or bi.label(N_("Beratungstermin"), BODY)),
            (N_("Wo"), where),
            (N_("Wann"), when),
        ]
        names = self._names(a)
        if names:
            rows.append((N_("Für"), [user_text(names)]))
        return [*rows, note]

    def _names(self, a: Appointment) -> str:
        members = self.ctx.case.members
        chosen = [m for m in members if m.uuid and m.uuid in a.members] or members[:1]
        return ", ".join(f"{m.given_names} {m.family_name}" for m in chosen)

"""Bilingual PDF inserts of the folder "Neubeginn Herne", rendered in memory from domain objects."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable

from neubeginn.model.domain.values import Agency, Case
from neubeginn.print import i18n
from neubeginn.print.bilingual import Bilingual
from neubeginn.print.context import PrintContext
from neubeginn.print.fonts import collect_replaced, register_fonts
from neubeginn.print.i18n import LANGUAGES, UnknownLanguage
from neubeginn.print.inserts import einwilligung, laufzettel, personenbogen, register, termin
from neubeginn.print.page import PAGE, SLIP, PageDecoration, Section, build_pdf, start_section


class Doc(enum.StrEnum):
    """The inserts that can be printed."""

    PERSONENBOGEN = "personenbogen"
    LAUFZETTEL = "laufzettel"
    TERMIN = "termin"  # Terminzettel, the appointment slip
    REGISTER = "register"  # divider sheets, one per topic
    EINWILLIGUNG = "einwilligung"  # consent form


_Story = Callable[[PrintContext], tuple[Section, list[Flowable]]]
_INSERTS: dict[Doc, tuple[_Story, str]] = {
    Doc.PERSONENBOGEN: (personenbogen.story, PAGE),
    Doc.LAUFZETTEL: (laufzettel.story, PAGE),
    Doc.TERMIN: (termin.story, SLIP),
    Doc.REGISTER: (register.story, PAGE),
    Doc.EINWILLIGUNG: (einwilligung.story, PAGE),
}


@dataclass(frozen=True)
class Printed:
    """A printed PDF, how many sheets each insert took (for continuation sheets), and the
    characters no font had, printed as U+FFFD (the print dialog warns about them)."""

    pdf: bytes
    sheets: dict[Doc, int]
    replaced: tuple[str, ...] = ()


def render(
    case: Case,
    docs: Sequence[Doc],
    lang: str,
    *,
    today: dt.date,
    after_seq: int = 0,
    first_sheet: int = 1,
    agencies: Sequence[Agency] = (),
) -> bytes:
    """The PDF bytes of render_printed()."""
    return render_printed(
        case,
        docs,
        lang,
        today=today,
        after_seq=after_seq,
        first_sheet=first_sheet,
        agencies=agencies,
    ).pdf


def render_printed(
    case: Case,
    docs: Sequence[Doc],
    lang: str,
    *,
    today: dt.date,
    after_seq: int = 0,
    first_sheet: int = 1,
    agencies: Sequence[Agency] = (),
) -> Printed:
    """Print `docs` for `case` in German and `lang` into one PDF and return its bytes.

    Args:
        today: the print date in the footer; Terminzettel show appointments from this day on.
        after_seq: Laufzettel continuation: print only entries with a higher seq.
        first_sheet: Laufzettel continuation: number of its first sheet.
        agencies: the agency directory; the consent form names those the case's consent lists.

    Raises:
        UnknownLanguage: `lang` is not one of LANGUAGES.
        ValueError: `docs` is empty or first_sheet is below 1.

    A character no font has does not fail the print: it is printed as U+FFFD and named in
    `Printed.replaced`.
    """
    i18n.check_language(lang)
    if not docs:
        raise ValueError("nothing to print: no insert chosen")
    if first_sheet < 1 or after_seq < 0:
        raise ValueError("first_sheet must be 1 or more and after_seq 0 or more")
    register_fonts()
    with collect_replaced() as replaced:
        pdf, sheets, titles = _build(case, docs, lang, today, after_seq, first_sheet, agencies)
    per_doc = {doc: sheets.get(title, 0) for doc, title in titles.items()}
    return Printed(pdf, per_doc, tuple(sorted(replaced)))


def _build(
    case: Case,
    docs: Sequence[Doc],
    lang: str,
    today: dt.date,
    after_seq: int,
    first_sheet: int,
    agencies: Sequence[Agency],
) -> tuple[bytes, dict[str, int], dict[Doc, str]]:
    bi = Bilingual(lang)
    ctx = PrintContext(case, bi, today, after_seq, first_sheet, tuple(agencies))
    story: list[Flowable] = []
    ordered = list(dict.fromkeys(Doc(doc) for doc in docs))
    titles: dict[Doc, str] = {}
    for doc in ordered:
        make, template = _INSERTS[doc]
        section, flowables = make(ctx)
        titles[doc] = section.title
        opening = start_section(section, template)
        story += (opening[-1:] if not story else opening) + flowables
    printed, printed_target = i18n.format_day(today, "de"), i18n.format_day(today, lang)
    decoration = PageDecoration(bi, case.number, printed, printed_target)
    pdf, sheets = build_pdf(story, _INSERTS[ordered[0]][1], decoration)
    return pdf, sheets, titles


__all__ = ["LANGUAGES", "Doc", "Printed", "UnknownLanguage", "render", "render_printed"]

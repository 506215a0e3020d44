"""The A4 page of every insert: binding margin, header with QR code, footer with page numbers."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate
from reportlab.platypus.flowables import PageBreak

from neubeginn.print import fonts
from neubeginn.print.bilingual import BLACK, GREY, Bilingual, right_align
from neubeginn.print.i18n import N_
from neubeginn.print.text import Direction, TextStyle, draw_text_line, isolate

PAGE_WIDTH, PAGE_HEIGHT = A4
#: The folder's punch holes need 25 mm on the left, on right-to-left pages too; 2 mm spare.
LEFT = 27 * mm
RIGHT = 15 * mm
TOP = 36 * mm
BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - LEFT - RIGHT
QR_SIZE = 20 * mm

CASE_NUMBER = N_("Fall-Nr. %(number)s")
PAGE_OF = N_("Seite %(page)s von %(pages)s")
PRINTED_ON = N_("gedruckt am %(date)s")

PAGE = "page"
SLIP = "slip"  # Terminzettel: three slips per sheet, each with its own header


@dataclass(frozen=True)
class Section:
    """One insert inside the printed PDF; its pages are numbered on their own."""

    title: str  # msgid of the insert's name
    first_sheet: int = 1  # a Laufzettel continuation numbers on from the folder's last sheet
    decorated: bool = True


class SectionStart(Flowable):  # type: ignore[misc]
    """Zero-size marker: the pages from here on belong to `section`."""

    def __init__(self, section: Section) -> None:
        super().__init__()
        self.section = section

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.nb_section = self.section


def start_section(section: Section, template: str = PAGE) -> list[Flowable]:
    """Flowables that open an insert on a fresh page of the given template."""
    return [NextPageTemplate(template), PageBreak(), SectionStart(section)]


Decorator = Callable[[Canvas, Section, int, int], None]


class _DecoratedCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until save(), because "Seite x von y" needs y, then decorates them."""

    def __init__(self, *args: Any, decorate: Decorator, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._pages: list[dict[str, Any]] = []
        self.nb_section: Section | None = None
        self.sheets: Counter[str] = Counter()  # pages per section title, after save()

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(id(page["nb_section"]) for page in self._pages)
        self.sheets.update(page["nb_section"].title for page in self._pages if page["nb_section"])
        seen: Counter[int] = Counter()
        for page in self._pages:
            self.__dict__.update(page)
            section = page["nb_section"]
            if section is not None and section.decorated:
                seen[id(section)] += 1
                number = section.first_sheet - 1 + seen[id(section)]
                total = section.first_sheet - 1 + totals[id(section)]
                self._decorate(self, section, number, total)
            super().showPage()
        super().save()


@lru_cache(maxsize=32)
def _qr_modules(data: str) -> tuple[tuple[bool, ...], ...]:
    """The dark modules of a QR code, quiet zone included: encoded once, not on each of the
    19 pages (9 % of a render's time, print audit)."""
    qr = segno.make_qr(data, error="m")
    return tuple(tuple(bool(cell) for cell in row) for row in qr.matrix_iter(scale=1, border=2))


def draw_qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """A QR code of `data` with its quiet zone, lower left corner at (x, y)."""
    rows = _qr_modules(data)
    module = size / len(rows)
    canvas.setFillColorRGB(*BLACK)
    for r, row in enumerate(rows):
        c = 0
        while c < len(row):  # one rectangle per run of dark modules keeps the PDF small
            if not row[c]:
                c += 1
                continue
            run = c
            while run < len(row) and row[run]:
                run += 1
            top = y + size - (r + 1) * module
            canvas.rect(x + c * module, top, (run - c) * module, module, stroke=0, fill=1)
            c = run


@dataclass(frozen=True)
class PageDecoration:
    """Header and footer of the case's pages in German and the target language."""

    bi: Bilingual
    case_number: str
    printed: str  # print date, German
    printed_target: str  # print date, target language

    @property
    def lang(self) -> str:
        """The document's language (/Lang): German, the language of most of its text."""
        return "de-DE"

    def __call__(self, canvas: Canvas, section: Section, number: int, total: int) -> None:
        bi = self.bi
        top = PAGE_HEIGHT - 13 * mm
        qr_x = PAGE_WIDTH - RIGHT - QR_SIZE
        half = (qr_x - 4 * mm - LEFT) / 2
        ltr, rtl_or_ltr = Direction.LTR, bi.direction
        strong = TextStyle(size=12, bold=True)
        plain = TextStyle(size=9)
        draw_text_line(canvas, "Neubeginn Herne", LEFT, top, half, strong, ltr)
        draw_text_line(canvas, section.title, LEFT, top - 6 * mm, half, plain, ltr)
        number_de = bi.de(CASE_NUMBER, number=self.case_number)
        draw_text_line(canvas, number_de, LEFT, top - 11 * mm, half, plain, ltr)
        if bi.bilingual:
            x = LEFT + half
            head = bi.target_style(TextStyle(size=9, align=right_align(rtl_or_ltr)))
            draw_text_line(canvas, bi.tr(section.title), x, top - 6 * mm, half, head, rtl_or_ltr)
            number_tr = bi.tr(CASE_NUMBER, number=isolate(self.case_number, ltr))
            draw_text_line(canvas, number_tr, x, top - 11 * mm, half, head, rtl_or_ltr)
        draw_qr(canvas, self.case_number, qr_x, PAGE_HEIGHT - 8 * mm - QR_SIZE, QR_SIZE)
        canvas.setStrokeColorRGB(*GREY)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, PAGE_HEIGHT - 30 * mm, PAGE_WIDTH - RIGHT, PAGE_HEIGHT - 30 * mm)
        canvas.line(LEFT, BOTTOM - 5 * mm, PAGE_WIDTH - RIGHT, BOTTOM - 5 * mm)
        footer = TextStyle(size=7.5, color=GREY)
        pages = {"page": str(number), "pages": str(total)}
        german = bi.de(PAGE_OF, **pages)
        german += " · " + bi.de(PRINTED_ON, date=self.printed)
        draw_text_line(canvas, german, LEFT, BOTTOM - 10 * mm, FRAME_WIDTH / 2, footer, ltr)
        if bi.bilingual:
            target = bi.tr(PAGE_OF, **pages)
            target += " · " + bi.tr(PRINTED_ON, date=self.printed_target)
            style = bi.target_style(TextStyle(size=7.5, align=right_align(rtl_or_ltr)))
            x = LEFT + FRAME_WIDTH / 2
            draw_text_line(canvas, target, x, BOTTOM - 10 * mm, FRAME_WIDTH / 2, style, rtl_or_ltr)


def build_pdf(
    story: list[Flowable], first_template: str, decorate: PageDecoration
) -> tuple[bytes, dict[str, int]]:
    """Lay out the story on A4 pages; the PDF bytes (in memory, never a file) and the number
    of pages of each section, by title."""
    buffer = io.BytesIO()
    page_frame = Frame(LEFT, BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - TOP - BOTTOM, 0, 0, 0, 0)
    slip_frame = Frame(0, 0, PAGE_WIDTH, PAGE_HEIGHT, 0, 0, 0, 0)
    templates = [PageTemplate(PAGE, [page_frame]), PageTemplate(SLIP, [slip_frame])]
    templates.sort(key=lambda template: template.id != first_template)
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        pageTemplates=templates,
        title=f"Neubeginn Herne {decorate.case_number}",
        author="Neubeginn Herne",
        invariant=True,
        # reportlab starts every page with a font selection; with its default that is an
        # unembedded Helvetica, which print-shop preflight and PDF/A reject
        initialFontName=fonts.LATIN,
        lang=decorate.lang,
    )

    canvases: list[_DecoratedCanvas] = []

    def canvasmaker(*args: Any, **kwargs: Any) -> _DecoratedCanvas:
        canvases.append(_DecoratedCanvas(*args, decorate=decorate, **kwargs))
        return canvases[-1]

    document.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue(), dict(canvases[-1].sheets)

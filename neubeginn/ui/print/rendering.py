"""Rendering, merging and painting the printed inserts; every function here runs in the runner.

Why pypdfium2 merges the PDFs: the print package renders one case in one target language per
call (reportlab cannot append to an existing PDF), but a case with two languages and a batch
of cases must reach the printer and the "save" button as ONE document. Printing each part as
its own print job would split a batch into dozens of spool jobs and still leave saving
without a single file; a ZIP is not something a person can print. pypdfium2 copies whole
pages in memory (no temporary file), keeps text and fonts as they are (nothing rasterised),
and is the PDFium engine the tests already use to read our PDFs. The calls all run on the
runner's one worker thread, which keeps PDFium's "one thread at a time" rule.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import pypdfium2 as pdfium
from babel import Locale
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from neubeginn.model import Agency, Case, Vault
from neubeginn.print import Doc, render_printed
from neubeginn.print.i18n import SOURCE_LANGUAGE, TARGET_LANGUAGES

# Pages reach the printer as images (QtPdf has no vector path into a QPainter). 300 dpi keeps
# the text crisp on paper; a 1200 dpi printer would otherwise need ~0.5 GB per A4 page.
MAX_PRINT_DPI = 300


def language_name(code: str) -> str:
    """The German name of a print language from CLDR ("fa-AF" is "Dari")."""
    name = Locale("de").languages.get(code.replace("-", "_"))
    return str(name or Locale.parse(code, sep="-").get_display_name("de") or code)


def language_choices() -> list[tuple[str, str]]:
    """(code, German name) of every language the inserts can be printed in next to German."""
    return [(code, language_name(code)) for code in TARGET_LANGUAGES]


@dataclass(frozen=True)
class PrintChoice:
    """What to print: the inserts, the languages next to German, Laufzettel continuation.

    An empty `languages` means "each case's own print languages" (batches)."""

    docs: tuple[Doc, ...]
    languages: tuple[str, ...]
    continuation: bool = False  # the Laufzettel only with entries not yet printed


@dataclass(frozen=True)
class Rendered:
    """One case's PDF and what its print must record in the vault."""

    number: str
    pdf: bytes
    last_seq: int  # the newest Laufzettel entry the PDF holds
    laufzettel_sheets: int | None  # sheets of one language copy; None: no Laufzettel printed


def render_case(
    vault: Vault, case: Case, agencies: Sequence[Agency], choice: PrintChoice, today: dt.date
) -> Rendered:
    """Render `choice` for one case, one copy per language, merged into one PDF."""
    after_seq, sheets = 0, 0
    if choice.continuation and Doc.LAUFZETTEL in choice.docs:
        after_seq, sheets = vault.laufzettel.print_state(case.number)
    languages = choice.languages or case.print_languages or (SOURCE_LANGUAGE,)
    parts = [
        render_printed(
            case,
            choice.docs,
            lang,
            today=today,
            after_seq=after_seq,
            first_sheet=sheets + 1,
            agencies=agencies,
        )
        for lang in languages
    ]
    laufzettel = [part.sheets[Doc.LAUFZETTEL] for part in parts if Doc.LAUFZETTEL in part.sheets]
    pdf = merge_pdfs([part.pdf for part in parts])
    return Rendered(
        case.number,
        pdf,
        max((entry.seq for entry in case.laufzettel), default=0),
        max(laufzettel) if laufzettel else None,
    )


def render_batch(
    vault: Vault,
    numbers: Sequence[str],
    choice: PrintChoice,
    today: dt.date,
    cancelled: threading.Event,
    report: Callable[[int, int], None],
) -> tuple[bytes | None, list[Rendered]]:
    """Render case after case into one PDF; stops between cases once `cancelled` is set
    (then there is no PDF). `report(done, total)` is called after each case.

    Each case's pages go into the one document as soon as they are rendered and its own PDF
    is dropped (the Rendered returned carry no bytes): holding 500 PDFs and merging them at
    the end took 136 MiB more at its peak (docs/benchmarks.md).
    """
    agencies = vault.agencies.all()
    done: list[Rendered] = []
    with _Merged() as merged:
        for number in numbers:
            if cancelled.is_set():
                return None, done
            rendered = render_case(vault, vault.cases.get(number), agencies, choice, today)
            merged.add(rendered.pdf)
            done.append(replace(rendered, pdf=b""))
            report(len(done), len(numbers))
        return merged.pdf(), done


def record_prints(vault: Vault, rendered: Sequence[Rendered]) -> None:
    """Audit each print or save; a Laufzettel print also moves the continuation state on."""
    for item in rendered:
        if item.laufzettel_sheets is not None:
            vault.laufzettel.record_print(item.number, item.last_seq, item.laufzettel_sheets)
        else:
            vault.cases.record_print(item.number)


def merge_pdfs(pdfs: Sequence[bytes]) -> bytes:
    """One PDF of all pages of `pdfs` in order, made in memory."""
    if len(pdfs) == 1:
        return pdfs[0]
    with _Merged() as merged:
        for pdf in pdfs:
            merged.add(pdf)
        return merged.pdf()


class _Merged:
    """A PDF built in memory by appending the pages of other PDFs, one source at a time."""

    def __init__(self) -> None:
        self._document = pdfium.PdfDocument.new()

    def __enter__(self) -> _Merged:
        return self

    def __exit__(self, *_: object) -> None:
        self._document.close()

    def add(self, pdf: bytes) -> None:
        source = pdfium.PdfDocument(pdf)
        try:
            self._document.import_pages(source)
        finally:
            source.close()

    def pdf(self) -> bytes:
        out = io.BytesIO()
        self._document.save(out)
        return out.getvalue()


def paint_pdf(pdf: bytes, printer: QPrinter, cancelled: threading.Event | None = None) -> int:
    """Paint every page of `pdf` onto `printer`, one page image at a time; return the pages.

    Runs off the GUI thread: Qt allows QPainter on a QPrinter and a QImage in any thread.
    A set `cancelled` aborts the print job between pages.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError(f"PDF not readable: {document.error()}")
    printer.setFullPage(True)  # the PDF pages carry their own margins
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        for index in range(document.pageCount()):
            if cancelled is not None and cancelled.is_set():
                printer.abort()
                return index
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            scale = min(paper.width() / points.width(), paper.height() / points.height())
            image = _page_image(document, index, points.width(), points.height(), dpi)
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            painter.drawImage(target, image)
        return document.pageCount()
    finally:
        painter.end()
        document.close()
        buffer.close()


def _page_image(
    document: QPdfDocument, index: int, width: float, height: float, dpi: int
) -> QImage:
    """The page on white paper: QtPdf renders a transparent background, and an alpha channel
    would make every printed page carry a mask."""
    size = QSize(round(width * dpi / 72), round(height * dpi / 72))
    page = document.render(index, size)
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper

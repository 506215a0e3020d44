"""Painting a printed PDF onto a QPrinter, page by page, in the runner's worker thread.

What is printed and how it is recorded is the print service's (neubeginn.services.printing);
this module only brings its PDF to paper, which needs Qt.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# Pages reach the printer as images (QtPdf has no vector path into a QPainter). 300 dpi keeps
# the text crisp on paper; a 1200 dpi printer would otherwise need ~0.5 GB per A4 page.
MAX_PRINT_DPI = 300


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

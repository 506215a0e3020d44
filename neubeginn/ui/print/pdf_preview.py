"""PdfPreview: a PDF shown from memory, page under page, fitted to the width."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


class PdfPreview(QPdfView):
    """Shows the bytes of a PDF; QtPdf reads them from memory, so they never touch the disk."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._buffer: QBuffer | None = None
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setDocument(QPdfDocument(self))
        self.setMinimumSize(360, 420)

    def show_pdf(self, pdf: bytes) -> int:
        """Show `pdf` in place of what was shown; returns its number of pages."""
        document = self.document()
        document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(self._buffer)
        return document.pageCount()

    def close_pdf(self) -> None:
        """Show nothing any more (the dialog closes)."""
        self.document().close()

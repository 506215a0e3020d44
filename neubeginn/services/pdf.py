"""One PDF made of the pages of several, in memory, with pypdfium2.

Why pypdfium2: the print package renders one case in one target language per call (reportlab
cannot append to an existing PDF), but a case with two languages and a batch of cases must
reach the printer and the saved file as ONE document. Printing each part as its own job
would split a batch into dozens of spool jobs and still leave saving without a single file;
a ZIP is not something a person can print. pypdfium2 copies whole pages in memory (no
temporary file), keeps text and fonts as they are (nothing rasterised), and is the PDFium
engine the tests already use to read our PDFs. PDFium allows one thread at a time: callers
run these functions on one thread (the desktop client's runner has a single worker).
"""

from __future__ import annotations

import io
from collections.abc import Iterable

import pypdfium2 as pdfium


class MergedPdf:
    """A PDF built by appending the pages of other PDFs, one source at a time.

    A single source comes back byte for byte: a one-case print is exactly what the print
    engine made.
    """

    def __init__(self) -> None:
        self._first: bytes | None = None
        self._document: pdfium.PdfDocument | None = None

    def __enter__(self) -> MergedPdf:
        return self

    def __exit__(self, *_: object) -> None:
        if self._document is not None:
            self._document.close()

    def add(self, pdf: bytes) -> None:
        """Append every page of `pdf`; its bytes are not kept once a second one arrives."""
        if self._first is None and self._document is None:
            self._first = pdf
            return
        if self._document is None:
            self._document = pdfium.PdfDocument.new()
            self._import(self._first or b"")
            self._first = None
        self._import(pdf)

    def pdf(self) -> bytes:
        """The merged document."""
        if self._document is None:
            if self._first is None:
                raise ValueError("nothing to merge: no PDF added")
            return self._first
        out = io.BytesIO()
        self._document.save(out)
        return out.getvalue()

    def _import(self, pdf: bytes) -> None:
        assert self._document is not None
        source = pdfium.PdfDocument(pdf)
        try:
            self._document.import_pages(source)
        finally:
            source.close()


def merge_pdfs(pdfs: Iterable[bytes]) -> bytes:
    """One PDF of all pages of `pdfs` in order."""
    with MergedPdf() as merged:
        for pdf in pdfs:
            merged.add(pdf)
        return merged.pdf()

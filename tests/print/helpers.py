"""Reading printed PDFs back: text layer and glyph boxes through pypdfium2."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import pypdfium2 as pdfium

from neubeginn.model.domain.values import Case
from neubeginn.print import Doc, render
from neubeginn.print.sample import sample_agencies, sample_case

TODAY = dt.date(2026, 3, 9)
MM = 72 / 25.4


@dataclass(frozen=True)
class Page:
    text: str
    width: float
    height: float
    boxes: list[tuple[str, float, float, float, float]]  # char, left, bottom, right, top


def read_pdf(pdf: bytes) -> list[Page]:
    document = pdfium.PdfDocument(pdf)
    pages = []
    for page in document:
        textpage = page.get_textpage()
        boxes = []
        for i in range(textpage.count_chars()):
            char = textpage.get_text_range(i, 1)
            if char.strip():
                boxes.append((char, *textpage.get_charbox(i)))
        width, height = page.get_size()
        pages.append(Page(textpage.get_text_range(), width, height, boxes))
    document.close()
    return pages


def flat(text: str) -> str:
    """Text with line breaks as spaces: a wrapped label still matches."""
    return " ".join(text.split())


def print_sample(docs: list[Doc], lang: str, case: Case | None = None, **options: object) -> bytes:
    case = case or sample_case(TODAY)
    return render(case, docs, lang, today=TODAY, agencies=sample_agencies(), **options)  # type: ignore[arg-type]


def with_laufzettel(case: Case, count: int) -> Case:
    """The sample case with `count` Laufzettel entries made from its own."""
    entries = [
        dataclasses.replace(case.laufzettel[i % len(case.laufzettel)], seq=i + 1, amends=None)
        for i in range(count)
    ]
    return dataclasses.replace(case, laufzettel=tuple(entries))

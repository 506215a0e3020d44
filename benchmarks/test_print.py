"""Figures of issue 5: one bilingual print pack, a 500-pack batch, and LibreOffice beside them.

A pack is a Personenbogen plus a Laufzettel of exactly 20 entries, German next to Arabic, of
a demo household (the demo Laufzettel has at most 15 entries, so each is filled up with the
first entries of other demo households, sorted by date and renumbered 1..20). Run:

    .venv/bin/python -m pytest benchmarks/test_print.py --benchmark-only -s

The LibreOffice figures need `soffice` (Debian: libreoffice-writer-nogui and fonts-noto-core;
a benchmark tool only, not a project dependency); without it those tests are skipped. Set
NEUBEGINN_BENCH_OUT=DIR to keep the compared PDFs and their PNGs. The batch figures come from
a fresh interpreter each (`python -c`, importing this file), so earlier tests cannot raise the peak.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import io
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

import psutil
import pypdfium2 as pdfium
import pytest
import segno
from pytest_benchmark.fixture import BenchmarkFixture
from reportlab.platypus import Flowable, Spacer, Table

from neubeginn.demo import demo_agencies, demo_households
from neubeginn.model.domain.values import Agency, Case, LaufzettelEntry
from neubeginn.print import Doc, i18n, render
from neubeginn.print.bilingual import GREY, Bilingual
from neubeginn.print.context import PrintContext
from neubeginn.print.fonts import MissingGlyph
from neubeginn.print.inserts import laufzettel, personenbogen
from neubeginn.print.page import CASE_NUMBER, FRAME_WIDTH, PAGE_OF, PRINTED_ON, QR_SIZE
from neubeginn.print.text import BidiParagraph, Direction, TextStyle, isolate
from neubeginn.services.pdf import merge_pdfs

TODAY = dt.date(2026, 11, 25)
DOCS = (Doc.PERSONENBOGEN, Doc.LAUFZETTEL)
ENTRIES = 20
MEMBERS = 4  # the single pack: the first Arabic-printing household of four
BATCH = 500
STEP = 50
LO_BATCH = 20
ROUNDS = 30
BERLIN = ZoneInfo("Europe/Berlin")
HERE = Path(__file__).resolve().parent


# --- the cases ---------------------------------------------------------------------------


def _extend(case: Case, donors: Iterator[Case]) -> Case:
    """`case` with exactly ENTRIES Laufzettel entries: its own, then the first entries of other
    demo households, all in date order and renumbered 1..ENTRIES (amends follow the entry)."""
    chunks: list[tuple[LaufzettelEntry, ...]] = [case.laufzettel[:ENTRIES]]
    wanted = ENTRIES - len(chunks[0])
    while wanted > 0:
        chunk = next(donors).laufzettel[:wanted]  # a prefix: what it amends is inside
        chunks.append(chunk)
        wanted -= len(chunk)
    tagged = sorted(
        (
            (entry.when, index, entry.seq, entry)
            for index, chunk in enumerate(chunks)
            for entry in chunk
        ),
        key=lambda item: item[:3],
    )
    seqs = {(index, seq): number for number, (_, index, seq, _) in enumerate(tagged, start=1)}
    entries = tuple(
        dataclasses.replace(
            entry,
            seq=seqs[index, seq],
            amends=None if entry.amends is None else seqs[index, entry.amends],
            members=() if index else entry.members,
        )
        for _, index, seq, entry in tagged
    )
    return dataclasses.replace(case, laufzettel=entries)


def packs(count: int, lang: str = "ar", members: int | None = None) -> Iterator[Case]:
    """`count` different demo households that print `lang` (with `members` members if given),
    each with a Laufzettel of exactly ENTRIES entries."""
    agencies = demo_agencies()
    donors = iter(demo_households(10**9, seed=7, today=TODAY, agencies=agencies))
    found = 0
    for case in demo_households(10**9, seed=2026, today=TODAY, agencies=agencies):
        if lang not in case.print_languages:
            continue
        if members is not None and len(case.members) != members:
            continue
        yield _extend(case, donors)
        found += 1
        if found == count:
            return


def _render(case: Case, lang: str, agencies: Sequence[Agency]) -> bytes:
    return render(case, DOCS, lang, today=TODAY, agencies=agencies)


def _pages(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


# --- 1. one pack, warm --------------------------------------------------------------------


@pytest.fixture(scope="module")
def pack() -> Case:
    return next(packs(1, members=MEMBERS))


@pytest.mark.parametrize("lang", ["ar", "ru", "fa"])
def test_pack_warm(benchmark: BenchmarkFixture, pack: Case, lang: str) -> None:
    """Personenbogen + 20-entry Laufzettel of one household, German next to `lang`, warm."""
    agencies = demo_agencies()
    pdf = _render(pack, lang, agencies)  # fonts registered, shaping and layout caches warm
    benchmark.pedantic(_render, args=(pack, lang, agencies), rounds=ROUNDS, warmup_rounds=2)
    cpu = []
    for _ in range(10):
        start = time.process_time()
        _render(pack, lang, agencies)
        cpu.append(time.process_time() - start)
    wall = benchmark.stats.stats
    benchmark.extra_info.update(
        pages=_pages(pdf), cpu_median_ms=statistics.median(cpu) * 1000, load=_load()
    )
    print(
        f"\npack de/{lang} {pack.number}: {len(pack.members)} members, {len(pack.laufzettel)}"
        f" entries, {_pages(pdf)} pages, {len(pdf) / 1024:.0f} KiB; wall median"
        f" {wall.median * 1000:.1f} ms (min {wall.min * 1000:.1f}), CPU median"
        f" {statistics.median(cpu) * 1000:.1f} ms; load {_load()}"
    )


def test_pack_cold(benchmark: BenchmarkFixture) -> None:
    """The first pack in a fresh interpreter: imports, font registration, first render."""
    result = benchmark.pedantic(lambda: _worker("_cold()"), rounds=3)
    benchmark.extra_info.update(result)
    print(
        f"\ncold de/ar: import {result['import_s'] * 1000:.0f} ms, first render"
        f" {result['first_s'] * 1000:.0f} ms, second {result['second_s'] * 1000:.0f} ms"
    )


# --- 2. 500 packs -------------------------------------------------------------------------


# Runs in a fresh interpreter: times the print package's import, then loads this file.
_SCRIPT = """
import time
started = time.perf_counter()
import neubeginn.print, neubeginn.demo.households
imported = time.perf_counter()
import json, sys
sys.path.insert(0, {here!r})
import test_print as bench
print(json.dumps(bench.{call} | {{"import_s": imported - started}}))
"""


def _worker(call: str) -> dict[str, Any]:
    """Run `call` of this module in a fresh interpreter and return its result (JSON)."""
    script = _SCRIPT.format(here=str(HERE), call=call)
    done = subprocess.run(
        [sys.executable, "-c", script],
        check=True,
        capture_output=True,
        text=True,
        cwd=HERE.parent,
        timeout=3600,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("mode", ["merge", "append", "discard"])
def test_batch_500(benchmark: BenchmarkFixture, mode: str) -> None:
    """500 packs into one PDF. merge: render all, then merge_pdfs (the UI's batch until the
    second session); append: each pack imported into one growing PDF and dropped at once (as
    the UI's render_batch does now); discard: each pack rendered and dropped, no output (the
    engine's own memory)."""
    result = benchmark.pedantic(lambda: _worker(f"_batch({mode!r})"), rounds=1)
    benchmark.extra_info.update(result)
    rss = ", ".join(f"{n}: {mib:.0f}" for n, mib in result["rss_mib"])
    print(
        f"\nbatch {mode}: {BATCH} packs, {result['pages']} pages, {result['mib']:.1f} MiB PDF;"
        f" render {result['render_s']:.1f} s ({result['per_pack_ms']:.0f} ms/pack, CPU"
        f" {result['cpu_s']:.1f} s), merge/save {result['merge_s']:.2f} s; peak RSS"
        f" {result['peak_mib']:.0f} MiB; RSS MiB after packs: {rss}; load {result['load']}"
        f"\n  households that did not render (skipped, {result['failed_s']:.1f} s):"
        f" {result['failed']} {result['failures']}"
    )


def _batch(mode: str) -> dict[str, object]:
    agencies = demo_agencies()
    cases = list(packs(BATCH * 3 // 2))  # spares: some households do not render (see below)
    _render(next(packs(1, members=MEMBERS)), "ar", agencies)  # warm, as in a running client
    process = psutil.Process()
    mib = 1024 * 1024
    rss: list[tuple[int, float]] = [(0, process.memory_info().rss / mib)]
    pdfs: list[bytes] = []
    merged_doc = pdfium.PdfDocument.new()
    failures: Counter[str] = Counter()
    failed_s, rendered = 0.0, 0
    start, cpu = time.perf_counter(), time.process_time()
    for case in cases:
        began = time.perf_counter()
        try:
            pdf = _render(case, "ar", agencies)
        except Exception as error:  # an engine bug: count it, report it, go on
            failures[_cause(error)] += 1
            failed_s += time.perf_counter() - began
            continue
        rendered += 1
        if mode == "merge":
            pdfs.append(pdf)
        elif mode == "append":
            source = pdfium.PdfDocument(pdf)
            merged_doc.import_pages(source)
            source.close()
        if rendered % STEP == 0:
            rss.append((rendered, process.memory_info().rss / mib))
        if rendered == BATCH:
            break
    render_s, cpu_s = time.perf_counter() - start, time.process_time() - cpu
    start = time.perf_counter()
    if mode == "merge":
        merged = merge_pdfs(pdfs)
    elif mode == "discard":
        merged = pdf
    else:
        buffer = io.BytesIO()
        merged_doc.save(buffer)
        merged = buffer.getvalue()
    merge_s = time.perf_counter() - start
    merged_doc.close()
    rss.append((-1, process.memory_info().rss / mib))  # -1: after merging/saving
    return {
        "render_s": render_s,
        "cpu_s": cpu_s,
        "per_pack_ms": (render_s - failed_s) / BATCH * 1000,
        "failed": sum(failures.values()),
        "failed_s": failed_s,
        "failures": dict(failures),
        "merge_s": merge_s,
        "pages": _pages(merged),
        "mib": len(merged) / mib,
        "rss_mib": rss,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "load": _load(),
    }


def _cause(error: Exception) -> str:
    """The kind of failure; for a missing glyph, its script (first word of its name)."""
    if isinstance(error, MissingGlyph):
        return f"MissingGlyph {unicodedata.name(error.char, '?').split()[0]}"
    return type(error).__name__


def _renderable(count: int, agencies: Sequence[Agency]) -> list[Case]:
    """The first `count` packs our engine renders (some hit engine bugs, see _batch)."""
    chosen = []
    for case in packs(count * 2):
        try:
            _render(case, "ar", agencies)
        except Exception:  # skipped here, counted in the batch figures
            continue
        chosen.append(case)
        if len(chosen) == count:
            break
    return chosen


def _cold() -> dict[str, object]:
    """The first and second render in this (fresh) interpreter."""
    case = next(packs(1, members=MEMBERS))
    agencies = demo_agencies()
    first = time.perf_counter()
    _render(case, "ar", agencies)
    second = time.perf_counter()
    _render(case, "ar", agencies)
    return {"first_s": second - first, "second_s": time.perf_counter() - second}


# --- 3. LibreOffice -----------------------------------------------------------------------


def _colour(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)


_NAMESPACES = " ".join(
    f'xmlns:{prefix}="{uri}"'
    for prefix, uri in {
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
        "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
        "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
        "xlink": "http://www.w3.org/1999/xlink",
    }.items()
)
_PAGE_FIELD, _PAGES_FIELD = "@@PAGE@@", "@@PAGES@@"


class _Fodt:
    """A flat ODF text document written from the same story our engine lays out: the same
    paragraphs (text, size, weight, colour, direction, alignment), the same tables (column
    widths, repeated header rows, spans, shading, ruled empty rows), header and footer."""

    def __init__(self, case: Case, lang: str) -> None:
        self.case, self.bi = case, Bilingual(lang)
        self.styles: dict[tuple[object, ...], str] = {}
        self.automatic: list[str] = []
        self.tables = 0

    def paragraph_style(
        self, style: TextStyle, direction: Direction, master: str | None = None
    ) -> str:
        key = (style, direction, master)
        if key not in self.styles:
            name = f"P{len(self.styles) + 1}"
            self.styles[key] = name
            weight = "bold" if style.bold else "normal"
            page = f' style:master-page-name="{master}"' if master else ""
            number = ' style:page-number="1"' if master else ""
            rtl = direction is Direction.RTL
            mode = "rl-tb" if rtl else "lr-tb"
            # absolute sides: LibreOffice 7.4 reads "start" as left even in rl-tb paragraphs
            align = {"start": "right" if rtl else "left", "end": "left" if rtl else "right"}
            self.automatic.append(
                f'<style:style style:name="{name}" style:family="paragraph"{page}>'
                f'<style:paragraph-properties fo:line-height="{style.line_height}pt"'
                f' fo:text-align="{align.get(style.align, style.align)}"'
                f' style:writing-mode="{mode}"{number}/>'
                f'<style:text-properties fo:font-size="{style.size}pt"'
                f' style:font-size-complex="{style.size}pt" fo:font-weight="{weight}"'
                f' style:font-weight-complex="{weight}" fo:color="{_colour(style.color)}"/>'
                "</style:style>"
            )
        return self.styles[key]

    def paragraph(self, p: BidiParagraph, master: str | None = None) -> str:
        text = "<text:line-break/>".join(escape(line) for line in p.text.split("\n"))
        name = self.paragraph_style(p.style, p.direction, master)
        return f'<text:p text:style-name="{name}">{text}</text:p>'

    def flowables(self, items: Sequence[Flowable] | str, master: str | None = None) -> str:
        out: list[str] = []
        for item in [] if isinstance(items, str) else items:
            if isinstance(item, BidiParagraph):
                out.append(self.paragraph(item, master))
            elif isinstance(item, Table):
                out.append(self.table(item))
            elif isinstance(item, Spacer):
                height = item.height
                out.append(self.paragraph(BidiParagraph("", TextStyle(1, height), Direction.LTR)))
            else:
                raise TypeError(f"no ODF form for {type(item).__name__}")
            master = None
        return "".join(out) or '<text:p text:style-name="Empty"/>'

    def table(self, table: Table) -> str:
        self.tables += 1
        name = f"T{self.tables}"
        widths: list[float] = list(table._colWidths)
        heights: list[float | None] = list(table._argH)
        spanned = any(cmd[1] == (0, 0) for cmd in getattr(table, "_spanCmds", []))
        self.automatic.append(
            f'<style:style style:name="{name}" style:family="table"><style:table-properties'
            f' style:width="{sum(widths)}pt" table:align="left"/></style:style>'
        )
        columns = []
        for index, width in enumerate(widths):
            self.automatic.append(
                f'<style:style style:name="{name}.C{index}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{width}pt"/></style:style>'
            )
            columns.append(f'<table:table-column table:style-name="{name}.C{index}"/>')
        rows = []
        for r, row in enumerate(table._cellvalues):
            height = heights[r] if r < len(heights) else None
            row_style = ""
            if height:
                row_name = f"{name}.R{r}"
                self.automatic.append(
                    f'<style:style style:name="{row_name}" style:family="table-row">'
                    f'<style:table-row-properties style:row-height="{height}pt"/></style:style>'
                )
                row_style = f' table:style-name="{row_name}"'
            cell_style = "CellShaded" if r == 0 else "Cell"
            cells = []
            if r == 0 and spanned:
                cells.append(
                    f'<table:table-cell table:style-name="{cell_style}"'
                    f' table:number-columns-spanned="{len(widths)}" office:value-type="string">'
                    f"{self.flowables(row[0])}</table:table-cell>"
                )
                cells += ["<table:covered-table-cell/>"] * (len(widths) - 1)
            else:
                cells += [
                    f'<table:table-cell table:style-name="{cell_style}" office:value-type="string">'
                    f"{self.flowables(cell)}</table:table-cell>"
                    for cell in row
                ]
            xml = f"<table:table-row{row_style}>{''.join(cells)}</table:table-row>"
            if r == 0 and table.repeatRows:
                xml = f"<table:table-header-rows>{xml}</table:table-header-rows>"
            rows.append(xml)
        return (
            f'<table:table table:name="{name}" table:style-name="{name}">'
            f"{''.join(columns)}{''.join(rows)}</table:table>"
            '<text:p text:style-name="Empty"/>'
        )

    def master_page(self, name: str, title: str) -> str:
        """A4 with the binding margin; header: programme, insert and case number in both
        languages, QR code of the case number; footer: page numbers and print date."""
        bi, number = self.bi, self.case.number
        ltr, rtl = Direction.LTR, bi.direction
        strong, plain = TextStyle(size=12, bold=True), TextStyle(size=9)
        target = bi.target_style(TextStyle(size=9, align="start" if rtl is rtl.RTL else "end"))
        german = "".join(
            self.paragraph(BidiParagraph(text, style, ltr))
            for text, style in (
                ("Neubeginn Herne", strong),
                (title, plain),
                (bi.de(CASE_NUMBER, number=number), plain),
            )
        )
        translated = self.paragraph(BidiParagraph("", strong, rtl)) + "".join(
            self.paragraph(BidiParagraph(text, target, rtl))
            for text in (bi.tr(title), bi.tr(CASE_NUMBER, number=isolate(number, ltr)))
        )
        qr = io.BytesIO()
        segno.make_qr(number, error="m").save(qr, kind="png", scale=4, border=2)
        image = (
            '<text:p text:style-name="QR">'
            f'<draw:frame draw:name="QR {name}" text:anchor-type="as-char" svg:width="{QR_SIZE}pt"'
            f' svg:height="{QR_SIZE}pt"><draw:image><office:binary-data>'
            f"{base64.b64encode(qr.getvalue()).decode()}</office:binary-data></draw:image>"
            "</draw:frame></text:p>"
        )
        half = (FRAME_WIDTH - QR_SIZE - 11.34) / 2
        header = self._layout_table(f"{name}H", [half, half, FRAME_WIDTH - 2 * half])
        fields = {
            _PAGE_FIELD: "<text:page-number>1</text:page-number>",
            _PAGES_FIELD: "<text:page-count>1</text:page-count>",
        }
        footer_style = TextStyle(size=7.5, color=GREY)
        printed = i18n.format_day(TODAY, "de")
        foot_de = bi.de(PAGE_OF, page=_PAGE_FIELD, pages=_PAGES_FIELD)
        foot_de += " · " + bi.de(PRINTED_ON, date=printed)
        foot_tr = bi.tr(PAGE_OF, page=_PAGE_FIELD, pages=_PAGES_FIELD)
        foot_tr += " · " + bi.tr(PRINTED_ON, date=i18n.format_day(TODAY, bi.lang))
        foot_tr_style = bi.target_style(TextStyle(size=7.5, align="start"))
        footer = "".join(
            f'<table:table-cell table:style-name="Plain">{self.paragraph(BidiParagraph(t, s, d))}'
            "</table:table-cell>"
            for t, s, d in ((foot_de, footer_style, ltr), (foot_tr, foot_tr_style, rtl))
        )
        for char, field in fields.items():
            footer = footer.replace(char, field)
        return (
            f'<style:master-page style:name="{name}" style:page-layout-name="A4">'
            f"<style:header>{header}<table:table-row>"
            f'<table:table-cell table:style-name="Plain">{german}</table:table-cell>'
            f'<table:table-cell table:style-name="Plain">{translated}</table:table-cell>'
            f'<table:table-cell table:style-name="Plain">{image}</table:table-cell>'
            "</table:table-row></table:table></style:header>"
            f"<style:footer>{self._layout_table(f'{name}F', [FRAME_WIDTH / 2] * 2)}"
            f"<table:table-row>{footer}</table:table-row></table:table></style:footer>"
            "</style:master-page>"
        )

    def _layout_table(self, name: str, widths: Sequence[float]) -> str:
        self.automatic.append(
            f'<style:style style:name="{name}" style:family="table"><style:table-properties'
            f' style:width="{sum(widths)}pt" table:align="left"/></style:style>'
        )
        columns = ""
        for index, width in enumerate(widths):
            self.automatic.append(
                f'<style:style style:name="{name}.C{index}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{width}pt"/></style:style>'
            )
            columns += f'<table:table-column table:style-name="{name}.C{index}"/>'
        return f'<table:table table:name="{name}" table:style-name="{name}">{columns}'

    def document(self) -> str:
        ctx = PrintContext(self.case, self.bi, TODAY, agencies=tuple(demo_agencies()))
        body, masters = [], []
        for index, make in enumerate((personenbogen.story, laufzettel.story)):
            section, flowables = make(ctx)
            name = f"M{index}"
            masters.append(self.master_page(name, section.title))
            body.append(self.flowables(flowables, master=name))
        lang = self.bi.lang.split("-")[0]
        complex_lang = lang if self.bi.direction is Direction.RTL else "ar"
        cell = 'fo:border="0.4pt solid #b3b3b3" style:vertical-align="top" fo:padding="2.5pt"'
        return (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {_NAMESPACES}'
            ' office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            "<office:font-face-decls>"
            '<style:font-face style:name="Noto Sans" svg:font-family="&apos;Noto Sans&apos;"'
            ' style:font-family-generic="swiss"/>'
            '<style:font-face style:name="Noto Sans Arabic"'
            ' svg:font-family="&apos;Noto Sans Arabic&apos;"/>'
            "</office:font-face-decls><office:styles>"
            '<style:default-style style:family="paragraph">'
            '<style:paragraph-properties fo:margin-top="0pt" fo:margin-bottom="0pt"/>'
            '<style:text-properties style:font-name="Noto Sans" style:font-name-asian="Noto Sans"'
            ' style:font-name-complex="Noto Sans Arabic" fo:font-size="9pt"'
            ' style:font-size-complex="9pt" fo:language="de" fo:country="DE"'
            f' style:language-complex="{complex_lang}" style:country-complex="none"/>'
            "</style:default-style>"
            "</office:styles><office:automatic-styles>"
            '<style:page-layout style:name="A4"><style:page-layout-properties'
            ' fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="8mm"'
            ' fo:margin-bottom="8mm" fo:margin-left="27mm" fo:margin-right="15mm"'
            ' style:print-orientation="portrait"/><style:header-style>'
            '<style:header-footer-properties fo:min-height="20mm" fo:margin-bottom="6mm"'
            ' fo:border-bottom="0.5pt solid #595959" fo:padding-bottom="1mm"/>'
            "</style:header-style><style:footer-style>"
            '<style:header-footer-properties fo:min-height="5mm" fo:margin-top="5mm"'
            ' fo:border-top="0.5pt solid #595959" fo:padding-top="1.5mm"/>'
            "</style:footer-style></style:page-layout>"
            f'<style:style style:name="Cell" style:family="table-cell">'
            f"<style:table-cell-properties {cell}/></style:style>"
            f'<style:style style:name="CellShaded" style:family="table-cell">'
            f'<style:table-cell-properties {cell} fo:background-color="#ebedf2"/></style:style>'
            '<style:style style:name="Plain" style:family="table-cell">'
            '<style:table-cell-properties style:vertical-align="top" fo:padding="0pt"/>'
            "</style:style>"
            '<style:style style:name="Empty" style:family="paragraph">'
            '<style:text-properties fo:font-size="4pt" style:font-size-complex="4pt"/>'
            "</style:style>"
            '<style:style style:name="QR" style:family="paragraph">'
            '<style:paragraph-properties fo:text-align="right"/></style:style>'
            f"{{automatic}}</office:automatic-styles><office:master-styles>{''.join(masters)}"
            f"</office:master-styles><office:body><office:text>{''.join(body)}"
            "</office:text></office:body></office:document>"
        ).replace("{automatic}", "".join(self.automatic))


def fodt(case: Case, lang: str) -> str:
    """The pack of `case` as a flat ODF text document with the same content as our PDF."""
    return _Fodt(case, lang).document()


def _soffice(files: Sequence[Path], outdir: Path, profile: Path) -> None:
    command = [
        "soffice",
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=1800)
    missing = [f.name for f in files if not (outdir / f.with_suffix(".pdf").name).exists()]
    if missing:
        raise RuntimeError(f"LibreOffice wrote no PDF for {missing}")


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working directory with a LibreOffice profile made by one warm-up conversion."""
    if shutil.which("soffice") is None:
        pytest.skip("soffice not installed (apt-get install libreoffice-writer-nogui)")
    work = Path(os.environ.get("NEUBEGINN_BENCH_OUT") or tmp_path_factory.mktemp("office"))
    work.mkdir(parents=True, exist_ok=True)
    warm = work / "warmup.fodt"
    warm.write_text(fodt(next(packs(1, members=MEMBERS)), "ar"), encoding="utf-8")
    _soffice([warm], work / "warmup", work / "profile")
    return work


def _median_ms(run: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def test_libreoffice_one(benchmark: BenchmarkFixture, office: Path, pack: Case) -> None:
    """soffice --headless --convert-to pdf of the same pack, one document per call."""
    source = office / f"{pack.number}-ar.fodt"
    source.write_text(fodt(pack, "ar"), encoding="utf-8")
    outdir = office / "one"
    benchmark.pedantic(_soffice, args=([source], outdir, office / "profile"), rounds=5)
    agencies = demo_agencies()
    ours = _render(pack, "ar", agencies)
    (office / f"{pack.number}-ar-neubeginn.pdf").write_bytes(ours)
    ours_ms = _median_ms(lambda: _render(pack, "ar", agencies), 10)
    theirs_ms = benchmark.stats.stats.median * 1000
    pdf = (outdir / source.with_suffix(".pdf").name).read_bytes()
    _to_png(pdf, office / "libreoffice")
    ours_words, their_words = _latin_words(ours), _latin_words(pdf)
    print(
        f"\nLatin words: ours {ours_words.total()}, LibreOffice {their_words.total()};"
        f" only ours {dict(ours_words - their_words)}, only LibreOffice"
        f" {dict(their_words - ours_words)}"
    )
    _to_png(ours, office / "neubeginn")
    benchmark.extra_info.update(
        ours_ms=ours_ms, ratio=theirs_ms / ours_ms, pages=_pages(pdf), load=_load()
    )
    print(
        f"\nLibreOffice one pack: median {theirs_ms:.0f} ms, {_pages(pdf)} pages,"
        f" {len(pdf) / 1024:.0f} KiB; ours {ours_ms:.0f} ms, {_pages(ours)} pages"
        " -> LibreOffice/ours"
        f" {theirs_ms / ours_ms:.1f}; PNGs in {office}; load {_load()}"
    )


def test_libreoffice_batch(benchmark: BenchmarkFixture, office: Path) -> None:
    """LO_BATCH different packs converted in one soffice call: the per-document cost."""
    agencies = demo_agencies()
    cases = _renderable(LO_BATCH, agencies)
    sources = []
    for case in cases:
        source = office / "batch" / f"{case.number}-ar.fodt"
        source.parent.mkdir(exist_ok=True)
        source.write_text(fodt(case, "ar"), encoding="utf-8")
        sources.append(source)
    outdir = office / "batch-out"
    benchmark.pedantic(_soffice, args=(sources, outdir, office / "profile"), rounds=3)
    start = time.perf_counter()
    for case in cases:
        _render(case, "ar", agencies)
    ours_ms = (time.perf_counter() - start) / LO_BATCH * 1000
    theirs_ms = benchmark.stats.stats.median / LO_BATCH * 1000
    benchmark.extra_info.update(
        per_doc_ms=theirs_ms, ours_per_doc_ms=ours_ms, ratio=theirs_ms / ours_ms, load=_load()
    )
    print(
        f"\nLibreOffice {LO_BATCH} packs in one call: {theirs_ms:.0f} ms per document; ours"
        f" {ours_ms:.0f} ms per pack -> LibreOffice/ours {theirs_ms / ours_ms:.1f}; load {_load()}"
    )


def _latin_words(pdf: bytes) -> Counter[str]:
    """Latin-script words and numbers of the text layer (pdfium's extraction of Arabic differs
    between producers in lam-alef order and bracket mirroring, so it is not compared)."""
    document = pdfium.PdfDocument(pdf)
    words: Counter[str] = Counter()
    try:
        for index in range(len(document)):
            text = document[index].get_textpage().get_text_range()
            words.update(re.findall(r"[A-Za-zÄÖÜäöüß0-9.,:/()–-]+", text))
    finally:
        document.close()
    return words


def _to_png(pdf: bytes, prefix: Path) -> None:
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            image = document[index].render(scale=1.4).to_pil()
            image.save(f"{prefix}-{index + 1}.png")
    finally:
        document.close()

"""Printing a case's inserts for the desk: which languages, continuation sheets, batches in one
PDF, and recording the print in the vault. The command line and the desktop client both call
these functions, so a print follows the same rules whichever of them made it:

* Languages: the languages chosen for this print (the CLI's `--lang`, the dialog's ticked
  boxes), one German-and-that-language copy each; an empty choice is German only. Without a
  choice (the CLI without `--lang`, a batch's "languages of each case") every case is printed
  in its own print languages; those the inserts have no texts for are left out and named in
  the result, and a case with none left is printed in German only.
* A continuation prints the Laufzettel with only the entries not printed before, its sheets
  numbered on from the last printed sheet; asking for it prints the Laufzettel.
* Every print is recorded once per case after it reached the printer or the file: with a
  Laufzettel it moves the continuation state on, in any case it is audited as `case.print`.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from neubeginn.model import Agency, Case, Vault
from neubeginn.print import LANGUAGES, Doc, render_printed
from neubeginn.print.i18n import SOURCE_LANGUAGE
from neubeginn.print.sample import sample_agencies, sample_case
from neubeginn.services.pdf import MergedPdf, merge_pdfs


@dataclass(frozen=True)
class PrintChoice:
    """What to print: the inserts, the languages next to German, Laufzettel continuation.

    `languages` None: each case's own print languages; a tuple: exactly these for every case
    (empty: German only)."""

    docs: tuple[Doc, ...]
    languages: tuple[str, ...] | None = None
    continuation: bool = False  # the Laufzettel only with entries not yet printed

    def inserts(self) -> tuple[Doc, ...]:
        """The inserts in the order asked for; a continuation is printed on the Laufzettel."""
        docs = tuple(dict.fromkeys(Doc(doc) for doc in self.docs))
        if self.continuation and Doc.LAUFZETTEL not in docs:
            docs += (Doc.LAUFZETTEL,)
        return docs


@dataclass(frozen=True)
class CasePrint:
    """One case's printed inserts and what recording the print needs."""

    number: str
    pdf: bytes  # empty for the cases of a batch: their pages are in the batch's PDF
    languages: tuple[str, ...]  # one copy per language, German next to it; ("de",): German only
    unprintable: tuple[str, ...]  # the case's own print languages left out: no print texts
    last_seq: int  # the newest Laufzettel entry the PDF holds
    laufzettel_sheets: int | None  # sheets of one language copy; None: no Laufzettel printed
    replaced: tuple[str, ...] = ()  # characters no font had, printed as U+FFFD: warn the desk


@dataclass(frozen=True)
class BatchPrint:
    """Several cases in one PDF; `pdf` is None when the batch was cancelled before its end."""

    pdf: bytes | None
    cases: tuple[CasePrint, ...]  # in print order; those rendered before a cancel


def languages_for(case: Case, chosen: Sequence[str] | None) -> tuple[str, ...]:
    """The languages `case` is printed in next to German, one copy each (see the module)."""
    codes = _printable(case)[0] if chosen is None else chosen
    targets = tuple(dict.fromkeys(code for code in codes if code != SOURCE_LANGUAGE))
    return targets or (SOURCE_LANGUAGE,)


def render_case(
    vault: Vault,
    case: Case,
    choice: PrintChoice,
    *,
    today: dt.date,
    agencies: Sequence[Agency] | None = None,
) -> CasePrint:
    """Render `choice` for `case`, its language copies merged into one PDF.

    A continuation reads from the vault which entries and sheets were printed before.
    `agencies` is the directory (read from the vault when not given).

    Raises:
        UnknownLanguage: a chosen language has no print texts.
        ValueError: no insert chosen.
    """
    after_seq, sheets = 0, 0
    if choice.continuation:
        after_seq, sheets = vault.laufzettel.print_state(case.number)
    directory = vault.agencies.all() if agencies is None else agencies
    return _render(case, choice, today, directory, after_seq, sheets + 1)


def render_cases(
    vault: Vault,
    numbers: Sequence[str],
    choice: PrintChoice,
    *,
    today: dt.date,
    cancelled: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BatchPrint:
    """Open and render case after case into one PDF, each in its languages by the rule.

    Stops between cases once `cancelled` is set (then there is no PDF). `progress(done,
    total)` is called after each case. Each case's pages go into the one document as soon as
    they are rendered and its own PDF is dropped: holding 500 PDFs and merging them at the
    end took 136 MiB more at its peak (docs/benchmarks.md).
    """
    if not numbers:
        raise ValueError("nothing to print: no case chosen")
    agencies = vault.agencies.all()
    done: list[CasePrint] = []
    with MergedPdf() as merged:
        for number in numbers:
            if cancelled is not None and cancelled.is_set():
                return BatchPrint(None, tuple(done))
            case = vault.cases.get(number)
            printed = render_case(vault, case, choice, today=today, agencies=agencies)
            merged.add(printed.pdf)
            done.append(replace(printed, pdf=b""))
            if progress is not None:
                progress(len(done), len(numbers))
        return BatchPrint(merged.pdf(), tuple(done))


def render_sample(choice: PrintChoice, *, today: dt.date) -> CasePrint:
    """The fictional sample household by the same rules, without a vault (nothing printed
    before: a continuation holds every entry)."""
    return _render(sample_case(today), choice, today, sample_agencies(), 0, 1)


def record_prints(vault: Vault, printed: Iterable[CasePrint]) -> None:
    """Record each case's print once it reached the printer or the file (audited as
    `case.print`); a Laufzettel print also moves the continuation state on."""
    for item in printed:
        if item.laufzettel_sheets is not None:
            vault.laufzettel.record_print(item.number, item.last_seq, item.laufzettel_sheets)
        else:
            vault.cases.record_print(item.number)


def _render(
    case: Case,
    choice: PrintChoice,
    today: dt.date,
    agencies: Sequence[Agency],
    after_seq: int,
    first_sheet: int,
) -> CasePrint:
    languages = languages_for(case, choice.languages)
    parts = [
        render_printed(
            case,
            choice.inserts(),
            lang,
            today=today,
            after_seq=after_seq,
            first_sheet=first_sheet,
            agencies=agencies,
        )
        for lang in languages
    ]
    laufzettel = [part.sheets[Doc.LAUFZETTEL] for part in parts if Doc.LAUFZETTEL in part.sheets]
    return CasePrint(
        number=case.number,
        pdf=merge_pdfs(part.pdf for part in parts),
        languages=languages,
        unprintable=() if choice.languages is not None else _printable(case)[1],
        last_seq=max((entry.seq for entry in case.laufzettel), default=0),
        laufzettel_sheets=max(laufzettel) if laufzettel else None,
        replaced=tuple(sorted({char for part in parts for char in part.replaced})),
    )


def _printable(case: Case) -> tuple[list[str], tuple[str, ...]]:
    """The case's own print languages with print texts, and those without. A code may be
    stored in CLDR's spelling ("fa_AF"); the print texts use BCP 47's ("fa-AF")."""
    codes = [code.replace("_", "-") for code in case.print_languages]
    return [c for c in codes if c in LANGUAGES], tuple(c for c in codes if c not in LANGUAGES)

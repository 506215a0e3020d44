"""`neubeginn print`: the bilingual inserts as a PDF file, for the sample household or cases."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from neubeginn.cli import EXIT_OK, EXIT_USAGE, CliError, open_vault
from neubeginn.files import write_private
from neubeginn.print import LANGUAGES, Doc, UnknownLanguage
from neubeginn.print.fonts import MissingGlyph
from neubeginn.services.printing import (
    CasePrint,
    PrintChoice,
    record_prints,
    render_cases,
    render_sample,
)


def add_parser(subparsers: Any) -> None:
    """Register `print` with the main command line's subparsers."""
    parser = subparsers.add_parser(
        "print",
        help="Einleger als PDF drucken (Deutsch und die Sprachen der Person)",
        description="Druckt Personenbogen, Laufzettel, Terminzettel, Registerblätter und "
        "Einwilligung zweisprachig in eine PDF-Datei.",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--sample", action="store_true", help="Beispielhaushalt ohne Tresor")
    source.add_argument("--vault", type=Path, metavar="PATH", help="SQLite-Tresor (Datei)")
    source.add_argument("--db", metavar="URL", help="Datenbank-URL, z. B. postgresql+psycopg://…")
    parser.add_argument("--user", metavar="NAME", help="Benutzername (mit --vault)")
    parser.add_argument("--password-file", type=Path, metavar="FILE", help="Passwort-Datei")
    parser.add_argument(
        "--case",
        action="append",
        metavar="NUMBER",
        help="Fallnummer (mit --vault); mehrmals: alle Fälle in eine PDF-Datei",
    )
    parser.add_argument(
        "--continuation",
        action="store_true",
        help="Laufzettel: nur noch nicht gedruckte Einträge (Fortsetzungsblatt)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        metavar="CODE",
        help="Sprache neben Deutsch: "
        + " ".join(LANGUAGES)
        + " (Vorgabe: die Drucksprachen jedes Falls)",
    )
    parser.add_argument(
        "--doc",
        type=_docs,
        default=list(Doc),
        metavar="LIST",
        help="Kommagetrennt: " + ",".join(Doc) + " (Vorgabe: alle)",
    )
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="Zieldatei")
    parser.set_defaults(func=run)


def _docs(text: str) -> list[Doc]:
    try:
        return [Doc(name.strip()) for name in text.split(",") if name.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"unbekannter Einleger in {text!r}; möglich: {','.join(Doc)}"
        ) from None


def run(args: argparse.Namespace) -> int:
    """Print the chosen inserts and write them to args.out; the exit code says how it went."""
    today = dt.date.today()
    choice = PrintChoice(
        tuple(args.doc), None if args.lang is None else (args.lang,), args.continuation
    )
    try:
        if args.sample:
            sample = render_sample(choice, today=today)
            _write(args.out, sample.pdf, [sample])
        else:
            _print_from_vault(args, choice, today)
    except (UnknownLanguage, MissingGlyph, ValueError) as error:
        raise CliError(f"Drucken nicht möglich: {error}") from None
    return EXIT_OK


def _print_from_vault(args: argparse.Namespace, choice: PrintChoice, today: dt.date) -> None:
    """Print cases of the vault into one file; once it is written, each print is recorded."""
    if not args.user or not args.case:
        raise CliError("Mit --vault/--db sind --user und --case nötig.", EXIT_USAGE)
    with open_vault(args) as vault:
        batch = render_cases(vault, args.case, choice, today=today)
        assert batch.pdf is not None  # not cancellable here
        _write(args.out, batch.pdf, batch.cases)
        record_prints(vault, batch.cases)


def _write(out: Path, pdf: bytes, printed: Sequence[CasePrint]) -> None:
    write_private(out, pdf)
    print(f"{out}: {len(pdf)} Bytes")
    for item in printed:
        if item.unprintable:  # the case's own language the folder has no texts for
            print(
                f"{item.number}: keine Drucktexte für {', '.join(item.unprintable)}; "
                f"gedruckt: {', '.join(item.languages)}",
                file=sys.stderr,
            )

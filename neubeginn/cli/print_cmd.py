"""`neubeginn print`: the bilingual inserts as a PDF file, for the sample household or a case."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from neubeginn.cli import EXIT_OK, EXIT_USAGE, CliError, open_vault
from neubeginn.files import write_private
from neubeginn.print import LANGUAGES, Doc, Printed, UnknownLanguage, render_printed
from neubeginn.print.fonts import MissingGlyph
from neubeginn.print.sample import sample_agencies, sample_case


def add_parser(subparsers: Any) -> None:
    """Register `print` with the main command line's subparsers."""
    parser = subparsers.add_parser(
        "print",
        help="Einleger als PDF drucken (Deutsch und die Sprache der Person)",
        description="Druckt Personenbogen, Laufzettel, Terminzettel, Registerblätter und "
        "Einwilligung zweisprachig in eine PDF-Datei.",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--sample", action="store_true", help="Beispielhaushalt ohne Tresor")
    source.add_argument("--vault", type=Path, metavar="PATH", help="SQLite-Tresor (Datei)")
    source.add_argument("--db", metavar="URL", help="Datenbank-URL, z. B. postgresql+psycopg://…")
    parser.add_argument("--user", metavar="NAME", help="Benutzername (mit --vault)")
    parser.add_argument("--password-file", type=Path, metavar="FILE", help="Passwort-Datei")
    parser.add_argument("--case", metavar="NUMBER", help="Fallnummer (mit --vault)")
    parser.add_argument(
        "--continuation",
        action="store_true",
        help="Laufzettel: nur noch nicht gedruckte Einträge (Fortsetzungsblatt)",
    )
    parser.add_argument(
        "--lang",
        required=True,
        choices=LANGUAGES,
        metavar="CODE",
        help="Sprache neben Deutsch: " + " ".join(LANGUAGES),
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
    try:
        if args.sample:
            printed = render_printed(
                sample_case(today), args.doc, args.lang, today=today, agencies=sample_agencies()
            )
        else:
            printed = _print_from_vault(args, today)
    except (UnknownLanguage, MissingGlyph, ValueError) as error:
        raise CliError(f"Drucken nicht möglich: {error}") from None
    write_private(args.out, printed.pdf)
    print(f"{args.out}: {len(printed.pdf)} Bytes")
    return EXIT_OK


def _print_from_vault(args: argparse.Namespace, today: dt.date) -> Printed:
    """Print a case of the vault; the print is audited, and so is a continuation's state."""
    if not args.user or not args.case:
        raise CliError("Mit --vault/--db sind --user und --case nötig.", EXIT_USAGE)
    with open_vault(args) as vault:
        case = vault.cases.get(args.case)
        after_seq, sheets = vault.laufzettel.print_state(case.number)
        if not args.continuation:
            after_seq, sheets = 0, 0
        printed = render_printed(
            case,
            args.doc,
            args.lang,
            today=today,
            after_seq=after_seq,
            first_sheet=sheets + 1,
            agencies=vault.agencies.all(),
        )
        if Doc.LAUFZETTEL in printed.sheets:
            last = max((entry.seq for entry in case.laufzettel), default=0)
            vault.laufzettel.record_print(case.number, last, printed.sheets[Doc.LAUFZETTEL])
        else:
            vault.cases.record_print(case.number)
    return printed

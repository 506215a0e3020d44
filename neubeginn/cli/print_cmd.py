"""`neubeginn print`: the bilingual inserts as a PDF file, for the sample household or a case."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from neubeginn.print import LANGUAGES, Doc, UnknownLanguage, render
from neubeginn.print.fonts import MissingGlyph
from neubeginn.print.sample import sample_agencies, sample_case

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


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
    parser.set_defaults(handler=run)


def _docs(text: str) -> list[Doc]:
    try:
        return [Doc(name.strip()) for name in text.split(",") if name.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"unbekannter Einleger in {text!r}; möglich: {','.join(Doc)}"
        ) from None


def run(args: argparse.Namespace) -> int:
    """Print the chosen inserts and write them to args.out; the exit code says how it went."""
    if not args.sample:
        # The vault-backed, audited print is wired by the main command line.
        print("Fehler: Drucken aus dem Tresor ist hier noch nicht angebunden.", file=sys.stderr)
        return EXIT_USAGE
    today = dt.date.today()
    try:
        pdf = render(
            sample_case(today), args.doc, args.lang, today=today, agencies=sample_agencies()
        )
    except (UnknownLanguage, MissingGlyph, ValueError) as error:
        print(f"Fehler: {error}", file=sys.stderr)
        return EXIT_FAILED
    write_atomically(args.out, pdf)
    print(f"{args.out}: {len(pdf)} Bytes")
    return EXIT_OK


def write_atomically(target: Path, data: bytes) -> None:
    """Write data to target whole or not at all: a 0600 temp file beside it, fsync, rename."""
    target = target.expanduser()
    folder = target.resolve().parent
    fd, tmp = tempfile.mkstemp(prefix=".print-", suffix=".tmp", dir=folder)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)  # the rename itself survives a crash only once the folder is synced
    finally:
        os.close(directory)

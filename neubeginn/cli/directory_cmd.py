"""`neubeginn directory import`: the agency directory from the city's CSV, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from neubeginn.cli import EXIT_OK, CliError, add_vault_options, open_vault, refused_file
from neubeginn.model import ImportProblems, decode_csv


def add_parser(subparsers: Any) -> None:
    directory = subparsers.add_parser(
        "directory", help="Verzeichnis der Beratungsstellen verwalten"
    ).add_subparsers(dest="directory_command", required=True, metavar="import")
    importing = directory.add_parser(
        "import",
        help="Beratungsstellen aus einer CSV-Datei übernehmen (Administrator; alle oder keine)",
        description="Neue Stellen werden angelegt, Stellen mit demselben Namen bekommen die "
        "Angaben der Datei; Stellen, die die Datei nicht nennt, bleiben im Verzeichnis. "
        "Spalten: docs/case-format.md.",
    )
    add_vault_options(importing)
    importing.add_argument("file", type=Path, metavar="DATEI.csv")
    importing.set_defaults(func=cmd_directory_import)


def cmd_directory_import(args: argparse.Namespace) -> int:
    try:
        raw = args.file.read_bytes()
    except OSError as error:
        raise CliError(f"{args.file}: nicht lesbar ({error.strerror})") from None
    with open_vault(args) as vault:
        try:
            done = vault.agencies.import_csv(decode_csv(raw))
        except ImportProblems as refused:
            raise refused_file(args.file, refused, args.language) from None
    print(
        f"Verzeichnis übernommen: {done.added} neu, {done.updated} geändert, "
        f"{done.unchanged} unverändert."
    )
    return EXIT_OK

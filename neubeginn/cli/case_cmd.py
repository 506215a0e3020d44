"""`neubeginn import|export|search`: cases in and out of the vault from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from neubeginn.cli import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_vault_options,
    open_vault,
    refused_file,
)
from neubeginn.files import write_private
from neubeginn.model import ImportProblems, decode_csv, dump_cases, parse_cases, parse_csv


def add_parser(subparsers: Any) -> None:
    importing = subparsers.add_parser(
        "import", help="Akten aus einer JSON- oder CSV-Datei übernehmen (alle oder keine)"
    )
    add_vault_options(importing)
    importing.add_argument("file", type=Path, metavar="DATEI.json|DATEI.csv")
    importing.set_defaults(func=cmd_import)

    exporting = subparsers.add_parser("export", help="Akten als JSON ausgeben")
    add_vault_options(exporting)
    exporting.add_argument("--case", required=True, action="append", metavar="NUMMER")
    exporting.add_argument("--out", type=Path, metavar="DATEI.json", help="sonst Standardausgabe")
    exporting.set_defaults(func=cmd_export)

    searching = subparsers.add_parser("search", help="Akten nach Name, Nummer oder Geburtsjahr")
    add_vault_options(searching)
    searching.add_argument("text", metavar="TEXT")
    searching.add_argument("--limit", type=int, default=20)
    searching.set_defaults(func=cmd_search)


def _read_cases_file(path: Path, vault: Any) -> list[Any]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CliError(f"{path}: nicht lesbar ({error.strerror})") from None
    today = dt.date.today()
    if path.suffix.lower() == ".csv":
        return parse_csv(decode_csv(raw), today=today)
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as error:
        raise CliError(f"{path}: kein gültiges JSON ({error})", EXIT_USAGE) from None
    return parse_cases(data, today=today, agencies=vault.agencies.by_name())


def cmd_import(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        try:
            cases = _read_cases_file(args.file, vault)
        except ImportProblems as refused:
            raise refused_file(args.file, refused, args.language) from None
        stored = vault.cases.import_cases(cases)
    for case in stored:
        print(case.number)
    print(f"{len(stored)} Akten übernommen.", file=sys.stderr)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        cases = vault.cases.export(args.case)
        document = dump_cases(cases, agencies=vault.agencies.all())
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if args.out:
        write_private(args.out, text.encode("utf-8"))
        print(f"{len(cases)} Akten nach {args.out} geschrieben.", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        for summary in vault.cases.search(args.text, limit=args.limit):
            print(f"{summary.number}\t{summary.head_name}")
    return EXIT_OK

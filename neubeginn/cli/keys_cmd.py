"""`neubeginn keys rotate`: a fresh master key, so that an old copy of a slot opens nothing
of the live vault (docs/security.md, "Rotation")."""

from __future__ import annotations

import argparse
from typing import Any

from neubeginn.cli import EXIT_OK, add_vault_options, open_vault


def add_parser(subparsers: Any) -> None:
    keys = subparsers.add_parser("keys", help="Schlüssel verwalten").add_subparsers(
        dest="keys_command", required=True, metavar="rotate"
    )
    rotate = keys.add_parser(
        "rotate",
        help="Hauptschlüssel erneuern (Administrator)",
        description="Jeder Datenschlüssel wird unter einem neuen Hauptschlüssel verpackt, den "
        "jedes aktive Konto über seinen eigenen Schlüssel erhält; niemand braucht dafür ein "
        "neues Passwort. Andere angemeldete Arbeitsplätze melden sich danach neu an.",
    )
    add_vault_options(rotate)
    rotate.set_defaults(func=cmd_keys_rotate)


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        stranded = vault.keys.rotate()
    print("Hauptschlüssel erneuert.")
    if stranded:
        print(
            f"{len(stranded)} Konten haben sich seit der Umstellung nicht angemeldet; ihr "
            "Passwort muss neu gesetzt werden (neubeginn user passwd --account NAME)."
        )
    return EXIT_OK

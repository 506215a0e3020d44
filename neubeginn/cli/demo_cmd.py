"""`neubeginn demo`: a vault full of fictional households, with one account per role."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

from neubeginn.cli import EXIT_OK, CliError, kdf_profile, vault_url
from neubeginn.demo.vault import DEMO_ACCOUNTS, build_demo_vault
from neubeginn.model import Vault


def add_parser(subparsers: Any) -> None:
    demo = subparsers.add_parser("demo", help="Demo-Tresor mit erfundenen Haushalten anlegen")
    where = demo.add_mutually_exclusive_group(required=True)
    where.add_argument("--vault", type=Path, metavar="PATH")
    where.add_argument("--db", metavar="URL")
    demo.add_argument("--households", type=int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(func=cmd_demo)


def create_demo(url: str, households: int, seed: int = 2026, *, quiet: bool = False) -> Vault:
    """Create the demo vault and return it unlocked as its admin."""
    if not 0 <= households <= 1_000_000:
        raise CliError("--households muss zwischen 0 und 1.000.000 liegen.")
    started = time.monotonic()

    def progress(done: int) -> None:
        rate = done / max(time.monotonic() - started, 1e-6)
        print(f"\r{done}/{households} Haushalte ({rate:.0f}/s)", end="", file=sys.stderr)

    vault = build_demo_vault(
        url,
        households,
        seed,
        kdf=kdf_profile(),
        today=dt.date.today(),
        progress=None if quiet else progress,
    )
    if not quiet and households:
        print(file=sys.stderr)
    return vault


def print_passwords() -> None:
    print("Demo-Konten (erfundene Daten):")
    for name, _, role, password, _ in DEMO_ACCOUNTS:
        print(f"  {name:<10} {role.value:<12} Passwort: {password}")


def cmd_demo(args: argparse.Namespace) -> int:
    with create_demo(vault_url(args), args.households, args.seed) as vault:
        print(f"Demo-Tresor angelegt: {vault.store.display_name()}")
    print_passwords()
    return EXIT_OK

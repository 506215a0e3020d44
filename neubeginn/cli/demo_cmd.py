"""`neubeginn demo`: a vault full of fictional households, with one account per role."""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import sys
import time
from pathlib import Path
from typing import Any

from neubeginn.cli import EXIT_OK, CliError, kdf_profile, vault_url
from neubeginn.demo import demo_households
from neubeginn.model import Role, Vault

# Fictional data only, so the passwords are printed and documented (README, docs/cli.md).
DEMO_ACCOUNTS = [
    ("admin", "Anna Admin", Role.ADMIN, "demo-admin-2026", None),
    ("schalter", "Sven Schalter (Sozialamt)", Role.DESK, "demo-schalter-2026", None),
    ("caritas", "Clara Berger (Caritas)", Role.COUNSELLING, "demo-caritas-2026", "Caritas"),
    ("druck", "Paul Druck", Role.PRINT, "demo-druck-2026", None),
]
BATCH = 500


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
    name, display, _, password, _ = DEMO_ACCOUNTS[0]
    vault = Vault.create(
        url,
        admin_username=name,
        admin_display_name=display,
        admin_password=password,
        kdf=kdf_profile(),
    )
    agencies = vault.agencies.all()
    for name, display, role, password, agency_prefix in DEMO_ACCOUNTS[1:]:
        agency = next((a.uuid for a in agencies if a.short_name == agency_prefix), None)
        if agency_prefix and agency is None:
            agency = next(a.uuid for a in agencies if a.name.startswith(agency_prefix))
        vault.accounts.create(name, display, role, password, agency)
    try:
        _fill(vault, households, seed, quiet)
    except BaseException:
        vault.close()
        if vault.store.path is not None:  # half a demo is no demo: leave nothing behind
            for leftover in vault.store.path.parent.glob(vault.store.path.name + "*"):
                leftover.unlink()
        raise
    return vault


def _fill(vault: Vault, households: int, seed: int, quiet: bool) -> None:
    agencies = vault.agencies.all()
    started = time.monotonic()
    generated = demo_households(households, seed=seed, today=dt.date.today(), agencies=agencies)
    done = 0
    while batch := list(itertools.islice(generated, BATCH)):
        vault.cases.import_cases(batch)
        done += len(batch)
        if not quiet:
            rate = done / max(time.monotonic() - started, 1e-6)
            print(f"\r{done}/{households} Haushalte ({rate:.0f}/s)", end="", file=sys.stderr)
    if not quiet and households:
        print(file=sys.stderr)


def print_passwords() -> None:
    print("Demo-Konten (erfundene Daten):")
    for name, _, role, password, _ in DEMO_ACCOUNTS:
        print(f"  {name:<10} {role.value:<12} Passwort: {password}")


def cmd_demo(args: argparse.Namespace) -> int:
    with create_demo(vault_url(args), args.households, args.seed) as vault:
        print(f"Demo-Tresor angelegt: {vault.store.display_name()}")
    print_passwords()
    return EXIT_OK

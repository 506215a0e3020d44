"""`neubeginn gui` and `neubeginn demo-start`: the desktop client from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from neubeginn import paths
from neubeginn.cli import add_vault_options
from neubeginn.cli.demo_cmd import create_demo, print_passwords
from neubeginn.model import sqlite_url

DEMO_HOUSEHOLDS = 300


def add_parser(subparsers: Any) -> None:
    gui = subparsers.add_parser("gui", help="die Desktop-Anwendung starten")
    add_vault_options(gui, user=False)
    gui.add_argument("--lang", choices=["de", "en"], help="Sprache der Oberfläche")
    gui.set_defaults(func=cmd_gui)

    demo = subparsers.add_parser(
        "demo-start", help="Demo-Tresor anlegen (falls nötig) und die Anwendung darauf starten"
    )
    demo.add_argument("--lang", choices=["de", "en"], help="Sprache der Oberfläche")
    demo.set_defaults(func=cmd_demo_start)


def demo_vault_path() -> Path:
    return paths.data_dir() / "demo" / "vault.sqlite"


def cmd_gui(args: argparse.Namespace) -> int:
    argv: list[str] = []
    if args.vault:
        argv += ["--vault", str(args.vault)]
    elif args.db:
        argv += ["--db", str(args.db)]
    if args.lang:
        argv += ["--lang", args.lang]
    return _run(argv)


def cmd_demo_start(args: argparse.Namespace) -> int:
    path = demo_vault_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"Lege den Demo-Tresor an: {path}")
        create_demo(sqlite_url(path), DEMO_HOUSEHOLDS).close()
    print_passwords()
    argv = ["--vault", str(path)]
    if args.lang:
        argv += ["--lang", args.lang]
    return _run(argv)


def _run(argv: list[str]) -> int:
    # Imported here so the other commands start without loading Qt.
    from neubeginn.ui.app import run_app

    return run_app(argv)

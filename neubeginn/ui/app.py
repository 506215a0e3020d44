"""Starts the desktop client: application, fonts, translator, unlock dialog, main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from neubeginn import logs
from neubeginn.ui.i18n import install_translators
from neubeginn.ui.idle import IdleWatcher
from neubeginn.ui.preferences import LANGUAGES, Preferences
from neubeginn.ui.unlock.unlock_dialog import UnlockDialog
from neubeginn.ui.worker import BackgroundRunner, MainThreadCollector


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="neubeginn gui", description="Neubeginn Herne")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--vault", type=Path, metavar="PATH", help="SQLite-Tresor (Datei)")
    where.add_argument("--db", metavar="URL", help="Datenbank-URL (PostgreSQL)")
    parser.add_argument("--lang", choices=LANGUAGES, help="Sprache der Oberfläche")
    # For benchmarks/test_ui.py: report when the unlock dialog is on screen, then quit.
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def add_fonts() -> None:
    """Noto Sans and Noto Sans Arabic from the print font packages, so Latin, Cyrillic and
    Arabic-script names render the same on every desk (and on the offscreen platform)."""
    import fontpkg_noto_sans
    import fontpkg_noto_sans_arabic

    for package, name in (
        (fontpkg_noto_sans, "NotoSans[wdth,wght].ttf"),
        (fontpkg_noto_sans_arabic, "NotoSansArabic[wdth,wght].ttf"),
    ):
        QFontDatabase.addApplicationFont(str(Path(package.ROOT) / "files" / name))


def initial_location(args: argparse.Namespace) -> str | None:
    if args.db:
        return str(args.db)
    if args.vault:
        return str(Path(args.vault).expanduser().resolve())
    return None


def _preload() -> None:
    """Load the vault and the main window's modules off the GUI thread (no widget is made)."""
    import neubeginn.model
    import neubeginn.ui.main_window  # noqa: F401


def run_app(argv: list[str]) -> int:
    """Run the desktop client until the window closes; returns the exit status."""
    started = time.perf_counter()
    args = parse_args(argv)
    os.umask(0o077)  # anything the client writes (settings, saved PDFs) is the owner's only
    logs.setup("desktop client")
    logs.install_excepthook()
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    app.setApplicationName("Neubeginn")
    app.setOrganizationName("Stadt Herne")
    QGuiApplication.setDesktopFileName("neubeginn")
    preferences = Preferences.default()
    if args.lang:
        preferences.language = args.lang
    install_translators(app, preferences.language)  # parented to app: they live as long
    add_fonts()
    collector = MainThreadCollector(app)
    collector.start()
    runner = BackgroundRunner()
    idle_watcher = IdleWatcher(app, preferences.idle_minutes)
    dialog = UnlockDialog(preferences, runner, location=initial_location(args))
    if args.startup_probe:

        def report_shown() -> None:
            # The dialog's first event-loop turn; the caller times the whole process.
            print(f"shown {time.perf_counter() - started:.3f}", flush=True)
            dialog.reject()

        QTimer.singleShot(0, report_shown)
    dialog.show()
    runner.run(_preload)  # runs while the person types; the unlock job queues behind it
    try:
        if dialog.exec() != UnlockDialog.DialogCode.Accepted or dialog.vault is None:
            return 0
        vault = dialog.vault
        # Imported only now: the case editor, print preview and their libraries take longer
        # to load than the whole unlock dialog, which should be on screen at once.
        from neubeginn.ui.main_window import MainWindow

        try:
            window = MainWindow(vault, runner, preferences, idle_watcher)
            window.show()
            return app.exec()
        finally:
            runner.wait_idle()
            vault.close()
    finally:
        runner.shutdown()
        logging.getLogger(__name__).info("desktop client closed")

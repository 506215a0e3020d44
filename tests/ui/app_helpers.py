"""Helpers for the application shell tests: a main window signed in as one of the roles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neubeginn.model.core.vault import Vault
from neubeginn.ui.idle import IdleWatcher
from neubeginn.ui.main_window import MainWindow
from neubeginn.ui.preferences import Preferences
from neubeginn.ui.worker import BackgroundRunner
from tests.ui.conftest import PASSWORDS


def preferences_in(folder: Path) -> Preferences:
    return Preferences.at(folder / "settings.ini")


def open_window(
    qtbot: QtBot, vault: Vault, runner: BackgroundRunner, folder: Path, username: str
) -> MainWindow:
    """Unlock the test vault as `username` and show the main window on it."""
    vault.unlock(username, PASSWORDS[username])
    app = QApplication.instance()
    assert app is not None
    watcher = IdleWatcher(app, 10)
    window = MainWindow(vault, runner, preferences_in(folder), watcher)
    watcher.setParent(window)  # deleted with the window, which removes the event filter
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window

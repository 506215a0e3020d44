"""The unlock dialog: wrong then right password, recent vaults, damaged records at unlock."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.ui.idle import IdleWatcher
from neubeginn.ui.main_window import MainWindow
from neubeginn.ui.preferences import Preferences
from neubeginn.ui.unlock.unlock_dialog import UnlockDialog, rememberable
from neubeginn.ui.worker import BackgroundRunner
from tests.ui.app_helpers import preferences_in
from tests.ui.conftest import PASSWORDS

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return preferences_in(tmp_path)


def _dialog(
    qtbot: QtBot, preferences: Preferences, runner: BackgroundRunner, location: str
) -> UnlockDialog:
    dialog = UnlockDialog(preferences, runner, location=location, kdf=FLOOR_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_then_right_password(
    qtbot: QtBot, ui_vault_path: Path, runner: BackgroundRunner, preferences: Preferences
) -> None:
    dialog = _dialog(qtbot, preferences, runner, str(ui_vault_path))
    qtbot.keyClicks(dialog.username_field, "schalter")
    qtbot.keyClicks(dialog.password_field, "falsch-falsch")
    qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=15_000)
    assert dialog.error_label.text() == "Benutzername oder Passwort falsch."
    assert dialog.password_field.text() == ""
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.password_field, PASSWORDS["schalter"])
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    assert dialog.vault is not None and dialog.vault.is_unlocked
    assert dialog.user is not None and dialog.user.username == "schalter"
    # Remembered: the vault's path, never the user name.
    assert preferences.recent_vaults == [str(ui_vault_path.resolve())]
    preferences.sync()
    assert "schalter" not in (ui_vault_path.parent / "settings.ini").read_text()
    dialog.vault.close()


def test_missing_vault_is_said_plainly(
    qtbot: QtBot, tmp_path: Path, runner: BackgroundRunner, preferences: Preferences
) -> None:
    dialog = _dialog(qtbot, preferences, runner, str(tmp_path / "nirgends.sqlite"))
    qtbot.keyClicks(dialog.username_field, "admin")
    qtbot.keyClicks(dialog.password_field, "egal-egal")
    qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=15_000)
    assert "Kein Tresor an diesem Ort" in dialog.error_label.text()
    assert dialog.location_box.hasFocus() or not dialog.isActiveWindow()


def test_empty_fields_are_asked_for(
    qtbot: QtBot, ui_vault_path: Path, runner: BackgroundRunner, preferences: Preferences
) -> None:
    dialog = _dialog(qtbot, preferences, runner, str(ui_vault_path))
    qtbot.keyClick(dialog.username_field, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "Bitte Benutzername und Passwort eingeben."
    assert not runner.busy


def test_database_password_is_never_remembered() -> None:
    url = "postgresql+psycopg://neubeginn:geheim@db.herne.local/tresor"
    assert rememberable(url) == "postgresql+psycopg://neubeginn@db.herne.local/tresor"


def test_damaged_case_is_named_and_the_others_work(
    qtbot: QtBot, ui_vault_path: Path, runner: BackgroundRunner, preferences: Preferences
) -> None:
    def spoil(blob: bytes) -> bytes:
        return bytes(blob[:-1]) + bytes([blob[-1] ^ 1])  # one bit of the GCM tag

    with closing(sqlite3.connect(ui_vault_path)) as db, db:
        # Al-Hassan's search record and the bucket holding its copy: nothing left to find
        # the case by.
        uuid, blob, bucket = db.execute(
            "SELECT uuid, search, bucket FROM case_file ORDER BY number LIMIT 1"
        ).fetchone()
        db.execute("UPDATE case_file SET search = ? WHERE uuid = ?", (spoil(blob), uuid))
        (data,) = db.execute("SELECT data FROM search_bucket WHERE uuid = ?", (bucket,)).fetchone()
        db.execute("UPDATE search_bucket SET data = ? WHERE uuid = ?", (spoil(data), bucket))
    dialog = _dialog(qtbot, preferences, runner, str(ui_vault_path))
    qtbot.keyClicks(dialog.username_field, "admin")
    qtbot.keyClicks(dialog.password_field, PASSWORDS["admin"])
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    vault = dialog.vault
    assert vault is not None
    assert [error.record for error in vault.damaged_at_unlock] == [f"case_file {uuid} [search]"]

    # What the desk sees: the window says one record is damaged, and the others are found.
    window = _main_window(qtbot, vault, runner, preferences)
    cases = window.case_list
    assert cases.damage_label.isVisible()
    assert cases.damage_label.text().startswith("1 beschädigte(r) oder veränderte(r)")
    qtbot.keyClicks(cases.search_field, "Rahimi")
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1)
    assert cases.model.summary(0).head_name == "Rahimi, Zahra"
    cases.search_field.clear()
    qtbot.keyClicks(cases.search_field, "Al-Hassan")
    qtbot.waitUntil(lambda: cases.status_label.text() == "Kein Fall gefunden.")
    assert cases.model.rowCount() == 0
    window.close()
    vault.close()


def _main_window(
    qtbot: QtBot, vault: Vault, runner: BackgroundRunner, preferences: Preferences
) -> MainWindow:
    """The window the application opens after the unlock dialog (see neubeginn.ui.app)."""
    app = QApplication.instance()
    assert app is not None
    watcher = IdleWatcher(app, 10)
    window = MainWindow(vault, runner, preferences, watcher)
    watcher.setParent(window)
    qtbot.addWidget(window)
    window.show()
    return window


def test_relock_dialog_keeps_the_vault(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, preferences: Preferences
) -> None:
    dialog = UnlockDialog(preferences, runner, vault=ui_vault, username="caritas")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.location_box.isVisible()
    assert dialog.password_field.hasFocus() or not dialog.isActiveWindow()
    qtbot.keyClicks(dialog.password_field, PASSWORDS["caritas"])
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    assert dialog.vault is ui_vault and ui_vault.user is not None
    assert ui_vault.user.username == "caritas"
    assert sqlite_url(Path("x")).startswith("sqlite")

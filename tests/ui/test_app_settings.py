"""Settings and unsaved changes: idle minutes apply at once, leaving an edited case asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from neubeginn.model.core.vault import Vault
from neubeginn.ui.preferences import Preferences
from neubeginn.ui.settings_dialog import SettingsDialog
from neubeginn.ui.worker import BackgroundRunner
from tests.ui.app_helpers import open_window, preferences_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_settings_are_kept_and_default_to_german_and_ten_minutes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    preferences = preferences_in(tmp_path)
    assert (preferences.language, preferences.idle_minutes) == ("de", 10)
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    dialog.idle_box.setValue(3)
    dialog.accept()
    again = Preferences.at(tmp_path / "settings.ini")
    assert (again.language, again.idle_minutes) == ("en", 3)


def _answer(button: QMessageBox.StandardButton) -> None:
    """Answer the question box that is about to open (its exec() blocks the test)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    QTimer.singleShot(0, press)


def test_leaving_an_edited_case_asks_first(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    window = open_window(qtbot, ui_vault, runner, tmp_path, "schalter")
    qtbot.keyClicks(window.case_list.search_field, "Petrenko")
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)
    assert window.case_view is not None
    with qtbot.waitSignal(window.case_view.case_loaded):
        qtbot.keyClick(window.case_list.search_field, Qt.Key.Key_Return)
    editor = window.case_view.editor
    assert editor is not None
    editor.household.accommodation_edit.setFocus()
    qtbot.keyClicks(editor.household.accommodation_edit, ", Zimmer 2")
    qtbot.waitUntil(window.case_view.has_unsaved_changes)

    _answer(QMessageBox.StandardButton.Cancel)
    window.show_list()
    assert window.stack.currentWidget() is window.case_view  # kept, with the edit
    _answer(QMessageBox.StandardButton.Cancel)
    window.lock(manual=True)
    assert not window.is_locked

    _answer(QMessageBox.StandardButton.Discard)
    window.show_list()
    assert window.stack.currentWidget() is window.case_list
    assert window.case_view is not None and not window.case_view.has_unsaved_changes()

"""The main window: find by any spelling, open by Enter or scanner, roles, lock and unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neubeginn.model.core.vault import Vault
from neubeginn.ui.admin.accounts_dialog import AccountsDialog
from neubeginn.ui.case.case_editor import CaseEditor
from neubeginn.ui.main_window import MainWindow
from neubeginn.ui.print.print_dialog import PrintDialog
from neubeginn.ui.worker import BackgroundRunner
from tests.model.factories import household, member
from tests.ui.app_helpers import open_window
from tests.ui.conftest import PASSWORDS

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _number_of(vault: Vault, family_name: str) -> str:
    return next(s.number for s in vault.cases.summaries() if s.head_name.startswith(family_name))


def _type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.keyClicks(window.case_list.search_field, text)


def _open_by_enter(qtbot: QtBot, window: MainWindow) -> str:
    assert window.case_view is not None
    with qtbot.waitSignal(window.case_view.case_loaded, timeout=10_000) as loaded:
        qtbot.keyClick(window.case_list.search_field, Qt.Key.Key_Return)
    # Loading a case currently flashes stray top-level buttons (RecordStack shows them before
    # they have a parent), which takes the activation away on the offscreen platform.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return str(loaded.args[0])


def _open_found(qtbot: QtBot, window: MainWindow, text: str) -> str:
    """Search `text`, which finds one case, and open it by Enter."""
    _type_search(qtbot, window, text)
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)
    return _open_by_enter(qtbot, window)


def _idle_lock(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.idle_watcher.set_interval_ms(30)


def _unlock(qtbot: QtBot, window: MainWindow, username: str) -> None:
    """Type the password into the unlock dialog the lock showed, and press Enter."""
    dialog = window.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.password_field, PASSWORDS[username])
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)


def _editor_shown(qtbot: QtBot, window: MainWindow) -> CaseEditor:
    qtbot.waitUntil(lambda: window.case_view is not None and window.case_view.editor is not None)
    assert window.case_view is not None and window.case_view.editor is not None
    return window.case_view.editor


def test_transliteration_variant_finds_the_case_and_enter_opens_it(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    window = open_window(qtbot, ui_vault, runner, tmp_path, "schalter")
    assert window.case_list.search_field.hasFocus() or not window.isActiveWindow()
    _type_search(qtbot, window, "Mohammed")
    model = window.case_list.model
    qtbot.waitUntil(
        lambda: model.rowCount() == 1 and model.summary(0).head_name == "Al-Hassan, Muhammad"
    )
    assert model.summary(0).native_name == "محمد الحسن"
    number = _open_by_enter(qtbot, window)
    assert number == _number_of(ui_vault, "Al-Hassan")
    assert window.stack.currentWidget() is window.case_view
    assert window.commands.new_entry_action.isEnabled()

    qtbot.keyClick(window.case_view, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.case_list
    assert window.case_list.search_field.text() == "Mohammed"


def test_scanned_case_number_opens_that_case(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    window = open_window(qtbot, ui_vault, runner, tmp_path, "schalter")
    number = _number_of(ui_vault, "Petrenko")
    _type_search(qtbot, window, number.lower())  # scanners may send lower case
    assert _open_by_enter(qtbot, window) == number
    assert window.case_view is not None and window.case_view.current_number() == number


def test_unknown_case_number_is_said_plainly(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    window = open_window(qtbot, ui_vault, runner, tmp_path, "schalter")
    _type_search(qtbot, window, "NB-1999-99999")
    with qtbot.waitSignal(window.case_list.results_shown):
        qtbot.keyClick(window.case_list.search_field, Qt.Key.Key_Return)
    assert "Kein Fall mit dem Aktenzeichen NB-1999-99999" in window.case_list.status_label.text()
    assert window.stack.currentWidget() is window.case_list


def test_idle_lock_hides_everything_and_unlock_returns_to_the_case(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    window = open_window(qtbot, ui_vault, runner, tmp_path, "schalter")
    number = _open_found(qtbot, window, "Rahimi")

    _idle_lock(qtbot, window)
    assert not ui_vault.is_unlocked
    assert window.case_list.model.rowCount() == 0
    assert window.case_list.search_field.text() == ""
    assert window.case_view is None
    assert window.stack.currentWidget() is window.locked_page
    dialog = window.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.username_field.text() == "schalter"

    _unlock(qtbot, window, "schalter")
    assert window.case_view is not None
    qtbot.waitUntil(lambda: window.case_view.current_number() == number)
    assert window.stack.currentWidget() is window.case_view
    assert window.case_list.search_field.text() == "Rahimi"
    assert window.idle_watcher.running


def test_unsaved_edits_come_back_after_the_idle_lock(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    window = open_window(qtbot, ui_vault, runner, tmp_path, "schalter")
    number = _open_found(qtbot, window, "Rahimi")
    editor = _editor_shown(qtbot, window)
    editor.household.accommodation_edit.setText("Unterkunft Am Ring 7, Zimmer 3")
    qtbot.waitUntil(editor.has_unsaved_changes)

    _idle_lock(qtbot, window)
    assert window.case_view is None  # nothing of the edit is left in a widget
    _unlock(qtbot, window, "schalter")
    restored = _editor_shown(qtbot, window)
    assert window.case_view is not None and window.case_view.current_number() == number
    assert restored.household.accommodation_edit.text() == "Unterkunft Am Ring 7, Zimmer 3"
    assert restored.has_unsaved_changes()
    assert "Ungespeicherte Änderungen von vor der Sperre" in restored.status_label.text()
    stored = ui_vault.cases.get(number)
    assert stored.accommodation != "Unterkunft Am Ring 7, Zimmer 3"  # nothing saved unasked
    with qtbot.waitSignal(window.case_view.case_saved, timeout=10_000):
        restored.save()
    assert ui_vault.cases.get(number).accommodation == "Unterkunft Am Ring 7, Zimmer 3"


def test_a_new_household_being_written_comes_back_after_the_idle_lock(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    window = open_window(qtbot, ui_vault, runner, tmp_path, "schalter")
    window.commands.new_case_action.trigger()
    editor = _editor_shown(qtbot, window)
    editor.members()[0].family_name_edit.setText("Haidari")
    qtbot.waitUntil(editor.has_unsaved_changes)

    _idle_lock(qtbot, window)
    _unlock(qtbot, window, "schalter")
    restored = _editor_shown(qtbot, window)
    assert restored.is_new()
    assert restored.members()[0].family_name_edit.text() == "Haidari"
    assert restored.has_unsaved_changes()
    assert window.case_view is not None
    window.case_view.clear()  # else closing the window would ask about the changes


def test_an_entry_being_written_comes_back_after_the_idle_lock(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    window = open_window(qtbot, ui_vault, runner, tmp_path, "schalter")
    number = _open_found(qtbot, window, "Rahimi")
    before = len(ui_vault.cases.get(number).laufzettel)
    window.commands.new_entry_action.trigger()
    view = window.case_view.laufzettel_view if window.case_view else None
    assert view is not None and view.dialog is not None
    view.dialog.information_edit.setPlainText("Wohngeldantrag zur Hälfte ausgefüllt.")

    _idle_lock(qtbot, window)
    _unlock(qtbot, window, "schalter")

    def reopened() -> bool:
        shown = window.case_view.laufzettel_view if window.case_view else None
        return shown is not None and shown.dialog is not None and shown.dialog.isVisible()

    qtbot.waitUntil(reopened)
    assert window.case_view is not None and window.case_view.current_number() == number
    entry_dialog = window.case_view.laufzettel_view.dialog
    assert entry_dialog is not None
    assert entry_dialog.information_edit.toPlainText() == "Wohngeldantrag zur Hälfte ausgefüllt."
    assert len(ui_vault.cases.get(number).laufzettel) == before  # nothing appended unasked
    entry_dialog.reject()


def test_ctrl_l_locks_and_no_case_data_remains(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    window = open_window(qtbot, ui_vault, runner, tmp_path, "schalter")
    _type_search(qtbot, window, "Petrenko")
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)
    _open_by_enter(qtbot, window)
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window.case_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not ui_vault.is_unlocked
    assert window.case_list.model.rowCount() == 0
    assert window.case_view is None
    assert not window.case_list.isVisible()
    assert window.stack.currentWidget() is window.locked_page
    assert (
        not window.commands.new_case_action.isEnabled()
        and not window.commands.print_action.isEnabled()
    )
    # Another person signs in at the same desk: back to an empty search, not to the case.
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.username_field.setText("druck")
    qtbot.keyClicks(dialog.password_field, PASSWORDS["druck"])
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.case_list
    assert window.case_list.search_field.text() == ""
    assert not window.commands.new_case_action.isEnabled()


def test_counselling_sees_only_consented_cases_and_no_new_case(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    ui_vault.unlock("admin", PASSWORDS["admin"])
    private = ui_vault.cases.create(household(member("Nouri", "Reza", "رضا نوری"), consents=()))
    ui_vault.lock()
    window = open_window(qtbot, ui_vault, runner, tmp_path, "caritas")
    assert window.case_list.model.rowCount() == 0  # nothing on screen before a search
    _type_search(qtbot, window, "Petrenko")
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)
    window.case_list.search_field.clear()
    _type_search(qtbot, window, "Nouri")
    qtbot.waitUntil(lambda: window.case_list.status_label.text() == "Kein Fall gefunden.")
    assert window.case_list.model.rowCount() == 0
    # Its case number from a printed sheet does not open it either.
    window.case_list.search_field.clear()
    _type_search(qtbot, window, private.number)
    with qtbot.waitSignal(window.case_list.results_shown):
        qtbot.keyClick(window.case_list.search_field, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.case_list
    assert "Kein Fall mit dem Aktenzeichen" in window.case_list.status_label.text()
    assert not window.commands.new_case_action.isEnabled()
    assert not window.commands.admin_menu.menuAction().isVisible()
    assert "Beratung" in window.user_label.text()


@pytest.mark.parametrize(("username", "is_admin"), [("admin", True), ("schalter", False)])
def test_administration_menu_only_for_admin(
    qtbot: QtBot,
    ui_vault: Vault,
    runner: BackgroundRunner,
    tmp_path: Path,
    username: str,
    is_admin: bool,
) -> None:
    window = open_window(qtbot, ui_vault, runner, tmp_path, username)
    assert window.commands.admin_menu.menuAction().isVisible() is is_admin
    assert window.commands.accounts_action.isEnabled() is is_admin
    assert window.commands.new_case_action.isEnabled()


def test_lock_closes_the_print_and_administration_dialogs(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    window = open_window(qtbot, ui_vault, runner, tmp_path, "admin")
    _type_search(qtbot, window, "Rahimi")
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)
    window.commands.accounts_action.trigger()
    accounts = window.findChild(AccountsDialog)
    assert accounts is not None and accounts.isVisible()
    window.commands.print_action.trigger()
    printing = window.findChild(PrintDialog)
    assert printing is not None and printing.isVisible()
    runner.wait_idle()
    with qtbot.waitSignal(window.locked):
        window.lock(manual=True)
    assert not accounts.isVisible() and not printing.isVisible()

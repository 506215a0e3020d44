"""AuditDialog: newest first, filtered by case number, by action, by user and by outcome."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from neubeginn.model.core.vault import Vault
from neubeginn.model.errors import AccessDenied
from neubeginn.ui.admin.audit_dialog import AuditDialog, AuditModel
from neubeginn.ui.worker import BackgroundRunner
from tests.ui.conftest import PASSWORDS

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def dialog(qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner) -> AuditDialog:
    ui_vault.unlock("schalter", PASSWORDS["schalter"])
    number = ui_vault.cases.search("Petrenko")[0].number
    ui_vault.cases.get(number)  # opened by the desk: one case.open entry
    ui_vault.unlock("admin", PASSWORDS["admin"])
    shown = AuditDialog(ui_vault, runner)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.entries_loaded):
        shown.show()
    return shown


def column(dialog: AuditDialog, col: int) -> list[str]:
    return [dialog.proxy.index(row, col).data() for row in range(dialog.proxy.rowCount())]


def test_newest_first(dialog: AuditDialog) -> None:
    actions = column(dialog, AuditModel.COL_ACTION)
    users = column(dialog, AuditModel.COL_USER)
    assert (actions[0], users[0]) == ("Anmeldung", "admin")  # the admin's unlock just now
    assert actions[-1] == "Konto angelegt"  # the vault's first admin
    assert "Fall geöffnet" in actions


def test_filter_by_case_number(qtbot: QtBot, dialog: AuditDialog, ui_vault: Vault) -> None:
    number = ui_vault.cases.search("Petrenko")[0].number
    qtbot.keyClicks(dialog.case_edit, number)
    with qtbot.waitSignal(dialog.entries_loaded):
        qtbot.keyClick(dialog.case_edit, Qt.Key.Key_Return)

    assert set(column(dialog, AuditModel.COL_CASE)) == {number}
    assert set(column(dialog, AuditModel.COL_ACTION)) == {"Fall angelegt", "Fall geöffnet"}


def test_unknown_case_number_is_said_in_german(qtbot: QtBot, dialog: AuditDialog) -> None:
    dialog.case_edit.setText("NB-2026-99999")
    with qtbot.waitSignal(dialog.failed):
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "Keine Akte NB-2026-99999."


def test_filter_by_action_and_user(qtbot: QtBot, dialog: AuditDialog) -> None:
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("case.create"))
    with qtbot.waitSignal(dialog.entries_loaded) as blocker:
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [3]
    assert set(column(dialog, AuditModel.COL_ACTION)) == {"Fall angelegt"}

    dialog.action_combo.setCurrentIndex(0)
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findText("schalter", Qt.MatchStartsWith))
    with qtbot.waitSignal(dialog.entries_loaded):
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert set(column(dialog, AuditModel.COL_USER)) == {"schalter"}
    assert set(column(dialog, AuditModel.COL_ACTION)) == {"Anmeldung", "Fall geöffnet"}


def test_filter_by_outcome(qtbot: QtBot, ui_vault: Vault, dialog: AuditDialog) -> None:
    ui_vault.unlock("druck", PASSWORDS["druck"])
    with pytest.raises(AccessDenied):
        ui_vault.accounts.list()  # a denial, audited
    ui_vault.unlock("admin", PASSWORDS["admin"])
    with qtbot.waitSignal(dialog.entries_loaded):
        dialog.reload()

    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findText("abgelehnt"))

    assert column(dialog, AuditModel.COL_ACTION) == ["Konten angesehen"]
    assert column(dialog, AuditModel.COL_USER) == ["druck"]


def test_every_filter_is_named(dialog: AuditDialog) -> None:
    unnamed = [
        type(widget).__name__
        for widget in dialog.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.objectName().startswith("qt_")
        and widget.window() is dialog
        and not widget.accessibleName()
    ]
    assert unnamed == []

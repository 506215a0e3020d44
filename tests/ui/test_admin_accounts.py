"""AccountsDialog: create a counselling account, reset a password, disable, deny non-admins."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from neubeginn.model.core.vault import Vault
from neubeginn.model.domain.access import Role
from neubeginn.model.errors import WrongPassword
from neubeginn.ui.admin.accounts_dialog import AccountsDialog, AccountsModel
from neubeginn.ui.worker import BackgroundRunner
from tests.ui.conftest import PASSWORDS

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

NEW_PASSWORD = "Neues-Passwort 42"


def unnamed(root: QWidget) -> list[str]:
    """Focusable widgets without an accessible name (Qt's internals and popups excluded)."""
    return [
        f"{type(widget).__name__} {widget.objectName()}"
        for widget in root.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.objectName().startswith("qt_")
        and widget.window() is root
        and not widget.accessibleName()
    ]


def open_dialog(qtbot: QtBot, vault: Vault, runner: BackgroundRunner) -> AccountsDialog:
    dialog = AccountsDialog(vault, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 or bool(dialog.status_label.text()))
    return dialog


def usernames(dialog: AccountsDialog) -> dict[str, str]:
    """User name -> the "Aktiv" column as shown."""
    model = dialog.model
    return {
        model.index(row, AccountsModel.COL_USERNAME).data(): model.index(
            row, AccountsModel.COL_ACTIVE
        ).data()
        for row in range(model.rowCount())
    }


def test_lists_accounts_with_role_and_agency(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    ui_vault.unlock("admin", PASSWORDS["admin"])
    dialog = open_dialog(qtbot, ui_vault, runner)

    assert set(usernames(dialog)) == {"admin", "schalter", "caritas", "druck"}
    dialog.select_username("caritas")
    row = dialog.table.selectionModel().selectedRows()[0].row()
    cell = dialog.proxy.index(row, AccountsModel.COL_AGENCY).data()
    assert cell == "Caritasverband Herne e.V."
    assert dialog.proxy.index(row, AccountsModel.COL_ROLE).data() == "Beratungsstelle"
    assert unnamed(dialog) == []


def test_admin_creates_a_counselling_account_that_can_unlock(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    ui_vault.unlock("admin", PASSWORDS["admin"])
    dialog = open_dialog(qtbot, ui_vault, runner)
    qtbot.keyClicks(dialog.username_edit, "awo.berger")
    qtbot.keyClicks(dialog.display_name_edit, "Bernd Berger")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.COUNSELLING))
    assert dialog.agency_combo.isEnabled()
    dialog.agency_combo.setCurrentIndex(dialog.agency_combo.findText("Caritasverband Herne e.V."))
    qtbot.keyClicks(dialog.password_edit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.password_again_edit, NEW_PASSWORD)
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password

    with qtbot.waitSignal(dialog.account_created) as blocker:
        qtbot.keyClick(dialog.password_again_edit, Qt.Key.Key_Return)

    assert blocker.args == ["awo.berger"]
    assert dialog.password_edit.text() == ""  # the password does not linger in the form
    qtbot.waitUntil(lambda: "awo.berger" in usernames(dialog))
    caritas = ui_vault.agencies.by_name()["Caritasverband Herne e.V."]
    user = ui_vault.unlock("awo.berger", NEW_PASSWORD)
    assert user.role is Role.COUNSELLING and user.agency_uuid == caritas.uuid


def test_mismatched_passwords_create_nothing(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    ui_vault.unlock("admin", PASSWORDS["admin"])
    dialog = open_dialog(qtbot, ui_vault, runner)
    qtbot.keyClicks(dialog.username_edit, "neu")
    qtbot.keyClicks(dialog.display_name_edit, "Neu")
    qtbot.keyClicks(dialog.password_edit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.password_again_edit, NEW_PASSWORD + "x")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert "stimmen nicht überein" in dialog.status_label.text()
    assert "neu" not in {account.username for account in ui_vault.accounts.list()}


def test_model_errors_are_shown_in_german(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    ui_vault.unlock("admin", PASSWORDS["admin"])
    dialog = open_dialog(qtbot, ui_vault, runner)
    qtbot.keyClicks(dialog.username_edit, "kurz")
    qtbot.keyClicks(dialog.display_name_edit, "Kurz")
    qtbot.keyClicks(dialog.password_edit, "zu kurz")
    qtbot.keyClicks(dialog.password_again_edit, "zu kurz")
    with qtbot.waitSignal(dialog.failed):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "mindestens 10 Zeichen" in dialog.status_label.text()
    assert dialog.create_button.isEnabled()


def test_reset_password(qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner) -> None:
    ui_vault.unlock("admin", PASSWORDS["admin"])
    dialog = open_dialog(qtbot, ui_vault, runner)
    dialog.select_username("druck")
    qtbot.keyClicks(dialog.new_password_edit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.new_password_again_edit, NEW_PASSWORD)

    with qtbot.waitSignal(dialog.password_reset):
        qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)

    assert dialog.new_password_edit.text() == ""
    with pytest.raises(WrongPassword):
        ui_vault.unlock("druck", PASSWORDS["druck"])
    assert ui_vault.unlock("druck", NEW_PASSWORD).role is Role.PRINT


def test_disable_after_confirming(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    ui_vault.unlock("admin", PASSWORDS["admin"])
    dialog = open_dialog(qtbot, ui_vault, runner)
    dialog.select_username("schalter")
    questions: list[str] = []

    def answer(parent: QWidget, title: str, text: str, *args: object) -> object:
        questions.append(text)
        return (
            QMessageBox.StandardButton.No if len(questions) == 1 else QMessageBox.StandardButton.Yes
        )

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)  # "No": nothing happens
    assert all(account.active for account in ui_vault.accounts.list())

    with qtbot.waitSignal(dialog.account_disabled):
        qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)

    assert "schalter" in questions[0]
    qtbot.waitUntil(lambda: usernames(dialog)["schalter"] == "nein (deaktiviert)")
    dialog.select_username("schalter")
    assert not dialog.reset_button.isEnabled()
    with pytest.raises(WrongPassword):
        ui_vault.unlock("schalter", PASSWORDS["schalter"])


def test_a_desk_account_is_refused_in_german(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    ui_vault.unlock("schalter", PASSWORDS["schalter"])
    dialog = AccountsDialog(ui_vault, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed) as blocker:
        dialog.show()
    assert "Keine Berechtigung" in blocker.args[0]
    assert dialog.model.rowCount() == 0

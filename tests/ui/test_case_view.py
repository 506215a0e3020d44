"""The case screen: read-only for counselling and print accounts, RTL names, lock, errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from neubeginn.model.core.vault import Vault
from neubeginn.ui.case.case_view import CaseView
from neubeginn.ui.worker import BackgroundRunner
from tests.ui.conftest import PASSWORDS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def open_al_hassan(qtbot: QtBot, vault: Vault, runner: BackgroundRunner, user: str) -> CaseView:
    vault.unlock(user, PASSWORDS[user])
    number = next(s.number for s in vault.cases.summaries() if "Al-Hassan" in str(s))
    view = CaseView(vault, runner)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.case_loaded):
        view.open_case(number)
    return view


@pytest.mark.parametrize("user", ["druck", "caritas"])
def test_print_and_counselling_accounts_see_the_personenbogen_read_only(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, user: str
) -> None:
    view = open_al_hassan(qtbot, ui_vault, runner, user)
    editor = view.editor
    assert editor is not None
    assert editor.read_only_label.isVisibleTo(view)
    assert not editor.save_button.isVisibleTo(view)
    head = editor.members()[0]
    assert head.family_name_edit.text() == "Al-Hassan"
    assert head.native_name_edit.text() == "محمد الحسن"
    for edit in editor.findChildren(QLineEdit) + editor.findChildren(QPlainTextEdit):
        assert edit.isReadOnly(), edit.accessibleName()
    for widget in editor.findChildren(QComboBox) + editor.findChildren(QAbstractButton):
        assert not widget.isEnabled(), widget.accessibleName()
    qtbot.keyClicks(head.family_name_edit, "X")
    assert head.family_name_edit.text() == "Al-Hassan"
    assert not view.has_unsaved_changes()


def test_native_name_field_follows_the_script_direction(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    view = open_al_hassan(qtbot, ui_vault, runner, "schalter")
    assert view.editor is not None
    field = view.editor.members()[0].native_name_edit
    assert field.layoutDirection() == Qt.LayoutDirection.RightToLeft
    field.clear()
    qtbot.keyClicks(field, "Muhammad")
    assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight
    field.clear()
    for char in "زهرا":
        QApplication.sendEvent(
            field, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        )
    assert field.text() == "زهرا"
    assert field.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "محمد الحسن" in view.head_label.text()


def test_clear_drops_every_case_value(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    view = open_al_hassan(qtbot, ui_vault, runner, "schalter")
    assert view.editor is not None
    qtbot.keyClicks(view.editor.members()[0].notes_edit, "Notiz")
    assert view.has_unsaved_changes()
    with qtbot.waitSignal(view.dirty_changed) as dirty:
        view.clear()
    assert dirty.args == [False]
    assert view.current_number() is None
    assert view.editor is None
    assert view.head_label.text() == ""
    assert view.laufzettel_view.model.rowCount() == 0
    assert view.pages.currentWidget() is view.empty_label


def test_an_unknown_case_is_said_plainly(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    ui_vault.unlock("schalter", PASSWORDS["schalter"])
    view = CaseView(ui_vault, runner)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.failed) as failed:
        view.open_case("NB-2026-99999")
    assert "NB-2026-99999" in failed.args[0]
    assert view.current_number() is None


def test_counselling_account_cannot_start_a_new_case(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    ui_vault.unlock("caritas", PASSWORDS["caritas"])
    view = CaseView(ui_vault, runner)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.failed):
        view.new_case()
    assert view.editor is None

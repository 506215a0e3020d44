"""The Personenbogen editor: create a household by keyboard and mouse, validation at the field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from neubeginn.model.core.vault import Vault
from neubeginn.model.domain.values import PartialDate
from neubeginn.ui.case.case_view import CaseView
from neubeginn.ui.case.member_editor import MemberEditor
from neubeginn.ui.i18n import install_translators, remove_translators
from neubeginn.ui.worker import BackgroundRunner
from tests.ui.conftest import PASSWORDS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def new_case_view(qtbot: QtBot, vault: Vault, runner: BackgroundRunner) -> CaseView:
    vault.unlock("schalter", PASSWORDS["schalter"])
    view = CaseView(vault, runner)
    qtbot.addWidget(view)
    view.resize(900, 800)
    view.show()
    view.new_case()
    qtbot.waitUntil(lambda: view.editor is not None)
    return view


def type_native(widget: QWidget, text: str) -> None:
    """Type non-Latin text as a keyboard layout would (QTest only maps Latin-1 to keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_member(qtbot: QtBot, editor: MemberEditor, family: str, given: str, born: str) -> None:
    qtbot.keyClicks(editor.family_name_edit, family)
    qtbot.keyClicks(editor.given_names_edit, given)
    qtbot.keyClicks(editor.birth_date_edit, born)


def test_create_household_with_three_members(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    view = new_case_view(qtbot, ui_vault, runner)
    editor = view.editor
    assert editor is not None
    qtbot.keyClicks(editor.household.issuing_office_edit, "Stadt Herne, FB 41")
    qtbot.keyClicks(editor.household.accommodation_edit, "Unterkunft Am Ring 5")
    head = editor.members()[0]
    with qtbot.waitSignal(view.dirty_changed) as dirty:
        type_member(qtbot, head, "Al-Khatib", "Omar", "1990")
    assert dirty.args == [True]
    type_native(head.native_name_edit, "عمر الخطيب")
    head.nationality_picker.lineEdit().clear()
    qtbot.keyClicks(head.nationality_picker.lineEdit(), "Syrien")
    qtbot.keyClicks(head.language_picker.language_combo.lineEdit(), "Arabisch")
    qtbot.mouseClick(head.language_picker.add_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(editor.member_stack.add_button, Qt.MouseButton.LeftButton)
    spouse = editor.members()[1]
    type_member(qtbot, spouse, "Al-Khatib", "Leila", "05.1992")
    qtbot.keyClicks(spouse.relationship_combo, "Eh")  # keyboard search: "Ehepartner/in"
    qtbot.mouseClick(editor.member_stack.add_button, Qt.MouseButton.LeftButton)
    type_member(qtbot, editor.members()[2], "Al-Khatib", "Sami", "17.05.2016")

    qtbot.waitUntil(editor.save_button.isEnabled)
    with qtbot.waitSignal(view.case_saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    number = saved.args[0]
    assert view.current_number() == number
    assert not view.has_unsaved_changes()
    assert "Al-Khatib, Omar" in view.head_label.text()

    reopened = CaseView(ui_vault, runner)
    qtbot.addWidget(reopened)
    with qtbot.waitSignal(reopened.case_loaded):
        reopened.open_case(number)
    assert reopened.editor is not None
    members = [form.member() for form in reopened.editor.members()]
    assert [(m.given_names, m.relationship) for m in members] == [
        ("Omar", "head"),
        ("Leila", "spouse"),
        ("Sami", "child"),
    ]
    assert members[0].birth_date == PartialDate(1990)  # year only stays year only
    assert reopened.editor.members()[0].birth_date_edit.text() == "1990"
    assert members[1].birth_date == PartialDate(1992, 5)
    assert members[2].birth_date == PartialDate(2016, 5, 17)
    assert members[0].native_name == "عمر الخطيب"
    assert members[0].nationality == "SY"
    assert [spoken.code for spoken in members[0].languages] == ["ar"]
    assert reopened.editor.household.accommodation_edit.text() == "Unterkunft Am Ring 5"
    assert not reopened.has_unsaved_changes()


def test_future_birth_date_is_shown_at_the_field_and_nothing_is_saved(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    view = new_case_view(qtbot, ui_vault, runner)
    editor = view.editor
    assert editor is not None
    head = editor.members()[0]
    next_year = str(dt.date.today().year + 1)
    type_member(qtbot, head, "Nadiri", "Sara", next_year)
    message = head.messages.label("birth_date")
    qtbot.waitUntil(message.isVisible)
    assert message.text() == "Das Geburtsdatum liegt in der Zukunft."
    assert head.birth_date_edit.toolTip() == message.text()
    assert not editor.save_button.isEnabled()
    assert "⚠" in editor.member_stack.model.index(0).data()

    before = len(ui_vault.cases.summaries())
    qtbot.keyClick(head.birth_date_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    runner.wait_idle()
    assert len(ui_vault.cases.summaries()) == before

    head.birth_date_edit.clear()
    qtbot.keyClicks(head.birth_date_edit, "1985")
    qtbot.waitUntil(lambda: not message.isVisible())
    assert editor.save_button.isEnabled()


def test_the_english_ui_shows_the_birth_date_problem_in_english(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "en")
    try:
        view = new_case_view(qtbot, ui_vault, runner)
        assert view.editor is not None
        head = view.editor.members()[0]
        type_member(qtbot, head, "Nadiri", "Sara", str(dt.date.today().year + 1))
        message = head.messages.label("birth_date")
        qtbot.waitUntil(message.isVisible)
        assert message.text() == "The date of birth is in the future."
    finally:
        remove_translators(app, translators)


def test_residence_permit_expiring_before_its_issue_is_shown_at_the_field(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    view = new_case_view(qtbot, ui_vault, runner)
    editor = view.editor
    assert editor is not None
    head = editor.members()[0]
    type_member(qtbot, head, "Nadiri", "Sara", "1985")
    qtbot.keyClicks(head.residence_issued_on_edit, "02.05.2024")
    qtbot.keyClicks(head.residence_valid_until_edit, "01.05.2024")
    message = head.messages.label("residence_valid_until")
    qtbot.waitUntil(message.isVisible)
    assert message.text() == "Der Aufenthaltstitel kann nicht ablaufen, bevor er ausgestellt wurde."
    assert not editor.save_button.isEnabled()
    head.residence_valid_until_edit.clear()
    qtbot.keyClicks(head.residence_valid_until_edit, "01.05.2027")
    qtbot.waitUntil(lambda: not message.isVisible())
    assert editor.save_button.isEnabled()
    assert editor.case().members[0].residence_issued_on == dt.date(2024, 5, 2)


def test_unreadable_date_and_missing_name_keep_save_disabled(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    view = new_case_view(qtbot, ui_vault, runner)
    editor = view.editor
    assert editor is not None
    head = editor.members()[0]
    qtbot.keyClicks(head.given_names_edit, "Sara")
    qtbot.keyClicks(head.birth_date_edit, "31.02.1990")
    birth = head.messages.label("birth_date")
    qtbot.waitUntil(birth.isVisible)
    assert "TT.MM.JJJJ" in birth.text()
    assert head.messages.label("family_name").text() == "Der Familienname fehlt."
    assert not editor.save_button.isEnabled()

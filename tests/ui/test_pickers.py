"""The language picker of the person sheet: a language's level changes in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from neubeginn.model.domain.values import LanguageLevel, SpokenLanguage
from neubeginn.ui.case.pickers import LanguagePicker, SpokenLanguageModel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_languages_level_changes_in_place(qtbot: QtBot) -> None:
    picker = LanguagePicker()
    qtbot.addWidget(picker)
    picker.show()
    picker.set_languages(
        [
            SpokenLanguage("ar", LanguageLevel.NATIVE, False),
            SpokenLanguage("de", LanguageLevel.BASIC, True),
        ]
    )
    cell = picker.model.index(1, SpokenLanguageModel.COL_LEVEL)
    picker.table.setCurrentIndex(cell)
    qtbot.keyClick(picker.table, Qt.Key.Key_F2)  # the usual key to edit a cell
    editor = picker.table.viewport().findChild(QComboBox)
    assert editor is not None and editor.accessibleName() == "Niveau der Sprache"
    assert editor.currentData() == LanguageLevel.BASIC.value
    editor.setCurrentIndex(editor.findData(LanguageLevel.FLUENT.value))
    with qtbot.waitSignal(picker.languages_changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert picker.languages() == (
        SpokenLanguage("ar", LanguageLevel.NATIVE, False),
        SpokenLanguage("de", LanguageLevel.FLUENT, True),
    )
    assert cell.data() == "fließend"


def test_a_read_only_picker_edits_nothing(qtbot: QtBot) -> None:
    picker = LanguagePicker()
    qtbot.addWidget(picker)
    picker.set_languages([SpokenLanguage("ar", LanguageLevel.NATIVE, False)])
    picker.set_read_only()
    cell = picker.model.index(0, SpokenLanguageModel.COL_LEVEL)
    assert not picker.model.flags(cell) & Qt.ItemFlag.ItemIsEditable

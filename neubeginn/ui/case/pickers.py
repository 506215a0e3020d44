"""Searchable pickers with Babel's German names: CountryPicker and LanguagePicker."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neubeginn.model import LanguageLevel, SpokenLanguage
from neubeginn.ui.case import labels
from neubeginn.ui.table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex


def _make_searchable(combo: QComboBox, items: Iterable[tuple[str, str]]) -> None:
    """An editable combo whose completer finds a name by any part of it ("syr" → Syrien)."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for code, name in items:
        combo.addItem(name, code)
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.setCurrentIndex(-1)


def _typed_code(combo: QComboBox) -> str:
    """The code of the name typed or picked; a typed code ("SY") counts too."""
    text = combo.currentText().strip()
    row = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if row >= 0:
        return str(combo.itemData(row))
    row = combo.findData(text)
    return text if row < 0 else str(combo.itemData(row))


class CountryPicker(QComboBox):
    """Nationality: ISO 3166 countries by German name, "staatenlos" (XX), "ungeklärt" (ZZ).

    Signals:
        code_changed(str): another nationality was typed or picked.
    """

    code_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _make_searchable(self, labels.countries())
        self.currentTextChanged.connect(lambda _: self.code_changed.emit(self.code()))

    def code(self) -> str:
        return _typed_code(self)

    def set_code(self, code: str) -> None:
        row = self.findData(code)
        if row >= 0:
            self.setCurrentIndex(row)
        else:
            self.setEditText(code)  # an unknown code stays visible, so validation can word it


class SpokenLanguageModel(RowTableModel):
    """The languages one person speaks, with level and whether they can interpret."""

    COL_LANGUAGE, COL_LEVEL, COL_INTERPRETER = range(3)
    LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SpokenLanguage] = []
        self._editable = True
        self._headers = (self.tr("Sprache"), self.tr("Niveau"), self.tr("Dolmetscht"))

    def set_rows(self, rows: Iterable[SpokenLanguage]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SpokenLanguage]:
        return list(self._rows)

    def set_editable(self, editable: bool) -> None:
        self.beginResetModel()
        self._editable = editable
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spoken = self._rows[index.row()]
        column = index.column()
        if role == self.LANGUAGE_ROLE:
            return spoken
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_LANGUAGE:
                return labels.language_name(spoken.code)
            if column == self.COL_LEVEL:
                return labels.language_levels()[spoken.level]
            return self.tr("ja") if spoken.interpreter else self.tr("nein")
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_INTERPRETER:
            return Qt.CheckState.Checked if spoken.interpreter else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and index.column() == self.COL_INTERPRETER:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if self._editable and index.column() == self.COL_LEVEL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """The interpreter check box, or the level (a LanguageLevel value) edited in place."""
        spoken = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_INTERPRETER:
            interpreter = Qt.CheckState(value) == Qt.CheckState.Checked
            changed = SpokenLanguage(spoken.code, spoken.level, interpreter)
        elif role == Qt.ItemDataRole.EditRole and column == self.COL_LEVEL:
            changed = SpokenLanguage(spoken.code, LanguageLevel(value), spoken.interpreter)
        else:
            return False
        self._rows[index.row()] = changed
        self.dataChanged.emit(index, index)
        return True


class LevelDelegate(QStyledItemDelegate):
    """Changes a language's level in place: a list of the levels over the table cell."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Niveau der Sprache"))
        for level, name in labels.language_levels().items():
            combo.addItem(name, level.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        spoken = index.data(SpokenLanguageModel.LANGUAGE_ROLE)
        editor.setCurrentIndex(editor.findData(spoken.level.value))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class LanguagePicker(QWidget):
    """The languages a person speaks: pick a language by name, its level, interpreter or not.

    Signals:
        languages_changed(): a language was added, removed or changed.
    """

    languages_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.language_combo = QComboBox()
        _make_searchable(self.language_combo, labels.languages())
        self.language_combo.setAccessibleName(self.tr("Sprache suchen"))
        self._line_edit().setPlaceholderText(self.tr("Sprache suchen …"))
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(self.tr("Niveau der Sprache"))
        for level, name in labels.language_levels().items():
            self.level_combo.addItem(name, level.value)
        self.interpreter_check = QCheckBox(self.tr("kann dolmetschen"))
        self.interpreter_check.setAccessibleName(self.tr("kann dolmetschen"))
        self.add_button = QPushButton(self.tr("Sprache hinzufügen"))
        self.add_button.setAccessibleName(self.tr("Sprache hinzufügen"))
        self.model = SpokenLanguageModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(SpokenLanguageModel.COL_LEVEL, LevelDelegate(self))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAccessibleName(self.tr("Gesprochene Sprachen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(140)
        self.remove_button = QPushButton(self.tr("Sprache entfernen"))
        self.remove_button.setAccessibleName(self.tr("Sprache entfernen"))
        self.remove_button.setEnabled(False)

        pick_row = QHBoxLayout()
        pick_row.addWidget(self.language_combo, 3)
        pick_row.addWidget(self.level_combo, 2)
        pick_row.addWidget(self.interpreter_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(pick_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._add)
        self._line_edit().returnPressed.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.dataChanged.connect(self.languages_changed)
        self.model.modelReset.connect(self.languages_changed)

    def _line_edit(self) -> QLineEdit:
        line = self.language_combo.lineEdit()
        assert line is not None  # the combo is editable
        return line

    def set_read_only(self) -> None:
        """Only the table stays: the picking row means nothing to a reader."""
        for widget in (
            self.language_combo,
            self.level_combo,
            self.interpreter_check,
            self.add_button,
            self.remove_button,
        ):
            widget.hide()
        self.model.set_editable(False)

    def languages(self) -> tuple[SpokenLanguage, ...]:
        return tuple(self.model.rows())

    def set_languages(self, languages: Iterable[SpokenLanguage]) -> None:
        self.model.set_rows(languages)

    def _add(self) -> None:
        code = _typed_code(self.language_combo)
        if not code or not self.add_button.isEnabled():
            return
        level = LanguageLevel(self.level_combo.currentData())
        spoken = SpokenLanguage(code, level, self.interpreter_check.isChecked())
        # A language added twice stays visible: validation says it is doubled.
        self.model.set_rows([*self.model.rows(), spoken])
        self.language_combo.setCurrentIndex(-1)
        self.interpreter_check.setChecked(False)

    def _remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            remaining = self.model.rows()
            del remaining[rows[0].row()]
            self.model.set_rows(remaining)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self.add_button.isEnabled()
        self.remove_button.setEnabled(editable and self.table.selectionModel().hasSelection())

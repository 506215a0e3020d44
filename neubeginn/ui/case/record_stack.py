"""RecordStack: a list of records (members, consents) with one form per record below it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neubeginn.ui.case.forms import ERROR_COLOUR

Index = QModelIndex | QPersistentModelIndex


class TitleListModel(QAbstractListModel):
    """The records' titles; a record with a problem is marked, so it can be found."""

    FLAGGED_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, bool]] = []

    def set_rows(self, rows: Iterable[tuple[str, bool]]) -> None:
        rows = list(rows)
        if len(rows) != len(self._rows):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows != self._rows:
            # Same rows, new titles: keep the selection instead of resetting the view.
            self._rows = rows
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        title, flagged = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {title}" + (" ⚠" if flagged else "")
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return QColor(ERROR_COLOUR)
        if role == self.FLAGGED_ROLE:
            return flagged
        return None


class RecordStack(QWidget):
    """Records listed on top, the selected one's form below; add, remove and reorder.

    The owner creates the forms (it knows their defaults and signals) and hands them in.

    Signals:
        add_requested(): the add button was pressed; the owner appends a new form.
        records_changed(): a record was removed or moved.
    """

    add_requested = Signal()
    records_changed = Signal()

    def __init__(
        self, add_text: str, remove_text: str, *, reorder: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._forms: list[QWidget] = []
        self._reorder = reorder
        self._editable = True
        self._build_ui(add_text, remove_text)
        self._connect_signals()

    def _build_ui(self, add_text: str, remove_text: str) -> None:
        self.model = TitleListModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setMaximumHeight(130)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.remove_button = QPushButton(remove_text)
        self.remove_button.setAccessibleName(remove_text.replace("&", ""))
        self.up_button = QPushButton(self.tr("Nach oben"))
        self.up_button.setAccessibleName(self.tr("Nach oben schieben"))
        self.down_button = QPushButton(self.tr("Nach unten"))
        self.down_button.setAccessibleName(self.tr("Nach unten schieben"))
        self.stack = QStackedWidget()

        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch()
        top = QHBoxLayout()
        top.addWidget(self.list_view, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack)
        # Only once the buttons have a parent: setVisible(True) on a parentless widget opens
        # it as a window of its own, which would take the focus from the main window.
        self.up_button.setVisible(self._reorder)
        self.down_button.setVisible(self._reorder)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.list_view.selectionModel().currentRowChanged.connect(self._show_row)
        self.model.modelReset.connect(self._update_buttons)

    def forms(self) -> list[QWidget]:
        return list(self._forms)

    def append(self, form: QWidget, *, show: bool = True) -> None:
        self._forms.append(form)
        self.stack.addWidget(form)
        self.refresh()
        if show:
            self.select(len(self._forms) - 1)

    def clear(self) -> None:
        for form in self._forms:
            self.stack.removeWidget(form)
            form.setParent(None)
            form.deleteLater()
        self._forms.clear()
        self.refresh()

    def select(self, row: int) -> None:
        self.list_view.setCurrentIndex(self.model.index(row))
        self._show_row(self.model.index(row))

    def current_row(self) -> int:
        return self.list_view.currentIndex().row()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)
        self.up_button.setVisible(editable and self._reorder)
        self.down_button.setVisible(editable and self._reorder)
        self._update_buttons()

    def refresh(self, flagged: Iterable[int] = ()) -> None:
        """Titles again from the forms; `flagged` rows have a problem."""
        marked = set(flagged)
        titles = [
            (form.title(), row in marked)  # type: ignore[attr-defined]
            for row, form in enumerate(self._forms)
        ]
        self.model.set_rows(titles)
        self._update_buttons()

    def _show_row(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self._forms):
            self.stack.setCurrentWidget(self._forms[index.row()])
        self._update_buttons()

    def _remove(self) -> None:
        row = self.current_row()
        if not 0 <= row < len(self._forms):
            return
        form = self._forms.pop(row)
        self.stack.removeWidget(form)
        form.setParent(None)
        form.deleteLater()
        self.refresh()
        if self._forms:
            self.select(min(row, len(self._forms) - 1))
        self.records_changed.emit()

    def _move(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if not (0 <= row < len(self._forms) and 0 <= target < len(self._forms)):
            return
        self._forms[row], self._forms[target] = self._forms[target], self._forms[row]
        self.refresh()
        self.select(target)
        self.records_changed.emit()

    def _update_buttons(self) -> None:
        row = self.current_row()
        has = 0 <= row < len(self._forms)
        self.add_button.setEnabled(self._editable)
        self.remove_button.setEnabled(self._editable and has)
        self.up_button.setEnabled(self._editable and has and row > 0)
        self.down_button.setEnabled(self._editable and has and row < len(self._forms) - 1)

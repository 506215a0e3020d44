"""A list of (key, label) rows with check boxes: topics, print languages, agencies, members."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex


class CheckListModel(QAbstractListModel):
    """Checkable rows, each a key with a label.

    Signals:
        checks_changed(): a row was checked or unchecked (by the user or set_checked).
    """

    KEY_ROLE = Qt.ItemDataRole.UserRole + 1
    checks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []
        self._checked: set[str] = set()
        self._editable = True

    def set_rows(self, rows: Iterable[tuple[str, str]], checked: Iterable[str] = ()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._checked = set(checked)
        self.endResetModel()
        self.checks_changed.emit()

    def set_editable(self, editable: bool) -> None:
        self.beginResetModel()
        self._editable = editable
        self.endResetModel()

    def checked(self) -> list[str]:
        """Checked keys in row order."""
        return [key for key, _ in self._rows if key in self._checked]

    def set_checked(self, keys: Iterable[str]) -> None:
        self._checked = set(keys)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
        self.checks_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, label = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if key in self._checked else Qt.CheckState.Unchecked
        if role == self.KEY_ROLE:
            return key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self._editable or not index.isValid():
            return False
        key = self._rows[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [role])
        self.checks_changed.emit()
        return True

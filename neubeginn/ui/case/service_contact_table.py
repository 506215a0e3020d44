"""ServiceContactTable: the offices handling the case, with reference numbers, edited in place."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neubeginn.model import ServiceContact

Index = QModelIndex | QPersistentModelIndex
_FIELDS = ("office", "reference", "contact_person", "phone")


class ServiceContactModel(QAbstractTableModel):
    COL_OFFICE, COL_REFERENCE, COL_CONTACT_PERSON, COL_PHONE = range(4)
    CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ServiceContact] = []
        self._editable = True
        self._headers = (
            self.tr("Stelle"),
            self.tr("Aktenzeichen"),
            self.tr("Ansprechperson"),
            self.tr("Telefon"),
        )

    def set_rows(self, rows: Iterable[ServiceContact]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ServiceContact]:
        return list(self._rows)

    def set_editable(self, editable: bool) -> None:
        self.beginResetModel()
        self._editable = editable
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return len(_FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        contact = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(contact, _FIELDS[index.column()])
        if role == self.CONTACT_ROLE:
            return contact
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self._editable else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._editable:
            return False
        contact = self._rows[index.row()]
        self._rows[index.row()] = dataclasses.replace(contact, **{_FIELDS[index.column()]: value})
        self.dataChanged.emit(index, index)
        return True


class ServiceContactTable(QWidget):
    """Offices such as Jobcenter, health insurer or Ausländerbehörde with their references.

    Signals:
        contacts_changed(): a row was added, removed or edited.
    """

    contacts_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.model = ServiceContactModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Zuständige Stellen"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, F2 edits a cell
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(160)
        self.add_button = QPushButton(self.tr("Stelle hinzufügen"))
        self.add_button.setAccessibleName(self.tr("Stelle hinzufügen"))
        self.remove_button = QPushButton(self.tr("Stelle entfernen"))
        self.remove_button.setAccessibleName(self.tr("Stelle entfernen"))
        self.remove_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.model.dataChanged.connect(self.contacts_changed)
        self.model.modelReset.connect(self.contacts_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def set_read_only(self) -> None:
        self.add_button.hide()
        self.remove_button.hide()
        self.model.set_editable(False)

    def contacts(self) -> tuple[ServiceContact, ...]:
        return tuple(self.model.rows())

    def set_contacts(self, contacts: Iterable[ServiceContact]) -> None:
        self.model.set_rows(contacts)

    def _add(self) -> None:
        self.model.set_rows([*self.model.rows(), ServiceContact("")])
        index = self.model.index(self.model.rowCount() - 1, ServiceContactModel.COL_OFFICE)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

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

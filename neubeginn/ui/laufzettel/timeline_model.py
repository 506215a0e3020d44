"""TimelineModel: the Laufzettel as appointments, newest first, each with its history below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from neubeginn.model import BERLIN, Appointment, EntryStatus, LaufzettelEntry
from neubeginn.ui.case import labels

Index = QModelIndex | QPersistentModelIndex

#: Text colours of the states, dark enough to read on white (WCAG AA).
STATUS_COLOURS = {
    EntryStatus.PLANNED: "#1f5fa8",
    EntryStatus.ATTENDED: "#1b6e2c",
    EntryStatus.MISSED: "#b00020",
    EntryStatus.CANCELLED: "#5f5f5f",
}


def local_time(moment: Any) -> str:
    return moment.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M") if moment else ""


class TimelineModel(QAbstractItemModel):
    """Top rows: appointments by their current entry; child rows: every entry about it, oldest
    first, when there is more than one. The internal id of a child is its parent's row + 1."""

    COL_WHEN, COL_STATUS, COL_AGENCY, COL_TOPICS, COL_TEXT, COL_NEXT, COL_COUNSELLOR = range(7)
    ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
    APPOINTMENT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Appointment] = []
        self._headers = (
            self.tr("Datum/Zeit"),
            self.tr("Status"),
            self.tr("Beratungsstelle"),
            self.tr("Themen"),
            self.tr("Informationen / Absprachen"),
            self.tr("Nächster Termin"),
            self.tr("Berater/in"),
        )

    def set_rows(self, appointments: list[Appointment]) -> None:
        self.beginResetModel()
        self._rows = list(appointments)
        self.endResetModel()

    def appointment_row(self, seq: int) -> int:
        """The top row of the appointment an entry belongs to, or -1."""
        for row, appointment in enumerate(self._rows):
            if any(entry.seq == seq for entry in appointment.history):
                return row
        return -1

    def _children(self, row: int) -> tuple[LaufzettelEntry, ...]:
        history = self._rows[row].history
        return history if len(history) > 1 else ()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self._headers):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if 0 <= row < len(self._rows) else QModelIndex()
        if parent.internalId() == 0 and 0 <= row < len(self._children(parent.row())):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._children(parent.row()))
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def entry(self, index: Index) -> LaufzettelEntry | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._rows[index.row()].current
        return self._children(index.internalId() - 1)[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index)
        if entry is None:
            return None
        top = index.internalId() == 0
        column = index.column()
        if role == self.ENTRY_ROLE:
            return entry
        if role == self.APPOINTMENT_ROLE:
            return self._rows[index.row() if top else index.internalId() - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, column, top, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS:
            return QColor(STATUS_COLOURS[entry.status])
        if role == Qt.ItemDataRole.FontRole and column == self.COL_STATUS and top:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, entry: LaufzettelEntry, column: int, top: bool, full: bool) -> str:
        if column == self.COL_WHEN:
            text = local_time(entry.when)
            return text if top else self.tr("Nr. {0}: {1}").format(entry.seq, text)
        if column == self.COL_STATUS:
            return labels.entry_statuses()[entry.status]
        if column == self.COL_AGENCY:
            return (
                entry.agency.short_name
                if entry.agency.short_name and not full
                else entry.agency.name
            )
        if column == self.COL_TOPICS:
            names = labels.topics()
            return ", ".join(names[topic] for topic in entry.topics)
        if column == self.COL_TEXT:
            parts = [entry.information]
            if entry.agreements:
                parts.append(self.tr("Absprachen: {0}").format(entry.agreements))
            text = "\n".join(part for part in parts if part)
            return text if full else " ".join(text.split())
        if column == self.COL_NEXT:
            return local_time(entry.next_appointment)
        return entry.counsellor

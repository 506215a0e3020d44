"""The table model behind the case list: one row per CaseSummary."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from neubeginn.model import CaseSummary
from neubeginn.ui.table_model import RowTableModel

COL_NUMBER = 0
COL_HEAD = 1
COL_NATIVE = 2
COL_MEMBERS = 3
COL_ACCOMMODATION = 4
COL_LAST_ENTRY = 5

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1  # the CaseSummary of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (numbers, ISO dates)

# Right-to-left isolate: the name is laid out as a right-to-left paragraph of its own, so
# digits or Latin letters inside it stay where a reader of the script expects them.
_RLI, _PDI = "\u2067", "\u2069"

_Index = QModelIndex | QPersistentModelIndex


def is_right_to_left(text: str) -> bool:
    """True if the first strong character is Arabic or Hebrew script (names in Farsi, …)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


class CaseListModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._texts: list[tuple[str, ...]] = []  # display texts, made once per result
        self._headers = (
            self.tr("Aktenzeichen"),
            self.tr("Haushaltsvorstand"),
            self.tr("Name in Originalschrift"),
            self.tr("Personen"),
            self.tr("Unterkunft"),
            self.tr("Letzter Eintrag"),
        )

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [_texts(summary) for summary in self._rows]
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def numbers(self) -> list[str]:
        return [summary.number for summary in self._rows]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][column]
        if role == SORT_ROLE:
            return self._sort_key(index.row(), column)
        if role == SUMMARY_ROLE:
            return summary
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            column == COL_MEMBERS
            or (column == COL_NATIVE and is_right_to_left(summary.native_name))
        ):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _sort_key(self, row: int, column: int) -> Any:
        summary = self._rows[row]
        if column == COL_MEMBERS:
            return summary.member_count
        if column == COL_LAST_ENTRY:
            return summary.last_entry.isoformat() if summary.last_entry else ""
        return self._texts[row][column].casefold()


def _texts(summary: CaseSummary) -> tuple[str, ...]:
    """The row's display texts in column order (COL_NUMBER … COL_LAST_ENTRY)."""
    native = summary.native_name
    when = summary.last_entry
    return (
        summary.number,
        summary.head_name,
        f"{_RLI}{native}{_PDI}" if is_right_to_left(native) else native,
        str(summary.member_count),
        summary.accommodation,
        when.astimezone().strftime("%d.%m.%Y") if when else "",
    )

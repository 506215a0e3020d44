"""The case list: one search field, results while typing, Enter or a scanned number opens."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neubeginn.model import CaseSummary, Vault, VaultLocked
from neubeginn.ui import messages
from neubeginn.ui.cases.case_list_model import (
    COL_ACCOMMODATION,
    COL_HEAD,
    COL_LAST_ENTRY,
    COL_MEMBERS,
    COL_NATIVE,
    COL_NUMBER,
    SORT_ROLE,
    CaseListModel,
)
from neubeginn.ui.worker import BackgroundRunner

# What a hand scanner types from the QR code of a printed sheet (and what staff type too).
CASE_NUMBER = re.compile(r"^\s*NB-\d{4}-\d{5,}\s*$", re.IGNORECASE)
RESULT_LIMIT = 100  # the best matches; nobody scrolls through thousands, they type more


class CaseList(QWidget):
    """Search field above a sortable table of case summaries.

    Signals:
        case_chosen(str): the person asked to open this case number (Enter, double click,
            or a scanned case number).
        results_shown(int): the result of the current search text is in the table.
    """

    case_chosen = Signal(str)
    results_shown = Signal(int)

    def __init__(self, vault: Vault, runner: BackgroundRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self._generation = 0  # results of an older query or an earlier session are dropped
        self._open_when_shown = False  # Enter came before the results of the current text
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            self.tr("Name in beliebiger Schreibweise, Aktenzeichen oder Geburtsjahr")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Fälle suchen"))
        self.search_field.setAccessibleDescription(
            self.tr("Treffer erscheinen beim Tippen; Eingabetaste öffnet den ersten Treffer.")
        )
        self.damage_label = QLabel()
        self.damage_label.setWordWrap(True)
        self.damage_label.setAccessibleName(self.tr("Hinweis auf beschädigte Fälle"))
        self.damage_label.setStyleSheet("QLabel { background: #fff3cd; padding: 6px; }")
        self.damage_label.hide()
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Suchergebnis"))

        self.model = CaseListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Gefundene Fälle"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the ranking of the search
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Fixed widths from the font, not ResizeToContents: measuring 200 rows at every
        # keystroke cost more than the search itself.
        metrics = self.table.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        for column, sample in (
            (COL_NUMBER, "NB-0000-00000"),
            (COL_MEMBERS, self.model.headerData(COL_MEMBERS, Qt.Orientation.Horizontal)),
            (COL_LAST_ENTRY, self.model.headerData(COL_LAST_ENTRY, Qt.Orientation.Horizontal)),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(str(sample)) + padding)
        for column in (COL_HEAD, COL_NATIVE, COL_ACCOMMODATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + metrics.height() // 2)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_field)
        layout.addWidget(self.damage_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self.setTabOrder(self.search_field, self.table)

    def _connect_signals(self) -> None:
        self.search_field.textEdited.connect(self._search)
        self.search_field.returnPressed.connect(self._search_entered)
        self.search_field.installEventFilter(self)
        self.table.activated.connect(self._row_activated)
        self.table.doubleClicked.connect(self._row_activated)

    # -- public -----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def search_text(self) -> str:
        return self.search_field.text()

    def set_search_text(self, text: str) -> None:
        """Put text in the field and run the search, as if typed (used after an unlock)."""
        self.search_field.setText(text)
        self._search(text)

    def refresh(self) -> None:
        """Run the current search again (after a case was saved)."""
        self._search(self.search_field.text())

    def clear(self) -> None:
        """Forget every result and the search text (at lock): no case data stays visible."""
        self._generation += 1
        self._open_when_shown = False
        self.search_field.clear()
        self.model.clear()
        self.status_label.clear()
        self.damage_label.hide()

    def show_damage(self, count: int) -> None:
        if count:
            self.damage_label.setText(
                self.tr(
                    "%n beschädigte(r) oder veränderte(r) Datensatz/Datensätze beim Anmelden: "
                    "die betroffenen Fälle fehlen in der Liste. Alle anderen Fälle sind "
                    "vollständig nutzbar. Bitte melden Sie dies der Verwaltung.",
                    "",
                    count,
                )
            )
        self.damage_label.setVisible(count > 0)

    def selected_numbers(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.proxy.index(row, COL_NUMBER).data() for row in rows]

    # -- searching --------------------------------------------------------------------------

    def _search(self, text: str) -> None:
        self._generation += 1
        generation = self._generation
        if not text.strip():
            # No query, no list: nothing of any household is on screen until someone looks
            # for it (and no 100,000-row sort runs at every unlock).
            self._show(generation, text, [])
            return
        cases = self._vault.cases
        self._runner.run(
            lambda: cases.search(text, limit=RESULT_LIMIT),
            on_done=lambda rows: self._show(generation, text, rows),
            on_error=lambda error: self._failed(generation, error),
            key="search",
        )

    def _show(self, generation: int, text: str, rows: list[CaseSummary]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        if not text.strip():
            self.status_label.setText(
                self.tr("Bitte Name, Aktenzeichen oder Geburtsjahr eingeben.")
            )
        elif len(rows) >= RESULT_LIMIT:
            self.status_label.setText(
                self.tr("Die %n besten Treffer – für weitere bitte genauer suchen.", "", len(rows))
            )
        elif rows:
            self.status_label.setText(self.tr("%n Treffer", "", len(rows)))
        else:
            self.status_label.setText(self.tr("Kein Fall gefunden."))
        self.results_shown.emit(len(rows))
        if self._open_when_shown:
            self._open_when_shown = False
            self._open_first(text)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or isinstance(error, VaultLocked):
            return  # the window was locked meanwhile; there is nothing to tell
        self.status_label.setText(messages.describe(error))

    # -- opening ----------------------------------------------------------------------------

    def _search_entered(self) -> None:
        text = self.search_field.text()
        if CASE_NUMBER.match(text):
            self._open_number(text.strip().upper())
            return
        if self._runner.busy:
            self._open_when_shown = True
        else:
            self._open_first(text)

    def _open_number(self, number: str) -> None:
        """A scanned QR code or a typed case number: open that case, not the first hit.

        The search (not a bare lookup) decides, so a counselling account is told plainly
        that there is no such case it may see, and nothing of the case is loaded."""
        self._generation += 1
        self._open_when_shown = False
        generation = self._generation
        vault = self._vault
        self._runner.run(
            lambda: vault.cases.search(number, limit=5),
            on_done=lambda rows: self._number_found(generation, number, rows),
            on_error=lambda error: self._failed(generation, error),
            key="search",
        )

    def _number_found(self, generation: int, number: str, rows: list[CaseSummary]) -> None:
        if generation != self._generation:
            return
        exact = [row for row in rows if row.number == number]
        self.model.set_rows(exact)
        self.results_shown.emit(len(exact))
        if exact:
            self.table.selectRow(0)
            self.status_label.setText(self.tr("%n Treffer", "", 1))
            self.case_chosen.emit(number)
        else:
            self.status_label.setText(
                self.tr("Kein Fall mit dem Aktenzeichen {number}, den Sie sehen dürfen.").format(
                    number=number
                )
            )

    def _open_first(self, text: str) -> None:
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else 0
        if self.proxy.rowCount() and text.strip():
            self.case_chosen.emit(self.proxy.index(row, COL_NUMBER).data())

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_chosen.emit(self.proxy.index(index.row(), COL_NUMBER).data())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down/Up in the search field moves into the results, so the hand never leaves the
        # keyboard: type, Down, Down, Enter.
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown):
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

"""LaufzettelView: the case's appointments, newest first, with status, history and details."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from neubeginn.model import (
    Action,
    Agency,
    Appointment,
    Case,
    EntryStatus,
    LaufzettelEntry,
    Role,
    Vault,
    allowed,
    appointments,
)
from neubeginn.ui.case import labels
from neubeginn.ui.laufzettel.entry_dialog import EntryDialog
from neubeginn.ui.laufzettel.timeline_model import STATUS_COLOURS, TimelineModel, local_time
from neubeginn.ui.worker import BackgroundRunner


class LaufzettelView(QWidget):
    """The Laufzettel (routing slip) of one case: every agency's appointments and agreements.

    New contacts, status changes and corrections all append an entry (EntryDialog); nothing
    written before is changed.

    Signals:
        entry_appended(int): an entry was appended; its seq.
    """

    entry_appended = Signal(int)

    def __init__(self, vault: Vault, runner: BackgroundRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self._case: Case | None = None
        self._agencies: list[Agency] = []
        self.dialog: EntryDialog | None = None
        self._build_ui()
        self._connect_signals()
        self._update_buttons()

    def _build_ui(self) -> None:
        self.new_button = QPushButton(self.tr("&Neuer Eintrag"))
        self.new_button.setAccessibleName(self.tr("Neuer Eintrag"))
        self.new_button.setToolTip(self.tr("Neuer Eintrag (Strg+E)"))
        self.attended_button = QPushButton(self.tr("Als &wahrgenommen markieren"))
        self.attended_button.setAccessibleName(self.tr("Termin als wahrgenommen markieren"))
        self.missed_button = QPushButton(self.tr("Als &versäumt markieren"))
        self.missed_button.setAccessibleName(self.tr("Termin als versäumt markieren"))
        self.cancel_button = QPushButton(self.tr("A&bsagen"))
        self.cancel_button.setAccessibleName(self.tr("Termin absagen"))
        self.correct_button = QPushButton(self.tr("&Korrigieren"))
        self.correct_button.setAccessibleName(self.tr("Eintrag korrigieren"))
        self.model = TimelineModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Laufzettel-Einträge, neueste zuerst"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Eintrag im Einzelnen"))
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.attended_button,
            self.missed_button,
            self.cancel_button,
            self.correct_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self.new_entry)
        self.attended_button.clicked.connect(lambda: self.mark(EntryStatus.ATTENDED))
        self.missed_button.clicked.connect(lambda: self.mark(EntryStatus.MISSED))
        self.cancel_button.clicked.connect(lambda: self.mark(EntryStatus.CANCELLED))
        self.correct_button.clicked.connect(self.correct)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)

    # -- the case --------------------------------------------------------------------------

    def set_case(self, case: Case, agencies: list[Agency]) -> None:
        self._case = case
        self._agencies = agencies
        self.model.set_rows(appointments(case.laufzettel))
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        self._current_changed(self.tree.currentIndex())

    def clear(self) -> None:
        self._close_dialog()
        self._case = None
        self._agencies = []
        self.model.set_rows([])
        self.details.clear()
        self._update_buttons()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog.deleteLater()
            self.dialog = None

    # -- selection -------------------------------------------------------------------------

    def selected_entry(self) -> LaufzettelEntry | None:
        return self.model.entry(self.tree.currentIndex())

    def selected_appointment(self) -> Appointment | None:
        index = self.tree.currentIndex()
        return self.model.data(index, TimelineModel.APPOINTMENT_ROLE) if index.isValid() else None

    def _current_changed(self, index: QModelIndex) -> None:
        entry = self.model.entry(index)
        self.details.setHtml(self._details_html(entry) if entry else "")
        self._update_buttons()

    def _may_append(self) -> bool:
        user = self._vault.user
        return (
            self._case is not None
            and user is not None
            and allowed(user.role, Action.LAUFZETTEL_APPEND)
        )

    def _may_amend(self, entry: LaufzettelEntry | None) -> bool:
        """Counselling accounts amend their own agency's entries only (the model insists too)."""
        user = self._vault.user
        if entry is None or not self._may_append() or user is None:
            return False
        return user.role is not Role.COUNSELLING or entry.agency.uuid == user.agency_uuid

    def _update_buttons(self) -> None:
        appointment = self.selected_appointment()
        current = appointment.current if appointment else None
        planned = current is not None and current.status is EntryStatus.PLANNED
        self.new_button.setEnabled(self._may_append())
        for button in (self.attended_button, self.missed_button, self.cancel_button):
            button.setEnabled(planned and self._may_amend(current))
        self.correct_button.setEnabled(self._may_amend(self.selected_entry()))

    # -- appending -------------------------------------------------------------------------

    def new_entry(self) -> None:
        if self._may_append():
            self._open_dialog(None, None)

    def entry_draft(self) -> LaufzettelEntry | None:
        """The entry being written in the dialog, while one is open."""
        if self.dialog is None or not self.dialog.isVisible():
            return None
        return self.dialog.entry()

    def open_draft(self, entry: LaufzettelEntry) -> None:
        """The dialog again, on an entry that was being written when the vault locked."""
        if self._may_append():
            self._open_dialog(entry, entry.amends)

    def mark(self, status: EntryStatus) -> None:
        """A planned appointment was attended, missed or cancelled: append the new state."""
        appointment = self.selected_appointment()
        if appointment is None or not self._may_amend(appointment.current):
            return
        current = appointment.current
        base = dataclasses.replace(
            current, status=status, information="", agreements="", counsellor=""
        )
        self._open_dialog(base, current.seq)

    def correct(self) -> None:
        entry = self.selected_entry()
        if self._may_amend(entry):
            assert entry is not None
            self._open_dialog(entry, entry.seq)

    def _open_dialog(self, base: LaufzettelEntry | None, amends: int | None) -> None:
        assert self._case is not None
        self._close_dialog()
        self.dialog = EntryDialog(
            self._vault,
            self._runner,
            self._case,
            self._agencies,
            base=base,
            amends=amends,
            parent=self,
        )
        self.dialog.entry_appended.connect(self._appended)
        self.dialog.open()

    def _appended(self, written: LaufzettelEntry) -> None:
        if self._case is None:
            return
        self._case = dataclasses.replace(self._case, laufzettel=(*self._case.laufzettel, written))
        self.model.set_rows(appointments(self._case.laufzettel))
        row = self.model.appointment_row(written.seq)
        self.tree.setCurrentIndex(self.model.index(row, 0))
        self.tree.expand(self.model.index(row, 0))
        self.entry_appended.emit(written.seq)

    # -- details ---------------------------------------------------------------------------

    def _details_html(self, entry: LaufzettelEntry) -> str:
        names = (
            {m.uuid: f"{m.family_name}, {m.given_names}" for m in self._case.members}
            if self._case
            else {}
        )
        concerned = ", ".join(names.get(uuid, "?") for uuid in entry.members) or self.tr(
            "ganzer Haushalt"
        )
        status = labels.entry_statuses()[entry.status]
        rows = [
            (self.tr("Datum/Zeit"), local_time(entry.when)),
            (self.tr("Beratungsstelle"), entry.agency.name),
            (self.tr("Berater/in"), entry.counsellor),
            (self.tr("Themen"), ", ".join(labels.topics()[t] for t in entry.topics)),
            (self.tr("Betrifft"), concerned),
            (self.tr("Nächster Termin"), local_time(entry.next_appointment)),
            (self.tr("Eingetragen von"), f"{entry.recorded_by}, {local_time(entry.recorded_at)}"),
        ]
        if entry.amends:
            rows.append((self.tr("Ergänzt"), self.tr("Eintrag Nr. {0}").format(entry.amends)))
        table = "".join(
            f"<tr><th align='left' valign='top'>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
            for k, v in rows
            if v.strip()
        )
        blocks = "".join(
            f"<h4>{html.escape(title)}</h4><p style='white-space: pre-wrap'>{html.escape(text)}</p>"
            for title, text in (
                (self.tr("Informationen"), entry.information),
                (self.tr("Absprachen"), entry.agreements),
            )
            if text
        )
        colour = STATUS_COLOURS[entry.status]
        head = self.tr("Eintrag Nr. {0}").format(entry.seq)
        return (
            f"<h3>{html.escape(head)} – "
            f"<span style='color:{colour}'>{html.escape(status)}</span></h3>"
            f"<table cellspacing='4'>{table}</table>{blocks}"
        )

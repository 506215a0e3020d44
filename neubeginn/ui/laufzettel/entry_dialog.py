"""EntryDialog: a new Laufzettel entry — a contact, a planned appointment, a status change or a
correction; each is appended, never written over an old entry."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from neubeginn.model import (
    BERLIN,
    Action,
    Agency,
    Case,
    CaseProblems,
    EntryStatus,
    LaufzettelEntry,
    Role,
    Topic,
    User,
    Vault,
    allowed,
    validate_entry,
)
from neubeginn.ui import messages
from neubeginn.ui.case import labels
from neubeginn.ui.case.check_list_model import CheckListModel
from neubeginn.ui.case.forms import ERROR_COLOUR, FieldMessages, relative
from neubeginn.ui.case.member_editor import form_layout
from neubeginn.ui.messages import FieldNote
from neubeginn.ui.worker import BackgroundRunner

# The edits show Herne's wall clock as plain digits. Left in the PC's local time, Qt would
# move a time the PC's zone skips (02:30 on the night summer time begins, in Germany) to
# 03:30 on its own, and only on machines set to such a zone; as digits, the dialog's
# validation refuses it with a message on every machine.
_DIGITS = QTimeZone.utc()


def _date_time_edit(accessible: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setTimeZone(_DIGITS)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy HH:mm")
    return edit


def _to_qt(moment: dt.datetime) -> QDateTime:
    """Herne's wall-clock time of `moment` as the digits an edit shows."""
    local = moment.astimezone(BERLIN) if moment.tzinfo else moment
    day, time = QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
    return QDateTime(day, time, _DIGITS)


def _moment(edit: QDateTimeEdit) -> dt.datetime:
    """The wall-clock time shown, as Herne's local time."""
    shown = edit.dateTime().toTimeZone(_DIGITS)
    day, time = shown.date(), shown.time()
    return dt.datetime(
        day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=BERLIN
    )


class EntryDialog(QDialog):
    """Write one Laufzettel entry and append it through the runner.

    Counselling accounts write as their own agency: it is preset and cannot be changed.

    Signals:
        entry_appended(object): the LaufzettelEntry as stored (with its seq).
    """

    entry_appended = Signal(object)

    def __init__(
        self,
        vault: Vault,
        runner: BackgroundRunner,
        case: Case,
        agencies: list[Agency],
        *,
        base: LaufzettelEntry | None = None,
        amends: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`base` prefills the form (a status change or correction of it); `amends` is the seq
        of the entry the new one supersedes."""
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self._case = case
        self._amends = amends
        self._busy = False
        self._problems: list[FieldNote] = []
        self.messages = FieldMessages()
        user = vault.user
        self._counselling = user is not None and user.role is Role.COUNSELLING
        own = [a for a in agencies if user and a.uuid == user.agency_uuid]
        self._agencies = own if self._counselling else list(agencies)
        known = base is None or any(a.uuid == base.agency.uuid for a in self._agencies)
        if base is not None and not known and not self._counselling:
            self._agencies.append(base.agency)  # retired from the directory since
        self._build_ui()
        self._say_if_directory_empty(not agencies, user)
        self._fill(base, user.display_name if user else "")
        self._connect_signals()
        self._validate()

    def _build_ui(self) -> None:
        new = self._amends is None
        self.setWindowTitle(self.tr("Neuer Eintrag") if new else self.tr("Eintrag ergänzen"))
        self.setAccessibleName(self.windowTitle())
        self.when_edit = _date_time_edit(self.tr("Datum und Uhrzeit"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status, name in labels.entry_statuses().items():
            self.status_combo.addItem(name, status.value)
        self.agency_combo = QComboBox()
        self.agency_combo.setAccessibleName(self.tr("Beratungsstelle"))
        for agency in self._agencies:
            self.agency_combo.addItem(agency.name, agency.uuid)
        self.agency_combo.setEnabled(not self._counselling)
        self.counsellor_edit = QLineEdit()
        self.counsellor_edit.setAccessibleName(self.tr("Berater/in"))
        self.topic_model = CheckListModel(self)
        self.topic_model.set_rows((t.value, name) for t, name in labels.topics().items())
        self.topic_list = QListView()
        self.topic_list.setModel(self.topic_model)
        self.topic_list.setAccessibleName(self.tr("Themen"))
        self.topic_list.setMinimumHeight(120)
        self.information_edit = QPlainTextEdit()
        self.information_edit.setAccessibleName(self.tr("Informationen"))
        self.information_edit.setTabChangesFocus(True)
        lines = self.fontMetrics().height()
        self.information_edit.setMaximumHeight(lines * 7)
        self.agreements_edit = QPlainTextEdit()
        self.agreements_edit.setAccessibleName(self.tr("Absprachen"))
        self.agreements_edit.setTabChangesFocus(True)
        self.agreements_edit.setMaximumHeight(lines * 7)
        self.next_check = QCheckBox(self.tr("Folgetermin"))
        self.next_check.setAccessibleName(self.tr("Folgetermin vereinbart"))
        self.next_edit = _date_time_edit(self.tr("Nächster Termin"))
        self.member_model = CheckListModel(self)
        self.member_model.set_rows(
            (m.uuid, f"{m.family_name}, {m.given_names}") for m in self._case.members
        )
        self.member_list = QListView()
        self.member_list.setModel(self.member_model)
        self.member_list.setAccessibleName(self.tr("Betrifft Haushaltsmitglieder"))
        self.member_list.setMaximumHeight(110)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setAccessibleName(self.tr("Fehler"))
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Eintragen"))
        self.ok_button.setAccessibleName(self.tr("Eintrag in den Laufzettel schreiben"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        cancel.setAccessibleName(self.tr("Abbrechen"))

        add = self.messages.add
        form = form_layout()
        form.addRow(self.tr("&Datum und Uhrzeit"), add("when", self.when_edit))
        form.addRow(self.tr("&Status"), add("status", self.status_combo))
        form.addRow(self.tr("Beratungsstelle"), add("agency", self.agency_combo))
        form.addRow(self.tr("Berater/in"), add("counsellor", self.counsellor_edit))
        form.addRow(self.tr("Themen"), add("topics", self.topic_list))
        form.addRow(self.tr("&Informationen"), add("information", self.information_edit))
        form.addRow(self.tr("&Absprachen"), add("agreements", self.agreements_edit))
        form.addRow(self.next_check, add("next_appointment", self.next_edit))
        self.member_list.setToolTip(self.tr("Keine Auswahl: der ganze Haushalt"))
        form.addRow(self.tr("Betrifft"), self.member_list)
        content = QWidget()
        content.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.directory_label = QLabel()
        self.directory_label.setWordWrap(True)
        self.directory_label.setAccessibleName(self.tr("Hinweis"))
        self.directory_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.directory_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # Sized in characters, so a larger font (150 % scaling) gets a larger dialog.
        chars = self.fontMetrics().averageCharWidth()
        self.resize(chars * 95, lines * 40)

    def _say_if_directory_empty(self, empty: bool, user: User | None) -> None:
        """A new vault's directory is empty until the administration imports it: say so
        plainly where an agency would be picked, instead of an empty list."""
        if not empty:
            return
        if user is not None and allowed(user.role, Action.DIRECTORY_EDIT):
            text = self.tr(
                "Das Verzeichnis der Beratungsstellen ist noch leer. Bitte importieren Sie es "
                "zuerst: Verwaltung → Beratungsstellen → Aus CSV-Datei importieren."
            )
        else:
            text = self.tr(
                "Das Verzeichnis der Beratungsstellen ist noch leer. Die Verwaltung muss es "
                "zuerst füllen; bis dahin lassen sich keine Einträge schreiben."
            )
        self.directory_label.setText(text)
        self.directory_label.show()
        self.agency_combo.setPlaceholderText(self.tr("(Verzeichnis leer)"))

    def _fill(self, base: LaufzettelEntry | None, display_name: str) -> None:
        now = dt.datetime.now(BERLIN).replace(second=0, microsecond=0)
        self.when_edit.setDateTime(_to_qt(base.when if base else now))
        status = base.status if base else EntryStatus.ATTENDED
        self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))
        if base is not None:
            self.agency_combo.setCurrentIndex(max(0, self.agency_combo.findData(base.agency.uuid)))
            self.topic_model.set_checked(t.value for t in base.topics)
            self.information_edit.setPlainText(base.information)
            self.agreements_edit.setPlainText(base.agreements)
            self.member_model.set_checked(base.members)
        self.counsellor_edit.setText((base.counsellor if base else "") or display_name)
        following = base.next_appointment if base else None
        self.next_check.setChecked(following is not None)
        self.next_edit.setDateTime(_to_qt(following or now + dt.timedelta(days=7)))
        self.next_edit.setEnabled(following is not None)

    def _connect_signals(self) -> None:
        for edit in (self.when_edit, self.next_edit):
            edit.dateTimeChanged.connect(self._validate)
        for box in (self.status_combo, self.agency_combo):
            box.currentIndexChanged.connect(self._validate)
        self.counsellor_edit.textChanged.connect(self._validate)
        self.information_edit.textChanged.connect(self._validate)
        self.agreements_edit.textChanged.connect(self._validate)
        self.topic_model.checks_changed.connect(self._validate)
        self.next_check.toggled.connect(self.next_edit.setEnabled)
        self.next_check.toggled.connect(self._validate)
        self.buttons.accepted.connect(self._append)
        self.buttons.rejected.connect(self.reject)

    def entry(self) -> LaufzettelEntry:
        row = self.agency_combo.currentIndex()
        agency = self._agencies[row] if row >= 0 else Agency("")
        following = _moment(self.next_edit) if self.next_check.isChecked() else None
        return LaufzettelEntry(
            when=_moment(self.when_edit),
            status=EntryStatus(self.status_combo.currentData()),
            agency=agency,
            topics=tuple(Topic(t) for t in self.topic_model.checked()),
            information=self.information_edit.toPlainText(),
            agreements=self.agreements_edit.toPlainText(),
            counsellor=self.counsellor_edit.text(),
            next_appointment=following,
            members=tuple(self.member_model.checked()),
            amends=self._amends,
        )

    def _validate(self) -> None:
        problems = validate_entry(self.entry(), path="entry", today=dt.date.today())
        self._show(messages.notes(problems, relative))

    def _show(self, problems: list[FieldNote]) -> None:
        self._problems = problems
        left = self.messages.show(problems)
        self.error_label.setText("\n".join(p.text for p in left))
        self.error_label.setVisible(bool(left))
        self.ok_button.setEnabled(not problems and not self._busy)

    def _append(self) -> None:
        if self._problems or self._busy:
            return
        entry, number, laufzettel = self.entry(), self._case.number, self._vault.laufzettel
        self._busy = True
        self.ok_button.setEnabled(False)
        self._runner.run(
            lambda: laufzettel.append(number, entry), on_done=self._appended, on_error=self._failed
        )

    def _appended(self, written: LaufzettelEntry) -> None:
        self._busy = False
        self.entry_appended.emit(written)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, CaseProblems):
            self._show(messages.notes(error.problems, relative))
            return
        self.error_label.setText(messages.describe(error))
        self.error_label.show()
        self.ok_button.setEnabled(not self._problems)

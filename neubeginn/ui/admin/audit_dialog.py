"""AuditDialog: the audit log, newest first, filtered by case, user, action, outcome and date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neubeginn.model import DENIED, FAILED, OK, AccountInfo, Action, AuditRecord, Vault
from neubeginn.ui.admin.runner_dialog import RunnerDialog
from neubeginn.ui.table_model import RowTableModel
from neubeginn.ui.worker import BackgroundRunner

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

#: The newest entries shown at most; filters narrow the query in the database first.
LIMIT = 5000


def action_names() -> dict[str, str]:
    """What each audited action is called in the log."""
    return {
        Action.LOGIN: translate("AuditDialog", "Anmeldung"),
        Action.LOGIN_FAILED: translate("AuditDialog", "Anmeldung fehlgeschlagen"),
        Action.PASSWORD_CHANGE: translate("AuditDialog", "Eigenes Passwort geändert"),
        Action.ACCOUNT_LIST: translate("AuditDialog", "Konten angesehen"),
        Action.ACCOUNT_CREATE: translate("AuditDialog", "Konto angelegt"),
        Action.ACCOUNT_RESET: translate("AuditDialog", "Passwort zurückgesetzt"),
        Action.ACCOUNT_DISABLE: translate("AuditDialog", "Konto deaktiviert"),
        Action.AUDIT_READ: translate("AuditDialog", "Protokoll gelesen"),
        Action.VERIFY: translate("AuditDialog", "Tresor geprüft"),
        Action.DIRECTORY_READ: translate("AuditDialog", "Verzeichnis gelesen"),
        Action.DIRECTORY_EDIT: translate("AuditDialog", "Verzeichnis geändert"),
        Action.CASE_SEARCH: translate("AuditDialog", "Fälle gesucht"),
        Action.CASE_OPEN: translate("AuditDialog", "Fall geöffnet"),
        Action.CASE_CREATE: translate("AuditDialog", "Fall angelegt"),
        Action.CASE_UPDATE: translate("AuditDialog", "Personenbogen geändert"),
        Action.CASE_ERASE: translate("AuditDialog", "Fall gelöscht"),
        Action.CASE_EXPORT: translate("AuditDialog", "Fall exportiert"),
        Action.CASE_IMPORT: translate("AuditDialog", "Fall importiert"),
        Action.CASE_PRINT: translate("AuditDialog", "Gedruckt"),
        Action.LAUFZETTEL_APPEND: translate("AuditDialog", "Laufzettel-Eintrag"),
    }


def outcome_names() -> dict[str, str]:
    return {
        OK: translate("AuditDialog", "erfolgt"),
        DENIED: translate("AuditDialog", "abgelehnt"),
        FAILED: translate("AuditDialog", "fehlgeschlagen"),
    }


@dataclass(frozen=True)
class AuditRow:
    """An audit record with the names the log holds only as uuids."""

    record: AuditRecord
    case_number: str
    target: str


class AuditModel(RowTableModel):
    """Audit records as rows; SORT_ROLE gives the raw value (time) for sorting."""

    COL_TIME, COL_USER, COL_ACTION, COL_OUTCOME, COL_CASE, COL_TARGET = range(6)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._actions = action_names()
        self._outcomes = outcome_names()
        self._headers = [
            self.tr("Zeit"),
            self.tr("Benutzer"),
            self.tr("Aktion"),
            self.tr("Ergebnis"),
            self.tr("Fall"),
            self.tr("Betrifft"),
        ]

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        record = row.record
        if role == self.OUTCOME_ROLE:
            return record.outcome
        if role == self.SORT_ROLE:
            return record.id if index.column() == self.COL_TIME else self.data(index)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        match index.column():
            case self.COL_TIME:
                return record.at.astimezone().strftime("%d.%m.%Y %H:%M:%S")
            case self.COL_USER:
                return record.username or "—"
            case self.COL_ACTION:
                return self._actions.get(record.action, record.action)
            case self.COL_OUTCOME:
                return self._outcomes.get(record.outcome, record.outcome)
            case self.COL_CASE:
                return row.case_number
            case self.COL_TARGET:
                return row.target
        return None


class _OutcomeProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE and keeps only rows of one outcome (or all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(AuditModel.SORT_ROLE)
        self._outcome: str | None = None

    def set_outcome(self, outcome: str | None) -> None:
        self.beginFilterChange()
        self._outcome = outcome
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._outcome is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(AuditModel.OUTCOME_ROLE) == self._outcome)


class AuditDialog(RunnerDialog):
    """The audit log for administrators, read-only. Reading it is itself audited.

    Case number, user, action and date narrow the query in the vault; the outcome filters
    the rows shown.

    Signals:
        entries_loaded(int): the log was read; this many entries are in the list.
        failed(str): the German message of a refused or failed read (shown, too).
    """

    entries_loaded = Signal(int)

    def __init__(
        self, vault: Vault, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(vault, runner, parent)
        self._build_ui()
        self._connect_signals()
        self._load_users()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Protokoll"))
        self.setAccessibleName(self.tr("Protokoll"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        filters = QGridLayout()
        layout.addLayout(filters)
        self.case_edit = QLineEdit()
        self.case_edit.setPlaceholderText(self.tr("z. B. NB-2026-00001"))
        self.user_combo = QComboBox()
        self.user_combo.addItem(self.tr("alle"), None)
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("alle"), None)
        for action, name in sorted(action_names().items(), key=lambda item: item[1]):
            self.action_combo.addItem(name, str(action))
        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("alle"), None)
        for outcome, name in outcome_names().items():
            self.outcome_combo.addItem(name, outcome)
        self.since_box = QCheckBox(self.tr("&Seit:"))
        self.since_box.setAccessibleName(self.tr("Nur seit einem Datum"))
        self.since_edit = QDateEdit(QDate.currentDate().addDays(-30))
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("dd.MM.yyyy")
        self.since_edit.setEnabled(False)
        self.since_edit.setAccessibleName(self.tr("Seit Datum"))
        fields = [
            (self.tr("&Fallnummer:"), self.case_edit),
            (self.tr("&Benutzer:"), self.user_combo),
            (self.tr("&Aktion:"), self.action_combo),
            (self.tr("&Ergebnis:"), self.outcome_combo),
        ]
        for column, (label, field) in enumerate(fields):
            buddy = QLabel(label)
            buddy.setBuddy(field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            filters.addWidget(buddy, 0, column)
            filters.addWidget(field, 1, column)
            filters.setColumnStretch(column, 1)  # the user names arrive later: keep room
        filters.addWidget(self.since_box, 0, len(fields))
        filters.addWidget(self.since_edit, 1, len(fields))
        self.show_button = QPushButton(self.tr("An&zeigen"))
        self.show_button.setAccessibleName(self.tr("Protokoll anzeigen"))
        self.show_button.setDefault(True)
        filters.addWidget(self.show_button, 1, len(fields) + 1)

        self.model = AuditModel(self)
        self.proxy = _OutcomeProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Protokolleinträge"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditModel.COL_TIME, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        self.status_label.setAccessibleName(self.tr("Meldung"))
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Schließen")
        )
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.show_button.clicked.connect(self.reload)
        self.case_edit.returnPressed.connect(self.reload)
        self.user_combo.activated.connect(self.reload)
        self.action_combo.activated.connect(self.reload)
        self.since_box.toggled.connect(self.since_edit.setEnabled)
        self.since_box.toggled.connect(self.reload)
        self.since_edit.editingFinished.connect(self.reload)
        self.outcome_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_outcome(self.outcome_combo.currentData())
        )
        self.buttons.rejected.connect(self.reject)

    def _load_users(self) -> None:
        vault = self.vault
        self._run(vault.accounts.list, self._users_loaded)

    def _users_loaded(self, accounts: list[AccountInfo]) -> None:
        for account in accounts:
            self.user_combo.addItem(f"{account.username} ({account.display_name})", account.uuid)
        self.reload()

    def reload(self) -> None:
        """Read the log again with the filters as set (in the runner)."""
        vault = self.vault
        number = self.case_edit.text().strip()
        account = self.user_combo.currentData()
        action = self.action_combo.currentData()
        since = None
        if self.since_box.isChecked():
            day: dt.date = self.since_edit.date().toPython()  # type: ignore[assignment]
            since = dt.datetime.combine(day, dt.time()).astimezone()  # local midnight

        def read() -> list[AuditRow]:
            case_uuid = vault.cases.uuid_of(number) if number else None
            records = vault.audit.entries(
                case_uuid=case_uuid,
                account_uuid=account,
                action=action,
                since=since.astimezone(dt.UTC) if since else None,
                limit=LIMIT,
            )
            numbers = vault.cases.numbers_by_uuid()
            names = {info.uuid: info.username for info in vault.accounts.list()}
            names |= {agency.uuid: agency.name for agency in vault.agencies.all()}
            return [
                AuditRow(
                    record,
                    numbers.get(record.case_uuid or "", record.case_uuid or ""),
                    names.get(record.target_uuid or "", record.target_uuid or ""),
                )
                for record in records
            ]

        self.status_label.setText(self.tr("Protokoll wird gelesen …"))
        self._run(read, self._loaded)

    def _loaded(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        message = self.tr("{count} Einträge").format(count=len(rows))
        if len(rows) >= LIMIT:
            message += " " + self.tr("(nur die neuesten; bitte Filter setzen)")
        self.status_label.setText(message)
        self.entries_loaded.emit(len(rows))

"""AccountsDialog: staff accounts and roles: list, create, reset a password, disable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neubeginn.model import AccountInfo, Agency, Role, Vault
from neubeginn.ui.admin.runner_dialog import RunnerDialog
from neubeginn.ui.table_model import RowTableModel
from neubeginn.ui.worker import BackgroundRunner

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def role_names() -> dict[Role, str]:
    """What staff call each role."""
    return {
        Role.ADMIN: translate("AccountsDialog", "Verwaltung"),
        Role.DESK: translate("AccountsDialog", "Ausgabestelle"),
        Role.COUNSELLING: translate("AccountsDialog", "Beratungsstelle"),
        Role.PRINT: translate("AccountsDialog", "Druck"),
    }


class AccountsModel(RowTableModel):
    """Accounts as rows; ACCOUNT_ROLE holds the AccountInfo."""

    COL_USERNAME, COL_DISPLAY_NAME, COL_ROLE, COL_AGENCY, COL_ACTIVE = range(5)
    ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AccountInfo] = []
        self._agencies: dict[str, str] = {}
        self._headers = [
            self.tr("Benutzername"),
            self.tr("Anzeigename"),
            self.tr("Rolle"),
            self.tr("Beratungsstelle"),
            self.tr("Aktiv"),
        ]

    def set_rows(self, accounts: list[AccountInfo], agency_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(accounts)
        self._agencies = dict(agency_names)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self._rows[index.row()]
        if role == self.ACCOUNT_ROLE:
            return account
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        match index.column():
            case self.COL_USERNAME:
                return account.username
            case self.COL_DISPLAY_NAME:
                return account.display_name
            case self.COL_ROLE:
                return role_names()[account.role]
            case self.COL_AGENCY:
                return self._agencies.get(account.agency_uuid or "", "")
            case self.COL_ACTIVE:
                return self.tr("ja") if account.active else self.tr("nein (deaktiviert)")
        return None


class AccountsDialog(RunnerDialog):
    """The administrator's list of staff accounts, with a form for a new one and the
    actions on the selected one. Every KDF (new account, new password) runs in the runner.

    Signals:
        account_created(str): the user name of a new account.
        password_reset(str): the user name whose password was set anew.
        account_disabled(str): the user name of a disabled account.
        failed(str): the German message of a refused or failed action (shown, too).
    """

    account_created = Signal(str)
    password_reset = Signal(str)
    account_disabled = Signal(str)

    def __init__(
        self, vault: Vault, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(vault, runner, parent)
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Konten"))
        self.setAccessibleName(self.tr("Konten"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        self.model = AccountsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Konten"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AccountsModel.COL_USERNAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        forms = QHBoxLayout()
        forms.addWidget(self._build_create_form(), 1)
        forms.addWidget(self._build_selected_form(), 1)
        layout.addLayout(forms)

        self.status_label.setAccessibleName(self.tr("Meldung"))
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Schließen")
        )
        layout.addWidget(self.buttons)
        self._role_changed()
        self._selection_changed()

    def _build_create_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Neues Konto"))
        box.setAccessibleName(self.tr("Neues Konto"))
        form = QFormLayout(box)
        self.username_edit = self._line(form, self.tr("&Benutzername:"))
        self.display_name_edit = self._line(form, self.tr("A&nzeigename:"))
        self.role_combo = QComboBox()
        for role, name in role_names().items():
            self.role_combo.addItem(name, role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.DESK))
        self._add_row(form, self.tr("&Rolle:"), self.role_combo)
        self.agency_combo = QComboBox()
        self._add_row(form, self.tr("Beratungs&stelle:"), self.agency_combo)
        self.password_edit = self._line(form, self.tr("&Passwort:"), secret=True)
        self.password_again_edit = self._line(form, self.tr("Passwort &wiederholen:"), secret=True)
        self.create_button = QPushButton(self.tr("Konto &anlegen"))
        self.create_button.setAccessibleName(self.tr("Konto anlegen"))
        form.addRow(self.create_button)
        return box

    def _build_selected_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Gewähltes Konto"))
        box.setAccessibleName(self.tr("Gewähltes Konto"))
        form = QFormLayout(box)
        self.selected_label = QLabel()
        self.selected_label.setAccessibleName(self.tr("Gewähltes Konto"))
        form.addRow(self.selected_label)
        self.new_password_edit = self._line(form, self.tr("Neues Passwor&t:"), secret=True)
        self.new_password_again_edit = self._line(
            form, self.tr("Neues Passwort wie&derholen:"), secret=True
        )
        self.reset_button = QPushButton(self.tr("Passwort &zurücksetzen"))
        self.reset_button.setAccessibleName(self.tr("Passwort zurücksetzen"))
        self.disable_button = QPushButton(self.tr("Konto dea&ktivieren…"))
        self.disable_button.setAccessibleName(self.tr("Konto deaktivieren"))
        form.addRow(self.reset_button)
        form.addRow(self.disable_button)
        return box

    def _line(self, form: QFormLayout, label: str, *, secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._add_row(form, label, edit)
        return edit

    def _add_row(self, form: QFormLayout, label: str, field: QWidget) -> None:
        buddy = QLabel(label)
        buddy.setBuddy(field)
        field.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(buddy, field)

    def _connect_signals(self) -> None:
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.create_button.clicked.connect(self._create)
        self.reset_button.clicked.connect(self._reset)
        self.disable_button.clicked.connect(self._disable)
        self.password_again_edit.returnPressed.connect(self._create)
        self.new_password_again_edit.returnPressed.connect(self._reset)
        self.buttons.rejected.connect(self.reject)

    # -- reading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the accounts and the agencies again (in the runner)."""
        vault = self.vault
        self._run(lambda: (vault.accounts.list(), vault.agencies.all()), self._loaded)

    def _loaded(self, loaded: tuple[list[AccountInfo], list[Agency]]) -> None:
        accounts, agencies = loaded
        self.model.set_rows(accounts, {agency.uuid: agency.name for agency in agencies})
        current = self.agency_combo.currentData()
        self.agency_combo.clear()
        for agency in agencies:
            self.agency_combo.addItem(agency.name, agency.uuid)
        self.agency_combo.setCurrentIndex(self.agency_combo.findData(current))
        self._role_changed()
        self._selection_changed()

    def selected_account(self) -> AccountInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        account: AccountInfo = rows[0].data(AccountsModel.ACCOUNT_ROLE)
        return account

    def select_username(self, username: str) -> None:
        """Select the row of `username` (for the keyboard user after creating it, and tests)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(AccountsModel.ACCOUNT_ROLE).username == username:
                self.table.selectRow(row)
                return

    def _role(self) -> Role:
        return Role(self.role_combo.currentData())  # item data comes back as a plain str

    def _role_changed(self) -> None:
        # Only a counselling account belongs to one agency (the model enforces it too);
        # for the other roles the box stays empty rather than show an agency that won't apply.
        counselling = self._role() is Role.COUNSELLING
        self.agency_combo.setEnabled(counselling)
        if not counselling:
            self.agency_combo.setCurrentIndex(-1)
        elif self.agency_combo.currentIndex() < 0 and self.agency_combo.count():
            self.agency_combo.setCurrentIndex(0)

    def _selection_changed(self) -> None:
        account = self.selected_account()
        usable = account is not None and account.active
        for widget in (
            self.new_password_edit,
            self.new_password_again_edit,
            self.reset_button,
            self.disable_button,
        ):
            widget.setEnabled(usable)
        self.selected_label.setText(
            self.tr("{name} ({username})").format(
                name=account.display_name, username=account.username
            )
            if account is not None
            else self.tr("Bitte ein Konto in der Liste wählen.")
        )

    # -- changing --------------------------------------------------------------------------------

    def _create(self) -> None:
        password = self.password_edit.text()
        if password != self.password_again_edit.text():
            self._show(self.tr("Die beiden Passwörter stimmen nicht überein."))
            return
        username = self.username_edit.text()
        display_name = self.display_name_edit.text()
        role = self._role()
        agency = self.agency_combo.currentData() if role is Role.COUNSELLING else None
        vault = self.vault
        self._show(self.tr("Konto wird angelegt …"))
        self.create_button.setEnabled(False)
        self._run(
            lambda: vault.accounts.create(username, display_name, role, password, agency),
            self._created,
        )

    def _created(self, account: AccountInfo) -> None:
        for edit in (
            self.username_edit,
            self.display_name_edit,
            self.password_edit,
            self.password_again_edit,
        ):
            edit.clear()
        self.create_button.setEnabled(True)
        self._show(self.tr("Konto {username} angelegt.").format(username=account.username))
        self.reload()
        self.account_created.emit(account.username)

    def _reset(self) -> None:
        account = self.selected_account()
        if account is None or not self.reset_button.isEnabled():
            return
        password = self.new_password_edit.text()
        if password != self.new_password_again_edit.text():
            self._show(self.tr("Die beiden Passwörter stimmen nicht überein."))
            return
        vault, username = self.vault, account.username
        self._show(self.tr("Passwort wird gesetzt …"))
        self.reset_button.setEnabled(False)
        self._run(
            lambda: vault.accounts.reset_password(username, password),
            lambda _: self._was_reset(username),
        )

    def _was_reset(self, username: str) -> None:
        self.new_password_edit.clear()
        self.new_password_again_edit.clear()
        self._selection_changed()
        self._show(self.tr("Neues Passwort für {username} gesetzt.").format(username=username))
        self.password_reset.emit(username)

    def _disable(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        question = self.tr(
            "Konto {username} deaktivieren? Sein Passwort öffnet danach nichts mehr; "
            "das lässt sich nicht rückgängig machen."
        ).format(username=account.username)
        if not self._confirmed(self.tr("Konto deaktivieren"), question):
            return
        vault, username = self.vault, account.username
        self._run(lambda: vault.accounts.disable(username), lambda _: self._disabled(username))

    def _disabled(self, username: str) -> None:
        self._show(self.tr("Konto {username} deaktiviert.").format(username=username))
        self.reload()
        self.account_disabled.emit(username)

    def _after_failure(self) -> None:
        self.create_button.setEnabled(True)
        self._selection_changed()

    def _show(self, message: str) -> None:
        self.status_label.setText(message)

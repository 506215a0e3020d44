"""The unlock dialog: choose the vault (recent, file, server URL), user name and password."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neubeginn.model import WrongPassword
from neubeginn.ui import messages
from neubeginn.ui.preferences import Preferences
from neubeginn.ui.worker import BackgroundRunner

if TYPE_CHECKING:
    # The vault and SQLAlchemy load in the background (see _unlock) so that this dialog is on
    # screen at once when the program starts.
    from neubeginn.model import User, Vault


def location_url(location: str) -> str:
    """A database URL as typed, or the SQLite URL of a file path."""
    from neubeginn.model import sqlite_url

    location = location.strip()
    if "://" in location:
        return location
    return sqlite_url(Path(location).expanduser().resolve())


def rememberable(location: str) -> str:
    """What may go into the recent list: a resolved path, or a URL without its password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    location = location.strip()
    if "://" not in location:
        return str(Path(location).expanduser().resolve())
    try:
        url = make_url(location)
    except ArgumentError:
        return location
    # URL.set(password=None) keeps the password ("None" means unchanged); a NamedTuple's
    # _replace really removes it.
    url = url.difference_update_query([key for key in url.query if key.lower() == "password"])
    return url._replace(password=None).render_as_string(hide_password=False)


class UnlockDialog(QDialog):
    """Signs a person in. With `vault` given (after a lock) the vault is fixed; otherwise the
    dialog opens the vault chosen in it. On success `vault` and `user` are set and the dialog
    is accepted; the caller owns the vault from then on.

    Signals:
        unlocked(object): the User who signed in (emitted just before accept()).
    """

    unlocked = Signal(object)

    def __init__(
        self,
        preferences: Preferences,
        runner: BackgroundRunner,
        *,
        vault: Vault | None = None,
        location: str | None = None,
        username: str = "",
        kdf: tuple[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._runner = runner
        self._kdf = kdf
        self._fixed = vault is not None
        self.vault: Vault | None = vault
        self._vault_location: str | None = None  # where self.vault was opened by this dialog
        self.user: User | None = None
        self._build_ui(location, username)
        self._connect_signals()

    def _build_ui(self, location: str | None, username: str) -> None:
        self.setWindowTitle(self.tr("Neubeginn – Anmelden"))
        self.setAccessibleName(self.tr("Anmelden"))
        self.setMinimumWidth(520)
        heading = QLabel(
            self.tr("Der Tresor ist gesperrt.")
            if self._fixed
            else self.tr("Bitte Tresor wählen und anmelden.")
        )
        heading.setAccessibleName(self.tr("Hinweis"))
        heading.setWordWrap(True)

        self.location_box = QComboBox()
        self.location_box.setEditable(True)
        self.location_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.location_box.setAccessibleName(self.tr("Tresor: Datei oder Server-Adresse"))
        location_edit = self.location_box.lineEdit()
        assert location_edit is not None  # the box is editable
        location_edit.setPlaceholderText(
            self.tr("Datei oder postgresql+psycopg://server/datenbank")
        )
        recent = self._preferences.recent_vaults
        self.location_box.addItems(recent)
        if location:
            self.location_box.setEditText(location)
        elif not recent:
            self.location_box.setEditText("")
        self.browse_button = QPushButton(self.tr("Datei wählen …"))
        self.browse_button.setAccessibleName(self.tr("Tresordatei wählen"))
        location_row = QHBoxLayout()
        location_row.addWidget(self.location_box, 1)
        location_row.addWidget(self.browse_button)

        self.username_field = QLineEdit(username)
        self.username_field.setAccessibleName(self.tr("Benutzername"))
        self.password_field = QLineEdit()
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setAccessibleName(self.tr("Passwort"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if self._fixed:
            assert self.vault is not None
            vault_label = QLabel(self.vault.store.display_name())
            vault_label.setAccessibleName(self.tr("Tresor"))
            vault_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Tresor:"), vault_label)
            self.location_box.hide()
            self.browse_button.hide()
        else:
            # A row holding a layout gets no buddy from addRow; without one "&" shows literally.
            location_label = QLabel(self.tr("&Tresor:"))
            location_label.setBuddy(self.location_box)
            form.addRow(location_label, location_row)
        form.addRow(self.tr("&Benutzername:"), self.username_field)
        form.addRow(self.tr("&Passwort:"), self.password_field)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Fehlermeldung"))
        self.error_label.setStyleSheet("QLabel { color: #a40000; }")
        self.error_label.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(self.tr("Anmeldung läuft"))
        self.progress.hide()

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("&Entsperren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setAccessibleName(self.tr("Entsperren"))
        self.unlock_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Beenden"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Beenden"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if not self._fixed:
            self.setTabOrder(self.location_box, self.browse_button)
            self.setTabOrder(self.browse_button, self.username_field)
        self.setTabOrder(self.username_field, self.password_field)
        self.setTabOrder(self.password_field, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.cancel_button)
        first_empty = (
            self.location_box
            if not self._fixed and not self.location_box.currentText()
            else self.username_field
            if not self.username_field.text()
            else self.password_field
        )
        first_empty.setFocus()

    def _connect_signals(self) -> None:
        self.unlock_button.clicked.connect(self._unlock)
        self.cancel_button.clicked.connect(self.reject)
        self.browse_button.clicked.connect(self._browse)

    # -- actions ----------------------------------------------------------------------------

    def _browse(self) -> None:
        start = self.location_box.currentText().strip()
        file, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Tresordatei wählen"),
            str(Path(start).parent) if start and "://" not in start else "",
            self.tr("Neubeginn-Tresor (*.sqlite *.db);;Alle Dateien (*)"),
        )
        if file:
            self.location_box.setEditText(file)

    def _unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return  # an unlock is already running
        username = self.username_field.text().strip()
        password = self.password_field.text()
        location = self.location_box.currentText().strip()
        if not self._fixed and not location:
            self._tell(self.tr("Bitte einen Tresor wählen."), self.location_box)
            return
        if not username or not password:
            self._tell(
                self.tr("Bitte Benutzername und Passwort eingeben."),
                self.username_field if not username else self.password_field,
            )
            return
        vault = self.vault if self._fixed or location == self._vault_location else None
        if vault is None and self.vault is not None:
            self.vault.close()  # another location was chosen after a failed attempt
            self.vault = None
        kdf = self._kdf

        def job() -> tuple[Vault, User]:
            from neubeginn.model import Vault

            url = location_url(location)
            opened = vault or (Vault.open(url, kdf=kdf) if kdf else Vault.open(url))
            try:
                return opened, opened.unlock(username, password)
            except BaseException as error:
                error.opened_vault = opened  # type: ignore[attr-defined]
                raise

        self._set_busy(True)
        self._runner.run(job, on_done=self._succeeded, on_error=self._failed)

    def _succeeded(self, result: tuple[Vault, User]) -> None:
        self.vault, self.user = result
        self._set_busy(False)
        self.password_field.clear()
        if not self._fixed:
            self._preferences.remember_vault(rememberable(self.location_box.currentText()))
        self.unlocked.emit(self.user)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        opened = getattr(error, "opened_vault", None)
        if opened is not None and not self._fixed:
            # Keep the vault open for the next attempt at the same location.
            self.vault = opened
            self._vault_location = self.location_box.currentText().strip()
        self.password_field.clear()
        focus: QWidget = self.password_field
        if not isinstance(error, WrongPassword) and opened is None and not self._fixed:
            focus = self.location_box
        self._tell(messages.describe(error), focus)

    def _tell(self, text: str, focus: QWidget) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        focus.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (
            self.location_box,
            self.browse_button,
            self.username_field,
            self.password_field,
            self.unlock_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.error_label.hide()
        else:
            self.unlock_button.setDefault(True)  # disabling it took the default away

    def reject(self) -> None:
        if self._runner.busy and not self.unlock_button.isEnabled():
            return  # the unlock in flight decides; closing now would leak its vault
        if self.vault is not None and not self._fixed:
            self.vault.close()
            self.vault = None
        super().reject()

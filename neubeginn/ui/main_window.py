"""The main window: case list and open case, its commands and menus, locking and unlocking."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neubeginn.model import Case, LaufzettelEntry, Memo, Role, User, Vault
from neubeginn.ui.admin.accounts_dialog import AccountsDialog
from neubeginn.ui.admin.agencies_dialog import AgenciesDialog
from neubeginn.ui.admin.audit_dialog import AuditDialog
from neubeginn.ui.admin.directory_notice import DirectoryNotice
from neubeginn.ui.case.case_view import CaseView
from neubeginn.ui.cases.case_list import CaseList
from neubeginn.ui.idle import IdleWatcher
from neubeginn.ui.kept_work import Place, open_work, seal_work
from neubeginn.ui.preferences import Preferences
from neubeginn.ui.print.print_dialog import PrintDialog
from neubeginn.ui.settings_dialog import SettingsDialog
from neubeginn.ui.unlock.unlock_dialog import UnlockDialog
from neubeginn.ui.window_actions import WindowActions
from neubeginn.ui.worker import BackgroundRunner


class MainWindow(QMainWindow):
    """The window staff keep open all day.

    Signals:
        locked(): case data hidden, keys dropped, the unlock dialog shown.
        unlocked(str): someone signed in again (their user name).
        case_opened(str): the case view was asked to load this case number.
    """

    locked = Signal()
    unlocked = Signal(str)
    case_opened = Signal(str)

    def __init__(
        self,
        vault: Vault,
        runner: BackgroundRunner,
        preferences: Preferences,
        idle_watcher: IdleWatcher,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._runner = runner
        self._preferences = preferences
        self.idle_watcher = idle_watcher
        self.case_view: CaseView | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self._is_locked = False
        self._build_ui()
        self._connect_signals()
        geometry = preferences.geometry("main_window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        assert vault.user is not None, "the main window is made for an unlocked vault"
        self._start_session(vault.user, None)

    # -- building ---------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Neubeginn Herne [*]"))
        self.setAccessibleName(self.tr("Neubeginn Hauptfenster"))
        self.resize(1100, 700)
        self.case_list = CaseList(self.vault, self._runner)
        self.locked_page = QLabel(self.tr("Gesperrt. Bitte melden Sie sich wieder an."))
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_page.setAccessibleName(self.tr("Gesperrt"))
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Arbeitsbereich"))
        self.stack.addWidget(self.case_list)
        self.stack.addWidget(self.locked_page)
        self.directory_notice = DirectoryNotice(self.vault, self._runner)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.directory_notice)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.commands = WindowActions(self)  # the menus and shortcuts; connected below

        self.user_label = QLabel()
        self.user_label.setAccessibleName(self.tr("Angemeldet als"))
        self.vault_label = QLabel()
        self.vault_label.setAccessibleName(self.tr("Tresor"))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.vault_label)

    def _connect_signals(self) -> None:
        commands = self.commands
        self.case_list.case_chosen.connect(self.open_case)
        commands.new_case_action.triggered.connect(self._new_case)
        commands.search_action.triggered.connect(self._search)
        commands.back_action.triggered.connect(self.show_list)
        commands.new_entry_action.triggered.connect(self._new_entry)
        commands.print_action.triggered.connect(self._print)
        commands.lock_action.triggered.connect(lambda: self.lock(manual=True))
        commands.settings_action.triggered.connect(self._settings)
        commands.quit_action.triggered.connect(self.close)
        commands.accounts_action.triggered.connect(lambda: self._admin_dialog(AccountsDialog))
        commands.agencies_action.triggered.connect(lambda: self._admin_dialog(AgenciesDialog))
        commands.audit_action.triggered.connect(lambda: self._admin_dialog(AuditDialog))
        self.idle_watcher.idle_reached.connect(lambda: self.lock(manual=False))
        self.stack.currentChanged.connect(lambda _: self._update_actions())

    # -- session ----------------------------------------------------------------------------

    def _start_session(self, user: User, place: Place | None) -> None:
        self._is_locked = False
        self._make_case_view()
        self.stack.setCurrentWidget(self.case_list)
        self._apply_role(user)
        self.directory_notice.check(user)
        self.vault_label.setText(self.tr("Tresor: %s") % self.vault.store.display_name())
        damaged = {error.record for error in self.vault.damaged_at_unlock}
        self.case_list.show_damage(len(damaged))
        self.idle_watcher.set_minutes(self._preferences.idle_minutes)
        self.idle_watcher.start()
        if place is not None and place.username == user.username:
            self.case_list.set_search_text(place.search_text)
            draft, entry = open_work(self.vault, place.draft)
            if place.case_number:
                self.open_case(place.case_number, draft, entry)
            elif draft is not None:
                self._new_case(draft)
        else:
            self.case_list.set_search_text("")
        if self.stack.currentWidget() is self.case_list:
            self.case_list.focus_search()

    def _apply_role(self, user: User) -> None:
        role_names = {
            Role.ADMIN: self.tr("Verwaltung"),
            Role.DESK: self.tr("Ausgabestelle"),
            Role.COUNSELLING: self.tr("Beratung"),
            Role.PRINT: self.tr("Druck"),
        }
        self.user_label.setText(
            self.tr("Angemeldet: {name} ({username}) · Rolle: {role}").format(
                name=user.display_name, username=user.username, role=role_names[user.role]
            )
        )
        self.commands.show_admin(user.role is Role.ADMIN)
        self._update_actions()

    def _update_actions(self) -> None:
        user = self.vault.user
        self.commands.enable(
            user.role if user is not None and not self._is_locked else None,
            on_case=self.stack.currentWidget() is self.case_view,
            numbered=self._shown_number() is not None,
        )

    # -- cases ------------------------------------------------------------------------------

    def open_case(
        self, number: str, draft: Case | None = None, entry: LaufzettelEntry | None = None
    ) -> None:
        """Show one case; asks first if the case view holds unsaved changes. `draft` and
        `entry`: work kept over an idle lock (see kept_work)."""
        if self.case_view is None or not self._may_leave_case():
            return
        self.case_view.open_case(number, draft, entry)
        self.stack.setCurrentWidget(self.case_view)
        self.case_view.setFocus()  # its own shortcuts (Ctrl+E, Ctrl+S) work from the start
        self.case_opened.emit(number)
        self._update_actions()

    def show_list(self) -> None:
        if self.stack.currentWidget() is not self.case_view or not self._may_leave_case():
            return
        self.stack.setCurrentWidget(self.case_list)
        self.case_list.focus_search()

    def _new_case(self, draft: Case | None = None) -> None:
        if self.case_view is None or not self._may_leave_case():
            return
        self.case_view.new_case(draft)
        self.stack.setCurrentWidget(self.case_view)
        self.case_view.setFocus()
        self._update_actions()

    def _shown_number(self) -> str | None:
        """The number of the case on screen (None in the list, or for a new household)."""
        if self.case_view is None or self.stack.currentWidget() is not self.case_view:
            return None
        return self.case_view.current_number()

    def _new_entry(self) -> None:
        if self.case_view is not None and self._shown_number() is not None:
            self.case_view.new_entry()

    def _search(self) -> None:
        if self.stack.currentWidget() is self.case_view:
            self.show_list()
        if self.stack.currentWidget() is self.case_list:
            self.case_list.focus_search()

    def _case_saved(self, number: str) -> None:
        self.setWindowModified(False)
        self.case_list.refresh()
        self._update_actions()

    def _case_failed(self, text: str) -> None:
        if self.case_view is not None and self.case_view.editor is None:
            # Nothing could be opened: back to the list rather than an empty screen.
            self.stack.setCurrentWidget(self.case_list)
            self.case_list.focus_search()
        QMessageBox.warning(self, self.tr("Fall"), text)

    def _may_leave_case(self) -> bool:
        """True unless the case view has unsaved changes and the person wants to keep them.

        Leaving with changes discarded replaces the case view, so no edited value survives.
        """
        if self.case_view is None or not self.case_view.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Ungespeicherte Änderungen"),
            self.tr("Der Fall hat ungespeicherte Änderungen. Verwerfen?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
        self._replace_case_view()
        return True

    def _make_case_view(self) -> None:
        """A fresh case view per session (and after discarding changes): nothing of an
        earlier case or session can linger in its widgets."""
        self.case_view = CaseView(self.vault, self._runner)
        self.case_view.setAccessibleName(self.tr("Geöffneter Fall"))
        self.case_view.case_saved.connect(self._case_saved)
        self.case_view.dirty_changed.connect(self.setWindowModified)
        self.case_view.failed.connect(self._case_failed)
        self.case_view.case_loaded.connect(lambda _: self._update_actions())
        self.stack.addWidget(self.case_view)

    def _replace_case_view(self) -> None:
        showing = self.stack.currentWidget() is self.case_view
        self._drop_case_view()
        self._make_case_view()
        if showing and self.case_view is not None:
            self.stack.setCurrentWidget(self.case_view)

    def _drop_case_view(self) -> None:
        if self.case_view is not None:
            self.stack.removeWidget(self.case_view)
            self.case_view.hide()
            self.case_view.deleteLater()
            self.case_view = None
        self.setWindowModified(False)

    # -- dialogs ----------------------------------------------------------------------------

    def _print(self) -> None:
        if self.stack.currentWidget() is self.case_view:
            number = self._shown_number()
            numbers = [number] if number else []
        else:
            numbers = self.case_list.selected_numbers()
        if not numbers:
            QMessageBox.information(
                self, self.tr("Drucken"), self.tr("Bitte zuerst einen oder mehrere Fälle wählen.")
            )
            return
        self._show_dialog(PrintDialog(self.vault, self._runner, numbers, self))

    def _admin_dialog(
        self, dialog_class: type[AccountsDialog] | type[AgenciesDialog] | type[AuditDialog]
    ) -> None:
        self._show_dialog(dialog_class(self.vault, self._runner, self))

    def _show_dialog(self, dialog: QDialog) -> None:
        # open(), not exec(): a lock must be able to close it without a nested event loop.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _settings(self) -> None:
        dialog = SettingsDialog(self._preferences, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.idle_watcher.set_minutes(self._preferences.idle_minutes)
        )
        dialog.open()

    # -- locking ----------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._is_locked

    def lock(self, *, manual: bool = True) -> None:
        """Hide every piece of case data, drop the keys and ask for the password again.

        By hand, unsaved changes are asked about first. On idle the window locks whatever
        state the editor is in; unsaved changes are kept sealed for the same account and
        shown again, marked unsaved, after it unlocks (docs/ui.md).
        """
        if self._is_locked or (manual and not self._may_leave_case()):
            return
        user = self.vault.user
        place = Place(
            user.username if user else "",
            self.case_list.search_text(),
            self._shown_number(),
            None if manual else self._sealed_work(),
        )
        self._is_locked = True
        self.idle_watcher.stop()
        for dialog in self.findChildren(QDialog):
            dialog.reject()  # print preview, administration, questions: all show case data
        self.stack.setCurrentWidget(self.locked_page)
        self.directory_notice.dismiss()
        self.case_list.clear()
        self._drop_case_view()
        # The keys go now, on this thread: a job still running fails with VaultLocked and
        # its result is dropped by the generation checks.
        self.vault.lock()
        self.user_label.setText(self.tr("Gesperrt"))
        self._update_actions()
        self.locked.emit()
        self._ask_unlock(place)

    def _sealed_work(self) -> Memo | None:
        """Unsaved changes of the case on screen and the Laufzettel entry being written."""
        if self.case_view is None or self.stack.currentWidget() is not self.case_view:
            return None
        view = self.case_view
        return seal_work(self.vault, view.draft(), view.laufzettel_view.entry_draft())

    def _ask_unlock(self, place: Place) -> None:
        dialog = UnlockDialog(
            self._preferences, self._runner, vault=self.vault, username=place.username, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._unlocked(dialog, place))
        dialog.rejected.connect(self.close)
        self.unlock_dialog = dialog
        dialog.open()

    def _unlocked(self, dialog: UnlockDialog, place: Place) -> None:
        self.unlock_dialog = None
        assert dialog.user is not None
        self._start_session(dialog.user, place)
        self.unlocked.emit(dialog.user.username)

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._is_locked and not self._may_leave_case():
            event.ignore()
            return
        self.idle_watcher.stop()
        self._preferences.set_geometry("main_window", self.saveGeometry())
        self._preferences.sync()
        event.accept()

"""WindowActions: the main window's commands, their shortcuts and menus, and which of them
the signed-in role may use on the screen shown."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from neubeginn.model import Action, Role, allowed


class WindowActions(QObject):
    """The actions of the "Fall" and "Verwaltung" menus; the window connects what they do."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.new_case_action = self._action(self.tr("&Neuer Fall"), QKeySequence.StandardKey.New)
        self.search_action = self._action(self.tr("&Suchen"), QKeySequence.StandardKey.Find)
        self.back_action = self._action(self.tr("&Zurück zur Liste"), "Esc")
        self.back_action.setShortcuts([QKeySequence("Esc"), QKeySequence("Alt+Left")])
        # Ctrl+E belongs to the case view's own shortcut (active while it has the focus);
        # a second one here would be ambiguous, so the menu only names it.
        self.new_entry_action = self._action(self.tr("Neuer &Eintrag") + "\tCtrl+E")
        self.print_action = self._action(self.tr("&Drucken …"), QKeySequence.StandardKey.Print)
        self.lock_action = self._action(self.tr("S&perren"), "Ctrl+L")
        self.settings_action = self._action(self.tr("Einstellun&gen …"), "Ctrl+,")
        self.quit_action = self._action(self.tr("&Beenden"), "Ctrl+Q")
        self.accounts_action = self._action(self.tr("&Konten …"))
        self.agencies_action = self._action(self.tr("&Beratungsstellen …"))
        self.audit_action = self._action(self.tr("&Protokoll …"))
        self._build_menus()

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self._window.addAction(action)  # shortcuts work even while the menu bar is not focused
        return action

    def _build_menus(self) -> None:
        menu_bar = self._window.menuBar()
        menu_bar.setAccessibleName(self.tr("Menüleiste"))
        case_menu = menu_bar.addMenu(self.tr("&Fall"))
        for action in (self.new_case_action, self.search_action, self.back_action):
            case_menu.addAction(action)
        case_menu.addSeparator()
        case_menu.addAction(self.new_entry_action)
        case_menu.addAction(self.print_action)
        case_menu.addSeparator()
        case_menu.addAction(self.lock_action)
        case_menu.addAction(self.settings_action)
        case_menu.addSeparator()
        case_menu.addAction(self.quit_action)
        self.admin_menu = menu_bar.addMenu(self.tr("&Verwaltung"))
        for action in self._admin_actions():
            self.admin_menu.addAction(action)

    def _admin_actions(self) -> tuple[QAction, ...]:
        return (self.accounts_action, self.agencies_action, self.audit_action)

    def show_admin(self, shown: bool) -> None:
        """Show the administration menu (for an administrator) or hide it."""
        self.admin_menu.menuAction().setVisible(shown)
        for action in self._admin_actions():
            action.setEnabled(shown)

    def enable(self, role: Role | None, *, on_case: bool, numbered: bool) -> None:
        """Enable what `role` may do (None: locked) on the screen shown: the case list, or a
        case (`on_case`; `numbered`: a stored case, not a new household)."""

        def may(action: Action) -> bool:
            return role is not None and allowed(role, action)

        on_case = on_case and role is not None
        self.new_case_action.setEnabled(may(Action.CASE_CREATE))
        self.new_entry_action.setEnabled(on_case and numbered and may(Action.LAUFZETTEL_APPEND))
        self.print_action.setEnabled(may(Action.CASE_PRINT))
        self.back_action.setEnabled(on_case)
        for action in (self.search_action, self.lock_action, self.settings_action):
            action.setEnabled(role is not None)

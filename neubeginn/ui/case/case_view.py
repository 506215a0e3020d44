"""CaseView: one open case in the main window — the Personenbogen and the Laufzettel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from neubeginn.model import Action, Agency, Case, LaufzettelEntry, Vault, allowed
from neubeginn.ui import messages
from neubeginn.ui.case.case_editor import CaseEditor
from neubeginn.ui.laufzettel.laufzettel_view import LaufzettelView
from neubeginn.ui.worker import BackgroundRunner

_FSI, _PDI = "\u2068", "\u2069"  # isolate a native-script name from the text around it


class CaseView(QWidget):
    """The case screen: a header (number, head of household) over two tabs, "Personenbogen"
    (CaseEditor) and "Laufzettel" (LaufzettelView). Loading and saving run through the runner.

    Signals:
        case_saved(str): the Personenbogen was stored; the case number.
        case_loaded(str): a case was opened and is shown; its number.
        dirty_changed(bool): the Personenbogen now has (True) or no longer has unsaved changes.
        failed(str): opening or saving failed; the reason in German.
    """

    case_saved = Signal(str)
    case_loaded = Signal(str)
    dirty_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, vault: Vault, runner: BackgroundRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self._number: str | None = None
        self._request = 0  # a load finishing after a newer open_case/clear is dropped
        self._agencies: list[Agency] = []
        self.editor: CaseEditor | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.empty_label = QLabel(self.tr("Keine Akte geöffnet."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("Keine Akte geöffnet"))
        self.loading_label = QLabel(self.tr("Akte wird geladen …"))
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setAccessibleName(self.tr("Akte wird geladen"))
        self.number_label = QLabel()
        font = QFont(self.number_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.number_label.setFont(font)
        self.number_label.setAccessibleName(self.tr("Aktenzeichen"))
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.head_label = QLabel()
        self.head_label.setWordWrap(True)
        self.head_label.setAccessibleName(self.tr("Haushaltsvorstand"))
        self.editor_holder = QWidget()
        self.editor_layout = QVBoxLayout(self.editor_holder)
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.laufzettel_view = LaufzettelView(self._vault, self._runner)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Personenbogen und Laufzettel"))
        self.tabs.addTab(self.editor_holder, self.tr("&Personenbogen"))
        self.tabs.addTab(self.laufzettel_view, self.tr("&Laufzettel"))
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.number_label)
        column.addWidget(self.head_label)
        column.addWidget(self.tabs, 1)
        self.pages = QStackedWidget()
        for page in (self.empty_label, self.loading_label, content):
            self.pages.addWidget(page)
        self.content_page = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _connect_signals(self) -> None:
        shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_entry)

    # -- the public verbs ------------------------------------------------------------------

    def current_number(self) -> str | None:
        return self._number

    def has_unsaved_changes(self) -> bool:
        return self.editor is not None and self.editor.has_unsaved_changes()

    def open_case(
        self, number: str, draft: Case | None = None, entry: LaufzettelEntry | None = None
    ) -> None:
        """Load a case through the runner; a plain loading state shows meanwhile. `draft`
        and `entry`: unsaved changes to its Personenbogen and a Laufzettel entry being
        written, kept over a lock, shown again."""
        self._request += 1
        request = self._request
        self.pages.setCurrentWidget(self.loading_label)
        cases, agencies = self._vault.cases, self._vault.agencies
        self._runner.run(
            lambda: (cases.get(number), agencies.all()),
            on_done=lambda result: self._show(request, *result, draft=draft, entry=entry),
            on_error=lambda error: self._load_failed(request, error),
            key="case-view-open",
        )

    def new_case(self, draft: Case | None = None) -> None:
        """An empty Personenbogen for a new household (issuing desk and admin only), or the
        one being written when the vault locked (`draft`)."""
        user = self._vault.user
        if user is None or not allowed(user.role, Action.CASE_CREATE):
            self.failed.emit(self.tr("Ihr Konto darf keine Akten anlegen."))
            return
        self._request += 1
        request = self._request
        self.pages.setCurrentWidget(self.loading_label)
        agencies = self._vault.agencies
        self._runner.run(
            agencies.all,
            on_done=lambda found: self._show(request, None, found, draft=draft),
            on_error=lambda error: self._load_failed(request, error),
            key="case-view-open",
        )

    def new_entry(self) -> None:
        """Open the new-entry dialog for the open case (switching to its Laufzettel)."""
        if self._number is None:
            return
        self.tabs.setCurrentWidget(self.laufzettel_view)
        self.laufzettel_view.new_entry()

    def clear(self) -> None:
        """Drop every piece of case data from the widgets (the vault locked)."""
        self._request += 1
        was_dirty = self.has_unsaved_changes()
        self._drop_editor()
        self.laufzettel_view.clear()
        self._agencies = []
        self.number_label.clear()
        self.head_label.clear()
        self._number = None
        self.pages.setCurrentWidget(self.empty_label)
        if was_dirty:
            self.dirty_changed.emit(False)

    # -- loading ---------------------------------------------------------------------------

    def draft(self) -> Case | None:
        """The Personenbogen as edited, when it holds unsaved changes."""
        return self.editor.case() if self.has_unsaved_changes() and self.editor else None

    def _show(
        self,
        request: int,
        case: Case | None,
        agencies: list[Agency],
        *,
        draft: Case | None = None,
        entry: LaufzettelEntry | None = None,
    ) -> None:
        if request != self._request:
            return
        user = self._vault.user
        may_edit = user is not None and allowed(
            user.role, Action.CASE_UPDATE if case else Action.CASE_CREATE
        )
        self._drop_editor()
        editor = CaseEditor(self._vault, self._runner)
        editor.dirty_changed.connect(self.dirty_changed)
        editor.case_saved.connect(self._saved)
        editor.failed.connect(self.failed)
        self.editor_layout.addWidget(editor)
        self.editor = editor
        editor.load(case, agencies, read_only=not may_edit)
        if draft is not None and may_edit:
            editor.restore(draft)
        self._agencies = agencies
        if case is None:
            self.laufzettel_view.clear()
        else:
            self.laufzettel_view.set_case(case, agencies)
        self._show_header(case)
        self.tabs.setTabEnabled(1, case is not None)
        self.tabs.setCurrentIndex(0)
        self.pages.setCurrentWidget(self.content_page)
        if case is not None and entry is not None:
            self.tabs.setCurrentWidget(self.laufzettel_view)
            self.laufzettel_view.open_draft(entry)
        if case is not None:
            self.case_loaded.emit(case.number)

    def _load_failed(self, request: int, error: BaseException) -> None:
        if request != self._request:
            return
        self.pages.setCurrentWidget(self.empty_label if self._number is None else self.content_page)
        self.failed.emit(messages.describe(error))

    def _drop_editor(self) -> None:
        if self.editor is not None:
            self.editor.setParent(None)
            self.editor.deleteLater()
            self.editor = None

    def _show_header(self, case: Case | None) -> None:
        self._number = case.number if case else None
        self.number_label.setText(case.number if case else self.tr("Neue Akte"))
        head = case.head if case else None
        if head is None:
            self.head_label.clear()
            return
        name = f"{head.family_name}, {head.given_names}"
        if head.native_name:
            name += f" ({_FSI}{head.native_name}{_PDI})"
        people = self.tr("%n Person(en)", "", len(case.members)) if case else ""
        self.head_label.setText(self.tr("Haushaltsvorstand: {0} · {1}").format(name, people))

    def _saved(self, case: Case) -> None:
        self._show_header(case)
        self.laufzettel_view.set_case(case, self._agencies)
        self.tabs.setTabEnabled(1, True)
        self.case_saved.emit(case.number)

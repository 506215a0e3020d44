"""CaseEditor: the Personenbogen of one household, validated while typing, saved in the back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from neubeginn.model import (
    UNKNOWN_NATIONALITY,
    Agency,
    Case,
    CaseProblems,
    Consent,
    Member,
    Sex,
    Vault,
    validate_case,
)
from neubeginn.ui import messages
from neubeginn.ui.case.consent_form import ConsentForm
from neubeginn.ui.case.forms import ERROR_COLOUR, FieldMessages, relative, set_read_only, split_path
from neubeginn.ui.case.household_form import HouseholdForm
from neubeginn.ui.case.member_editor import MemberEditor
from neubeginn.ui.case.record_stack import RecordStack
from neubeginn.ui.case.service_contact_table import ServiceContactTable
from neubeginn.ui.messages import FieldNote
from neubeginn.ui.worker import BackgroundRunner

VALIDATE_DELAY_MS = 200  # validate_case takes about a millisecond; this only spares flicker


class CaseEditor(QWidget):
    """Household, members, service contacts and consents of one case.

    Every edit is validated (debounced) and each problem is shown at its field; Save stays
    disabled while anything is invalid. Saving runs through the BackgroundRunner.

    Signals:
        case_saved(object): the Case as stored (with its number).
        dirty_changed(bool): the form now differs (True) or no longer differs from the stored case.
        failed(str): saving failed for a reason other than invalid values (German text).
    """

    case_saved = Signal(object)
    dirty_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, vault: Vault, runner: BackgroundRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self._agencies: list[Agency] = []
        self._number = ""
        self._uuid = ""
        self._version = 0
        self._read_only = True
        self._saving = False
        self._new = False
        self._dirty = False
        self._problems: list[FieldNote] = []
        self._baseline: object = None
        self.messages = FieldMessages()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._build_ui()
        self._connect_signals()

    # -- building ------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.general_label = QLabel()
        self.general_label.setWordWrap(True)
        self.general_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.general_label.setAccessibleName(self.tr("Fehler im Personenbogen"))
        self.general_label.hide()

        self.household = HouseholdForm()
        household = QGroupBox(self.tr("Haushalt"))
        QVBoxLayout(household).addWidget(self.household)
        add = self.messages.add

        self.member_stack = RecordStack(
            self.tr("Mitglied &hinzufügen"), self.tr("Mitglied entfernen"), reorder=True
        )
        self.member_stack.list_view.setAccessibleName(self.tr("Haushaltsmitglieder"))
        members = QGroupBox(self.tr("Haushaltsmitglieder"))
        QVBoxLayout(members).addWidget(add("members", self.member_stack))

        self.contact_table = ServiceContactTable()
        contacts = QGroupBox(self.tr("Zuständige Stellen"))
        QVBoxLayout(contacts).addWidget(add("service_contacts", self.contact_table))

        self.consent_stack = RecordStack(
            self.tr("Einwilligung hinzufügen"), self.tr("Einwilligung entfernen"), reorder=False
        )
        self.consent_stack.list_view.setAccessibleName(self.tr("Einwilligungen"))
        consents = QGroupBox(self.tr("Einwilligungen"))
        QVBoxLayout(consents).addWidget(add("consents", self.consent_stack))

        content = QWidget()
        column = QVBoxLayout(content)
        for group in (household, members, contacts, consents):
            column.addWidget(group)
        column.addStretch()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)

        self.read_only_label = QLabel(
            self.tr("Nur lesen: Ihr Konto darf den Personenbogen nicht ändern.")
        )
        self.read_only_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Speicherstatus"))
        self.save_button = QPushButton(self.tr("&Speichern"))
        self.save_button.setAccessibleName(self.tr("Personenbogen speichern"))
        self.save_button.setToolTip(self.tr("Speichern (Strg+S)"))
        self.save_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.read_only_label, 1)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_label)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._refresh)
        self.household.household_changed.connect(self._edited)
        self.member_stack.add_requested.connect(self._add_member)
        self.member_stack.records_changed.connect(self._edited)
        self.consent_stack.add_requested.connect(self._add_consent)
        self.consent_stack.records_changed.connect(self._edited)
        self.contact_table.contacts_changed.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

    # -- loading ---------------------------------------------------------------------------------

    def load(self, case: Case | None, agencies: list[Agency], *, read_only: bool) -> None:
        """Show `case` (None: a new household with one empty member)."""
        self._timer.stop()
        self._agencies = agencies
        self._read_only = read_only
        self._number = case.number if case else ""
        self._uuid = case.uuid if case else ""
        self._version = case.version if case else 0  # saving checks nobody changed it since
        self.member_stack.clear()
        self.consent_stack.clear()
        self.household.set_case(case)
        for member in case.members if case else (self._new_member("head"),):
            self._append_member(member, show=False)
        self.member_stack.select(0)
        self.contact_table.set_contacts(case.service_contacts if case else ())
        for consent in case.consents if case else ():
            self._append_consent(consent, show=False)
        if self.consent_stack.forms():
            self.consent_stack.select(0)
        self.status_label.clear()
        self.read_only_label.setVisible(read_only)
        self.save_button.setVisible(not read_only)
        self.member_stack.set_editable(not read_only)
        self.consent_stack.set_editable(not read_only)
        if read_only:
            set_read_only(self)
            self.contact_table.set_read_only()
            for editor in self.members():
                editor.language_picker.set_read_only()
        self._new = case is None
        self._baseline = self._snapshot()
        self._refresh()

    def restore(self, draft: Case) -> None:
        """Show changes that were not saved when the vault locked over the case as loaded;
        the stored case stays what counts as unchanged, so they show as unsaved."""
        baseline, new = self._baseline, self._new
        self.load(draft, self._agencies, read_only=self._read_only)
        self._baseline, self._new = baseline, new
        self._refresh()
        self.status_label.setText(
            self.tr("Ungespeicherte Änderungen von vor der Sperre – bitte prüfen und speichern.")
        )

    def clear(self) -> None:
        """Forget every value (the vault locked): no personal data stays in the widgets."""
        self._timer.stop()
        self.member_stack.clear()
        self.consent_stack.clear()
        self.household.clear()
        self.contact_table.set_contacts(())
        self.messages.show(())
        self.general_label.hide()
        self.status_label.clear()
        self._number = self._uuid = ""
        self._version = 0
        self._baseline = self._snapshot()
        self._problems = []
        self._set_dirty(False)
        self.save_button.setEnabled(False)

    def _new_member(self, relationship: str) -> Member:
        return Member("", "", Sex.UNKNOWN, None, UNKNOWN_NATIONALITY, relationship)

    def _append_member(self, member: Member, *, show: bool) -> None:
        editor = MemberEditor()
        editor.set_member(member)
        editor.member_changed.connect(self._edited)
        self.member_stack.append(editor, show=show)

    def _add_member(self) -> None:
        relationship = "child" if self.member_stack.forms() else "head"
        self._append_member(self._new_member(relationship), show=True)
        self.member_stack.forms()[-1].family_name_edit.setFocus()  # type: ignore[attr-defined]
        self._edited()

    def _append_consent(self, consent: Consent, *, show: bool) -> None:
        form = ConsentForm(self._agencies)
        form.set_consent(consent)
        form.consent_changed.connect(self._edited)
        self.consent_stack.append(form, show=show)

    def _add_consent(self) -> None:
        user = self._vault.user
        name = user.display_name if user else ""
        self._append_consent(Consent(dt.date.today(), True, False, (), name), show=True)
        self._edited()

    # -- the case in the form --------------------------------------------------------------------

    def members(self) -> list[MemberEditor]:
        return self.member_stack.forms()  # type: ignore[return-value]

    def consents(self) -> list[ConsentForm]:
        return self.consent_stack.forms()  # type: ignore[return-value]

    def case(self) -> Case:
        """The case as the form shows it (the Laufzettel only grows by appending)."""
        return Case(
            number=self._number,
            **self.household.fields(),
            members=tuple(editor.member() for editor in self.members()),
            service_contacts=self.contact_table.contacts(),
            consents=tuple(form.consent() for form in self.consents()),
            uuid=self._uuid,
            version=self._version,
        )

    def _snapshot(self) -> object:
        # Unreadable dates are None in case(); their raw text tells a change apart.
        dates: list[QLineEdit] = [self.household.issued_on_edit]
        for editor in self.members():
            dates += [
                editor.birth_date_edit,
                editor.residence_issued_on_edit,
                editor.residence_valid_until_edit,
            ]
        for form in self.consents():
            dates += [form.given_on_edit, form.withdrawn_on_edit]
        return self.case(), tuple(edit.text() for edit in dates)

    def is_new(self) -> bool:
        return self._new

    def has_unsaved_changes(self) -> bool:
        if self._timer.isActive():
            self._refresh()
        return self._dirty

    # -- validation -----------------------------------------------------------------------------

    def _edited(self) -> None:
        self.status_label.clear()
        self._timer.start()

    def _refresh(self) -> None:
        self._timer.stop()
        problems = [
            FieldNote(f"members[{i}].{p.path}", p.text)
            for i, editor in enumerate(self.members())
            for p in editor.local_problems()
        ] + [
            FieldNote(f"consents[{i}].{p.path}", p.text)
            for i, form in enumerate(self.consents())
            for p in form.local_problems()
        ]
        problems += messages.notes(validate_case(self.case(), today=dt.date.today()), relative)
        self._show_problems(problems)
        self._set_dirty(self._snapshot() != self._baseline)

    def _show_problems(self, problems: list[FieldNote]) -> None:
        self._problems = problems
        members: list[list[FieldNote]] = [[] for _ in self.members()]
        consents: list[list[FieldNote]] = [[] for _ in self.consents()]
        own: list[FieldNote] = []
        for problem in problems:
            name, index, rest = split_path(problem.path)
            if name == "members" and index is not None and index < len(members):
                members[index].append(FieldNote(rest, problem.text))
            elif name == "consents" and index is not None and index < len(consents):
                consents[index].append(FieldNote(rest, problem.text))
            elif name == "service_contacts" and index is not None:
                row = self.tr("Zeile {0}: {1}").format(index + 1, problem.text)
                own.append(FieldNote(name, row))
            else:
                own.append(problem)
        left = self.household.messages.show(self.messages.show(own))
        for editor, found in zip(self.members(), members, strict=True):
            left += editor.show_problems(found)
        for form, found in zip(self.consents(), consents, strict=True):
            left += form.show_problems(found)
        self.member_stack.refresh(i for i, found in enumerate(members) if found)
        self.consent_stack.refresh(i for i, found in enumerate(consents) if found)
        self.general_label.setText("\n".join(f"{p.path}: {p.text}" for p in left))
        self.general_label.setVisible(bool(left))
        self._update_save()

    def _set_dirty(self, dirty: bool) -> None:
        self._update_save()
        if dirty != self._dirty:
            self._dirty = dirty
            self._update_save()
            self.dirty_changed.emit(dirty)

    def _update_save(self) -> None:
        self.save_button.setEnabled(
            not self._read_only and not self._saving and not self._problems and self._dirty
        )

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        """Store the form through the runner; nothing is stored while anything is invalid."""
        if self._read_only or self._saving:
            return
        self._refresh()
        if not self.save_button.isEnabled():
            return
        case, cases = self.case(), self._vault.cases
        work = (lambda: cases.create(case)) if self.is_new() else (lambda: cases.update(case))
        self._saving = True
        self._update_save()
        self.status_label.setText(self.tr("Wird gespeichert …"))
        self._runner.run(work, on_done=self._saved, on_error=self._save_failed)

    def _saved(self, case: Case) -> None:
        self._saving = False
        row = self.member_stack.current_row()
        self.load(case, self._agencies, read_only=self._read_only)
        self.member_stack.select(max(0, min(row, len(self.members()) - 1)))
        self.status_label.setText(self.tr("Gespeichert."))
        self.case_saved.emit(case)

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self.status_label.clear()
        if isinstance(error, CaseProblems):
            self._show_problems(messages.notes(error.problems, relative))
            return
        text = messages.describe(error)
        self.status_label.setText(text)
        self._update_save()
        self.failed.emit(text)

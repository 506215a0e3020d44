"""HouseholdForm: the household's own fields of the Personenbogen (folder, issue, address,
print languages); members, service contacts and consents have their own forms."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from neubeginn.model import Case, FolderVersion
from neubeginn.ui.case import labels
from neubeginn.ui.case.check_list_model import CheckListModel
from neubeginn.ui.case.date_edit import DateEdit
from neubeginn.ui.case.forms import FieldMessages
from neubeginn.ui.case.member_editor import combo, form_layout, select


class HouseholdFields(TypedDict):
    """The fields of a Case this form shows, named as in Case."""

    folder_version: FolderVersion
    issuing_office: str
    issued_on: dt.date | None
    accommodation: str
    print_languages: tuple[str, ...]


class HouseholdForm(QWidget):
    """Folder version, issuing office and date, accommodation and print languages.

    Signals:
        household_changed(): any field was edited.
    """

    household_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages = FieldMessages()
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.folder_version_combo = combo(
            {v.value: n for v, n in labels.folder_versions().items()}, self.tr("Ordnerversion")
        )
        self.issuing_office_edit = QLineEdit()
        self.issuing_office_edit.setAccessibleName(self.tr("Ausgebende Stelle"))
        self.issued_on_edit = DateEdit()
        self.issued_on_edit.setAccessibleName(self.tr("Ausgegeben am"))
        self.accommodation_edit = QLineEdit()
        self.accommodation_edit.setAccessibleName(self.tr("Unterkunft oder Anschrift"))
        self.print_language_model = CheckListModel(self)
        self.print_language_model.set_rows(
            (code, f"{labels.language_name(code)} ({code})") for code in labels.PRINT_LANGUAGES
        )
        self.print_language_list = QListView()
        self.print_language_list.setModel(self.print_language_model)
        self.print_language_list.setAccessibleName(self.tr("Drucksprachen"))
        self.print_language_list.setMaximumHeight(150)
        add = self.messages.add
        form = form_layout()
        form.addRow(self.tr("Ordnerversion"), add("folder_version", self.folder_version_combo))
        form.addRow(self.tr("Ausgebende Stelle"), add("issuing_office", self.issuing_office_edit))
        form.addRow(self.tr("Ausgegeben am"), add("issued_on", self.issued_on_edit))
        form.addRow(
            self.tr("Unterkunft / Anschrift"), add("accommodation", self.accommodation_edit)
        )
        form.addRow(
            self.tr("Drucksprachen (Deutsch wird immer gedruckt)"),
            add("print_languages", self.print_language_list),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

    def _connect_signals(self) -> None:
        for edit in (self.issuing_office_edit, self.issued_on_edit, self.accommodation_edit):
            edit.textChanged.connect(self.household_changed)
        self.folder_version_combo.currentIndexChanged.connect(self.household_changed)
        self.print_language_model.checks_changed.connect(self.household_changed)

    def set_case(self, case: Case | None) -> None:
        """Show the household of `case` (None: a new one, issued today)."""
        select(self.folder_version_combo, case.folder_version if case else None)
        self.issuing_office_edit.setText(case.issuing_office if case else "")
        self.issued_on_edit.set_value(case.issued_on if case else dt.date.today())
        self.accommodation_edit.setText(case.accommodation if case else "")
        self.print_language_model.set_checked(case.print_languages if case else ())

    def clear(self) -> None:
        """Forget every value typed in (the vault locked)."""
        for edit in (self.issuing_office_edit, self.issued_on_edit, self.accommodation_edit):
            edit.clear()
        self.print_language_model.set_checked(())

    def fields(self) -> HouseholdFields:
        """The household's fields as the form shows them (a date not understood: None)."""
        return HouseholdFields(
            folder_version=FolderVersion(self.folder_version_combo.currentData()),
            issuing_office=self.issuing_office_edit.text(),
            issued_on=self.issued_on_edit.value(),
            accommodation=self.accommodation_edit.text(),
            print_languages=tuple(self.print_language_model.checked()),
        )

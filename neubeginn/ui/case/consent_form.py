"""ConsentForm: one recorded consent of the household (store data, share with agencies)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QListView, QVBoxLayout, QWidget

from neubeginn.model import Agency, Consent
from neubeginn.ui.case.check_list_model import CheckListModel
from neubeginn.ui.case.date_edit import DateEdit
from neubeginn.ui.case.forms import FieldMessages
from neubeginn.ui.case.member_editor import form_layout
from neubeginn.ui.messages import FieldNote


class ConsentForm(QWidget):
    """What the person agreed to, when, and who recorded it; withdrawn when a date is set.

    Signals:
        consent_changed(): any field was edited.
    """

    consent_changed = Signal()

    def __init__(self, agencies: list[Agency], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages = FieldMessages()
        self._build_ui(agencies)
        self._connect_signals()

    def _build_ui(self, agencies: list[Agency]) -> None:
        self.given_on_edit = DateEdit()
        self.given_on_edit.setAccessibleName(self.tr("Einwilligung erteilt am"))
        self.store_check = QCheckBox(self.tr("Daten dürfen gespeichert werden"))
        self.store_check.setAccessibleName(self.tr("Daten dürfen gespeichert werden"))
        self.share_check = QCheckBox(self.tr("Weitergabe an Beratungsstellen erlaubt"))
        self.share_check.setAccessibleName(self.tr("Weitergabe an Beratungsstellen erlaubt"))
        self.agency_model = CheckListModel(self)
        self.agency_model.set_rows((a.uuid, a.name) for a in agencies)
        self.agency_list = QListView()
        self.agency_list.setModel(self.agency_model)
        self.agency_list.setAccessibleName(
            self.tr("Beratungsstellen, an die weitergegeben werden darf")
        )
        self.agency_list.setMaximumHeight(140)
        self.recorded_by_edit = QLineEdit()
        self.recorded_by_edit.setAccessibleName(self.tr("Aufgenommen von"))
        self.withdrawn_on_edit = DateEdit()
        self.withdrawn_on_edit.setAccessibleName(self.tr("Widerrufen am"))

        add = self.messages.add
        form = form_layout()
        form.addRow(self.tr("Erteilt am"), add("given_on", self.given_on_edit))
        form.addRow("", add("store_data", self.store_check))
        form.addRow("", add("share_with_agencies", self.share_check))
        form.addRow(
            self.tr("Nur an diese Stellen (keine: an alle)"), add("agencies", self.agency_list)
        )
        form.addRow(self.tr("Aufgenommen von"), add("recorded_by", self.recorded_by_edit))
        form.addRow(self.tr("Widerrufen am"), add("withdrawn_on", self.withdrawn_on_edit))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

    def _changed(self) -> None:
        self.consent_changed.emit()

    def _connect_signals(self) -> None:
        changed = self._changed
        for edit in (self.given_on_edit, self.recorded_by_edit, self.withdrawn_on_edit):
            edit.textChanged.connect(changed)
        self.store_check.toggled.connect(changed)
        self.share_check.toggled.connect(changed)
        self.agency_model.checks_changed.connect(changed)

    def title(self) -> str:
        given = self.given_on_edit.text().strip() or "?"
        text = self.tr("Einwilligung vom {0}").format(given)
        if self.withdrawn_on_edit.text().strip():
            text += self.tr(" (widerrufen)")
        return text

    def set_consent(self, consent: Consent) -> None:
        self.given_on_edit.set_value(consent.given_on)
        self.store_check.setChecked(consent.store_data)
        self.share_check.setChecked(consent.share_with_agencies)
        self.agency_model.set_checked(consent.agencies)
        self.recorded_by_edit.setText(consent.recorded_by)
        self.withdrawn_on_edit.set_value(consent.withdrawn_on)

    def consent(self) -> Consent:
        # An empty "given on" is a problem of its own (local_problems); today stands in.
        return Consent(
            given_on=self.given_on_edit.value() or dt.date.today(),
            store_data=self.store_check.isChecked(),
            share_with_agencies=self.share_check.isChecked(),
            agencies=tuple(self.agency_model.checked()),
            recorded_by=self.recorded_by_edit.text(),
            withdrawn_on=self.withdrawn_on_edit.value(),
        )

    def local_problems(self) -> list[FieldNote]:
        found = []
        if not self.given_on_edit.text().strip():
            found.append(FieldNote("given_on", self.tr("Das Datum der Einwilligung fehlt.")))
        dates = (("given_on", self.given_on_edit), ("withdrawn_on", self.withdrawn_on_edit))
        for name, edit in dates:
            problem = edit.problem()
            if problem:
                found.append(FieldNote(name, problem))
        return found

    def show_problems(self, problems: list[FieldNote]) -> list[FieldNote]:
        return self.messages.show(problems)

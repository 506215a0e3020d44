"""MemberEditor: the Personenbogen form of one household member."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neubeginn.model import (
    UNKNOWN_NATIONALITY,
    GermanLevel,
    Literacy,
    Member,
    ResidenceStatus,
    Sex,
)
from neubeginn.ui.case import labels
from neubeginn.ui.case.date_edit import DateEdit
from neubeginn.ui.case.forms import FieldMessages
from neubeginn.ui.case.partial_date_edit import PartialDateEdit
from neubeginn.ui.case.pickers import CountryPicker, LanguagePicker
from neubeginn.ui.messages import FieldNote


def is_rtl(text: str) -> bool:
    """Whether the first strong character of `text` is right-to-left (Arabic, Hebrew …)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def form_layout() -> QFormLayout:
    """A form whose long German labels put the field on the next line instead of clipping."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def combo(items: dict[str, str], accessible: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    for value, name in items.items():
        box.addItem(name, value)
    return box


def select(box: QComboBox, value: str | None) -> None:
    box.setCurrentIndex(max(box.findData(value), 0))


class MemberEditor(QWidget):
    """One person of the household: name, birth, languages, schooling, residence, contact.

    Signals:
        member_changed(): any field was edited.
    """

    member_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uuid = ""
        self.messages = FieldMessages()
        self._build_ui()
        self._connect_signals()

    def _line(self, name: str, accessible: str, max_length: int = 200) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        edit.setMaxLength(max_length)
        edit.setObjectName(name)
        return edit

    def _text(self, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)  # keyboard users leave the box with Tab, as elsewhere
        edit.setMinimumHeight(60)
        edit.setMaximumHeight(110)
        return edit

    def _build_ui(self) -> None:
        self.family_name_edit = self._line("family_name", self.tr("Familienname"))
        self.given_names_edit = self._line("given_names", self.tr("Vornamen"))
        self.native_name_edit = self._line("native_name", self.tr("Name in eigener Schrift"))
        self.sex_combo = combo(
            {s.value: n for s, n in labels.sexes().items()}, self.tr("Geschlecht")
        )
        self.birth_date_edit = PartialDateEdit()
        self.birth_date_edit.setAccessibleName(self.tr("Geburtsdatum"))
        self.nationality_picker = CountryPicker()
        self.nationality_picker.setAccessibleName(self.tr("Staatsangehörigkeit"))
        self.relationship_combo = combo(
            labels.relationships(), self.tr("Verwandtschaftsverhältnis")
        )
        self.language_picker = LanguagePicker()
        self.language_picker.setAccessibleName(self.tr("Sprachen"))
        self.german_level_combo = combo(
            {g.value: n for g, n in labels.german_levels().items()}, self.tr("Deutschkenntnisse")
        )
        self.literacy_combo = combo(
            {v.value: n for v, n in labels.literacies().items()}, self.tr("Alphabetisierung")
        )
        self.schooling_years_spin = QSpinBox()
        self.schooling_years_spin.setAccessibleName(self.tr("Schuljahre"))
        self.schooling_years_spin.setRange(-1, 30)
        self.schooling_years_spin.setSpecialValueText(self.tr("unbekannt"))
        self.last_school_edit = self._line("last_school", self.tr("Zuletzt besuchte Schule"), 500)
        self.certificates_edit = self._line("certificates", self.tr("Schulabschlüsse"), 500)
        self.vocational_training_edit = self._text(self.tr("Berufsausbildung"))
        self.work_experience_edit = self._text(self.tr("Berufserfahrung"))
        self.residence_status_combo = combo(
            {"": self.tr("—"), **{r.value: n for r, n in labels.residence_statuses().items()}},
            self.tr("Aufenthaltsstatus"),
        )
        self.residence_paragraph_edit = self._line(
            "residence_paragraph", self.tr("Rechtsgrundlage")
        )
        self.residence_paragraph_edit.setPlaceholderText(self.tr("z. B. § 25 Abs. 2 AufenthG"))
        self.residence_issued_on_edit = DateEdit()
        self.residence_issued_on_edit.setAccessibleName(self.tr("Aufenthaltstitel ausgestellt am"))
        self.residence_valid_until_edit = DateEdit()
        self.residence_valid_until_edit.setAccessibleName(self.tr("Aufenthaltstitel gültig bis"))
        self.phone_edit = self._line("phone", self.tr("Telefon"), 60)
        self.bamf_number_edit = self._line("bamf_number", self.tr("BAMF-Aktenzeichen"), 60)
        self.jobcenter_number_edit = self._line(
            "jobcenter_number", self.tr("BG-Nummer (Jobcenter)")
        )
        self.notes_edit = self._text(self.tr("Notizen"))

        add = self.messages.add
        person = QGroupBox(self.tr("Person"))
        form = form_layout()
        form.addRow(self.tr("&Familienname"), add("family_name", self.family_name_edit))
        form.addRow(self.tr("&Vornamen"), add("given_names", self.given_names_edit))
        form.addRow(self.tr("Name in eigener Schrift"), add("native_name", self.native_name_edit))
        form.addRow(self.tr("Geschlecht"), add("sex", self.sex_combo))
        form.addRow(self.tr("Geburtsdatum"), add("birth_date", self.birth_date_edit))
        form.addRow(self.tr("Staatsangehörigkeit"), add("nationality", self.nationality_picker))
        form.addRow(
            self.tr("Verhältnis zum Haushaltsvorstand"),
            add("relationship", self.relationship_combo),
        )
        person.setLayout(form)

        skills = QGroupBox(self.tr("Sprachen, Schule und Beruf"))
        form = form_layout()
        form.addRow(self.tr("Sprachen"), add("languages", self.language_picker))
        form.addRow(self.tr("Deutschkenntnisse"), add("german_level", self.german_level_combo))
        form.addRow(self.tr("Alphabetisierung"), add("literacy", self.literacy_combo))
        form.addRow(self.tr("Schuljahre"), add("schooling_years", self.schooling_years_spin))
        form.addRow(self.tr("Zuletzt besuchte Schule"), add("last_school", self.last_school_edit))
        form.addRow(self.tr("Schulabschlüsse"), add("certificates", self.certificates_edit))
        form.addRow(
            self.tr("Berufsausbildung"), add("vocational_training", self.vocational_training_edit)
        )
        form.addRow(self.tr("Berufserfahrung"), add("work_experience", self.work_experience_edit))
        skills.setLayout(form)

        residence = QGroupBox(self.tr("Aufenthalt und Kontakt"))
        form = form_layout()
        form.addRow(
            self.tr("Aufenthaltsstatus"), add("residence_status", self.residence_status_combo)
        )
        form.addRow(
            self.tr("Rechtsgrundlage"), add("residence_paragraph", self.residence_paragraph_edit)
        )
        form.addRow(
            self.tr("Ausgestellt am"), add("residence_issued_on", self.residence_issued_on_edit)
        )
        form.addRow(
            self.tr("Gültig bis"), add("residence_valid_until", self.residence_valid_until_edit)
        )
        form.addRow(self.tr("Telefon"), add("phone", self.phone_edit))
        form.addRow(self.tr("BAMF-Aktenzeichen"), add("bamf_number", self.bamf_number_edit))
        form.addRow(
            self.tr("BG-Nummer (Jobcenter)"), add("jobcenter_number", self.jobcenter_number_edit)
        )
        form.addRow(self.tr("Notizen"), add("notes", self.notes_edit))
        residence.setLayout(form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for group in (person, skills, residence):
            layout.addWidget(group)

    def _changed(self) -> None:
        self.member_changed.emit()

    def _connect_signals(self) -> None:
        changed = self._changed
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(changed)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(changed)
        for box in self.findChildren(QComboBox):
            box.currentIndexChanged.connect(changed)
        self.schooling_years_spin.valueChanged.connect(changed)
        self.language_picker.languages_changed.connect(changed)
        self.native_name_edit.textChanged.connect(self._follow_direction)

    def _follow_direction(self, text: str) -> None:
        # Arabic or Persian names are typed and read from the right edge.
        rtl = is_rtl(text)
        self.native_name_edit.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )

    def title(self) -> str:
        family = self.family_name_edit.text().strip()
        given = self.given_names_edit.text().strip()
        name = ", ".join(part for part in (family, given) if part) or self.tr("(ohne Namen)")
        relation = self.relationship_combo.currentText()
        return f"{name} – {relation}"

    def set_member(self, member: Member) -> None:
        self._uuid = member.uuid
        self.family_name_edit.setText(member.family_name)
        self.given_names_edit.setText(member.given_names)
        self.native_name_edit.setText(member.native_name)
        select(self.sex_combo, member.sex)
        self.birth_date_edit.set_value(member.birth_date)
        self.nationality_picker.set_code(member.nationality)
        select(self.relationship_combo, member.relationship)
        self.language_picker.set_languages(member.languages)
        select(self.german_level_combo, member.german_level)
        select(self.literacy_combo, member.literacy)
        years = member.schooling_years
        self.schooling_years_spin.setValue(-1 if years is None else years)
        self.last_school_edit.setText(member.last_school)
        self.certificates_edit.setText(member.certificates)
        self.vocational_training_edit.setPlainText(member.vocational_training)
        self.work_experience_edit.setPlainText(member.work_experience)
        select(self.residence_status_combo, member.residence_status or "")
        self.residence_paragraph_edit.setText(member.residence_paragraph)
        self.residence_issued_on_edit.set_value(member.residence_issued_on)
        self.residence_valid_until_edit.set_value(member.residence_valid_until)
        self.phone_edit.setText(member.phone)
        self.bamf_number_edit.setText(member.bamf_number)
        self.jobcenter_number_edit.setText(member.jobcenter_number)
        self.notes_edit.setPlainText(member.notes)

    def member(self) -> Member:
        years = self.schooling_years_spin.value()
        status = self.residence_status_combo.currentData()
        return Member(
            family_name=self.family_name_edit.text(),
            given_names=self.given_names_edit.text(),
            native_name=self.native_name_edit.text(),
            sex=Sex(self.sex_combo.currentData()),
            birth_date=self.birth_date_edit.value(),
            nationality=self.nationality_picker.code() or UNKNOWN_NATIONALITY,
            relationship=self.relationship_combo.currentData(),
            languages=self.language_picker.languages(),
            german_level=GermanLevel(self.german_level_combo.currentData()),
            literacy=Literacy(self.literacy_combo.currentData()),
            schooling_years=None if years < 0 else years,
            last_school=self.last_school_edit.text(),
            certificates=self.certificates_edit.text(),
            vocational_training=self.vocational_training_edit.toPlainText(),
            work_experience=self.work_experience_edit.toPlainText(),
            residence_status=ResidenceStatus(status) if status else None,
            residence_paragraph=self.residence_paragraph_edit.text(),
            residence_issued_on=self.residence_issued_on_edit.value(),
            residence_valid_until=self.residence_valid_until_edit.value(),
            phone=self.phone_edit.text(),
            bamf_number=self.bamf_number_edit.text(),
            jobcenter_number=self.jobcenter_number_edit.text(),
            notes=self.notes_edit.toPlainText(),
            uuid=self._uuid,
        )

    def local_problems(self) -> list[FieldNote]:
        """Texts that are no value at all yet (an unreadable date): the model never sees them."""
        found = []
        for name, edit in (
            ("birth_date", self.birth_date_edit),
            ("residence_issued_on", self.residence_issued_on_edit),
            ("residence_valid_until", self.residence_valid_until_edit),
        ):
            problem = edit.problem()
            if problem:
                found.append(FieldNote(name, problem))
        return found

    def show_problems(self, problems: list[FieldNote]) -> list[FieldNote]:
        """Show problems (paths relative to the member) at their fields; returns the rest."""
        return self.messages.show(problems)

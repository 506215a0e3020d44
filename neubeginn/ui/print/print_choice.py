"""PrintChoiceBox: the inserts and the languages next to German, as ticked by the user."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QVBoxLayout, QWidget

from neubeginn.print import Doc
from neubeginn.print.i18n import TARGET_LANGUAGES
from neubeginn.services.printing import PrintChoice
from neubeginn.ui.case.labels import language_name

CONTINUATION = "continuation"  # the Laufzettel checkbox that prints only new entries


class PrintChoiceBox(QWidget):
    """Checkboxes for the inserts and the print languages.

    With `per_case_languages` (batches) a first box "Sprachen der jeweiligen Akte" stands for
    each case's own print languages and is ticked at the start.

    Signals:
        changed(): a box was ticked or unticked by the user.
    """

    changed = Signal()

    def __init__(self, per_case_languages: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._per_case = per_case_languages
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setAccessibleName(self.tr("Auswahl"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        docs = QGroupBox(self.tr("Einleger"))
        docs.setAccessibleName(self.tr("Einleger"))
        docs_column = QVBoxLayout(docs)
        labels: list[tuple[Doc | str, str, bool]] = [
            (Doc.PERSONENBOGEN, self.tr("&Personenbogen"), True),
            (Doc.LAUFZETTEL, self.tr("&Laufzettel"), True),
            (CONTINUATION, self.tr("Laufzettel-&Fortsetzung (nur neue Einträge)"), False),
            (Doc.TERMIN, self.tr("&Terminzettel"), False),
            (Doc.REGISTER, self.tr("&Registerblätter"), False),
            (Doc.EINWILLIGUNG, self.tr("&Einwilligung"), False),
        ]
        self.doc_boxes: dict[Doc | str, QCheckBox] = {}
        for key, text, checked in labels:
            check = QCheckBox(text)
            check.setAccessibleName(text.replace("&", ""))
            check.setChecked(checked)
            docs_column.addWidget(check)
            self.doc_boxes[key] = check
        column.addWidget(docs)

        languages = QGroupBox(self.tr("Sprachen neben Deutsch"))
        languages.setAccessibleName(self.tr("Sprachen neben Deutsch"))
        grid = QGridLayout(languages)
        self.own_languages_box = QCheckBox(self.tr("Sprachen der jeweiligen &Akte"))
        self.own_languages_box.setAccessibleName(self.tr("Sprachen der jeweiligen Akte"))
        self.own_languages_box.setChecked(self._per_case)
        self.own_languages_box.setVisible(self._per_case)
        grid.addWidget(self.own_languages_box, 0, 0, 1, 2)
        self.language_boxes: dict[str, QCheckBox] = {}
        for index, code in enumerate(TARGET_LANGUAGES):
            name = language_name(code)
            check = QCheckBox(name)
            check.setAccessibleName(self.tr("Sprache {name}").format(name=name))
            check.setToolTip(code)
            check.setEnabled(not self._per_case)
            grid.addWidget(check, 1 + index // 2, index % 2)
            self.language_boxes[code] = check
        column.addWidget(languages)
        column.addStretch(1)

    def _connect_signals(self) -> None:
        for key, check in self.doc_boxes.items():
            check.toggled.connect(lambda on, key=key: self._doc_toggled(key, on))
        for check in self.language_boxes.values():
            check.toggled.connect(self.changed)
        self.own_languages_box.toggled.connect(self._own_languages_toggled)

    def focus_chain(self) -> list[QWidget]:
        """The boxes in reading order, for the dialog's tab order."""
        return [*self.doc_boxes.values(), self.own_languages_box, *self.language_boxes.values()]

    def choice(self) -> PrintChoice:
        """The inserts in the folder's order and the languages as currently ticked: none
        ticked is German only; "Sprachen der jeweiligen Akte" leaves them to each case."""
        ticked = [key for key, box in self.doc_boxes.items() if box.isChecked()]
        continuation = CONTINUATION in ticked
        docs = tuple(
            doc for doc in Doc if doc in ticked or (continuation and doc is Doc.LAUFZETTEL)
        )
        languages = (
            None
            if self.own_languages_box.isChecked()
            else tuple(code for code, box in self.language_boxes.items() if box.isChecked())
        )
        return PrintChoice(docs, languages, continuation)

    def set_languages(self, codes: Iterable[str]) -> None:
        """Tick exactly `codes` (a case's print languages) without emitting `changed`."""
        wanted = set(codes)
        for code, check in self.language_boxes.items():
            check.blockSignals(True)
            check.setChecked(code in wanted)
            check.blockSignals(False)

    def _doc_toggled(self, key: Doc | str, on: bool) -> None:
        # The whole Laufzettel and its continuation exclude each other.
        other = {Doc.LAUFZETTEL: CONTINUATION, CONTINUATION: Doc.LAUFZETTEL}.get(key)
        if on and other is not None:
            self.doc_boxes[other].setChecked(False)
        self.changed.emit()

    def _own_languages_toggled(self, on: bool) -> None:
        for check in self.language_boxes.values():
            check.setEnabled(not on)
        self.changed.emit()

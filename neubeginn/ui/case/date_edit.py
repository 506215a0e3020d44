"""DateEdit: an exact date that may be left empty (issued on, valid until, consent dates)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget


class DateEdit(QLineEdit):
    """A line edit for "17.05.2026"; empty means no date.

    QDateEdit cannot be empty, and "no expiry date known" is a real answer here.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.setMaxLength(10)

    def value(self) -> dt.date | None:
        text = self.text().strip()
        try:
            day, month, year = (int(part) for part in text.split("."))
            return dt.date(year, month, day) if 1900 <= year <= 2200 else None
        except ValueError:
            return None

    def set_value(self, value: dt.date | None) -> None:
        self.setText(value.strftime("%d.%m.%Y") if value else "")

    def problem(self) -> str | None:
        if not self.text().strip() or self.value() is not None:
            return None
        return self.tr("Bitte das Datum als TT.MM.JJJJ eingeben.")

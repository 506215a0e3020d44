"""PartialDateEdit: a date of birth known to the year, to month and year, or exactly."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLineEdit, QWidget

from neubeginn.model import PartialDate

# "1990", "05.1990", "5.1990", "17.05.1990"; ISO "1990-05-17" is read as well, for pasting.
_GERMAN = re.compile(r"^(?:(?:(\d{1,2})\.)?(\d{1,2})\.)?(\d{4})$")


def parse_partial_date(text: str) -> PartialDate:
    """Read a partial date as staff type it; ValueError when it is no such date."""
    text = text.strip()
    match = _GERMAN.match(text)
    if match is None:
        return PartialDate.parse(text)
    day, month, year = match.groups()
    return PartialDate(int(year), int(month) if month else None, int(day) if day else None)


def format_partial_date(value: PartialDate | None) -> str:
    if value is None:
        return ""
    if value.month is None:
        return f"{value.year:04d}"
    if value.day is None:
        return f"{value.month:02d}.{value.year:04d}"
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


class PartialDateEdit(QLineEdit):
    """A line edit for "1990", "05.1990" or "17.05.1990"; empty means unknown.

    An unreadable text is not thrown away: problem() words it, so the form can show it at the
    field and keep Save disabled until it is fixed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("JJJJ, MM.JJJJ oder TT.MM.JJJJ"))
        self.setMaxLength(10)

    def value(self) -> PartialDate | None:
        try:
            return parse_partial_date(self.text()) if self.text().strip() else None
        except ValueError:
            return None

    def set_value(self, value: PartialDate | None) -> None:
        self.setText(format_partial_date(value))

    def problem(self) -> str | None:
        if not self.text().strip() or self.value() is not None:
            return None
        return self.tr("Bitte das Datum als JJJJ, MM.JJJJ oder TT.MM.JJJJ eingeben (ab 1900).")

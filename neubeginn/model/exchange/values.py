"""Typed readers of imported values that record a problem, with its path, instead of raising."""

from __future__ import annotations

import datetime as dt
import enum
import re

from neubeginn.model.codes import Code
from neubeginn.model.domain.validation import (
    BERLIN,
    FIRST_YEAR,
    LAST_YEAR,
    Problem,
    clean_text,
    displayable,
    skipped_by_clock_change,
)
from neubeginn.model.domain.values import PartialDate
from neubeginn.model.errors import Refused

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?)?$"
)
_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class ImportProblems(Refused):
    """An import file was refused as a whole; `problems` lists every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("file", Code.IMPORT_REFUSED, problems)


class Reader:
    """Turns raw values into typed ones; a bad value is noted and a neutral one returned.

    Reading goes on after a problem so that one pass lists every problem of a file.
    """

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: str, code: Code, /, **params: str | int) -> None:
        self.problems.append(Problem(path, code, params))

    def _string(self, value: object, path: str) -> str | None:
        if isinstance(value, str):
            return value
        self.add(path, Code.TEXT_EXPECTED)
        return None

    def text(self, value: object, path: str, *, multiline: bool = False) -> str:
        """A text field, cleaned (bidi controls out, NFC); null reads as empty."""
        if value is None:
            return ""
        text = self._string(value, path)
        return "" if text is None else clean_text(text, multiline=multiline)

    def choice[E: enum.StrEnum](self, value: object, kind: type[E], path: str) -> E | None:
        """A value of an enumeration, matched without regard to case."""
        if value is None or value == "":
            self.add(path, Code.VALUE_MISSING)
            return None
        text = self._string(value, path)
        if text is None:
            return None
        for member in kind:
            if member.value.casefold() == text.strip().casefold():
                return member
        allowed = ", ".join(member.value for member in kind)
        self.add(path, Code.UNKNOWN_VALUE, value=displayable(text), allowed=allowed)
        return None

    def date(self, value: object, path: str) -> dt.date | None:
        """A calendar date YYYY-MM-DD; null reads as "not given"."""
        if value is None:
            return None
        text = self._string(value, path)
        if text is None:
            return None
        if _DATE.match(text.strip()):
            try:
                return dt.date.fromisoformat(text.strip())
            except ValueError:
                pass
        self.add(path, Code.NOT_ISO_DATE, value=displayable(text))
        return None

    def partial_date(self, value: object, path: str) -> PartialDate | None:
        """A birth date known to the year, year and month, or day; null reads as unknown."""
        if value is None:
            return None
        text = self._string(value, path)
        if text is None:
            return None
        match = _PARTIAL.match(text.strip())
        if match and int(match.group(1)) < 1900:
            self.add(path, Code.BIRTH_DATE_BEFORE_1900)
            return None
        if match:
            try:
                return PartialDate.parse(text)
            except ValueError:
                pass
        self.add(path, Code.NOT_PARTIAL_DATE, value=displayable(text))
        return None

    def moment(self, value: object, path: str) -> dt.datetime | None:
        """A date or date and time (ISO 8601), as an aware datetime in Europe/Berlin.

        Without an offset the time is Berlin local time; a date alone means its midnight.
        """
        if value is None:
            return None
        text = self._string(value, path)
        if text is None:
            return None
        text = text.strip()
        if not _MOMENT.match(text):
            self.add(path, Code.NOT_ISO_MOMENT, value=displayable(text))
            return None
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            self.add(path, Code.NOT_A_DATE, value=displayable(text))
            return None
        if not FIRST_YEAR <= moment.year <= LAST_YEAR:
            self.add(path, Code.DATE_OUT_OF_RANGE, first=FIRST_YEAR, last=LAST_YEAR)
            return None
        if moment.tzinfo is not None:
            return moment.astimezone(BERLIN)
        local = moment.replace(tzinfo=BERLIN)  # a time that happens twice: the first
        if skipped_by_clock_change(local):
            self.add(path, Code.TIME_SKIPPED, value=text)
            return None
        return local

    def boolean(self, value: object, path: str, *, default: bool | None = None) -> bool:
        """true or false; a missing value is a problem unless there is a default."""
        if isinstance(value, bool):
            return value
        if value is None and default is not None:
            return default
        self.add(path, Code.VALUE_MISSING if value is None else Code.BOOLEAN_EXPECTED)
        return False

    def integer(self, value: object, path: str) -> int | None:
        """A whole number; null reads as "not given"."""
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        self.add(path, Code.INTEGER_EXPECTED)
        return None

    def items(self, value: object, path: str) -> list[object]:
        """A list; null reads as empty."""
        if value is None:
            return []
        if isinstance(value, list):
            return value
        self.add(path, Code.LIST_EXPECTED)
        return []

    def fields(
        self, value: object, path: str, *, required: frozenset[str], optional: frozenset[str]
    ) -> dict[str, object] | None:
        """An object with known keys: unknown keys and missing required keys are problems.

        Unknown keys are refused rather than skipped, so a typo cannot silently lose data.
        """
        if not isinstance(value, dict):
            self.add(path, Code.OBJECT_EXPECTED)
            return None
        for key in value:
            if key not in required and key not in optional:
                self.add(f"{path}.{displayable(key)}", Code.UNKNOWN_KEY, key=displayable(key))
        for key in sorted(required - value.keys()):
            self.add(f"{path}.{key}", Code.VALUE_MISSING)
        return value

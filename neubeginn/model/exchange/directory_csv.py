"""The agency directory from the city's spreadsheet: CSV, one row per agency, all or none."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

from neubeginn.model.domain.validation import Problem, clean_text, displayable, quoted
from neubeginn.model.domain.values import Agency, Topic
from neubeginn.model.exchange.csv_format import guess_delimiter
from neubeginn.model.exchange.values import MISSING, ImportProblems

#: The columns, named as the fields of an Agency (docs/case-format.md, "The agency directory").
DIRECTORY_COLUMNS: tuple[str, ...] = (
    "name",
    "short_name",
    "address",
    "phone",
    "email",
    "opening_hours",
    "topics",
)
_MULTILINE = frozenset({"address", "opening_hours"})
_TOPIC_SEPARATOR = re.compile(r"[,;\s]+")

#: Checks one agency; gives (field, German message) for each problem (the directory's rules).
AgencyCheck = Callable[[Agency], list[tuple[str, str]]]


def _topics(cell: str, where: str, problems: list[Problem]) -> tuple[Topic, ...]:
    """ "asyl, beratung geld" as topics, in the cell's order (the first is the main one)."""
    chosen: dict[Topic, None] = {}
    for code in filter(None, _TOPIC_SEPARATOR.split(cell)):
        topic = next((t for t in Topic if t.value == code.casefold()), None)
        if topic is None:
            allowed = ", ".join(t.value for t in Topic)
            message = f"Unbekanntes Thema {quoted(code)}. Erlaubt sind: {allowed}."
            problems.append(Problem(where, message))
        else:
            chosen[topic] = None
    return tuple(chosen)


def _records(text: str, problems: list[Problem]) -> tuple[list[str], list[list[str]]]:
    """The header (lower case) and the data rows, or problems with the file as a whole."""
    text = text.removeprefix("\ufeff")
    separator = guess_delimiter(text.split("\n")[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        records = list(reader)
    except csv.Error as error:
        problems.append(
            Problem(f"row {reader.line_num}", f"Die Zeile ist kein gültiges CSV: {error}.")
        )
        return [], []
    if not records:
        problems.append(Problem("row 1", "Die Datei ist leer."))
        return [], []
    header = [name.strip().lower() for name in records[0]]
    for index, name in enumerate(header):
        if name and name not in DIRECTORY_COLUMNS:
            where = f"row 1, column {displayable(name)}"
            allowed = ", ".join(DIRECTORY_COLUMNS)
            message = f"Unbekannte Spalte {quoted(name)}. Erlaubt sind: {allowed}."
            problems.append(Problem(where, message))
        elif name in header[:index]:
            problems.append(Problem(f"row 1, column {name}", "Die Spalte ist doppelt vorhanden."))
    if "name" not in header:
        problems.append(Problem("row 1, column name", "Die Spalte fehlt."))
    return header, records[1:]


def parse_directory_csv(text: str, *, check: AgencyCheck | None = None) -> list[Agency]:
    """The agencies of a CSV text, one row per agency, all of them or none.

    The delimiter is ";", "," or tab, whichever the header line uses; a BOM is ignored;
    blank rows are skipped. Texts are cleaned as in case files (bidi controls out, NFC,
    trimmed). `check` applies the directory's rules to each agency read.

    Raises:
        ImportProblems: every problem as "row N, column X" with a German message, in the
            file's order; nothing was read then.
    """
    problems: list[Problem] = []
    header, rows = _records(text, problems)
    if problems:
        raise ImportProblems(problems)
    agencies: list[Agency] = []
    first_row: dict[str, int] = {}  # name (casefolded): the row that has it
    for number, record in enumerate(rows, start=2):
        if not any(cell.strip() for cell in record):
            continue  # spreadsheets leave blank rows, and rows of bare separators
        if any(cell.strip() for cell in record[len(header) :]):
            problems.append(
                Problem(f"row {number}", "Die Zeile hat mehr Zellen als die Kopfzeile.")
            )
        cells = {
            name: clean_text(cell, multiline=name in _MULTILINE)
            for name, cell in zip(header, record, strict=False)
            if name
        }
        topics = _topics(cells.pop("topics", ""), f"row {number}, column topics", problems)
        agency = Agency(**cells, topics=topics)
        if not agency.name:
            problems.append(Problem(f"row {number}, column name", MISSING))
            continue
        key = agency.name.casefold()
        if key in first_row:
            problems.append(
                Problem(
                    f"row {number}, column name",
                    f"{quoted(agency.name)} steht schon in Zeile {first_row[key]}.",
                )
            )
            continue
        first_row[key] = number
        for field, message in check(agency) if check is not None else ():
            problems.append(Problem(f"row {number}, column {field}", message))
        agencies.append(agency)
    if not agencies and not problems:
        problems.append(Problem("row 2", "Die Datei enthält keine Beratungsstellen."))
    if problems:
        raise ImportProblems(problems)
    return agencies

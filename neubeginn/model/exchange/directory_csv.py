"""The agency directory from the city's spreadsheet: CSV, one row per agency, all or none."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Callable

from neubeginn.model.codes import Code
from neubeginn.model.domain.validation import Problem, clean_text, displayable
from neubeginn.model.domain.values import Agency, Topic
from neubeginn.model.exchange.csv_format import guess_delimiter
from neubeginn.model.exchange.values import ImportProblems

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

#: Checks one agency; gives a problem at the field for each rule it breaks (the directory's).
AgencyCheck = Callable[[Agency], list[Problem]]


def _topics(cell: str, where: str, problems: list[Problem]) -> tuple[Topic, ...]:
    """ "asyl, beratung geld" as topics, in the cell's order (the first is the main one)."""
    chosen: dict[Topic, None] = {}
    for code in filter(None, _TOPIC_SEPARATOR.split(cell)):
        topic = next((t for t in Topic if t.value == code.casefold()), None)
        if topic is None:
            allowed = ", ".join(t.value for t in Topic)
            unknown: dict[str, str | int] = {"value": displayable(code), "allowed": allowed}
            problems.append(Problem(where, Code.UNKNOWN_TOPIC, unknown))
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
        problems.append(Problem(f"row {reader.line_num}", Code.NOT_CSV, {"detail": str(error)}))
        return [], []
    if not records:
        problems.append(Problem("row 1", Code.FILE_EMPTY))
        return [], []
    header = [name.strip().lower() for name in records[0]]
    for index, name in enumerate(header):
        if name and name not in DIRECTORY_COLUMNS:
            where = f"row 1, column {displayable(name)}"
            allowed = ", ".join(DIRECTORY_COLUMNS)
            unknown: dict[str, str | int] = {"name": displayable(name), "allowed": allowed}
            problems.append(Problem(where, Code.UNKNOWN_COLUMN_OF, unknown))
        elif name in header[:index]:
            problems.append(Problem(f"row 1, column {name}", Code.COLUMN_TWICE))
    if "name" not in header:
        problems.append(Problem("row 1, column name", Code.COLUMN_MISSING))
    return header, records[1:]


def parse_directory_csv(text: str, *, check: AgencyCheck | None = None) -> list[Agency]:
    """The agencies of a CSV text, one row per agency, all of them or none.

    The delimiter is ";", "," or tab, whichever the header line uses; a BOM is ignored;
    blank rows are skipped. Texts are cleaned as in case files (bidi controls out, NFC,
    trimmed). `check` applies the directory's rules to each agency read.

    Raises:
        ImportProblems: every problem at "row N, column X" with its code, in the
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
            problems.append(Problem(f"row {number}", Code.ROW_TOO_LONG))
        cells = {
            name: clean_text(cell, multiline=name in _MULTILINE)
            for name, cell in zip(header, record, strict=False)
            if name
        }
        topics = _topics(cells.pop("topics", ""), f"row {number}, column topics", problems)
        agency = Agency(**cells, topics=topics)
        if not agency.name:
            problems.append(Problem(f"row {number}, column name", Code.VALUE_MISSING))
            continue
        key = agency.name.casefold()
        if key in first_row:
            twice: dict[str, str | int] = {"name": displayable(agency.name), "row": first_row[key]}
            problems.append(Problem(f"row {number}, column name", Code.AGENCY_TWICE, twice))
            continue
        first_row[key] = number
        for problem in check(agency) if check is not None else ():
            where = f"row {number}, column {problem.path}"
            problems.append(dataclasses.replace(problem, path=where))
        agencies.append(agency)
    if not agencies and not problems:
        problems.append(Problem("row 2", Code.NO_AGENCIES))
    if problems:
        raise ImportProblems(problems)
    return agencies

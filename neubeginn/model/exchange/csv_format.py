"""Households from a spreadsheet: CSV, one row per member (docs/case-format.md), all or none."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
from dataclasses import dataclass, field

from neubeginn.model.codes import Code
from neubeginn.model.domain.validation import Problem, displayable
from neubeginn.model.domain.values import Case
from neubeginn.model.exchange.json_format import FORMAT
from neubeginn.model.exchange.json_reader import read_document
from neubeginn.model.exchange.values import ImportProblems

#: Columns that describe the household; its rows should agree on them (blank cells are fine).
CASE_COLUMNS: tuple[str, ...] = (
    "household",
    "case_number",
    "folder_version",
    "issuing_office",
    "issued_on",
    "accommodation",
    "print_languages",
)
#: Columns that describe the member of the row, named as the keys of the JSON format.
MEMBER_COLUMNS: tuple[str, ...] = (
    "family_name",
    "given_names",
    "native_name",
    "birth_date",
    "sex",
    "nationality",
    "relationship",
    "languages",
    "german_level",
    "literacy",
    "schooling_years",
    "last_school",
    "certificates",
    "vocational_training",
    "work_experience",
    "residence_status",
    "residence_paragraph",
    "residence_issued_on",
    "residence_valid_until",
    "phone",
    "bamf_number",
    "jobcenter_number",
    "notes",
)
COLUMNS = CASE_COLUMNS + MEMBER_COLUMNS
REQUIRED_COLUMNS: frozenset[str] = frozenset(
    {"household", "folder_version", "family_name", "given_names", "sex", "nationality"}
) | {"relationship", "german_level"}
# Required cells that may still be blank: a birth date nobody knows.
_MAY_BE_BLANK = frozenset({"birth_date"})

_LIST_SEPARATOR = re.compile(r"[,\s]+")
_FILE_PATH = re.compile(r"^\$\.cases\[(\d+)\](?:\.members\[(\d+)\])?(?:\.(\w+))?")


@dataclass
class _Household:
    """The rows of one household: member rows in order, and where each case value came from."""

    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    source: dict[str, int] = field(default_factory=dict)


def decode_csv(data: bytes) -> str:
    """The text of a CSV file in UTF-8, with or without byte order mark.

    Raises:
        ImportProblems: the file is in another encoding (Excel's plain "CSV" in Windows-1252).
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportProblems([Problem(f"row {line}", Code.NOT_UTF8)]) from None


def guess_delimiter(header_line: str) -> str:
    # German Excel writes ";", most other tools ","; header names never contain either.
    return max((";", ",", "\t"), key=header_line.count)


def _languages(cell: str, where: str, problems: list[Problem]) -> list[dict[str, object]]:
    """ "ar:native, de:basic:interpreter" as the JSON format's language objects."""
    spoken: list[dict[str, object]] = []
    for item in _LIST_SEPARATOR.split(cell.strip()):
        parts = item.split(":")
        if len(parts) not in (2, 3) or (len(parts) == 3 and parts[2].lower() != "interpreter"):
            problems.append(Problem(where, Code.BAD_LANGUAGE_ITEM, {"item": displayable(item)}))
            continue
        spoken.append({"code": parts[0], "level": parts[1], "interpreter": len(parts) == 3})
    return spoken


def _member(row: int, cells: dict[str, str], problems: list[Problem]) -> dict[str, object]:
    member: dict[str, object] = {}
    for column in MEMBER_COLUMNS:
        value = cells.get(column, "")
        where = f"row {row}, column {column}"
        if not value:
            if column in REQUIRED_COLUMNS:
                problems.append(Problem(where, Code.VALUE_MISSING))
            if column in REQUIRED_COLUMNS | _MAY_BE_BLANK:
                member[column] = None
        elif column == "languages":
            member[column] = _languages(value, where, problems)
        elif column == "schooling_years":
            try:
                member[column] = int(value)
            except ValueError:
                problems.append(Problem(where, Code.INTEGER_EXPECTED))
        else:
            member[column] = value
    return member


def _case(household: _Household, problems: list[Problem]) -> dict[str, object]:
    """The household's JSON case; its case values come from the first row that has them."""
    first_row = household.rows[0][0]
    values: dict[str, str] = {}
    for row, cells in household.rows:
        for column in CASE_COLUMNS[1:]:
            value = cells.get(column, "")
            if value and column not in values:
                values[column] = value
                household.source[column] = row
            elif value and value != values[column]:
                differs: dict[str, str | int] = {
                    "value": displayable(value),
                    "row": household.source[column],
                    "first": displayable(values[column]),
                }
                problems.append(Problem(f"row {row}, column {column}", Code.CELL_DIFFERS, differs))
    if "folder_version" not in values:
        problems.append(Problem(f"row {first_row}, column folder_version", Code.VALUE_MISSING))
    case: dict[str, object] = {
        "folder_version": values.get("folder_version"),
        "accommodation": values.get("accommodation", ""),
        "print_languages": _LIST_SEPARATOR.split(values.get("print_languages", "").strip())
        if values.get("print_languages")
        else [],
        "members": [_member(row, cells, problems) for row, cells in household.rows],
    }
    for column in ("case_number", "issuing_office", "issued_on"):
        if column in values:
            case[column] = values[column]
    return case


def _read_rows(text: str, problems: list[Problem]) -> dict[str, _Household]:
    """Check the header and group the data rows by household, in the order they appear."""
    text = text.removeprefix("\ufeff")
    separator = guess_delimiter(text.split("\n")[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        records = list(reader)
    except csv.Error as error:
        problems.append(Problem(f"row {reader.line_num}", Code.NOT_CSV, {"detail": str(error)}))
        return {}
    if not records:
        problems.append(Problem("row 1", Code.FILE_EMPTY))
        return {}
    header = [name.strip().lower() for name in records[0]]
    for index, name in enumerate(header):
        if name and name not in COLUMNS:
            where = f"row 1, column {displayable(name)}"
            problems.append(Problem(where, Code.UNKNOWN_COLUMN, {"name": displayable(name)}))
        elif name in header[:index]:
            problems.append(Problem(f"row 1, column {name}", Code.COLUMN_TWICE))
    for name in sorted(REQUIRED_COLUMNS - set(header)):
        problems.append(Problem(f"row 1, column {name}", Code.COLUMN_MISSING))
    if problems:
        return {}
    households: dict[str, _Household] = {}
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue  # spreadsheets leave blank rows, and rows of bare separators
        if any(cell.strip() for cell in record[len(header) :]):
            problems.append(Problem(f"row {number}", Code.ROW_TOO_LONG))
        cells = {name: cell.strip() for name, cell in zip(header, record, strict=False) if name}
        if not cells["household"]:
            problems.append(Problem(f"row {number}, column household", Code.VALUE_MISSING))
            continue
        households.setdefault(cells["household"], _Household()).rows.append((number, cells))
    if not households and not problems:
        problems.append(Problem("row 2", Code.NO_HOUSEHOLD_MEMBERS))
    return households


def _csv_path(path: str, households: list[_Household]) -> str:
    """ "$.cases[1].members[0].birth_date" as "row 5, column birth_date"."""
    match = _FILE_PATH.match(path)
    if match is None:
        return path
    case_index, member_index, key = match.groups()
    household = households[int(case_index)]
    if member_index is not None:
        row = household.rows[int(member_index)][0]
    else:
        row = household.source.get(key or "", household.rows[0][0])
    if key is None:
        return f"row {row}"
    return f"row {row}, column {'household' if key == 'members' else key}"


def parse_csv(text: str, *, today: dt.date) -> list[Case]:
    """The households of a CSV text, one row per member, all of them or none.

    The delimiter is ";", "," or tab, whichever the header line uses; a BOM is ignored.

    Raises:
        ImportProblems: listing every problem as "row N, column X"; nothing was read then.
    """
    problems: list[Problem] = []
    households = list(_read_rows(text, problems).values())
    document = {"format": FORMAT, "cases": [_case(h, problems) for h in households]}
    if problems and not households:
        raise ImportProblems(problems)
    cases, found = read_document(document, today=today, agencies={})
    # A cell the CSV reading already found wrong (a blank required cell) is reported once.
    reported = {problem.path for problem in problems}
    for problem in found:
        moved = dataclasses.replace(problem, path=_csv_path(problem.path, households))
        if moved.path not in reported and moved not in problems:
            problems.append(moved)
    if problems:
        raise ImportProblems(problems)
    return cases

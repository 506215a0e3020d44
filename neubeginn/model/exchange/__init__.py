"""Import and export: cases as "neubeginn-case/1" JSON and as CSV; the agency directory as CSV."""

from neubeginn.model.exchange.csv_format import (
    CASE_COLUMNS,
    COLUMNS,
    MEMBER_COLUMNS,
    REQUIRED_COLUMNS,
    decode_csv,
    parse_csv,
)
from neubeginn.model.exchange.directory_csv import (
    DIRECTORY_COLUMNS,
    AgencyCheck,
    parse_directory_csv,
)
from neubeginn.model.exchange.json_format import FORMAT
from neubeginn.model.exchange.json_reader import parse_cases, read_document
from neubeginn.model.exchange.json_writer import dump_cases
from neubeginn.model.exchange.values import ImportProblems

__all__ = [
    "CASE_COLUMNS",
    "COLUMNS",
    "DIRECTORY_COLUMNS",
    "FORMAT",
    "MEMBER_COLUMNS",
    "REQUIRED_COLUMNS",
    "AgencyCheck",
    "ImportProblems",
    "decode_csv",
    "dump_cases",
    "parse_cases",
    "parse_csv",
    "parse_directory_csv",
    "read_document",
]

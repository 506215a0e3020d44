"""Import and export of cases: the JSON format "neubeginn-case/1" and spreadsheets as CSV."""

from neubeginn.model.exchange.csv_format import (
    CASE_COLUMNS,
    COLUMNS,
    MEMBER_COLUMNS,
    REQUIRED_COLUMNS,
    decode_csv,
    parse_csv,
)
from neubeginn.model.exchange.json_format import FORMAT, dump_cases, parse_cases, read_document
from neubeginn.model.exchange.values import ImportProblems

__all__ = [
    "CASE_COLUMNS",
    "COLUMNS",
    "FORMAT",
    "MEMBER_COLUMNS",
    "REQUIRED_COLUMNS",
    "ImportProblems",
    "decode_csv",
    "dump_cases",
    "parse_cases",
    "parse_csv",
    "read_document",
]

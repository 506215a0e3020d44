"""The demo vault's agency directory, data/agencies.csv: real names, made-up contacts.

The file is in the format of the city's own directory (docs/case-format.md), so a demo vault
gets it through the same import a real vault uses. Addresses, phone numbers and e-mail
addresses are made up: the numbers use "000" after the Herne prefix, which no real line has,
and the e-mail domains end in the reserved ".example". Real vaults never get this list.
"""

from __future__ import annotations

from neubeginn.demo.data_files import DATA
from neubeginn.model.domain.values import Agency
from neubeginn.model.exchange import parse_directory_csv

#: What tells a made-up phone number of this list from a real one.
DEMO_PHONE_PREFIX = "02323 000-"


def demo_directory_csv() -> str:
    """The demo directory as the CSV text a directory import reads."""
    return DATA.joinpath("agencies.csv").read_text(encoding="utf-8")


def demo_agencies() -> list[Agency]:
    """The demo directory's agencies, in the file's order; `uuid` stays empty."""
    return parse_directory_csv(demo_directory_csv())

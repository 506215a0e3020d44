"""Validation of cases, members and Laufzettel entries: each problem a path, a code and its
parameters (neubeginn.model.wording words them for desk staff).

One module per record kind (`case`, `member`, `entry`), on the shared checks of `problems`;
the rest of the model imports the names below from here.
"""

from neubeginn.model.domain.validation.case import validate_case
from neubeginn.model.domain.validation.entry import (
    BERLIN,
    FIRST_YEAR,
    LAST_YEAR,
    skipped_by_clock_change,
    validate_entry,
)
from neubeginn.model.domain.validation.member import (
    RELATIONSHIP_LABELS,
    RELATIONSHIPS,
    STATELESS,
    UNKNOWN_NATIONALITY,
    nationality_codes,
    validate_member,
)
from neubeginn.model.domain.validation.problems import Problem, clean_text, displayable

__all__ = [
    "BERLIN",
    "FIRST_YEAR",
    "LAST_YEAR",
    "RELATIONSHIPS",
    "RELATIONSHIP_LABELS",
    "STATELESS",
    "UNKNOWN_NATIONALITY",
    "Problem",
    "clean_text",
    "displayable",
    "nationality_codes",
    "skipped_by_clock_change",
    "validate_case",
    "validate_entry",
    "validate_member",
]

"""Validation of a household member, and the values a member's fields may take:
relationships to the head of household and nationality codes."""

from __future__ import annotations

import datetime as dt
import functools

from babel import Locale

from neubeginn.model.codes import Code
from neubeginn.model.domain.validation.problems import (
    LONG_TEXT_LIMIT,
    NAME_LIMIT,
    Checker,
    Problem,
    displayable,
)
from neubeginn.model.domain.values import (
    GermanLevel,
    LanguageLevel,
    Literacy,
    Member,
    ResidenceStatus,
    Sex,
)

MAX_SCHOOLING_YEARS = 30

#: Relationship to the head of household, as stored in Member.relationship.
RELATIONSHIPS: tuple[str, ...] = (
    "head",
    "spouse",
    "partner",
    "child",
    "stepchild",
    "parent",
    "sibling",
    "grandchild",
    "grandparent",
    "other_relative",
    "other",
)
RELATIONSHIP_LABELS: dict[str, str] = {
    "head": "Haushaltsvorstand",
    "spouse": "Ehepartner/in",
    "partner": "Lebenspartner/in",
    "child": "Kind",
    "stepchild": "Stiefkind",
    "parent": "Elternteil",
    "sibling": "Geschwister",
    "grandchild": "Enkelkind",
    "grandparent": "Großelternteil",
    "other_relative": "andere/r Verwandte/r",
    "other": "andere Person",
}

#: Nationality codes beyond ISO 3166: stateless (ICAO's "XXA" in two letters) and unknown.
STATELESS, UNKNOWN_NATIONALITY = "XX", "ZZ"

# Two-letter CLDR territories that are groupings nobody holds the nationality of:
# European Union, Eurozone, United Nations, Outlying Oceania.
_NOT_NATIONALITIES = frozenset({"EU", "EZ", "UN", "QO"})


@functools.cache
def nationality_codes() -> frozenset[str]:
    """ISO 3166 alpha-2 codes known to CLDR, plus "XX" stateless and "ZZ" unknown."""
    codes = {str(code) for code in Locale("de").territories}
    codes = {code for code in codes if len(code) == 2 and code.isalpha()}
    return frozenset(codes - _NOT_NATIONALITIES | {STATELESS, UNKNOWN_NATIONALITY})


def validate_member(member: Member, *, path: str, today: dt.date) -> list[Problem]:
    """Problems of one household member; an empty list means valid."""
    check = Checker()
    check.text(
        member.family_name,
        f"{path}.family_name",
        limit=NAME_LIMIT,
        missing=Code.FAMILY_NAME_MISSING,
    )
    check.text(
        member.given_names,
        f"{path}.given_names",
        limit=NAME_LIMIT,
        missing=Code.GIVEN_NAMES_MISSING,
    )
    check.text(member.native_name, f"{path}.native_name", limit=NAME_LIMIT)
    check.choice(member.sex, Sex, f"{path}.sex")
    # PartialDate itself refuses years before 1900; the importers word that case.
    birth = member.birth_date
    if birth is not None and birth.earliest() > today:
        check.add(f"{path}.birth_date", Code.BIRTH_DATE_IN_FUTURE)
    if member.nationality not in nationality_codes():
        check.add(
            f"{path}.nationality", Code.UNKNOWN_NATIONALITY, value=displayable(member.nationality)
        )
    if member.relationship not in RELATIONSHIPS:
        check.add(
            f"{path}.relationship",
            Code.UNKNOWN_RELATIONSHIP,
            value=displayable(member.relationship),
            allowed=", ".join(RELATIONSHIPS),
        )
    seen: set[str] = set()
    for index, spoken in enumerate(member.languages):
        here = f"{path}.languages[{index}]"
        check.language(spoken.code, f"{here}.code")
        if spoken.code in seen:
            check.add(f"{here}.code", Code.LANGUAGE_TWICE, code=displayable(spoken.code))
        seen.add(spoken.code)
        check.choice(spoken.level, LanguageLevel, f"{here}.level")
        if not isinstance(spoken.interpreter, bool):
            check.add(f"{here}.interpreter", Code.YES_NO_EXPECTED)
    check.choice(member.german_level, GermanLevel, f"{path}.german_level")
    check.choice(member.literacy, Literacy, f"{path}.literacy")
    years = member.schooling_years
    if years is not None and not (
        type(years) is int and 0 <= years <= MAX_SCHOOLING_YEARS  # bool is no count of years
    ):
        check.add(f"{path}.schooling_years", Code.SCHOOLING_YEARS_RANGE, limit=MAX_SCHOOLING_YEARS)
    for name in ("last_school", "certificates", "vocational_training", "work_experience"):
        check.text(getattr(member, name), f"{path}.{name}")
    if member.residence_status is not None:
        check.choice(member.residence_status, ResidenceStatus, f"{path}.residence_status")
    check.text(member.residence_paragraph, f"{path}.residence_paragraph")
    issued, until = member.residence_issued_on, member.residence_valid_until
    check.not_after_today(issued, today, f"{path}.residence_issued_on")
    if issued is not None and birth is not None and issued < birth.earliest():
        check.add(f"{path}.residence_issued_on", Code.RESIDENCE_ISSUED_BEFORE_BIRTH)
    if until is not None and issued is not None and until < issued:
        check.add(f"{path}.residence_valid_until", Code.RESIDENCE_EXPIRES_BEFORE_ISSUE)
    elif until is not None and birth is not None and until < birth.earliest():
        check.add(f"{path}.residence_valid_until", Code.RESIDENCE_EXPIRED_BEFORE_BIRTH)
    for name in ("phone", "bamf_number", "jobcenter_number", "uuid"):
        check.text(getattr(member, name), f"{path}.{name}")
    check.text(member.notes, f"{path}.notes", limit=LONG_TEXT_LIMIT, multiline=True)
    return check.problems

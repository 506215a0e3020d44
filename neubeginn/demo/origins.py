"""Origins of the demo households and what is typical of each, read from data/origins.toml."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from neubeginn.demo.data_files import read_toml
from neubeginn.demo.names import Name, names_of
from neubeginn.model.domain.values import LanguageLevel, ResidenceStatus

# Household shapes; Origin.shapes weights them in this order.
SINGLE, COUPLE, FAMILY, LONE_PARENT, WITH_PARENTS, WITH_GRANDCHILDREN, SIBLINGS = range(7)
SHAPES = range(7)
TEMPORARY_PROTECTION = "§ 24 AufenthG"  # Ukrainians: their permits run longer

Residence = tuple[tuple[ResidenceStatus, str, float], ...]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a household comes from, and what is typical of households from there.

    Shares are probabilities per household or per adult; jobs are "male/female" job titles
    (one side empty where the job is rare for that sex), "*" marking those needing a degree.
    """

    weight: float  # of the origin among all households
    nationality: str
    male: tuple[Name, ...]
    female: tuple[Name, ...]
    family: tuple[Name, ...]  # empty: the family name in the papers is the father's given name
    mother_tongues: tuple[tuple[str, float], ...]
    other_languages: tuple[tuple[str, LanguageLevel, float], ...]
    interpret_in: tuple[str, ...]  # interpreter languages, preferred first; empty: none needed
    print_languages: tuple[tuple[tuple[str, ...], float], ...]  # "*": the mother tongue
    country: str  # in German, for schools and work
    cities: tuple[str, ...]
    bamf_code: str  # country code of the BAMF file number
    residence: Residence
    shapes: tuple[float, ...]
    children: tuple[float, ...]  # weights of 1..8 children
    male_single: float
    stateless: float  # households without nationality ("XX")
    unclear: float  # households of unclear nationality ("ZZ")
    spouse_takes_name: bool
    gendered_family: bool  # Russian and Ukrainian feminine surname forms
    year_only: float  # birth dates known only to the year
    year_month: float
    illiterate: float
    own_script_only: float
    housework: float  # women whose work history is the household
    double_given: float  # people with two given names
    jobs: tuple[str, ...]


def _origin(raw: dict[str, Any], data: dict[str, Any]) -> Origin:
    """One [[origin]] of the file, its gaps filled from [defaults], its references resolved."""
    fields = data["defaults"] | raw
    kinds = data["residence"]
    return Origin(
        **{key: tuple(value) if isinstance(value, list) else value for key, value in fields.items()}
        | {
            "male": names_of(fields["male"]),
            "female": names_of(fields["female"]),
            "family": names_of(fields["family"]),
            "mother_tongues": tuple((code, share) for code, share in fields["mother_tongues"]),
            "other_languages": tuple(
                (code, LanguageLevel(level), share)
                for code, level, share in fields["other_languages"]
            ),
            "print_languages": tuple(
                (tuple(codes), share) for codes, share in fields["print_languages"]
            ),
            "residence": tuple(
                (ResidenceStatus(kinds[kind][0]), kinds[kind][1], weight)
                for kind, weight in fields["residence"]
            ),
            "children": tuple(data["children"][fields["children"]]),
        }
    )


@functools.cache
def origins() -> tuple[Origin, ...]:
    """Every origin, in the file's order."""
    data = read_toml("origins.toml")
    return tuple(_origin(raw, data) for raw in data["origin"])


@functools.cache
def jobs() -> tuple[str, ...]:
    """Jobs anyone may have had, besides those typical of their origin."""
    return tuple(read_toml("origins.toml")["work"]["jobs"])


@functools.cache
def study_fields() -> tuple[str, ...]:
    return tuple(read_toml("origins.toml")["work"]["study_fields"])

"""Small fictional households and agency directory for the model tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

from neubeginn.model.domain.validation import Problem
from neubeginn.model.domain.values import (
    Agency,
    Case,
    Consent,
    EntryStatus,
    FolderVersion,
    GermanLevel,
    LanguageLevel,
    LaufzettelEntry,
    Literacy,
    Member,
    PartialDate,
    ResidenceStatus,
    ServiceContact,
    Sex,
    SpokenLanguage,
    Topic,
)
from neubeginn.model.wording import describe

if TYPE_CHECKING:
    from neubeginn.model.core.vault import Vault

BERLIN = ZoneInfo("Europe/Berlin")

# A real vault starts with an empty directory; tests that need agencies add these (as an
# administrator would import the city's list). The phone numbers are made up for tests.
DIRECTORY = (
    Agency(
        "Caritasverband Herne e.V.",
        "Caritas",
        "Hauptstraße 94, 44651 Herne",
        "02323 555-0100",
        "beratung@caritas.test",
        "Mo–Do 9:00–12:00",
        (Topic.ASYL, Topic.BERATUNG, Topic.GELD),
    ),
    Agency(
        "Deutsches Rotes Kreuz Kreisverband Herne und Wanne-Eickel e.V.",
        "DRK",
        "Hauptstraße 264, 44649 Herne",
        "02323 555-0200",
        topics=(Topic.BERATUNG, Topic.GESUNDHEIT),
    ),
    Agency("AWO Ruhr-Mitte", "AWO", topics=(Topic.BERATUNG, Topic.WOHNUNG)),
    Agency("Plan B Ruhr e.V.", "Plan B", topics=(Topic.SCHULE, Topic.FREIZEIT)),
    Agency(
        "Soforthilfe Herne",
        "Soforthilfe",
        "Bebelstraße 18, 44623 Herne",
        "02323 555-0300",
        topics=(Topic.GESUNDHEIT,),
    ),
)


def fill_directory(vault: Vault) -> dict[str, Agency]:
    """Add DIRECTORY to the vault's (empty) directory; the agencies as stored, by name."""
    return {agency.name: vault.agencies.add(agency) for agency in DIRECTORY}


def member(family: str, given: str, native: str = "", **fields: object) -> Member:
    values: dict[str, object] = {
        "sex": Sex.FEMALE,
        "birth_date": PartialDate(1988),
        "nationality": "SY",
        "relationship": "head",
        "languages": (SpokenLanguage("ar", LanguageLevel.NATIVE, interpreter=True),),
        "german_level": GermanLevel.A1,
        "literacy": Literacy.OWN_SCRIPT,
        "residence_status": ResidenceStatus.AUFENTHALTSGESTATTUNG,
        "residence_valid_until": dt.date(2027, 6, 30),
        "phone": "0151 2345678",
    }
    values.update(fields)
    return Member(family, given, native_name=native, **values)  # type: ignore[arg-type]


def household(*members: Member, consents: tuple[Consent, ...] | None = None) -> Case:
    if consents is None:
        consents = (Consent(dt.date(2026, 3, 2), True, True, (), "Anna Admin"),)
    return Case(
        number="",
        folder_version=FolderVersion.UNTERKUNFT,
        issuing_office="Stadt Herne, FB 41 Soziales",
        issued_on=dt.date(2026, 3, 2),
        accommodation="Unterkunft Hölkeskampring, Zimmer 12",
        print_languages=("ar",),
        members=members
        or (
            member("Al-Hassan", "Muhammad", "محمد الحسن", sex=Sex.MALE),
            member("Al-Hassan", "Fatima", "فاطمة الحسن", relationship="spouse"),
            member(
                "Al-Hassan", "Yusuf", "يوسف", relationship="child", birth_date=PartialDate(2015, 4)
            ),
        ),
        service_contacts=(ServiceContact("Jobcenter Herne", "36501//0012345"),),
        consents=consents,
    )


def entry(
    agency: Agency, status: EntryStatus = EntryStatus.ATTENDED, **fields: object
) -> LaufzettelEntry:
    values: dict[str, object] = {
        "when": dt.datetime(2026, 3, 10, 9, 30, tzinfo=BERLIN),
        "topics": (Topic.GELD,),
        "information": "Kindergeldantrag besprochen.",
        "agreements": "Bringt Geburtsurkunden mit.",
    }
    values.update(fields)
    return LaufzettelEntry(status=status, agency=agency, **values)  # type: ignore[arg-type]


class Said(NamedTuple):
    """A problem as the desk reads it: its path, and its German words from the catalog."""

    path: str
    message: str


def said(problems: Iterable[Problem]) -> list[Said]:
    return [Said(problem.path, describe(problem)) for problem in problems]

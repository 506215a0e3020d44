"""Small fictional households for the model tests."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

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

BERLIN = ZoneInfo("Europe/Berlin")


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

"""Plain domain objects of the folder "Neubeginn Herne": what the vault stores and prints.

These are immutable value objects with no database and no Qt in them: the vault turns its
encrypted rows into them, the print package renders them, the UI shows them.

Words used (German where it is the clearest name):

* **Case** (*Fall*): one folder, handed to one household.
* **Personenbogen**: the person sheet, the household's members at a glance.
* **Laufzettel**: the routing slip on which every counselling agency records appointments
  held or planned, the information given and the agreements (*Absprachen*) made.
* **Unterkunft**: the city's shared accommodation; folder version A is issued there by the
  Sozialamt, version B by the Jobcenter.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass


class FolderVersion(enum.StrEnum):
    """Which of the two printed versions of the folder the household holds."""

    UNTERKUNFT = "unterkunft"  # version A, Sozialamt FB 41
    JOBCENTER = "jobcenter"  # version B, Jobcenter Herne


class Sex(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    UNKNOWN = "unknown"


class LanguageLevel(enum.StrEnum):
    NATIVE = "native"
    FLUENT = "fluent"
    BASIC = "basic"


class GermanLevel(enum.StrEnum):
    NONE = "none"
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"


class Literacy(enum.StrEnum):
    """Alphabetisierung: whether and in which script a person reads and writes."""

    NONE = "none"
    OWN_SCRIPT = "own_script"
    LATIN = "latin"
    UNKNOWN = "unknown"


class ResidenceStatus(enum.StrEnum):
    AUFENTHALTSGESTATTUNG = "aufenthaltsgestattung"
    DULDUNG = "duldung"
    AUFENTHALTSERLAUBNIS = "aufenthaltserlaubnis"
    NIEDERLASSUNGSERLAUBNIS = "niederlassungserlaubnis"
    OTHER = "other"


class EntryStatus(enum.StrEnum):
    """State of a Laufzettel appointment."""

    PLANNED = "planned"
    ATTENDED = "attended"
    MISSED = "missed"  # did not appear
    CANCELLED = "cancelled"  # excused


class Topic(enum.StrEnum):
    """Topic sections (Themenfelder) of the folder, in the folder's order."""

    ASYL = "asyl"
    GELD = "geld"  # Geld/Leistungen
    BERATUNG = "beratung"  # Beratung und Hilfe
    GESUNDHEIT = "gesundheit"
    NAHRUNG = "nahrung"
    MOBILITAET = "mobilitaet"
    SCHULE = "schule"  # Schule und Kindergarten
    SPRACHERWERB = "spracherwerb"
    FREIZEIT = "freizeit"
    WOHNUNG = "wohnung"  # once the person is entitled to it
    ARBEIT = "arbeit"  # once the person is entitled to it


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, to year and month, or exactly.

    Many newcomers' papers give only a birth year; inventing "01.01." would be wrong data.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1900 <= self.year <= 2200:
            raise ValueError(f"year out of range: {self.year}")
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            dt.date(self.year, self.month or 1, self.day)  # raises ValueError when impossible

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read "1990", "1990-05" or "1990-05-17"."""
        match = _PARTIAL_DATE.match(text.strip())
        if not match:
            raise ValueError(f"not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: {text!r}")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    def iso(self) -> str:
        """The same text parse() reads."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def earliest(self) -> dt.date:
        """The first day this date can stand for (for comparisons such as "not in the future")."""
        return dt.date(self.year, self.month or 1, self.day or 1)


@dataclass(frozen=True)
class SpokenLanguage:
    code: str  # ISO 639 / CLDR code, e.g. "ar", "fa", "ckb"
    level: LanguageLevel
    interpreter: bool = False


@dataclass(frozen=True)
class Member:
    """One person of the household, as on the Personenbogen."""

    family_name: str
    given_names: str
    sex: Sex
    birth_date: PartialDate | None
    nationality: str  # ISO 3166 alpha-2, or "XX" stateless / "ZZ" unknown
    relationship: str  # to the head of household, e.g. "head", "spouse", "child"
    native_name: str = ""
    languages: tuple[SpokenLanguage, ...] = ()
    german_level: GermanLevel = GermanLevel.NONE
    literacy: Literacy = Literacy.UNKNOWN
    schooling_years: int | None = None
    last_school: str = ""
    certificates: str = ""
    vocational_training: str = ""
    work_experience: str = ""
    residence_status: ResidenceStatus | None = None
    residence_paragraph: str = ""  # e.g. "§ 25 Abs. 2 AufenthG"
    residence_issued_on: dt.date | None = None
    residence_valid_until: dt.date | None = None
    phone: str = ""
    bamf_number: str = ""
    jobcenter_number: str = ""  # BG-Nummer
    notes: str = ""
    uuid: str = ""


@dataclass(frozen=True)
class ServiceContact:
    """An office that handles the case, with its reference number."""

    office: str  # e.g. "Jobcenter Herne", "AOK NordWest", "Ausländerbehörde"
    reference: str = ""
    contact_person: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Consent:
    """What the person agreed to, when, recorded by whom; withdrawn when withdrawn_on is set."""

    given_on: dt.date
    store_data: bool
    share_with_agencies: bool
    agencies: tuple[str, ...] = ()  # agency uuids the data may be shared with
    recorded_by: str = ""
    withdrawn_on: dt.date | None = None


@dataclass(frozen=True)
class Agency:
    """A counselling agency or office of the directory."""

    name: str
    short_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    opening_hours: str = ""
    topics: tuple[Topic, ...] = ()
    uuid: str = ""


@dataclass(frozen=True)
class LaufzettelEntry:
    """One line of the Laufzettel. Entries are never changed; `amends` points at the entry
    that a status change or correction supersedes."""

    when: dt.datetime
    status: EntryStatus
    agency: Agency
    topics: tuple[Topic, ...] = ()
    information: str = ""
    agreements: str = ""  # Absprachen
    counsellor: str = ""
    next_appointment: dt.datetime | None = None
    members: tuple[str, ...] = ()  # member uuids the entry concerns; empty: the household
    seq: int = 0  # position in the case's chain, from 1
    amends: int | None = None  # seq of the entry this one supersedes
    recorded_by: str = ""  # display name of the account that wrote the entry
    recorded_at: dt.datetime | None = None  # when it was written (set by the vault)
    uuid: str = ""


@dataclass(frozen=True)
class Case:
    """One folder: a household with its Personenbogen and Laufzettel."""

    number: str  # e.g. "NB-2026-00042"
    folder_version: FolderVersion
    issuing_office: str
    issued_on: dt.date | None
    accommodation: str
    print_languages: tuple[str, ...]  # CLDR codes; "de" is always printed as well
    members: tuple[Member, ...]
    service_contacts: tuple[ServiceContact, ...] = ()
    consents: tuple[Consent, ...] = ()
    laufzettel: tuple[LaufzettelEntry, ...] = ()
    uuid: str = ""
    version: int = 0  # of the Personenbogen as read from the vault; 0 for a new case

    @property
    def head(self) -> Member | None:
        """The head of household: the member so marked, else the first one."""
        for member in self.members:
            if member.relationship == "head":
                return member
        return self.members[0] if self.members else None

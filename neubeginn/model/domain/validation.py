"""Validation of cases, members and Laufzettel entries: each problem a path, a code and its
parameters (neubeginn.model.wording words them for desk staff)."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from babel import Locale

from neubeginn.model.codes import Code
from neubeginn.model.domain.values import (
    Case,
    Consent,
    EntryStatus,
    FolderVersion,
    GermanLevel,
    LanguageLevel,
    LaufzettelEntry,
    Literacy,
    Member,
    ResidenceStatus,
    ServiceContact,
    Sex,
    Topic,
)

#: Local time of the offices; naive datetimes are read as this zone.
BERLIN = ZoneInfo("Europe/Berlin")

NAME_LIMIT = 200
LONG_TEXT_LIMIT = 5000  # notes, information, agreements
TEXT_LIMIT = 500  # every other text field
MAX_MEMBERS = 30
MAX_SCHOOLING_YEARS = 30
# Times outside these years are typing errors, and near datetime's limits they cannot even be
# converted between time zones.
FIRST_YEAR, LAST_YEAR = 1900, 2200

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

# Explicit embeddings/overrides, isolates and the implicit marks LRM, RLM, ALM: in user data
# they could reorder the text printed around a field (docs security.md, "hostile input").
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
_STRIP_BIDI = {ord(c): None for c in BIDI_CONTROLS}
# Unicode categories refused in every text: controls, lone surrogates, line/paragraph separators.
_CONTROL_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})

# Two-letter CLDR territories that are groupings nobody holds the nationality of:
# European Union, Eurozone, United Nations, Outlying Oceania.
_NOT_NATIONALITIES = frozenset({"EU", "EZ", "UN", "QO"})


@dataclass(frozen=True)
class Problem:
    """One rejected value: where it is (`path`), what is wrong (`code`) and the values the
    message names (`params`, made displayable). No words: wording.describe gives them."""

    path: str
    code: Code
    params: dict[str, str | int] = field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return f"{self.path}: {self.code}"


def displayable(value: object, *, limit: int = 60) -> str:
    """A value as it may appear in a message or path: shortened, with bidi controls, control
    characters and lone surrogates escaped, so hostile input cannot garble a message."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[:limit] + "…"
    return "".join(
        f"\\u{ord(char):04x}"
        if char in BIDI_CONTROLS or unicodedata.category(char) in _CONTROL_CATEGORIES
        else char
        for char in text
    )


def clean_text(text: str, *, multiline: bool) -> str:
    """Neutralise a text before validation: bidi controls removed, NFC, whitespace trimmed.

    ZWNJ and ZWJ stay, since Persian and other scripts need them to spell words. Multi-line
    text gets Unix line ends, so a file from Windows compares equal to the same text typed.
    """
    text = text.translate(_STRIP_BIDI)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).strip()


@functools.cache
def nationality_codes() -> frozenset[str]:
    """ISO 3166 alpha-2 codes known to CLDR, plus "XX" stateless and "ZZ" unknown."""
    codes = {str(code) for code in Locale("de").territories}
    codes = {code for code in codes if len(code) == 2 and code.isalpha()}
    return frozenset(codes - _NOT_NATIONALITIES | {STATELESS, UNKNOWN_NATIONALITY})


@functools.cache
def _language_keys() -> frozenset[str]:
    return frozenset(str(code) for code in Locale("de").languages)


def is_language_code(code: str) -> bool:
    """Whether CLDR knows the language, in CLDR ("fa_AF") or BCP 47 ("fa-AF") spelling."""
    return code.replace("-", "_") in _language_keys()


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=BERLIN)


def _instant(value: dt.datetime) -> dt.datetime:
    return _aware(value).astimezone(dt.UTC)


def skipped_by_clock_change(moment: dt.datetime) -> bool:
    """Whether a wall-clock time never happened: 02:30 on the night summer time begins.

    Such a time cannot be recorded: zoneinfo gives it the offset of before the change, so
    it is written out as 01:30 UTC and read back as 03:30. Shifting it on entry would be as
    silent, so validation refuses it with a message instead, wherever it comes from (form,
    import, a computed "a week later"). A time with a fixed UTC offset always happened; one
    that happens twice in autumn is two real instants, told apart by `fold`.
    """
    aware = _aware(moment)
    back = aware.astimezone(dt.UTC).astimezone(aware.tzinfo)
    return back.replace(tzinfo=None) != aware.replace(tzinfo=None)


class _Checker:
    """Collects problems; each check names the path of the value it looks at."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: str, code: Code, /, **params: str | int) -> None:
        self.problems.append(Problem(path, code, params))

    def text(
        self,
        value: object,
        path: str,
        *,
        limit: int = TEXT_LIMIT,
        multiline: bool = False,
        missing: Code | None = None,
    ) -> None:
        """Check a text field; `missing` is the problem when it must not be empty."""
        if not isinstance(value, str):
            self.add(path, Code.TEXT_EXPECTED)
            return
        if missing is not None and not value.strip():
            self.add(path, missing)
            return
        if len(value) > limit:
            self.add(path, Code.TEXT_TOO_LONG, count=len(value), limit=limit)
        for char in value:
            if multiline and char in "\n\t":
                continue
            if char in "\n\r" and not multiline:
                self.add(path, Code.LINE_BREAK_NOT_ALLOWED)
                return
            if unicodedata.category(char) in _CONTROL_CATEGORIES:
                self.add(path, Code.CONTROL_CHARACTER, char=f"U+{ord(char):04X}")
                return

    def choice(self, value: object, kind: type[enum.StrEnum], path: str) -> None:
        if not isinstance(value, str) or value not in kind._value2member_map_:
            allowed = ", ".join(member.value for member in kind)
            self.add(path, Code.UNKNOWN_VALUE, value=displayable(value), allowed=allowed)

    def language(self, code: object, path: str) -> None:
        if not isinstance(code, str) or not is_language_code(code):
            self.add(path, Code.UNKNOWN_LANGUAGE, code=displayable(code))

    def not_after_today(self, value: dt.date | None, today: dt.date, path: str) -> None:
        if value is not None and value > today:
            self.add(path, Code.DATE_IN_FUTURE)


def validate_member(member: Member, *, path: str, today: dt.date) -> list[Problem]:
    """Problems of one household member; an empty list means valid."""
    check = _Checker()
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


def validate_entry(entry: LaufzettelEntry, *, path: str, today: dt.date) -> list[Problem]:
    """Problems of one Laufzettel entry on its own (its place in the chain: validate_case)."""
    check = _Checker()
    check.choice(entry.status, EntryStatus, f"{path}.status")
    check.text(
        entry.agency.name,
        f"{path}.agency.name",
        missing=Code.AGENCY_MISSING,
    )
    in_range = True
    for name in ("when", "next_appointment", "recorded_at"):
        moment: dt.datetime | None = getattr(entry, name)
        if moment is not None and not FIRST_YEAR <= moment.year <= LAST_YEAR:
            check.add(f"{path}.{name}", Code.DATE_OUT_OF_RANGE, first=FIRST_YEAR, last=LAST_YEAR)
            in_range = False
        elif moment is not None and skipped_by_clock_change(moment):
            check.add(f"{path}.{name}", Code.TIME_SKIPPED, value=f"{moment:%d.%m.%Y %H:%M}")
    took_place = entry.status in {EntryStatus.ATTENDED, EntryStatus.MISSED}
    if in_range and took_place and _aware(entry.when).astimezone(BERLIN).date() > today:
        check.add(f"{path}.when", Code.APPOINTMENT_IN_FUTURE)
    following = entry.next_appointment
    # Compared as instants: within one zone Python compares the wall clock and ignores
    # `fold`, which would put the second 02:10 of the autumn night before the first 02:40.
    if in_range and following is not None and _instant(following) < _instant(entry.when):
        check.add(f"{path}.next_appointment", Code.NEXT_APPOINTMENT_BEFORE_ENTRY)
    for index, topic in enumerate(entry.topics):
        check.choice(topic, Topic, f"{path}.topics[{index}]")
    check.text(entry.information, f"{path}.information", limit=LONG_TEXT_LIMIT, multiline=True)
    check.text(entry.agreements, f"{path}.agreements", limit=LONG_TEXT_LIMIT, multiline=True)
    for name in ("counsellor", "recorded_by", "uuid"):
        check.text(getattr(entry, name), f"{path}.{name}")
    return check.problems


def _validate_contact(contact: ServiceContact, path: str, check: _Checker) -> None:
    check.text(contact.office, f"{path}.office", missing=Code.OFFICE_MISSING)
    for name in ("reference", "contact_person", "phone"):
        check.text(getattr(contact, name), f"{path}.{name}")


def _validate_consent(consent: Consent, path: str, today: dt.date, check: _Checker) -> None:
    check.not_after_today(consent.given_on, today, f"{path}.given_on")
    withdrawn = consent.withdrawn_on
    if withdrawn is not None:
        if withdrawn < consent.given_on:
            check.add(f"{path}.withdrawn_on", Code.WITHDRAWAL_BEFORE_CONSENT)
        check.not_after_today(withdrawn, today, f"{path}.withdrawn_on")
    for name in ("store_data", "share_with_agencies"):
        if not isinstance(getattr(consent, name), bool):
            check.add(f"{path}.{name}", Code.YES_NO_EXPECTED)
    if consent.agencies and not consent.share_with_agencies:
        check.add(f"{path}.agencies", Code.AGENCIES_WITHOUT_SHARING)
    check.text(consent.recorded_by, f"{path}.recorded_by")


def _validate_chain(case: Case, path: str, check: _Checker) -> None:
    """Numbering and references of the Laufzettel: seq 0 means "not yet stored"."""
    member_ids = {member.uuid for member in case.members if member.uuid}
    for index, entry in enumerate(case.laufzettel):
        here = f"{path}.laufzettel[{index}]"
        position = index + 1
        if entry.seq not in (0, position):
            check.add(f"{here}.seq", Code.SEQ_MISMATCH, seq=entry.seq, position=position)
        if entry.amends is not None and not 1 <= entry.amends < position:
            check.add(f"{here}.amends", Code.AMENDS_NOT_EARLIER)
        for ref_index, ref in enumerate(entry.members):
            if ref not in member_ids:
                check.add(f"{here}.members[{ref_index}]", Code.UNKNOWN_MEMBER)


def validate_case(
    case: Case,
    *,
    today: dt.date,
    agencies: Collection[str] | None = None,
    path: str = "case",
) -> list[Problem]:
    """Every problem of a case, its members and Laufzettel; an empty list means valid.

    Args:
        today: the date "in the future" is measured against.
        agencies: names of the directory's agencies, for the Laufzettel; None skips the check.
        path: prefix of every problem's path.
    """
    check = _Checker()
    check.text(case.number, f"{path}.number")
    check.choice(case.folder_version, FolderVersion, f"{path}.folder_version")
    check.text(case.issuing_office, f"{path}.issuing_office")
    check.not_after_today(case.issued_on, today, f"{path}.issued_on")
    check.text(case.accommodation, f"{path}.accommodation")
    check.text(case.uuid, f"{path}.uuid")
    for index, code in enumerate(case.print_languages):
        check.language(code, f"{path}.print_languages[{index}]")
        if code in case.print_languages[:index]:
            check.add(
                f"{path}.print_languages[{index}]", Code.LANGUAGE_TWICE, code=displayable(code)
            )
    if not case.members:
        check.add(f"{path}.members", Code.NO_MEMBERS)
    elif len(case.members) > MAX_MEMBERS:
        check.add(
            f"{path}.members", Code.TOO_MANY_MEMBERS, count=len(case.members), limit=MAX_MEMBERS
        )
    heads = 0
    uuids: set[str] = set()
    for index, member in enumerate(case.members):
        here = f"{path}.members[{index}]"
        check.problems += validate_member(member, path=here, today=today)
        if member.relationship == "head":
            heads += 1
        if heads > 1 and member.relationship == "head":
            check.add(f"{here}.relationship", Code.HEAD_TWICE)
        if member.uuid and member.uuid in uuids:
            check.add(f"{here}.uuid", Code.MEMBER_ID_TAKEN)
        uuids.add(member.uuid)
    for index, contact in enumerate(case.service_contacts):
        _validate_contact(contact, f"{path}.service_contacts[{index}]", check)
    for index, consent in enumerate(case.consents):
        _validate_consent(consent, f"{path}.consents[{index}]", today, check)
    for index, entry in enumerate(case.laufzettel):
        here = f"{path}.laufzettel[{index}]"
        check.problems += validate_entry(entry, path=here, today=today)
        if agencies is not None and entry.agency.name and entry.agency.name not in agencies:
            check.add(
                f"{here}.agency.name",
                Code.AGENCY_NOT_IN_DIRECTORY,
                name=displayable(entry.agency.name),
            )
    _validate_chain(case, path, check)
    return check.problems

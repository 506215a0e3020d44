"""Reading "neubeginn-case/1" documents: every value typed and validated, and every problem
of a file listed with its JSON path, so a file imports whole or not at all."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from neubeginn.model.codes import Code
from neubeginn.model.domain.validation import Problem, displayable, validate_case
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
    ResidenceStatus,
    ServiceContact,
    Sex,
    SpokenLanguage,
    Topic,
)
from neubeginn.model.exchange.json_format import (
    CASE_KEYS,
    CASE_OPTIONAL_KEYS,
    CONSENT_KEYS,
    CONSENT_OPTIONAL_KEYS,
    CONTACT_KEYS,
    CONTACT_OPTIONAL_KEYS,
    ENTRY_KEYS,
    ENTRY_OPTIONAL_KEYS,
    FORMAT,
    LANGUAGE_KEYS,
    LANGUAGE_OPTIONAL_KEYS,
    MEMBER_KEYS,
    MEMBER_OPTIONAL_KEYS,
    MEMBER_TEXT_KEYS,
    TOP_KEYS,
)
from neubeginn.model.exchange.values import ImportProblems, Reader

# Stands in for a missing or unreadable date, so reading can go on and list more problems.
_NO_TIME = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)

# validate_case names domain fields; the file names three of them differently.
_FILE_KEYS = (
    (re.compile(r"^(\$\.cases\[\d+\])\.number$"), r"\1.case_number"),
    (re.compile(r"\.when$"), ".date"),
    (re.compile(r"\.agency\.name$"), ".agency"),
)


class _CaseReader(Reader):
    """Reads one file's cases; `agencies` is the directory by agency name."""

    def __init__(self, agencies: Mapping[str, Agency]) -> None:
        super().__init__()
        self.agencies = agencies

    def language(self, value: object, path: str) -> str:
        # Stored in BCP 47 spelling ("fa-AF"), as the print package names its languages.
        return self.text(value, path).replace("_", "-")

    def spoken(self, value: object, path: str) -> SpokenLanguage:
        raw = (
            self.fields(value, path, required=LANGUAGE_KEYS, optional=LANGUAGE_OPTIONAL_KEYS) or {}
        )
        return SpokenLanguage(
            self.language(raw.get("code"), f"{path}.code"),
            self.choice(raw.get("level"), LanguageLevel, f"{path}.level") or LanguageLevel.BASIC,
            self.boolean(raw.get("interpreter"), f"{path}.interpreter", default=False),
        )

    def member(self, value: object, path: str) -> Member:
        raw = self.fields(value, path, required=MEMBER_KEYS, optional=MEMBER_OPTIONAL_KEYS) or {}
        texts = {name: self.text(raw.get(name), f"{path}.{name}") for name in MEMBER_TEXT_KEYS}
        status = raw.get("residence_status")
        return Member(
            family_name=self.text(raw.get("family_name"), f"{path}.family_name"),
            given_names=self.text(raw.get("given_names"), f"{path}.given_names"),
            sex=self.choice(raw.get("sex"), Sex, f"{path}.sex") or Sex.UNKNOWN,
            birth_date=self.partial_date(raw.get("birth_date"), f"{path}.birth_date"),
            nationality=self.text(raw.get("nationality"), f"{path}.nationality").upper(),
            relationship=self.text(raw.get("relationship"), f"{path}.relationship").lower(),
            languages=tuple(
                self.spoken(item, f"{path}.languages[{index}]")
                for index, item in enumerate(self.items(raw.get("languages"), f"{path}.languages"))
            ),
            german_level=self.choice(raw.get("german_level"), GermanLevel, f"{path}.german_level")
            or GermanLevel.NONE,
            literacy=Literacy.UNKNOWN
            if raw.get("literacy") is None
            else self.choice(raw["literacy"], Literacy, f"{path}.literacy") or Literacy.UNKNOWN,
            schooling_years=self.integer(raw.get("schooling_years"), f"{path}.schooling_years"),
            residence_status=None
            if status is None
            else self.choice(status, ResidenceStatus, f"{path}.residence_status"),
            residence_issued_on=self.date(
                raw.get("residence_issued_on"), f"{path}.residence_issued_on"
            ),
            residence_valid_until=self.date(
                raw.get("residence_valid_until"), f"{path}.residence_valid_until"
            ),
            notes=self.text(raw.get("notes"), f"{path}.notes", multiline=True),
            **texts,
        )

    def entry(self, value: object, path: str, position: int) -> LaufzettelEntry:
        raw = self.fields(value, path, required=ENTRY_KEYS, optional=ENTRY_OPTIONAL_KEYS) or {}
        name = self.text(raw.get("agency"), f"{path}.agency")
        seq = self.integer(raw.get("seq"), f"{path}.seq")
        if seq is not None and seq != position:
            self.add(f"{path}.seq", Code.SEQ_OUT_OF_ORDER, position=position)
        topics = self.items(raw.get("topics"), f"{path}.topics")
        members = self.items(raw.get("members"), f"{path}.members")
        when = self.moment(raw.get("date"), f"{path}.date")
        if "date" in raw and raw["date"] is None:
            self.add(f"{path}.date", Code.VALUE_MISSING)
        return LaufzettelEntry(
            when=when or _NO_TIME,
            status=self.choice(raw.get("status"), EntryStatus, f"{path}.status")
            or EntryStatus.PLANNED,
            agency=self.agencies.get(name) or Agency(name),
            topics=tuple(
                topic
                for index, item in enumerate(topics)
                if (topic := self.choice(item, Topic, f"{path}.topics[{index}]")) is not None
            ),
            information=self.text(raw.get("information"), f"{path}.information", multiline=True),
            agreements=self.text(raw.get("agreements"), f"{path}.agreements", multiline=True),
            counsellor=self.text(raw.get("counsellor"), f"{path}.counsellor"),
            next_appointment=self.moment(raw.get("next_appointment"), f"{path}.next_appointment"),
            members=tuple(
                self.text(item, f"{path}.members[{index}]") for index, item in enumerate(members)
            ),
            seq=position,
            amends=self.integer(raw.get("amends"), f"{path}.amends"),
            recorded_by=self.text(raw.get("recorded_by"), f"{path}.recorded_by"),
            recorded_at=self.moment(raw.get("recorded_at"), f"{path}.recorded_at"),
            uuid=self.text(raw.get("uuid"), f"{path}.uuid"),
        )

    def contact(self, value: object, path: str) -> ServiceContact:
        raw = self.fields(value, path, required=CONTACT_KEYS, optional=CONTACT_OPTIONAL_KEYS) or {}
        office, reference, person, phone = (
            self.text(raw.get(key), f"{path}.{key}")
            for key in ("office", "reference", "contact_person", "phone")
        )
        return ServiceContact(office, reference, person, phone)

    def consent(self, value: object, path: str) -> Consent:
        raw = self.fields(value, path, required=CONSENT_KEYS, optional=CONSENT_OPTIONAL_KEYS) or {}
        given_on = self.date(raw.get("given_on"), f"{path}.given_on")
        if "given_on" in raw and raw["given_on"] is None:
            self.add(f"{path}.given_on", Code.VALUE_MISSING)
        uuids = []
        for index, item in enumerate(self.items(raw.get("agencies"), f"{path}.agencies")):
            name = self.text(item, f"{path}.agencies[{index}]")
            if name in self.agencies:
                uuids.append(self.agencies[name].uuid)
            else:
                self.add(
                    f"{path}.agencies[{index}]",
                    Code.AGENCY_NOT_IN_DIRECTORY,
                    name=displayable(name),
                )
        return Consent(
            given_on=given_on or _NO_TIME.date(),
            store_data=self.boolean(raw.get("store_data"), f"{path}.store_data"),
            share_with_agencies=self.boolean(
                raw.get("share_with_agencies"), f"{path}.share_with_agencies"
            ),
            agencies=tuple(uuids),
            recorded_by=self.text(raw.get("recorded_by"), f"{path}.recorded_by"),
            withdrawn_on=self.date(raw.get("withdrawn_on"), f"{path}.withdrawn_on"),
        )

    def case(self, value: object, path: str) -> Case:
        raw = self.fields(value, path, required=CASE_KEYS, optional=CASE_OPTIONAL_KEYS) or {}

        def each(key: str) -> list[tuple[str, object]]:
            items = self.items(raw.get(key), f"{path}.{key}")
            return [(f"{path}.{key}[{index}]", item) for index, item in enumerate(items)]

        return Case(
            number=self.text(raw.get("case_number"), f"{path}.case_number"),
            folder_version=self.choice(
                raw.get("folder_version"), FolderVersion, f"{path}.folder_version"
            )
            or FolderVersion.UNTERKUNFT,
            issuing_office=self.text(raw.get("issuing_office"), f"{path}.issuing_office"),
            issued_on=self.date(raw.get("issued_on"), f"{path}.issued_on"),
            accommodation=self.text(raw.get("accommodation"), f"{path}.accommodation"),
            print_languages=tuple(self.language(item, at) for at, item in each("print_languages")),
            members=tuple(self.member(item, at) for at, item in each("members")),
            service_contacts=tuple(self.contact(item, at) for at, item in each("service_contacts")),
            consents=tuple(self.consent(item, at) for at, item in each("consents")),
            laufzettel=tuple(
                self.entry(item, at, position)
                for position, (at, item) in enumerate(each("laufzettel"), start=1)
            ),
            uuid=self.text(raw.get("uuid"), f"{path}.uuid"),
        )


def _file_path(path: str) -> str:
    for pattern, replacement in _FILE_KEYS:
        path = pattern.sub(replacement, path)
    return path


def _under(path: str, paths: set[str]) -> bool:
    """Whether `path` lies strictly inside one of `paths`."""
    return any(path.startswith((f"{p}.", f"{p}[")) for p in paths)


def read_document(
    data: Any, *, today: dt.date, agencies: Mapping[str, Agency]
) -> tuple[list[Case], list[Problem]]:
    """The cases of a parsed JSON document and every problem in it, reading and validating.

    Each value that could not be read is reported once: problems at or inside its path would
    only repeat it in other words, so they are dropped.
    """
    reader = _CaseReader(agencies)
    raw = reader.fields(data, "$", required=TOP_KEYS, optional=frozenset())
    if raw is None or "format" not in raw:
        return [], reader.problems
    if raw["format"] != FORMAT:
        reader.add(
            "$.format", Code.UNKNOWN_FORMAT, value=displayable(raw["format"]), expected=FORMAT
        )
        return [], reader.problems
    items = reader.items(raw.get("cases"), "$.cases")
    if not items and "cases" in raw:
        reader.add("$.cases", Code.NO_CASES)
    problems = list(reader.problems)
    cases: list[Case] = []
    numbers: set[str] = set()
    for index, item in enumerate(items):
        path = f"$.cases[{index}]"
        reader.problems = []
        case = reader.case(item, path)
        unread = {problem.path for problem in reader.problems}
        problems += [p for p in dict.fromkeys(reader.problems) if not _under(p.path, unread)]
        for problem in validate_case(case, today=today, agencies=agencies, path=path):
            at = _file_path(problem.path)
            if at not in unread and not _under(at, unread):
                problems.append(dataclasses.replace(problem, path=at))
        if case.number and case.number in numbers:
            problems.append(Problem(f"{path}.case_number", Code.CASE_NUMBER_TWICE))
        numbers.add(case.number)
        cases.append(case)
    return cases, problems


def parse_cases(data: Any, *, today: dt.date, agencies: Mapping[str, Agency]) -> list[Case]:
    """The cases of a parsed JSON document (json.load's result), all of them or none.

    Args:
        today: the date "in the future" is measured against.
        agencies: the agency directory by name; Laufzettel entries and consents name agencies.

    Raises:
        ImportProblems: listing every problem with its JSON path; nothing was read then.
    """
    cases, problems = read_document(data, today=today, agencies=agencies)
    if problems:
        raise ImportProblems(problems)
    return cases

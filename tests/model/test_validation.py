"""Validation rules: each gives its German message at the right path, and nothing else."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from neubeginn.model.domain.validation import (
    RELATIONSHIP_LABELS,
    RELATIONSHIPS,
    clean_text,
    validate_case,
    validate_entry,
    validate_member,
)
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
    Sex,
    SpokenLanguage,
    Topic,
)
from tests.model.factories import Said, said

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = dt.date(2026, 5, 4)
CARITAS = Agency("Caritasverband Herne e.V.", uuid="a-caritas")


def member(**changes: Any) -> Member:
    base = Member(
        "Al-Hassan",
        "Ahmad",
        Sex.MALE,
        PartialDate(1984, 3),
        "SY",
        "head",
        native_name="أحمد الحسن",
        languages=(SpokenLanguage("ar", LanguageLevel.NATIVE),),
        german_level=GermanLevel.A2,
        literacy=Literacy.LATIN,
        uuid="m-1",
    )
    return dataclasses.replace(base, **changes)


def entry(**changes: Any) -> LaufzettelEntry:
    base = LaufzettelEntry(
        dt.datetime(2026, 4, 20, 10, 30, tzinfo=BERLIN),
        EntryStatus.ATTENDED,
        CARITAS,
        topics=(Topic.ASYL,),
        information="Anhörung vorbereitet.",
        agreements="Unterlagen mitbringen.",
        seq=1,
    )
    return dataclasses.replace(base, **changes)


def case(**changes: Any) -> Case:
    base = Case(
        "NB-2026-00042",
        FolderVersion.UNTERKUNFT,
        "Stadt Herne, FB 41",
        dt.date(2026, 3, 2),
        "Gemeinschaftsunterkunft Beispielweg 3",
        ("ar",),
        (member(), member(given_names="Omar", relationship="child", uuid="m-2")),
        laufzettel=(entry(),),
    )
    return dataclasses.replace(base, **changes)


def member_problems(**changes: Any) -> list[Said]:
    return said(validate_member(member(**changes), path="m", today=TODAY))


def entry_problems(**changes: Any) -> list[Said]:
    return said(validate_entry(entry(**changes), path="e", today=TODAY))


def case_problems(**changes: Any) -> list[Said]:
    return said(validate_case(case(**changes), today=TODAY))


def test_a_sound_case_has_no_problems() -> None:
    assert case_problems() == []


@pytest.mark.parametrize(
    ("field", "message"),
    [("family_name", "Der Familienname fehlt."), ("given_names", "Der Vorname fehlt.")],
)
def test_names_must_not_be_blank(field: str, message: str) -> None:
    assert member_problems(**{field: "  "}) == [Said(f"m.{field}", message)]


@pytest.mark.parametrize(
    ("field", "limit"),
    [("family_name", 200), ("native_name", 200), ("phone", 500), ("notes", 5000)],
)
def test_over_long_text_is_refused_at_its_limit(field: str, limit: int) -> None:
    assert member_problems(**{field: "a" * limit}) == []
    assert member_problems(**{field: "a" * (limit + 1)}) == [
        Said(
            f"m.{field}",
            f"Der Text ist zu lang: {limit + 1} Zeichen, erlaubt sind höchstens {limit}.",
        )
    ]


def test_over_long_laufzettel_text_is_refused() -> None:
    assert entry_problems(agreements="x" * 5001)[0].path == "e.agreements"
    assert entry_problems(information="x" * 5000) == []


def test_control_characters_are_refused() -> None:
    assert member_problems(family_name="Al\x07Hassan") == [
        Said("m.family_name", "Der Text enthält ein unzulässiges Steuerzeichen (U+0007).")
    ]
    assert member_problems(notes="kaputt \ud800") == [
        Said("m.notes", "Der Text enthält ein unzulässiges Steuerzeichen (U+D800).")
    ]


def test_line_breaks_only_in_multi_line_fields() -> None:
    assert member_problems(notes="erste Zeile\n\tzweite Zeile") == []
    assert member_problems(given_names="Ahmad\nOmar") == [
        Said("m.given_names", "Zeilenumbrüche sind in diesem Feld nicht erlaubt.")
    ]


def test_birth_date_in_the_future() -> None:
    assert member_problems(birth_date=PartialDate(2026, 5, 5)) == [
        Said("m.birth_date", "Das Geburtsdatum liegt in der Zukunft.")
    ]
    # Known only to the year: born this year is possible, even if not yet on 1 January.
    assert member_problems(birth_date=PartialDate(2026), residence_valid_until=None) == []
    assert member_problems(birth_date=None) == []


def test_residence_permit_cannot_expire_before_birth() -> None:
    assert member_problems(
        birth_date=PartialDate(2015, 9, 1), residence_valid_until=dt.date(2015, 8, 31)
    ) == [
        Said(
            "m.residence_valid_until",
            "Der Aufenthaltstitel kann nicht vor der Geburt abgelaufen sein.",
        )
    ]
    # Expired long ago is a fact about the papers, not an impossible value.
    assert member_problems(residence_valid_until=dt.date(2020, 1, 1)) == []


def test_residence_permit_cannot_expire_before_it_was_issued() -> None:
    assert member_problems(
        residence_issued_on=dt.date(2024, 5, 2), residence_valid_until=dt.date(2024, 5, 1)
    ) == [
        Said(
            "m.residence_valid_until",
            "Der Aufenthaltstitel kann nicht ablaufen, bevor er ausgestellt wurde.",
        )
    ]
    assert (
        member_problems(
            residence_issued_on=dt.date(2024, 5, 2), residence_valid_until=dt.date(2024, 5, 2)
        )
        == []
    )


def test_residence_permit_issued_in_the_future_or_before_birth() -> None:
    assert member_problems(residence_issued_on=dt.date(2026, 5, 5)) == [
        Said("m.residence_issued_on", "Das Datum liegt in der Zukunft.")
    ]
    assert member_problems(
        birth_date=PartialDate(2015, 9), residence_issued_on=dt.date(2015, 8, 31)
    ) == [
        Said(
            "m.residence_issued_on",
            "Der Aufenthaltstitel kann nicht vor der Geburt ausgestellt worden sein.",
        )
    ]


@pytest.mark.parametrize("code", ["SY", "AF", "UA", "ER", "XK", "XX", "ZZ"])
def test_nationalities_known_to_cldr_plus_stateless_and_unknown(code: str) -> None:
    assert member_problems(nationality=code) == []


@pytest.mark.parametrize("code", ["QQ", "EU", "UN", "sy", "SYR", ""])
def test_other_nationalities_are_refused(code: str) -> None:
    problems = member_problems(nationality=code)
    assert [p.path for p in problems] == ["m.nationality"]
    assert f"„{code}“" in problems[0].message


@pytest.mark.parametrize("code", ["ar", "fa", "fa-AF", "fa_AF", "ckb", "ku", "ps", "ti", "uk"])
def test_language_codes_known_to_cldr(code: str) -> None:
    languages = (SpokenLanguage(code, LanguageLevel.NATIVE, interpreter=True),)
    assert member_problems(languages=languages) == []
    assert case_problems(print_languages=(code,)) == []


def test_unknown_and_doubled_language_codes() -> None:
    languages = (
        SpokenLanguage("ar", LanguageLevel.NATIVE),
        SpokenLanguage("arabic", LanguageLevel.BASIC),
        SpokenLanguage("ar", LanguageLevel.BASIC),
    )
    assert member_problems(languages=languages) == [
        Said("m.languages[1].code", "Unbekannter Sprachcode „arabic“."),
        Said("m.languages[2].code", "Die Sprache „ar“ ist doppelt angegeben."),
    ]
    assert case_problems(print_languages=("ar", "xx", "ar")) == [
        Said("case.print_languages[1]", "Unbekannter Sprachcode „xx“."),
        Said("case.print_languages[2]", "Die Sprache „ar“ ist doppelt angegeben."),
    ]


@pytest.mark.parametrize("years", [-1, 31, True])
def test_schooling_years_from_0_to_30(years: int) -> None:
    assert member_problems(schooling_years=0) == member_problems(schooling_years=30) == []
    assert member_problems(schooling_years=years) == [
        Said("m.schooling_years", "Die Schuljahre müssen eine ganze Zahl von 0 bis 30 sein.")
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sex", "w"),
        ("german_level", "A3"),
        ("literacy", "arabic"),
        ("residence_status", "asyl"),
    ],
)
def test_enumerations_are_checked(field: str, value: str) -> None:
    problems = member_problems(**{field: value})
    assert [p.path for p in problems] == [f"m.{field}"]
    assert problems[0].message.startswith(f"Unbekannter Wert „{value}“. Erlaubt sind: ")


def test_language_level_is_checked() -> None:
    languages = (SpokenLanguage("ar", "muttersprache"),)  # type: ignore[arg-type]
    assert [p.path for p in member_problems(languages=languages)] == ["m.languages[0].level"]


def test_relationship_vocabulary() -> None:
    assert set(RELATIONSHIPS) == set(RELATIONSHIP_LABELS)
    assert all(member_problems(relationship=word) == [] for word in RELATIONSHIPS)
    problems = member_problems(relationship="Sohn")
    assert [p.path for p in problems] == ["m.relationship"]


def test_only_one_head_of_household() -> None:
    members = (member(), member(uuid="m-2"), member(uuid="m-3"))
    assert case_problems(members=members) == [
        Said(f"case.members[{i}].relationship", "Nur ein Mitglied kann Haushaltsvorstand sein.")
        for i in (1, 2)
    ]


def test_member_count_from_1_to_30() -> None:
    assert case_problems(members=()) == [
        Said("case.members", "Ein Haushalt braucht mindestens ein Mitglied.")
    ]
    many = tuple(member(relationship="child", uuid=f"m-{i}") for i in range(31))
    assert case_problems(members=many[:30]) == []
    assert case_problems(members=many) == [
        Said("case.members", "Ein Haushalt hat höchstens 30 Mitglieder, hier sind es 31.")
    ]


def test_member_problems_carry_the_case_path() -> None:
    members = (member(), member(birth_date=PartialDate(2027), relationship="child", uuid="m-2"))
    problems = said(validate_case(case(members=members), today=TODAY, path="cases[3]"))
    assert problems == [
        Said("cases[3].members[1].birth_date", "Das Geburtsdatum liegt in der Zukunft.")
    ]


def test_case_issued_in_the_future() -> None:
    assert case_problems(issued_on=dt.date(2026, 5, 5)) == [
        Said("case.issued_on", "Das Datum liegt in der Zukunft.")
    ]


def test_case_folder_version() -> None:
    assert [p.path for p in case_problems(folder_version="C")] == ["case.folder_version"]


def test_consent_dates_and_sharing() -> None:
    given = dt.date(2026, 3, 2)
    sound = Consent(given, True, True, ("a-caritas",), withdrawn_on=dt.date(2026, 4, 1))
    assert case_problems(consents=(sound,)) == []
    withdrawn_early = dataclasses.replace(sound, withdrawn_on=dt.date(2026, 3, 1))
    assert case_problems(consents=(withdrawn_early,)) == [
        Said("case.consents[0].withdrawn_on", "Der Widerruf liegt vor dem Datum der Einwilligung.")
    ]
    future = Consent(dt.date(2026, 6, 1), True, False)
    assert case_problems(consents=(future,)) == [
        Said("case.consents[0].given_on", "Das Datum liegt in der Zukunft.")
    ]
    contradictory = Consent(given, True, False, ("a-caritas",))
    assert [p.path for p in case_problems(consents=(contradictory,))] == [
        "case.consents[0].agencies"
    ]


def test_entry_needs_an_agency_and_a_status() -> None:
    assert entry_problems(agency=Agency(" ")) == [
        Said("e.agency.name", "Die Beratungsstelle fehlt.")
    ]
    assert [p.path for p in entry_problems(status="done")] == ["e.status"]


def test_next_appointment_not_before_the_entry() -> None:
    when = dt.datetime(2026, 4, 20, 10, 30, tzinfo=BERLIN)
    assert entry_problems(next_appointment=when) == []
    assert entry_problems(next_appointment=when - dt.timedelta(minutes=1)) == [
        Said("e.next_appointment", "Der nächste Termin liegt vor dem Datum des Eintrags.")
    ]
    # A naive time is Berlin local time, so it compares with an aware one.
    assert entry_problems(next_appointment=dt.datetime(2026, 4, 20, 10, 29)) != []


def test_a_time_skipped_by_the_clock_change_is_refused_and_one_that_repeats_is_kept() -> None:
    gap = dt.datetime(2026, 3, 29, 2, 30, tzinfo=BERLIN)  # clocks go from 02:00 to 03:00
    message = "Die Uhrzeit 29.03.2026 02:30 gibt es wegen der Umstellung auf Sommerzeit nicht."
    assert entry_problems(when=gap) == [Said("e.when", message)]
    assert entry_problems(when=gap.replace(tzinfo=None)) == [Said("e.when", message)]
    before = dt.datetime(2026, 3, 28, 9, 0, tzinfo=BERLIN)
    assert entry_problems(when=before, next_appointment=gap) == [
        Said("e.next_appointment", message)
    ]
    # The same instant written with its offset happened: 01:30 UTC, 03:30 summer time.
    assert entry_problems(when=gap.astimezone(dt.UTC)) == []
    # In autumn 02:00-03:00 happens twice; an appointment at the second 02:10 lies after
    # an entry at the first 02:40, though its wall clock reads earlier.
    first = dt.datetime(2026, 10, 25, 2, 40, tzinfo=BERLIN)
    second = dt.datetime(2026, 10, 25, 2, 10, fold=1, tzinfo=BERLIN)
    assert entry_problems(when=first, next_appointment=second, status=EntryStatus.PLANNED) == []
    assert entry_problems(when=second, next_appointment=first, status=EntryStatus.PLANNED) == [
        Said("e.next_appointment", "Der nächste Termin liegt vor dem Datum des Eintrags.")
    ]


def test_only_planned_appointments_lie_in_the_future() -> None:
    future = dt.datetime(2026, 5, 5, 0, 30, tzinfo=BERLIN)
    assert entry_problems(when=future, status=EntryStatus.PLANNED) == []
    assert entry_problems(when=future, status=EntryStatus.CANCELLED) == []
    assert entry_problems(when=future) == [
        Said(
            "e.when",
            "Ein wahrgenommener oder versäumter Termin kann nicht in der Zukunft liegen.",
        )
    ]
    # 22:30 UTC on the 4th is already the 5th in Berlin.
    late = dt.datetime(2026, 5, 4, 22, 30, tzinfo=dt.UTC)
    assert [p.path for p in entry_problems(when=late, status=EntryStatus.MISSED)] == ["e.when"]


def test_entry_topics_are_checked() -> None:
    assert [p.path for p in entry_problems(topics=(Topic.ASYL, "visa"))] == ["e.topics[1]"]


def test_agency_must_be_in_the_directory_when_given() -> None:
    names = {"Caritasverband Herne e.V.", "Soforthilfe Herne"}
    assert validate_case(case(), today=TODAY, agencies=names) == []
    assert said(validate_case(case(), today=TODAY, agencies={"Soforthilfe Herne"})) == [
        Said(
            "case.laufzettel[0].agency.name",
            "Die Beratungsstelle „Caritasverband Herne e.V.“ steht nicht im Verzeichnis.",
        )
    ]


def test_laufzettel_chain_numbering_and_references() -> None:
    entries = (
        entry(),
        entry(seq=2, amends=1, members=("m-2",)),
        entry(seq=5, amends=3, members=("m-9",)),
    )
    assert case_problems(laufzettel=entries) == [
        Said("case.laufzettel[2].seq", "Die laufende Nummer 5 passt nicht zur Position 3."),
        Said(
            "case.laufzettel[2].amends",
            "Ein Eintrag kann nur einen früheren Eintrag derselben Akte ergänzen.",
        ),
        Said(
            "case.laufzettel[2].members[0]",
            "Der Eintrag nennt ein Haushaltsmitglied, das es in dieser Akte nicht gibt.",
        ),
    ]
    unnumbered = tuple(dataclasses.replace(e, seq=0) for e in entries[:2])
    assert case_problems(laufzettel=unnumbered) == []


def test_clean_text_strips_bidi_controls_and_normalises() -> None:
    spoofed = "\u202eASSAH-LA\u202c Ahmad\u2066\u200f\u061c\u200e\u2069"
    assert clean_text(spoofed, multiline=False) == "ASSAH-LA Ahmad"
    assert clean_text("Mu\u0308ller ", multiline=False) == "Müller"
    assert clean_text("eins\r\nzwei\rdrei\n", multiline=True) == "eins\nzwei\ndrei"


def test_clean_text_keeps_zero_width_joiners() -> None:
    persian = "رحیمی\u200cنژاد"  # Rahimi-Nejad: ZWNJ keeps the two parts unjoined
    kurdish = "\u0643\u200d"
    assert clean_text(persian, multiline=False) == persian
    assert clean_text(kurdish, multiline=False) == kurdish
    assert member_problems(native_name=persian) == []


@given(st.text())
def test_clean_text_is_idempotent_and_leaves_no_bidi_control(text: str) -> None:
    cleaned = clean_text(text, multiline=True)
    assert clean_text(cleaned, multiline=True) == cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not set(cleaned) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_entry_times_far_out_are_refused() -> None:
    far = dt.datetime(9999, 12, 31, 23, 30, tzinfo=dt.UTC)
    assert entry_problems(next_appointment=far) == [
        Said("e.next_appointment", "Das Datum muss zwischen 1900 und 2200 liegen.")
    ]

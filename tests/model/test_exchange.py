"""Import and export of cases: JSON format neubeginn-case/1 and CSV, all or nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from neubeginn.model.domain.validation import (
    RELATIONSHIPS,
    clean_text,
    validate_case,
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
    ResidenceStatus,
    ServiceContact,
    Sex,
    SpokenLanguage,
    Topic,
)
from neubeginn.model.errors import InvalidInput
from neubeginn.model.exchange import (
    FORMAT,
    ImportProblems,
    decode_csv,
    dump_cases,
    parse_cases,
    parse_csv,
)
from neubeginn.model.wording import describe
from tests.model.factories import Said, said

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = dt.date(2026, 5, 4)
DIRECTORY = (
    Agency("Caritasverband Herne e.V.", uuid="a-caritas"),
    Agency("Soforthilfe Herne", uuid="a-soforthilfe"),
    Agency("Stadt Herne, FB 41 Soziales (Sonstige Hilfen und Wohnen)", uuid="a-fb41"),
)
AGENCIES = {agency.name: agency for agency in DIRECTORY}


def minimal_case(**changes: Any) -> dict[str, Any]:
    """A case in exactly the shape other scripts write (issue 4)."""
    document: dict[str, Any] = {
        "case_number": "NB-2026-00042",
        "folder_version": "unterkunft",
        "accommodation": "Gemeinschaftsunterkunft Beispielweg 3",
        "print_languages": ["ar", "fa-AF"],
        "members": [
            {
                "family_name": "Al-Hassan",
                "given_names": "Ahmad",
                "native_name": "أحمد الحسن",
                "birth_date": "1984-03-12",
                "sex": "male",
                "nationality": "SY",
                "relationship": "head",
                "languages": [{"code": "ar", "level": "native", "interpreter": False}],
                "german_level": "A2",
                "literacy": "latin",
                "residence_status": "aufenthaltserlaubnis",
                "residence_issued_on": "2024-07-01",
                "residence_valid_until": "2027-06-30",
                "phone": "0157 12345678",
                "notes": "",
            },
            {
                "family_name": "Rahimi",
                "given_names": "Mariam",
                "birth_date": "1990-05",
                "sex": "female",
                "nationality": "AF",
                "relationship": "spouse",
                "languages": [{"code": "fa-AF", "level": "native", "interpreter": True}],
                "german_level": "A1",
                "literacy": "own_script",
            },
            {
                "family_name": "Al-Hassan",
                "given_names": "Lina",
                "birth_date": "2020",
                "sex": "female",
                "nationality": "SY",
                "relationship": "child",
                "languages": [],
                "german_level": "none",
                "literacy": "none",
            },
        ],
        "laufzettel": [
            {
                "date": "2026-03-02T09:00",
                "status": "attended",
                "agency": "Caritasverband Herne e.V.",
                "counsellor": "K. Schmidt",
                "topics": ["asyl", "geld"],
                "information": "Ordner ausgegeben.",
                "agreements": "Konto eröffnen.",
                "next_appointment": "2026-05-20T10:30",
            }
        ],
    }
    document.update(changes)
    return document


def document(*cases: dict[str, Any]) -> dict[str, Any]:
    return {"format": FORMAT, "cases": list(cases)}


def problems_of(data: Any) -> list[Said]:
    with pytest.raises(ImportProblems) as caught:
        parse_cases(data, today=TODAY, agencies=AGENCIES)
    return said(caught.value.problems)


def test_the_documented_minimal_shape_imports() -> None:
    [case] = parse_cases(document(minimal_case()), today=TODAY, agencies=AGENCIES)
    assert case.number == "NB-2026-00042"
    assert case.print_languages == ("ar", "fa-AF")
    assert [m.birth_date for m in case.members] == [
        PartialDate(1984, 3, 12),
        PartialDate(1990, 5),
        PartialDate(2020),
    ]
    assert case.members[1].languages == (SpokenLanguage("fa-AF", LanguageLevel.NATIVE, True),)
    [entry] = case.laufzettel
    assert entry.agency is AGENCIES["Caritasverband Herne e.V."]
    assert entry.when == dt.datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN)
    assert entry.seq == 1
    assert entry.topics == (Topic.ASYL, Topic.GELD)


def test_problems_name_their_json_path() -> None:
    bad = minimal_case()
    bad["members"][1]["birth_date"] = "2027-01"
    assert problems_of(document(bad)) == [
        Said("$.cases[0].members[1].birth_date", "Das Geburtsdatum liegt in der Zukunft.")
    ]


def test_one_bad_case_among_good_ones_imports_nothing() -> None:
    bad = minimal_case(case_number="NB-2026-00043")
    bad["members"][0]["sex"] = "m"
    error_data = document(minimal_case(), bad, minimal_case(case_number="NB-2026-00044"))
    problems = problems_of(error_data)
    assert [p.path for p in problems] == ["$.cases[1].members[0].sex"]
    assert (
        problems[0].message == "Unbekannter Wert „m“. Erlaubt sind: female, male, diverse, unknown."
    )


def test_every_problem_is_listed() -> None:
    first = minimal_case()
    first["members"][0]["famliy_name"] = first["members"][0].pop("family_name")
    first["members"][2]["birth_date"] = "1899"
    first["laufzettel"][0]["agency"] = "Caritas Herne"
    first["laufzettel"][0]["next_appointment"] = "2026-03-01T10:00"
    second = minimal_case(case_number="NB-2026-00043", print_languages=["arabisch"])
    del second["members"][1]["sex"]
    second["members"][2]["nationality"] = "Syrien"
    assert [p.path for p in problems_of(document(first, second))] == [
        "$.cases[0].members[0].famliy_name",
        "$.cases[0].members[0].family_name",
        "$.cases[0].members[2].birth_date",
        "$.cases[0].laufzettel[0].next_appointment",
        "$.cases[0].laufzettel[0].agency",
        "$.cases[1].members[1].sex",
        "$.cases[1].print_languages[0]",
        "$.cases[1].members[2].nationality",
    ]


def test_unknown_key_and_unknown_agency_are_reported_with_their_path() -> None:
    case = minimal_case(acommodation="Tippfehler")
    case["laufzettel"][0]["agency"] = "Unbekannte Stelle"
    assert problems_of(document(case)) == [
        Said("$.cases[0].acommodation", "Unbekannter Schlüssel „acommodation“."),
        Said(
            "$.cases[0].laufzettel[0].agency",
            "Die Beratungsstelle „Unbekannte Stelle“ steht nicht im Verzeichnis.",
        ),
    ]


def test_import_problems_is_an_invalid_input_naming_the_file() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_cases({"format": "neubeginn-case/2", "cases": []}, today=TODAY, agencies={})
    assert caught.value.field == "file"
    assert isinstance(caught.value, ImportProblems)
    assert said(caught.value.problems) == [
        Said("$.format", "Unbekanntes Format „neubeginn-case/2“, erwartet: neubeginn-case/1.")
    ]


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ([], "$"),
        ({"cases": []}, "$.format"),
        (document(), "$.cases"),
        ({"format": FORMAT, "cases": [5]}, "$.cases[0]"),
    ],
)
def test_malformed_documents(data: Any, path: str) -> None:
    assert [p.path for p in problems_of(data)] == [path]


def test_a_broken_value_is_reported_once() -> None:
    case = minimal_case(members=[7, *minimal_case()["members"]])
    case["members"][1]["languages"] = "ar"
    assert [p.path for p in problems_of(document(case))] == [
        "$.cases[0].members[0]",
        "$.cases[0].members[1].languages",
    ]


def test_case_numbers_are_unique_within_the_file() -> None:
    assert problems_of(document(minimal_case(), minimal_case())) == [
        Said("$.cases[1].case_number", "Die Aktennummer kommt doppelt vor.")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-29T10:00", dt.datetime(2026, 3, 29, 10, tzinfo=BERLIN)),
        ("2026-03-29 10:00:30", dt.datetime(2026, 3, 29, 10, 0, 30, tzinfo=BERLIN)),
        ("2026-03-29", dt.datetime(2026, 3, 29, tzinfo=BERLIN)),
        ("2026-03-29T08:00Z", dt.datetime(2026, 3, 29, 10, tzinfo=BERLIN)),
        ("2026-01-10T08:00+00:00", dt.datetime(2026, 1, 10, 9, tzinfo=BERLIN)),
    ],
)
def test_entry_dates_naive_is_berlin_local_time(text: str, expected: dt.datetime) -> None:
    case = minimal_case()
    case["laufzettel"][0].update(date=text, next_appointment=None)
    [parsed] = parse_cases(document(case), today=TODAY, agencies=AGENCIES)
    when = parsed.laufzettel[0].when
    assert when == expected
    assert when.tzinfo is BERLIN
    assert when.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-03-29T02:30", "Die Uhrzeit 2026-03-29T02:30 gibt es wegen der Umstellung auf"),
        ("29.03.2026", "„29.03.2026“ ist kein gültiges Datum mit Uhrzeit"),
        ("2026-02-30T10:00", "„2026-02-30T10:00“ ist kein gültiges Datum."),
        (None, "Pflichtangabe fehlt."),
    ],
)
def test_impossible_entry_dates(text: str | None, message: str) -> None:
    case = minimal_case()
    case["laufzettel"][0]["date"] = text
    [problem] = problems_of(document(case))
    assert problem.path == "$.cases[0].laufzettel[0].date"
    assert problem.message.startswith(message)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1899-12-31", "Das Geburtsdatum liegt vor 1900."),
        ("1990-13", "„1990-13“ ist kein gültiges Datum (erwartet JJJJ, JJJJ-MM oder JJJJ-MM-TT)."),
        (
            "17.05.1990",
            "„17.05.1990“ ist kein gültiges Datum (erwartet JJJJ, JJJJ-MM oder JJJJ-MM-TT).",
        ),
        (1990, "Hier wird ein Text erwartet."),
    ],
)
def test_impossible_birth_dates(text: object, message: str) -> None:
    case = minimal_case()
    case["members"][2]["birth_date"] = text
    assert problems_of(document(case)) == [Said("$.cases[0].members[2].birth_date", message)]


def test_unknown_birth_date_is_null() -> None:
    case = minimal_case()
    case["members"][2]["birth_date"] = None
    [parsed] = parse_cases(document(case), today=TODAY, agencies=AGENCIES)
    assert parsed.members[2].birth_date is None


def test_bidi_controls_are_stripped_and_zwnj_kept() -> None:
    case = minimal_case()
    case["members"][0]["family_name"] = "\u202eNASSAH-LA\u202c"
    case["members"][1]["native_name"] = "مریم رحیمی\u200cنژاد\u200f"
    [parsed] = parse_cases(document(case), today=TODAY, agencies=AGENCIES)
    assert parsed.members[0].family_name == "NASSAH-LA"
    assert parsed.members[1].native_name == "مریم رحیمی\u200cنژاد"


def test_chain_order_seq_and_amends() -> None:
    case = minimal_case()
    first = case["laufzettel"][0]
    planned = first | {"status": "planned", "date": "2026-05-20T10:30", "next_appointment": None}
    case["laufzettel"] = [first, planned, planned | {"seq": 3, "status": "cancelled", "amends": 2}]
    [parsed] = parse_cases(document(case), today=TODAY, agencies=AGENCIES)
    assert [(e.seq, e.amends) for e in parsed.laufzettel] == [(1, None), (2, None), (3, 2)]
    exported = dump_cases([parsed])["cases"][0]["laufzettel"]
    assert [(e["seq"], e["amends"]) for e in exported] == [(1, None), (2, None), (3, 2)]
    case["laufzettel"][2].update(seq=4, amends=3)
    assert problems_of(document(case)) == [
        Said(
            "$.cases[0].laufzettel[2].seq",
            "Die laufende Nummer muss 3 sein: die Einträge stehen in Reihenfolge.",
        ),
        Said(
            "$.cases[0].laufzettel[2].amends",
            "Ein Eintrag kann nur einen früheren Eintrag derselben Akte ergänzen.",
        ),
    ]


def test_consents_name_agencies_in_the_file_and_uuids_in_the_vault() -> None:
    consent = {
        "given_on": "2026-03-02",
        "store_data": True,
        "share_with_agencies": True,
        "agencies": ["Soforthilfe Herne", "Caritas"],
    }
    problems = problems_of(document(minimal_case(consents=[consent])))
    assert [p.path for p in problems] == ["$.cases[0].consents[0].agencies[1]"]
    consent["agencies"] = ["Soforthilfe Herne"]
    [case] = parse_cases(document(minimal_case(consents=[consent])), today=TODAY, agencies=AGENCIES)
    assert case.consents[0].agencies == ("a-soforthilfe",)
    assert dump_cases([case], agencies=DIRECTORY)["cases"][0]["consents"][0]["agencies"] == [
        "Soforthilfe Herne"
    ]
    with pytest.raises(ValueError, match="a-soforthilfe"):
        dump_cases([case])  # without the directory the name is unknown


def test_export_is_json_and_reimports_to_the_same_cases() -> None:
    [case] = parse_cases(document(minimal_case()), today=TODAY, agencies=AGENCIES)
    text = json.dumps(dump_cases([case]), ensure_ascii=False)
    assert parse_cases(json.loads(text), today=TODAY, agencies=AGENCIES) == [case]


# -- round trip with generated cases ---------------------------------------------------------

ROUND_TRIP_TODAY = dt.date(2031, 1, 1)
LANGUAGE_CODES = ("ar", "fa", "fa-AF", "ckb", "ku", "ps", "ti", "uk", "ru", "de", "en", "tr")
NATIONALITIES = ("SY", "AF", "IR", "IQ", "ER", "UA", "GN", "TR", "XK", "XX", "ZZ")


def _clean(multiline: bool) -> st.SearchStrategy[str]:
    letters = st.characters(
        categories=["L", "M", "N", "P", "Zs"], include_characters="\u200c\u200d\n\t"
    )
    return (
        st.text(letters, max_size=30)
        .map(lambda s: clean_text(s, multiline=multiline))
        .filter(lambda s: multiline or ("\n" not in s and "\t" not in s))
    )


_text = _clean(multiline=False)
_long_text = _clean(multiline=True)
_name = _text.filter(lambda s: s.strip() != "")
_dates = st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))
_moments = st.datetimes(
    dt.datetime(2000, 1, 1),
    dt.datetime(2030, 12, 1),
    timezones=st.just(BERLIN),
    allow_imaginary=False,
)


@st.composite
def _partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(dt.date(1900, 1, 1), dt.date(2030, 12, 31)))
    precision = draw(st.sampled_from(("year", "month", "day")))
    if precision == "year":
        return PartialDate(day.year)
    return PartialDate(day.year, day.month, day.day if precision == "day" else None)


@st.composite
def _members(draw: st.DrawFn, index: int) -> Member:
    codes = draw(st.lists(st.sampled_from(LANGUAGE_CODES), unique=True, max_size=3))
    return Member(
        family_name=draw(_name),
        given_names=draw(_name),
        sex=draw(st.sampled_from(Sex)),
        birth_date=draw(st.none() | _partial_dates()),
        nationality=draw(st.sampled_from(NATIONALITIES)),
        relationship="head" if index == 0 else draw(st.sampled_from(RELATIONSHIPS[1:])),
        native_name=draw(_text),
        languages=tuple(
            SpokenLanguage(code, draw(st.sampled_from(LanguageLevel)), draw(st.booleans()))
            for code in codes
        ),
        german_level=draw(st.sampled_from(GermanLevel)),
        literacy=draw(st.sampled_from(Literacy)),
        schooling_years=draw(st.none() | st.integers(0, 30)),
        last_school=draw(_text),
        work_experience=draw(_text),
        residence_status=draw(st.none() | st.sampled_from(ResidenceStatus)),
        residence_paragraph=draw(_text),
        residence_issued_on=draw(st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2024, 12, 31))),
        residence_valid_until=draw(st.none() | st.dates(dt.date(2031, 1, 1), dt.date(2040, 1, 1))),
        phone=draw(_text),
        bamf_number=draw(_text),
        notes=draw(_long_text),
        uuid=draw(st.sampled_from(("", f"m-{index}"))),
    )


@st.composite
def _entries(draw: st.DrawFn, position: int, member_ids: list[str]) -> LaufzettelEntry:
    when = draw(_moments)
    later = draw(st.none() | st.timedeltas(dt.timedelta(0), dt.timedelta(days=60)))
    return LaufzettelEntry(
        when=when,
        status=draw(st.sampled_from(EntryStatus)),
        agency=draw(st.sampled_from(DIRECTORY)),
        topics=tuple(draw(st.lists(st.sampled_from(Topic), unique=True, max_size=3))),
        information=draw(_long_text),
        agreements=draw(_long_text),
        counsellor=draw(_text),
        next_appointment=None if later is None else (when + later).astimezone(BERLIN),
        members=tuple(draw(st.lists(st.sampled_from(member_ids), unique=True)))
        if member_ids
        else (),
        seq=position,
        amends=draw(st.none() | st.integers(1, position - 1)) if position > 1 else None,
        recorded_by=draw(_text),
        recorded_at=draw(st.none() | _moments),
        uuid=draw(st.sampled_from(("", f"e-{position}"))),
    )


@st.composite
def cases(draw: st.DrawFn) -> Case:
    members = tuple(draw(_members(i)) for i in range(draw(st.integers(1, 4))))
    member_ids = [m.uuid for m in members if m.uuid]
    given_on = draw(_dates)
    shared = tuple(draw(st.lists(st.sampled_from([a.uuid for a in DIRECTORY]), unique=True)))
    return Case(
        number=draw(st.sampled_from(("", "NB-2026-00042"))),
        folder_version=draw(st.sampled_from(FolderVersion)),
        issuing_office=draw(_text),
        issued_on=draw(st.none() | _dates),
        accommodation=draw(_text),
        print_languages=tuple(draw(st.lists(st.sampled_from(LANGUAGE_CODES), unique=True))),
        members=members,
        service_contacts=tuple(
            ServiceContact(draw(_name), draw(_text), draw(_text), draw(_text))
            for _ in range(draw(st.integers(0, 2)))
        ),
        consents=(
            Consent(
                given_on,
                draw(st.booleans()),
                bool(shared) or draw(st.booleans()),
                shared,
                draw(_text),
                draw(st.none() | st.just(given_on + dt.timedelta(days=1))),
            ),
        ),
        laufzettel=tuple(
            draw(_entries(position, member_ids))
            for position in range(1, draw(st.integers(0, 4)) + 1)
        ),
        uuid=draw(st.sampled_from(("", "c-1"))),
    )


def _valid(case: Case) -> bool:
    return validate_case(case, today=ROUND_TRIP_TODAY) == []


# The two nights a year that trip wall-clock times in Berlin.
GAP = dt.datetime(2026, 3, 29, 2, 30, tzinfo=BERLIN)  # never happened: 02:00 became 03:00
SUMMER = dt.datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN)  # 02:30 CEST, 00:30 UTC
WINTER = SUMMER.replace(fold=1)  # 02:30 again, an hour later: 02:30 CET, 01:30 UTC
NO_SUCH_TIME = "Die Uhrzeit 29.03.2026 02:30 gibt es wegen der Umstellung auf Sommerzeit nicht."


def _appointment(when: dt.datetime, following: dt.datetime | None = None) -> Case:
    """A small valid case whose one Laufzettel entry plans `when` (and `following`)."""
    entry = LaufzettelEntry(
        when, EntryStatus.PLANNED, DIRECTORY[0], next_appointment=following, seq=1
    )
    return Case(
        number="NB-2026-00042",
        folder_version=FolderVersion.UNTERKUNFT,
        issuing_office="",
        issued_on=None,
        accommodation="",
        print_languages=(),
        members=(Member("Al-Hassan", "Ahmad", Sex.MALE, None, "SY", "head"),),
        service_contacts=(),
        consents=(),
        laufzettel=(entry,),
    )


def _instants(cases: list[Case]) -> list[dt.datetime | None]:
    """Every time of the cases in UTC: datetimes of one zone compare by wall clock and
    ignore `fold`, so an hour lost in the autumn night would pass `==` unseen."""
    return [
        None if moment is None else moment.astimezone(dt.UTC)
        for case in cases
        for entry in case.laufzettel
        for moment in (entry.when, entry.next_appointment, entry.recorded_at)
    ]


@example([_appointment(GAP)]).via("spring forward: a time that does not exist")
@example([_appointment(dt.datetime(2026, 3, 28, 9, 0, tzinfo=BERLIN), GAP)]).via(
    "a next appointment in the gap"
)
@example([_appointment(SUMMER, WINTER)]).via("fall back: both 02:30s")
@example([_appointment(WINTER)]).via("fall back: the second 02:30 alone")
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(cases().filter(_valid), min_size=1, max_size=3))
def test_round_trip(generated: list[Case]) -> None:
    # Case numbers are unique within a file.
    numbered = [
        dataclasses.replace(c, number=f"{c.number}-{i}") if c.number else c
        for i, c in enumerate(generated)
    ]
    problems = [p for c in numbered for p in validate_case(c, today=ROUND_TRIP_TODAY)]
    if problems:
        # Only the examples in the spring gap get here (the generated cases are valid): a
        # time that does not exist is refused where it is entered, never moved by an hour.
        assert {describe(p) for p in problems} == {NO_SUCH_TIME}
        return
    exported = json.loads(json.dumps(dump_cases(numbered, agencies=DIRECTORY)))
    imported = parse_cases(exported, today=ROUND_TRIP_TODAY, agencies=AGENCIES)
    assert imported == numbered
    assert _instants(imported) == _instants(numbered)


# -- CSV -------------------------------------------------------------------------------------

CSV_HEADER = (
    "household;case_number;folder_version;accommodation;print_languages;family_name;"
    "given_names;native_name;birth_date;sex;nationality;relationship;languages;german_level;"
    "literacy;notes"
)


def csv_text(*rows: str, header: str = CSV_HEADER) -> str:
    return "\r\n".join((header, *rows)) + "\r\n"


GOOD_ROWS = (
    "H1;;unterkunft;Unterkunft Südstraße 3;ar fa-AF;Al-Hassan;Ahmad;أحمد الحسن;1984-03;male;SY;"
    'head;ar:native,de:basic:interpreter;A2;latin;"Braucht Begleitung;\nkein Treppensteigen"',
    "H1;;;;;Müller-Özdemir;Jürgen;;1990;male;TR;spouse;tr:native;none;unknown;",
    ";;;;;;;;;;;;;;;",
    "7;NB-7;jobcenter;Wohnung Bahnhofstraße 1;uk;Kovalenko;Olena;Олена Коваленко;1975-02-28;"
    "female;UA;head;uk:native ru:fluent;B1;;",
)


def csv_problems(text: str) -> list[Said]:
    with pytest.raises(ImportProblems) as caught:
        parse_csv(text, today=TODAY)
    return said(caught.value.problems)


def test_csv_from_german_excel_semicolons_bom_and_umlauts() -> None:
    data = ("\ufeff" + csv_text(*GOOD_ROWS)).encode("utf-8")
    households = parse_csv(decode_csv(data), today=TODAY)
    assert [len(h.members) for h in households] == [2, 1]
    first, second = households
    assert first.accommodation == "Unterkunft Südstraße 3"
    assert first.print_languages == ("ar", "fa-AF")
    assert first.members[1].family_name == "Müller-Özdemir"
    assert first.members[1].given_names == "Jürgen"
    assert first.members[0].languages == (
        SpokenLanguage("ar", LanguageLevel.NATIVE),
        SpokenLanguage("de", LanguageLevel.BASIC, interpreter=True),
    )
    assert first.members[0].notes == "Braucht Begleitung;\nkein Treppensteigen"
    assert first.members[0].birth_date == PartialDate(1984, 3)
    assert second.number == "NB-7"
    assert second.folder_version is FolderVersion.JOBCENTER
    assert second.members[0].native_name == "Олена Коваленко"


def test_csv_with_commas_and_no_bom() -> None:
    header = "household,folder_version,family_name,given_names,sex,nationality,relationship,"
    header += "german_level,languages"
    row = 'a,unterkunft,Haddad,Rami,male,SY,head,none,"ar:native, en:basic"'
    [household] = parse_csv(csv_text(row, header=header), today=TODAY)
    assert household.members[0].birth_date is None
    assert [s.code for s in household.members[0].languages] == ["ar", "en"]


def test_csv_problems_name_row_and_column_and_import_nothing() -> None:
    rows = list(GOOD_ROWS)
    rows[1] = rows[1].replace(";1990;", ";2030;").replace("tr:native", "tr:native,xx:basic")
    rows[3] = rows[3].replace(";UA;", ";Ukraine;").replace("uk:native ", "uk ")
    assert csv_problems(csv_text(*rows)) == [
        Said(
            "row 5, column languages",
            "„uk“: erwartet Sprache:Niveau oder Sprache:Niveau:interpreter, "
            "z. B. ar:native oder fa:basic:interpreter.",
        ),
        Said("row 3, column birth_date", "Das Geburtsdatum liegt in der Zukunft."),
        Said("row 3, column languages", "Unbekannter Sprachcode „xx“."),
        Said(
            "row 5, column nationality",
            "Unbekannte Staatsangehörigkeit „UKRAINE“: erwartet wird ein Ländercode nach "
            "ISO 3166 (z. B. SY), XX für staatenlos oder ZZ für ungeklärt.",
        ),
    ]


def test_csv_blank_required_cell_and_conflicting_household_values() -> None:
    rows = list(GOOD_ROWS)
    rows[1] = rows[1].replace("H1;;;", "H1;;jobcenter;").replace(";male;", ";;")
    assert csv_problems(csv_text(*rows)) == [
        Said(
            "row 3, column folder_version",
            "„jobcenter“ weicht von Zeile 2 desselben Haushalts ab („unterkunft“).",
        ),
        Said("row 3, column sex", "Pflichtangabe fehlt."),
    ]


def test_csv_header_problems() -> None:
    header = CSV_HEADER.replace("given_names", "vorname").replace("notes", "notes;notes")
    assert csv_problems(csv_text(*GOOD_ROWS, header=header)) == [
        Said("row 1, column vorname", "Unbekannte Spalte „vorname“."),
        Said("row 1, column notes", "Die Spalte ist doppelt vorhanden."),
        Said("row 1, column given_names", "Die Spalte fehlt."),
    ]


def test_csv_household_column_and_member_count() -> None:
    row = GOOD_ROWS[1].replace("H1", "")
    assert csv_problems(csv_text(GOOD_ROWS[0], row)) == [
        Said("row 3, column household", "Pflichtangabe fehlt.")
    ]
    many = [GOOD_ROWS[1].replace("spouse", "child")] * 30
    assert csv_problems(csv_text(GOOD_ROWS[0], *many)) == [
        Said(
            "row 2, column household", "Ein Haushalt hat höchstens 30 Mitglieder, hier sind es 31."
        )
    ]


def test_csv_that_is_not_utf8_is_refused_with_advice() -> None:
    data = csv_text(*GOOD_ROWS).encode("cp1252", errors="replace")
    with pytest.raises(ImportProblems) as caught:
        decode_csv(data)
    [problem] = said(caught.value.problems)
    assert problem.path == "row 2"
    assert "CSV UTF-8" in problem.message


def test_csv_bidi_controls_stripped_from_names() -> None:
    row = GOOD_ROWS[0].replace("Al-Hassan;Ahmad", "\u202eAl-Hassan\u202c;\u2067Ahmad\u2069")
    [household] = parse_csv(csv_text(row), today=TODAY)
    assert (household.members[0].family_name, household.members[0].given_names) == (
        "Al-Hassan",
        "Ahmad",
    )


# -- hostile input ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["0001-01-01T00:30", "9999-12-31T23:30-05:00", "1899-12-31"])
def test_times_far_out_are_refused_not_crashed_on(text: str) -> None:
    case = minimal_case()
    case["laufzettel"][0].update(date=text, next_appointment=None)
    assert problems_of(document(case)) == [
        Said("$.cases[0].laufzettel[0].date", "Das Datum muss zwischen 1900 und 2200 liegen.")
    ]


def test_echoed_values_cannot_garble_messages() -> None:
    case = minimal_case()
    case["members"][0]["sex"] = "\u202emale\ud800" + "x" * 1000
    case["members"][0]["\u202ename"] = "x"
    problems = problems_of(document(case))
    assert problems[0] == Said(
        "$.cases[0].members[0].\\u202ename", "Unbekannter Schlüssel „\\u202ename“."
    )
    assert problems[1].message.startswith("Unbekannter Wert „\\u202emale\\ud800xxx")
    assert len(problems[1].message) < 200
    for problem in problems:
        str(problem).encode("utf-8")  # printable: no lone surrogate left

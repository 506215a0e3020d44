"""The demo households are varied, plausible, correctly written and drawn lazily."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import itertools
import re
from collections import Counter

import babel
import pytest

from neubeginn.demo import demo_agencies, demo_households
from neubeginn.demo.names import list_keys, name_list
from neubeginn.model.domain.values import Case, EntryStatus, ResidenceStatus

TODAY = dt.date(2026, 3, 1)

# Every agency that ../shared/domain.md names under "Agencies that append to the Laufzettel".
DOMAIN_AGENCIES = (
    "Caritasverband Herne e.V.",
    "Arbeiterwohlfahrt (AWO) Ruhr-Mitte",
    "Jugendmigrationsdienst",
    "Deutsches Rotes Kreuz Kreisverband Herne und Wanne-Eickel e.V.",
    "Eine Welt Zentrum Herne",
    "Gesellschaft Freie Sozialarbeit e.V. (GFS)",
    "Jüdische Gemeinde Bochum-Herne-Hattingen",
    "Malteser Hilfsdienst e.V.",
    "Plan B Ruhr e.V.",
    "Integration Point",
    "Jobcenter Herne",
    "Agentur für Arbeit",
    "Bundesamt für Migration und Flüchtlinge (BAMF)",
    "FB 41 Soziales (Sonstige Hilfen und Wohnen)",
    "FB 24 Ausländer- und Staatsangehörigkeitswesen",
    "FB 31 Kommunales Integrationszentrum",
    "Volkshochschule",
    "Bildungsbüro",
    "FB 42 Kinder-Jugend-Familie (Familienbüro, Kindertagesbetreuung)",
    "FB 43 Gesundheitsmanagement",
    "Soforthilfe Herne",
    "Gemeinnützige Beschäftigungsgesellschaft Herne (GBH)",
    "Bobeq",
    "Tertia",
    "Internationaler Bund",
)
PRINT_LANGUAGES = {"ar", "fa", "en", "fr", "ru", "uk", "tr", "ro", "bg", "ps", "fa-AF", "ckb", "ku"}
RELATIONSHIPS = {"head", "spouse", "child", "parent", "sibling", "grandchild", "other_relative"}
ORIGINS = {"SY", "AF", "IR", "IQ", "ER", "UA", "GN", "TR", "SO", "NG", "GE", "RU", "YE", "XX"}

ARABIC_BLOCK = r"[\u0600-\u06ff\u200c ]+"
SCRIPTS = {
    "arabic": re.compile(ARABIC_BLOCK),
    "ethiopic": re.compile(r"[\u1200-\u137f ]+"),
    "cyrillic": re.compile(r"[\u0400-\u04ff ]+"),
    "georgian": re.compile(r"[\u10d0-\u10ff ]+"),
}
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:[-' ][A-Za-z\u00c0-\u024f]+)*")
PERSIAN_ONLY = set("پچژگیک")
ARABIC_YEH_KAF = set("يكى")  # Persian and Sorani write ی and ک instead


@pytest.fixture(scope="module")
def agencies():
    return demo_agencies()


@pytest.fixture(scope="module")
def cases(agencies) -> list[Case]:
    return list(demo_households(1000, today=TODAY, agencies=agencies))


@pytest.fixture(scope="module")
def members(cases):
    return [(case, member) for case in cases for member in case.members]


def test_same_seed_gives_the_same_households(agencies):
    first = list(demo_households(40, seed=7, today=TODAY, agencies=agencies))
    again = list(demo_households(40, seed=7, today=TODAY, agencies=agencies))
    other = list(demo_households(40, seed=8, today=TODAY, agencies=agencies))
    assert first == again
    assert first != other


def test_households_are_drawn_lazily(agencies):
    households = demo_households(100_000, today=TODAY, agencies=agencies)
    assert inspect.isgenerator(households)
    assert len(list(itertools.islice(households, 5))) == 5


def test_negative_count_is_refused(agencies):
    with pytest.raises(ValueError, match="negative"):
        demo_households(-1, today=TODAY, agencies=agencies)


def test_every_origin_and_household_shape_occurs(cases, members):
    assert {member.nationality for _, member in members} >= ORIGINS
    codes = {language.code for _, member in members for language in member.languages}
    assert {"ku", "ckb", "fa-AF", "ps", "ti", "uk", "ff", "sus", "so", "ka"} <= codes
    sizes = Counter(len(case.members) for case in cases)
    assert sizes[1] > 200  # many single newcomers
    assert max(sizes) >= 9  # and some large families
    relationships = {member.relationship for _, member in members}
    assert relationships == RELATIONSHIPS


def test_birth_dates_are_often_partial(members):
    precision = Counter(
        "year" if m.birth_date.month is None else "month" if m.birth_date.day is None else "day"
        for _, m in members
        if m.birth_date is not None
    )
    total = sum(precision.values())
    assert 0.10 <= precision["year"] / total <= 0.20
    assert 0.06 <= precision["month"] / total <= 0.14


def test_generations_are_plausible(cases):
    for case in cases:
        head = case.head
        assert head is not None and head.birth_date is not None
        assert TODAY.year - head.birth_date.year >= 18
        for member in case.members:
            assert member.birth_date is not None
            year, head_year = member.birth_date.year, head.birth_date.year
            if member.relationship == "child":
                assert year - head_year >= 16, case.number
                for spouse in (m for m in case.members if m.relationship == "spouse"):
                    assert spouse.birth_date is not None
                    assert year - spouse.birth_date.year >= 16, case.number
            elif member.relationship == "grandchild":
                assert year - head_year >= 32, case.number
            elif member.relationship == "parent":
                assert head_year - year >= 16, case.number


def _expected_script(member) -> str:
    mother_tongue = member.languages[0].code
    if member.nationality in ("SY", "IQ", "YE", "XX"):
        return (
            "sorani" if mother_tongue in ("ckb", "ku") and member.nationality == "IQ" else "arabic"
        )
    return {
        "AF": "persian",
        "IR": "persian",
        "ER": "ethiopic",
        "UA": "ukrainian",
        "RU": "russian",
        "GE": "georgian",
    }.get(member.nationality, "" if member.nationality != "ZZ" else "ethiopic or none")


def test_native_names_are_in_the_right_script(members):
    seen = Counter()
    for _, member in members:
        native, script = member.native_name, _expected_script(member)
        seen[script] += 1
        if script in ("", "ethiopic or none"):
            assert native == "" or SCRIPTS["ethiopic"].fullmatch(native), native
            continue
        assert native and " " in native, member
        if script in ("arabic", "sorani", "persian"):
            assert SCRIPTS["arabic"].fullmatch(native), native
        elif script in ("ukrainian", "russian"):
            assert SCRIPTS["cyrillic"].fullmatch(native), native
        else:
            assert SCRIPTS[script].fullmatch(native), native
        if script == "arabic":
            assert not PERSIAN_ONLY & set(native), native
        if script in ("persian", "sorani"):
            assert not ARABIC_YEH_KAF & set(native), native
        if script == "ukrainian":
            assert not set("ыэъё") & set(native.lower()), native
        if script == "russian":
            assert not set("іїєґ") & set(native.lower()), native
    assert {"arabic", "sorani", "persian", "ethiopic", "ukrainian", "russian", "georgian"} <= set(
        seen
    )


LIST_SCRIPTS = {
    "arabic_": "arabic",
    "syrian_": "arabic",
    "iraqi_": "arabic",
    "yemeni_": "arabic",
    "palestinian_": "arabic",
    "kurmanji_sy_": "arabic",
    "sorani_": "sorani",
    "afghan_": "persian",
    "iranian_": "persian",
    "tigrinya_": "ethiopic",
    "ukrainian_": "ukrainian",
    "russian_": "russian",
    "georgian_": "georgian",
    "turkish_": "",
    "kurmanji_tr_": "",
    "guinean_": "",
    "somali_": "",
    "nigerian_": "",
}


def test_every_name_list_is_checked_for_its_script():
    unchecked = [k for k in list_keys() if not k.startswith((*LIST_SCRIPTS, "staff_"))]
    assert unchecked == []


@pytest.mark.parametrize("prefix", LIST_SCRIPTS)
def test_every_name_of_the_lists_is_well_written(prefix):
    script = LIST_SCRIPTS[prefix]
    lists = {key: name_list(key) for key in list_keys() if key.startswith(prefix)}
    assert lists
    for key, names in lists.items():
        if prefix in ("arabic_", "afghan_", "iranian_", "ukrainian_", "turkish_", "guinean_"):
            assert len(names) >= 40, key  # the big origins
        assert len({name.latin[0] for name in names}) == len(names), key
        for name in names:
            assert name.latin and all(LATIN.fullmatch(spelling) for spelling in name.latin)
            assert len(set(name.latin)) == len(name.latin), name
            native = name.native
            if not script:
                assert native == "", name
            elif script in ("arabic", "sorani", "persian"):
                assert re.fullmatch(ARABIC_BLOCK, native), name
                forbidden = PERSIAN_ONLY if script == "arabic" else ARABIC_YEH_KAF
                assert not forbidden & set(native), name
            elif script == "ukrainian":
                assert SCRIPTS["cyrillic"].fullmatch(native), name
                assert not set("ыэъё") & set(native.lower()), name
            elif script == "russian":
                assert SCRIPTS["cyrillic"].fullmatch(native), name
                assert not set("іїєґ") & set(native.lower()), name
            else:
                assert SCRIPTS[script].fullmatch(native), name


def test_persian_names_use_zwnj_and_persian_letters(members):
    persian = [m.native_name for _, m in members if m.nationality in ("AF", "IR")]
    assert any("\u200c" in name for name in persian)
    assert any(set("پچژگ") & set(name) for name in persian)


def test_latin_spellings_vary_but_stay_consistent_in_a_family(cases, members):
    given = Counter(m.given_names.split()[0] for _, m in members)
    assert given["Mohammed"] and given["Muhammad"] and given["Mohamad"]
    for case in cases:
        children = {m.family_name for m in case.members if m.relationship == "child"}
        if case.members[0].nationality not in ("UA", "RU"):  # feminine forms there
            assert len(children) <= 1, case.number
        head = case.head
        if head and head.nationality == "ER" and head.sex.value == "male":
            for child in (m for m in case.members if m.relationship == "child"):
                assert child.family_name == head.given_names.split()[0]  # father's given name


def test_codes_are_valid(cases, members):
    locale = babel.Locale("de")
    languages = set(locale.languages) | {"fa-AF", "ckb", "ku"}
    territories = set(locale.territories) | {"XX", "ZZ"}
    for _, member in members:
        assert member.relationship in RELATIONSHIPS
        assert member.nationality in territories
        for language in member.languages:
            assert language.code.replace("-", "_") in languages or language.code in languages
    for case in cases:
        assert case.print_languages and set(case.print_languages) <= PRINT_LANGUAGES
        assert re.fullmatch(r"NB-20\d\d-\d{5}", case.number)
    assert len({case.number for case in cases}) == len(cases)


def test_person_sheets_are_filled_like_an_issuing_desk_would(cases, members):
    for case in cases:
        jobcenter = case.folder_version.value == "jobcenter"
        assert case.issuing_office == (
            "Jobcenter Herne"
            if jobcenter
            else "Stadt Herne, FB 41 Soziales – Sonstige Hilfen und Wohnen"
        )
        assert case.issued_on is not None and case.issued_on <= TODAY
        for member in case.members:
            assert bool(member.jobcenter_number) == jobcenter
            if jobcenter:
                assert re.fullmatch(r"36501//\d{7}", member.jobcenter_number)
            if member.bamf_number:
                assert re.fullmatch(r"\d{7}-\d{3}", member.bamf_number)
            if member.residence_status is ResidenceStatus.NIEDERLASSUNGSERLAUBNIS:
                assert member.residence_valid_until is None
            else:
                assert member.residence_valid_until and member.residence_valid_until > TODAY
        offices = {contact.office for contact in case.service_contacts}
        assert "Ausländerbehörde Herne" in offices
    paragraphs = Counter(m.residence_paragraph for _, m in members)
    assert paragraphs["§ 24 AufenthG"] and paragraphs["§ 25 Abs. 2 AufenthG"]
    work = [m.work_experience for _, m in members if m.work_experience]
    assert any(re.fullmatch(r"[\w -]+, \d+ Jahre", text) for text in work)


def test_consent_names_agencies_of_the_directory(cases, agencies):
    names = {agency.name for agency in agencies}
    shared = 0
    for case in cases:
        (consent,) = case.consents
        assert consent.given_on == case.issued_on and consent.store_data
        assert set(consent.agencies) <= names
        assert consent.share_with_agencies == bool(consent.agencies)
        if consent.share_with_agencies:
            shared += 1
            assert 2 <= len(consent.agencies) <= 5
    assert shared > 0.8 * len(cases)


def test_laufzettel_is_a_chronological_chain(cases, agencies):
    statuses = Counter()
    for case in cases:
        entries = case.laufzettel
        assert len(entries) <= 15
        assert [entry.seq for entry in entries] == list(range(1, len(entries) + 1))
        for previous, entry in itertools.pairwise(entries):
            assert previous.when <= entry.when, case.number
        for entry in entries:
            statuses[entry.status] += 1
            assert entry.when.tzinfo is not None and str(entry.when.tzinfo) == "Europe/Berlin"
            assert entry.when.date() >= case.issued_on
            assert entry.agency in agencies
            assert set(entry.topics) <= set(entry.agency.topics)
            assert entry.information and entry.counsellor
            if entry.when.date() > TODAY:  # today the folder may just have been handed out
                assert entry.status is EntryStatus.PLANNED
            if entry.next_appointment is not None:
                assert entry.next_appointment > entry.when
            if entry.amends is not None:
                amended = entries[entry.amends - 1]
                assert amended.seq < entry.seq
                assert amended.status is EntryStatus.PLANNED
                assert (amended.when, amended.agency) == (entry.when, entry.agency)
                assert entry.status is not EntryStatus.PLANNED
    assert all(statuses[status] for status in EntryStatus)
    amendments = sum(1 for case in cases for entry in case.laufzettel if entry.amends)
    assert amendments > 100


def test_agency_seed_holds_every_agency_of_the_domain(agencies):
    names = [agency.name for agency in agencies]
    for expected in DOMAIN_AGENCIES:
        assert any(expected in name for name in names), expected
    assert len(set(names)) == len(names)
    assert len({agency.short_name for agency in agencies}) == len(agencies)
    for agency in agencies:
        assert agency.address.endswith("Herne") and agency.phone.startswith("02323 000-")
        assert agency.email.endswith(".example")
        assert agency.opening_hours and agency.topics and not agency.uuid


def test_consent_uses_agency_uuids_once_the_vault_assigned_them(agencies):
    stored = [dataclasses.replace(agency, uuid=f"uuid-{i}") for i, agency in enumerate(agencies)]
    uuids = {agency.uuid for agency in stored}
    for case in demo_households(50, today=TODAY, agencies=stored):
        assert set(case.consents[0].agencies) <= uuids

"""Finding a case by a member's name in the spelling at hand, by case number, by birth year."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neubeginn.model.search.index import SearchIndex
from neubeginn.model.search.names import (
    member_search_terms,
    member_search_text,
    name_tokens,
    token_keys,
)


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    native: str = ""
    born: int | None = None


def build(*cases: list[Person], as_text: bool = False) -> SearchIndex:
    """An index of the given households, numbered NB-2026-00001, -00002 … in order.

    as_text stores the compact member_search_text() instead of member_search_terms().
    """
    index = SearchIndex()
    for serial, people in enumerate(cases, start=1):
        members: list[list[list[str]]] | str = (
            " ".join(member_search_text(p.family, p.given, p.native) for p in people)
            if as_text
            else [member_search_terms(p.family, p.given, p.native) for p in people]
        )
        index.add(
            serial,
            f"NB-2026-{serial:05d}",
            members,
            [p.born for p in people if p.born is not None],
        )
    return index


def found(index: SearchIndex, query: str) -> list[int]:
    """Case ids in the order the search list shows them."""
    return [hit.case_id for hit in index.search(query, limit=100)]


OTHER = [Person("Kidane", "Tesfay", "ተስፋይ ኪዳነ", 1980)]

VARIANTS = [
    ("Mohammed", "Muhammad"),
    ("Mohammed", "Mohamad"),
    ("Mohammed", "Muhammed"),
    ("Mohammed", "Mehmet"),
    ("Abd al-Rahman", "Abdel Rahman"),
    ("Abd al-Rahman", "Abdul Rahman"),
    ("Abd al-Rahman", "Abdulrahman"),
    ("Abdel Rahman", "Abdulrahman"),
    ("Abd ar-Rahman", "Abdurrahman"),
    ("Hussein", "Husain"),
    ("Hussein", "Hussain"),
    ("Yusuf", "Youssef"),
    ("Yusuf", "Jusuf"),
    ("Mahmoud", "Mahmud"),
    ("Sameer", "Samir"),
    ("Khalid", "Chalid"),
    ("Jamal", "Dschamal"),
    ("Jamal", "Djamal"),
    ("Schirin", "Shirin"),
    ("Wladimir", "Vladimir"),
    ("Schewtschenko", "Shevchenko"),
    ("Alexander", "Aleksandr"),
    ("Mustapha", "Mustafa"),
    ("Qasim", "Kasim"),
    ("Ghulam", "Gulam"),
    ("Şahin", "Sahin"),
    ("Şahin", "Schahin"),
    ("Çelik", "Tschelik"),
    ("Erdoğan", "Erdogan"),
    ("Olena", "Jelena"),
    ("Mohammadreza", "Mohammad Reza"),
    ("Al-Hassan", "Alhassan"),
    ("Al-Hassan", "El Hassan"),
    ("José", "JOSE"),
]


@pytest.mark.parametrize("as_text", [False, True], ids=["terms", "text"])
@pytest.mark.parametrize(("stored", "typed"), VARIANTS)
def test_a_variant_spelling_finds_the_case_either_way(
    stored: str, typed: str, as_text: bool
) -> None:
    index = build([Person("Haddad", stored)], OTHER, as_text=as_text)
    assert found(index, typed) == [1]
    index = build([Person("Haddad", typed)], OTHER, as_text=as_text)
    assert found(index, stored) == [1]


@pytest.mark.parametrize(
    ("stored", "typed"),
    [("Olena", "Ali"), ("Ali", "Olena"), ("Mohammed", "Ahmed"), ("Fatima", "Zahra")],
)
def test_a_clearly_different_name_finds_nothing(stored: str, typed: str) -> None:
    index = build([Person("Haddad", stored)])
    assert found(index, typed) == []


def test_the_family_name_and_a_name_of_any_member_find_the_household() -> None:
    household = [Person("Ahmadi", "Zahra", born=1984), Person("Ahmadi", "Omid", born=2012)]
    index = build(household, OTHER)
    assert found(index, "ahmadi") == [1]
    assert found(index, "Omid") == [1]
    assert found(index, "zahra omid") == [1]  # two members of one household


def test_every_word_typed_must_match_the_same_case() -> None:
    index = build(
        [Person("Ahmadi", "Mohammed")], [Person("Karimi", "Mohammed")], [Person("Ahmadi", "Ali")]
    )
    assert found(index, "Mohammed Ahmadi") == [1]
    assert found(index, "Mohammed") == [1, 2]
    assert found(index, "Mohammed Nazari") == []


def test_an_article_before_a_name_may_be_left_out_or_added() -> None:
    index = build([Person("Hassan", "Ali")], [Person("Al-Hassan", "Omar")], OTHER)
    assert set(found(index, "al hassan")) == {1, 2}
    assert found(index, "omar hassan") == [2]


def test_the_spelling_typed_comes_before_a_variant_before_a_completion() -> None:
    index = build(
        [Person("Husseinzadeh", "Reza")],
        [Person("Hassan", "Ali")],
        [Person("Hussein", "Ali")],
    )
    assert found(index, "Hussein") == [3, 2, 1]


def test_the_closer_variant_comes_first() -> None:
    index = build([Person("Hassan", "Ali")], [Person("Hussein", "Ali")])
    assert found(index, "Husein") == [2, 1]


def test_equal_matches_are_listed_in_case_number_order() -> None:
    index = SearchIndex()
    terms = [member_search_terms("Karimi", "Reza", "")]
    for case_id, number in ((7, "NB-2026-00003"), (5, "NB-2026-00009"), (9, "NB-2025-00100")):
        index.add(case_id, number, terms, [])
    assert found(index, "karimi") == [9, 7, 5]


def test_names_are_found_while_being_typed() -> None:
    index = build([Person("Schewtschenko", "Mohammed")], [Person("Haddad", "Mona")])
    assert found(index, "moha") == [1]
    assert found(index, "mo") == [2, 1]  # the nearer completion first: Mona, then Mohammed
    assert found(index, "schewt") == [1]
    assert found(index, "mohammed sch") == [1]


def test_an_exact_match_comes_before_a_completion() -> None:
    index = build([Person("Alina", "Zahra")], [Person("Ali", "Zahra")])
    assert found(index, "ali") == [2, 1]


@pytest.mark.parametrize("as_text", [False, True], ids=["terms", "text"])
def test_a_native_script_name_is_found_in_its_own_script(as_text: bool) -> None:
    index = build(
        [Person("Al-Hassan", "Mohammed", "مُحَمَّد الحَسَن")],
        [Person("Karimi", "Zahra", "زهرا کریمی")],
        [Person("Shevchenko", "Olena", "Олена Шевченко")],
        OTHER,
        as_text=as_text,
    )
    assert found(index, "محمد") == [1]
    assert found(index, "حسن") == [1]  # without the article, as in حسن
    assert found(index, "كريمي") == [2]  # Arabic kaf and yeh for the Persian letters
    assert found(index, "ОЛЕНА") == [3]
    assert found(index, "ተስፋይ") == [4]
    assert found(index, "مح") == [1]  # while typing


def test_arabic_and_persian_spellings_fold_to_one() -> None:
    assert name_tokens("مُحَمَّد") == name_tokens("محمد")
    assert name_tokens("أحمد") == name_tokens("احمد")
    assert name_tokens("فاطمة") == name_tokens("فاطمه")
    assert name_tokens("ذبیح‌الله") == name_tokens("ذبيحالله")  # ZWNJ, Persian yeh
    assert name_tokens("Алёна") == name_tokens("алена")


def test_a_name_typed_in_cyrillic_finds_its_latin_transliteration() -> None:
    index = build([Person("Shevchenko", "Olena")], OTHER)
    assert found(index, "Шевченко") == [1]


def test_names_fold_case_accents_and_split_at_hyphens() -> None:
    assert name_tokens("Abd al-Rahman Al-Hassan") == ["abd", "al", "rahman", "al", "hassan"]
    assert name_tokens("ÇELİK Sa'id") == ["celik", "said"]
    assert set(token_keys("mohammed")) & set(token_keys("mehmet"))


def test_a_case_is_found_by_its_number() -> None:
    index = build(*([Person("Haddad", "Ali")] for _ in range(45)))
    assert found(index, "NB-2026-00042") == [42]
    assert found(index, "nb 2026 00042") == [42]
    assert found(index, "2026-00042") == [42]
    assert found(index, "00042") == [42]
    assert found(index, "42") == [42]
    assert found(index, "NB-2026-0004")[:4] == [40, 41, 42, 43]


def test_a_birth_year_finds_the_households_with_a_member_born_then() -> None:
    index = build(
        [Person("Haddad", "Ali", born=1990), Person("Haddad", "Mona", born=2015)],
        [Person("Karimi", "Reza", born=1991)],
        [Person("Haddad", "Omar", born=1975)],
    )
    assert found(index, "1990") == [1]
    assert found(index, "2015") == [1]
    assert found(index, "haddad 1975") == [3]


def test_removing_and_replacing_a_case() -> None:
    index = build([Person("Haddad", "Ali")], [Person("Karimi", "Reza")])
    index.remove(1)
    assert found(index, "Haddad") == []
    assert len(index) == 1
    index.add(2, "NB-2026-00002", [member_search_terms("Nazari", "Reza", "")], [1970])
    assert found(index, "Karimi") == []
    assert found(index, "Nazari") == [2]
    assert found(index, "NB-2026-00002") == [2]
    assert found(index, "1970") == [2]
    index.remove(99)  # unknown: nothing happens
    index.clear()
    assert len(index) == 0
    assert found(index, "Nazari") == []


def test_a_case_given_twice_at_unlock_is_indexed_as_given_last() -> None:
    index = SearchIndex()
    index.add_many(
        [
            (1, "NB-2026-00001", member_search_text("Haddad", "Ali", ""), [1990]),
            (1, "NB-2026-00001", member_search_text("Karimi", "Reza", ""), [1991]),
        ]
    )
    assert len(index) == 1
    assert found(index, "Haddad") == found(index, "1990") == []
    assert found(index, "Karimi") == found(index, "1991") == found(index, "00001") == [1]


def test_terms_stored_as_json_build_the_same_index() -> None:
    terms = member_search_terms("Al-Hassan", "Abd al-Rahman", "عبد الرحمن الحسن")
    stored = json.loads(json.dumps(terms))
    index = SearchIndex()
    index.add_many([(1, "NB-2026-00001", [stored], [1980])])
    assert found(index, "Abdulrahman Alhassan") == [1]
    assert found(index, "عبدالرحمن") == [1]
    assert found(index, "1980") == [1]


def test_text_form_and_terms_form_find_the_same_households() -> None:
    people = [
        [Person("Al-Hassan", "Abd al-Rahman", "عبد الرحمن الحسن", 1980)],
        [Person("Şahin", "Ayşe", "", 1990), Person("Şahin", "Mehmet", "", 2015)],
        [Person("Schewtschenko", "Olena", "Олена Шевченко", 1979)],
    ]
    terms, text = build(*people), build(*people, as_text=True)
    for query in ("abdulrahman", "shahin", "ayse 1990", "shevchenko", "олена", "NB-2026-00002"):
        assert found(terms, query) == found(text, query) != []


def test_an_empty_query_or_limit_finds_nothing() -> None:
    index = build([Person("Haddad", "Ali")])
    assert found(index, "  - ") == []
    assert index.search("Ali", limit=0) == []


_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüéçşğıßABCDEFGHIJKLMNOPRSTUVWXYZÇŞİ"
_words = st.text(alphabet=_LETTERS, min_size=1, max_size=10)
_names = st.lists(_words, min_size=1, max_size=3).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(family=_names, first=_words, rest=st.lists(_words, max_size=2), as_text=st.booleans())
def test_a_name_always_finds_its_own_case(
    family: str, first: str, rest: list[str], as_text: bool
) -> None:
    given_names = " ".join([first, *rest])
    index = build(
        [Person("Haddad", "Ali")],
        [Person(family, given_names)],
        [Person("Kidane", "Tesfay")],
        as_text=as_text,
    )
    assert 2 in found(index, f"{given_names} {family}")
    for end in range(3, len(first) + 1):
        assert 2 in found(index, first[:end])

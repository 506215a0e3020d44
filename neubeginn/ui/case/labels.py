"""German words (through tr) for the domain's values, and Babel's German names of languages
and countries for the pickers."""

from __future__ import annotations

import functools
import unicodedata

from babel import Locale
from PySide6.QtCore import QCoreApplication

from neubeginn.model import (
    RELATIONSHIPS,
    STATELESS,
    UNKNOWN_NATIONALITY,
    EntryStatus,
    FolderVersion,
    GermanLevel,
    LanguageLevel,
    Literacy,
    ResidenceStatus,
    Sex,
    Topic,
    nationality_codes,
)

# Module functions have no self.tr(); pyside6-lupdate finds `translate("Labels", "…")`
# calls with literal arguments, so every string is written out that way.
translate = QCoreApplication.translate

#: The languages the inserts are printed in besides German, in the folder's order.
PRINT_LANGUAGES = ("ar", "fa", "en", "fr", "ru", "uk", "tr", "ro", "bg", "ps", "fa-AF", "ckb", "ku")


def topics() -> dict[Topic, str]:
    """The folder's topic sections in the folder's order."""
    return {
        Topic.ASYL: translate("Labels", "Asyl"),
        Topic.GELD: translate("Labels", "Geld/Leistungen"),
        Topic.BERATUNG: translate("Labels", "Beratung und Hilfe"),
        Topic.GESUNDHEIT: translate("Labels", "Gesundheit"),
        Topic.NAHRUNG: translate("Labels", "Nahrung"),
        Topic.MOBILITAET: translate("Labels", "Mobilität"),
        Topic.SCHULE: translate("Labels", "Schule und Kindergarten"),
        Topic.SPRACHERWERB: translate("Labels", "Spracherwerb"),
        Topic.FREIZEIT: translate("Labels", "Freizeit"),
        Topic.WOHNUNG: translate("Labels", "Wohnung"),
        Topic.ARBEIT: translate("Labels", "Arbeit"),
    }


def entry_statuses() -> dict[EntryStatus, str]:
    return {
        EntryStatus.PLANNED: translate("Labels", "geplant"),
        EntryStatus.ATTENDED: translate("Labels", "wahrgenommen"),
        EntryStatus.MISSED: translate("Labels", "versäumt"),
        EntryStatus.CANCELLED: translate("Labels", "abgesagt"),
    }


def folder_versions() -> dict[FolderVersion, str]:
    return {
        FolderVersion.UNTERKUNFT: translate("Labels", "Version A – Unterkunft"),
        FolderVersion.JOBCENTER: translate("Labels", "Version B – Jobcenter"),
    }


def sexes() -> dict[Sex, str]:
    return {
        Sex.FEMALE: translate("Labels", "weiblich"),
        Sex.MALE: translate("Labels", "männlich"),
        Sex.DIVERSE: translate("Labels", "divers"),
        Sex.UNKNOWN: translate("Labels", "unbekannt"),
    }


def language_levels() -> dict[LanguageLevel, str]:
    return {
        LanguageLevel.NATIVE: translate("Labels", "Muttersprache"),
        LanguageLevel.FLUENT: translate("Labels", "fließend"),
        LanguageLevel.BASIC: translate("Labels", "Grundkenntnisse"),
    }


def german_levels() -> dict[GermanLevel, str]:
    levels = {level: level.value for level in GermanLevel}
    levels[GermanLevel.NONE] = translate("Labels", "keine Deutschkenntnisse")
    return levels


def literacies() -> dict[Literacy, str]:
    return {
        Literacy.UNKNOWN: translate("Labels", "unbekannt"),
        Literacy.NONE: translate("Labels", "kann nicht lesen und schreiben"),
        Literacy.OWN_SCRIPT: translate("Labels", "liest und schreibt in eigener Schrift"),
        Literacy.LATIN: translate("Labels", "liest und schreibt in lateinischer Schrift"),
    }


def residence_statuses() -> dict[ResidenceStatus, str]:
    return {
        ResidenceStatus.AUFENTHALTSGESTATTUNG: translate("Labels", "Aufenthaltsgestattung"),
        ResidenceStatus.DULDUNG: translate("Labels", "Duldung"),
        ResidenceStatus.AUFENTHALTSERLAUBNIS: translate("Labels", "Aufenthaltserlaubnis"),
        ResidenceStatus.NIEDERLASSUNGSERLAUBNIS: translate("Labels", "Niederlassungserlaubnis"),
        ResidenceStatus.OTHER: translate("Labels", "anderer Status"),
    }


def relationships() -> dict[str, str]:
    """Relationship to the head of household, in the order of validation.RELATIONSHIPS."""
    names = {
        "head": translate("Labels", "Haushaltsvorstand"),
        "spouse": translate("Labels", "Ehepartner/in"),
        "partner": translate("Labels", "Lebenspartner/in"),
        "child": translate("Labels", "Kind"),
        "stepchild": translate("Labels", "Stiefkind"),
        "parent": translate("Labels", "Elternteil"),
        "sibling": translate("Labels", "Geschwister"),
        "grandchild": translate("Labels", "Enkelkind"),
        "grandparent": translate("Labels", "Großelternteil"),
        "other_relative": translate("Labels", "andere/r Verwandte/r"),
        "other": translate("Labels", "andere Person"),
    }
    return {code: names[code] for code in RELATIONSHIPS}


def sort_key(name: str) -> str:
    """German dictionary order, near enough: "Ägypten" next to "Afghanistan", not after "Z"."""
    decomposed = unicodedata.normalize("NFD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@functools.cache
def _languages() -> dict[str, str]:
    return {str(code).replace("_", "-"): name for code, name in Locale("de").languages.items()}


def language_name(code: str) -> str:
    """Babel's German name of a language (BCP 47 code such as "fa-AF"), else the code."""
    return _languages().get(code, code)


@functools.cache
def languages() -> tuple[tuple[str, str], ...]:
    """(code, German name) of every language CLDR knows, by name."""
    return tuple(sorted(_languages().items(), key=lambda item: sort_key(item[1])))


def countries() -> list[tuple[str, str]]:
    """(code, German name) of every nationality: stateless and unknown first, then by name."""
    territories = Locale("de").territories
    known = nationality_codes() - {STATELESS, UNKNOWN_NATIONALITY}
    named = sorted(((code, territories[code]) for code in known), key=lambda i: sort_key(i[1]))
    return [
        (STATELESS, translate("Labels", "staatenlos")),
        (UNKNOWN_NATIONALITY, translate("Labels", "ungeklärt")),
        *named,
    ]

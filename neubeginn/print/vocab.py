"""German source texts for the values of the domain's enums, marked for the catalogs."""

from __future__ import annotations

from neubeginn.model.domain.validation import RELATIONSHIPS as RELATIONSHIP_CODES
from neubeginn.model.domain.values import (
    EntryStatus,
    FolderVersion,
    GermanLevel,
    LanguageLevel,
    Literacy,
    ResidenceStatus,
    Sex,
    Topic,
)
from neubeginn.print.i18n import N_

TOPICS: dict[Topic, str] = {
    Topic.ASYL: N_("Asyl"),
    Topic.GELD: N_("Geld und Leistungen"),
    Topic.BERATUNG: N_("Beratung und Hilfe"),
    Topic.GESUNDHEIT: N_("Gesundheit"),
    Topic.NAHRUNG: N_("Nahrung"),
    Topic.MOBILITAET: N_("Mobilität"),
    Topic.SCHULE: N_("Schule und Kindergarten"),
    Topic.SPRACHERWERB: N_("Deutsch lernen"),
    Topic.FREIZEIT: N_("Freizeit"),
    Topic.WOHNUNG: N_("Wohnung"),
    Topic.ARBEIT: N_("Arbeit"),
}

FOLDER_VERSIONS: dict[FolderVersion, str] = {
    FolderVersion.UNTERKUNFT: N_("Version A – Unterkunft"),
    FolderVersion.JOBCENTER: N_("Version B – Jobcenter"),
}

SEXES: dict[Sex, str] = {
    Sex.FEMALE: N_("weiblich"),
    Sex.MALE: N_("männlich"),
    Sex.DIVERSE: N_("divers"),
    Sex.UNKNOWN: N_("unbekannt"),
}

LANGUAGE_LEVELS: dict[LanguageLevel, str] = {
    LanguageLevel.NATIVE: N_("Muttersprache"),
    LanguageLevel.FLUENT: N_("fließend"),
    LanguageLevel.BASIC: N_("Grundkenntnisse"),
}

GERMAN_NONE = N_("keine Deutschkenntnisse")


def german_level(level: GermanLevel) -> tuple[str, bool]:
    """The msgid of a German level and whether it needs translating (CEFR codes do not)."""
    return (GERMAN_NONE, True) if level is GermanLevel.NONE else (level.value, False)


LITERACY: dict[Literacy, str] = {
    Literacy.NONE: N_("kann nicht lesen und schreiben"),
    Literacy.OWN_SCRIPT: N_("liest und schreibt in eigener Schrift"),
    Literacy.LATIN: N_("liest und schreibt in lateinischer Schrift"),
    Literacy.UNKNOWN: N_("unbekannt"),
}

RESIDENCE: dict[ResidenceStatus, str] = {
    ResidenceStatus.AUFENTHALTSGESTATTUNG: N_("Aufenthaltsgestattung (im Asylverfahren)"),
    ResidenceStatus.DULDUNG: N_("Duldung"),
    ResidenceStatus.AUFENTHALTSERLAUBNIS: N_("Aufenthaltserlaubnis"),
    ResidenceStatus.NIEDERLASSUNGSERLAUBNIS: N_("Niederlassungserlaubnis (unbefristet)"),
    ResidenceStatus.OTHER: N_("anderer Status"),
}

ENTRY_STATUS: dict[EntryStatus, str] = {
    EntryStatus.PLANNED: N_("geplant"),
    EntryStatus.ATTENDED: N_("wahrgenommen"),
    EntryStatus.MISSED: N_("nicht erschienen"),
    EntryStatus.CANCELLED: N_("abgesagt"),
}

_RELATIONSHIP_TEXTS: dict[str, str] = {
    "head": N_("Haushaltsvorstand"),
    "spouse": N_("Ehepartner/in"),
    "partner": N_("Lebenspartner/in"),
    "child": N_("Kind"),
    "stepchild": N_("Stiefkind"),
    "parent": N_("Elternteil"),
    "sibling": N_("Geschwister"),
    "grandchild": N_("Enkelkind"),
    "grandparent": N_("Großelternteil"),
    "other_relative": N_("andere/r Verwandte/r"),
    "other": N_("andere Person"),
}
#: The print label of each relationship code the model allows, in the model's order. The
#: codes are the model's (validation.RELATIONSHIPS): a code added there without a text here
#: stops the import, and tests/print/test_vocab.py checks the German against the UI's.
RELATIONSHIPS: dict[str, str] = {code: _RELATIONSHIP_TEXTS[code] for code in RELATIONSHIP_CODES}

#: Nationality codes CLDR names as regions, but a nationality needs its own word.
STATELESS = N_("staatenlos")
NATIONALITY_UNCLEAR = N_("ungeklärt")

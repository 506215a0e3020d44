"""Name lists of the demo households, read from data/names/*.txt (format: its README.md)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from neubeginn.demo.data_files import DATA

_NAMES = DATA.joinpath("names")
# "arabic_male" or "arabic_male[:20]": a list, or the first names of it.
_REFERENCE = re.compile(r"^([a-z_]+)(?:\[:(\d+)\])?$")


@dataclass(frozen=True, slots=True)
class Name:
    """One name: its spellings in Latin letters (most common first) and its native-script form."""

    latin: tuple[str, ...]
    native: str = ""


@functools.cache
def name_list(key: str) -> tuple[Name, ...]:
    """The names of data/names/<key>.txt, in the file's order."""
    text = _NAMES.joinpath(f"{key}.txt").read_text(encoding="utf-8")
    names = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        latin, _, native = line.partition(" = ")
        names.append(Name(tuple(s.strip() for s in latin.split("|")), native.strip()))
    return tuple(names)


def spellings(key: str) -> tuple[str, ...]:
    """The most common spelling of every name of a list (the staff lists have only that)."""
    return tuple(name.latin[0] for name in name_list(key))


def names_of(references: list[str]) -> tuple[Name, ...]:
    """The names of several lists one after the other; "key[:20]" takes a list's first 20."""
    names: list[Name] = []
    for reference in references:
        match = _REFERENCE.match(reference)
        if match is None:
            raise ValueError(f"not a name list: {reference!r}")
        key, first = match.groups()
        names += name_list(key)[: int(first) if first else None]
    return tuple(names)


def list_keys() -> list[str]:
    """Every list there is, by key."""
    return sorted(
        entry.name.removesuffix(".txt") for entry in _NAMES.iterdir() if entry.name.endswith(".txt")
    )

"""A case or entry made ready for storing: texts cleaned, fresh member uuids, the rules a
change must keep; `CaseProblems` carries every problem validation found."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from typing import Any

from neubeginn.model.codes import Code
from neubeginn.model.core.tables import new_uuid
from neubeginn.model.domain.validation import Problem, clean_text
from neubeginn.model.domain.values import Case
from neubeginn.model.errors import InvalidInput, Refused

_MULTILINE = {"notes", "information", "agreements", "work_experience", "vocational_training"}


def clean[T](value: T) -> T:
    """Every text of a domain object through clean_text (bidi controls out, NFC, trimmed)."""
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changes: dict[str, Any] = {}
    for item in dataclasses.fields(value):
        current = getattr(value, item.name)
        if isinstance(current, enum.Enum):
            continue  # a StrEnum is a str too; cleaning it would turn it into a plain str
        if isinstance(current, str):
            changes[item.name] = clean_text(current, multiline=item.name in _MULTILINE)
        elif isinstance(current, tuple):
            changes[item.name] = tuple(clean(part) for part in current)
        elif dataclasses.is_dataclass(current):
            changes[item.name] = clean(current)
    return dataclasses.replace(value, **changes)


def fresh_member_uuids(case: Case) -> Case:
    """New uuids for the members of a new case; Laufzettel references follow them. (An
    imported file may carry uuids from another vault, or from this one's own export.)"""
    renamed = {member.uuid: new_uuid() for member in case.members if member.uuid}
    members = tuple(
        dataclasses.replace(member, uuid=renamed.get(member.uuid, "")) for member in case.members
    )
    entries = tuple(
        dataclasses.replace(entry, members=tuple(renamed.get(m, m) for m in entry.members))
        for entry in case.laufzettel
    )
    return dataclasses.replace(case, members=members, laufzettel=entries)


def check_members_kept(current: Case, changed: Case) -> None:
    """A member the Laufzettel names cannot be removed: the entries would point nowhere."""
    kept = {member.uuid for member in changed.members}
    named = {uuid for entry in current.laufzettel for uuid in entry.members}
    for index, member in enumerate(current.members):
        if member.uuid in named and member.uuid not in kept:
            name = f"{member.given_names} {member.family_name}"
            raise InvalidInput(f"members[{index}]", Code.MEMBER_IN_LAUFZETTEL, name=name)


class CaseProblems(Refused):
    """A case failed validation; `problems` lists every problem, each at its field."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(problems[0].path, Code.CASE_INVALID, problems)

"""Case numbers of new cases: NB-<year>-<serial>, the id people read aloud and print on the
folder; given ones are checked, the others are the next free serial of the year."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from neubeginn.model.cases.tables import CaseRow
from neubeginn.model.codes import Code
from neubeginn.model.domain.values import Case
from neubeginn.model.errors import InvalidInput

NUMBER = re.compile(r"^NB-(\d{4})-(\d{5,})$")


def numbers_for(db: Session, batch: list[Case]) -> list[str]:
    """The batch's case numbers: the given ones if well-formed and free, else the next
    free number of this year."""
    prefix = f"NB-{dt.date.today().year}-"
    given = [case.number.strip().upper() for case in batch if case.number.strip()]
    taken = set(
        db.scalars(
            select(CaseRow.number).where(
                CaseRow.number.like(f"{prefix}%") | CaseRow.number.in_(given)
            )
        )
    )
    highest = max((int(n[len(prefix) :]) for n in taken if n.startswith(prefix)), default=0)
    numbers = []
    for index, case in enumerate(batch):
        number = case.number.strip().upper()
        if number:
            if not NUMBER.match(number):
                raise InvalidInput(
                    f"cases[{index}].case_number", Code.CASE_NUMBER_MALFORMED, number=number
                )
            if number in taken:
                raise InvalidInput(
                    f"cases[{index}].case_number", Code.CASE_NUMBER_TAKEN, number=number
                )
        else:
            while number in taken or not number:  # a given number may lie ahead
                highest += 1
                number = f"{prefix}{highest:05d}"
        taken.add(number)
        numbers.append(number)
    return numbers

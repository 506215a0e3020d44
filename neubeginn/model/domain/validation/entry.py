"""Validation of a Laufzettel entry on its own, and the offices' clock: Berlin time, the years
a time may lie in, and the wall-clock times the spring clock change skips."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from neubeginn.model.codes import Code
from neubeginn.model.domain.validation.problems import LONG_TEXT_LIMIT, Checker, Problem
from neubeginn.model.domain.values import EntryStatus, LaufzettelEntry, Topic

#: Local time of the offices; naive datetimes are read as this zone.
BERLIN = ZoneInfo("Europe/Berlin")

# Times outside these years are typing errors, and near datetime's limits they cannot even be
# converted between time zones.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=BERLIN)


def _instant(value: dt.datetime) -> dt.datetime:
    return _aware(value).astimezone(dt.UTC)


def skipped_by_clock_change(moment: dt.datetime) -> bool:
    """Whether a wall-clock time never happened: 02:30 on the night summer time begins.

    Such a time cannot be recorded: zoneinfo gives it the offset of before the change, so
    it is written out as 01:30 UTC and read back as 03:30. Shifting it on entry would be as
    silent, so validation refuses it with a message instead, wherever it comes from (form,
    import, a computed "a week later"). A time with a fixed UTC offset always happened; one
    that happens twice in autumn is two real instants, told apart by `fold`.
    """
    aware = _aware(moment)
    back = aware.astimezone(dt.UTC).astimezone(aware.tzinfo)
    return back.replace(tzinfo=None) != aware.replace(tzinfo=None)


def validate_entry(entry: LaufzettelEntry, *, path: str, today: dt.date) -> list[Problem]:
    """Problems of one Laufzettel entry on its own (its place in the chain: validate_case)."""
    check = Checker()
    check.choice(entry.status, EntryStatus, f"{path}.status")
    check.text(
        entry.agency.name,
        f"{path}.agency.name",
        missing=Code.AGENCY_MISSING,
    )
    in_range = True
    for name in ("when", "next_appointment", "recorded_at"):
        moment: dt.datetime | None = getattr(entry, name)
        if moment is not None and not FIRST_YEAR <= moment.year <= LAST_YEAR:
            check.add(f"{path}.{name}", Code.DATE_OUT_OF_RANGE, first=FIRST_YEAR, last=LAST_YEAR)
            in_range = False
        elif moment is not None and skipped_by_clock_change(moment):
            check.add(f"{path}.{name}", Code.TIME_SKIPPED, value=f"{moment:%d.%m.%Y %H:%M}")
    took_place = entry.status in {EntryStatus.ATTENDED, EntryStatus.MISSED}
    if in_range and took_place and _aware(entry.when).astimezone(BERLIN).date() > today:
        check.add(f"{path}.when", Code.APPOINTMENT_IN_FUTURE)
    following = entry.next_appointment
    # Compared as instants: within one zone Python compares the wall clock and ignores
    # `fold`, which would put the second 02:10 of the autumn night before the first 02:40.
    if in_range and following is not None and _instant(following) < _instant(entry.when):
        check.add(f"{path}.next_appointment", Code.NEXT_APPOINTMENT_BEFORE_ENTRY)
    for index, topic in enumerate(entry.topics):
        check.choice(topic, Topic, f"{path}.topics[{index}]")
    check.text(entry.information, f"{path}.information", limit=LONG_TEXT_LIMIT, multiline=True)
    check.text(entry.agreements, f"{path}.agreements", limit=LONG_TEXT_LIMIT, multiline=True)
    for name in ("counsellor", "recorded_by", "uuid"):
        check.text(getattr(entry, name), f"{path}.{name}")
    return check.problems

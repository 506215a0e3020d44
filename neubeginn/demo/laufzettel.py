"""Fictional Laufzettel histories for the demo households: appointments, outcomes, Absprachen."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import random
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from neubeginn.demo.data_files import read_toml
from neubeginn.demo.names import spellings
from neubeginn.model.domain.values import Agency, EntryStatus, LaufzettelEntry, Topic

BERLIN = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True, slots=True)
class _Text:
    """What a counsellor writes after an appointment: {p} person, {c} child, {d} a deadline."""

    topic: Topic | None
    information: str
    agreements: str = ""
    # Who writes it: "" counselling agencies, "*" every agency, else parts of agency names
    # ("BAMF", "Volkshochschule|Bobeq").
    who: str = ""

    @property
    def needs_child(self) -> bool:
        return "{c}" in self.information or "{c}" in self.agreements


@dataclass(frozen=True, slots=True)
class _Writing:
    """The texts of data/laufzettel.toml."""

    offices: tuple[str, ...]
    texts: tuple[_Text, ...]
    fallback: _Text
    handover: tuple[str, str]  # information, agreements
    documents: tuple[str, ...]
    cancel_reasons: tuple[str, ...]
    topic_labels: dict[Topic, str]


@functools.cache
def _writing() -> _Writing:
    data = read_toml("laufzettel.toml")
    return _Writing(
        offices=tuple(data["offices"]),
        texts=tuple(
            _Text(Topic(t["topic"]), t["information"], t.get("agreements", ""), t.get("who", ""))
            for t in data["text"]
        ),
        fallback=_Text(None, data["fallback"]),
        handover=(data["handover"]["information"], data["handover"]["agreements"]),
        documents=tuple(data["documents"]),
        cancel_reasons=tuple(data["cancel_reasons"]),
        topic_labels={Topic(key): label for key, label in data["topic_labels"].items()},
    )


_ENTRY_COUNTS = range(16)
_ENTRY_COUNT_WEIGHTS = (6, 8, 10, 10, 10, 9, 8, 7, 6, 5, 4, 4, 3, 3, 2, 2)
_BOOKED_OUTCOMES = (EntryStatus.ATTENDED, EntryStatus.MISSED, EntryStatus.CANCELLED)
_BOOKED_WEIGHTS = (75, 15, 10)


@dataclass(frozen=True, slots=True)
class _Desk:
    """What one agency writes with: its counsellors and the texts of the topics it serves."""

    agency: Agency
    counsellors: tuple[str, ...]
    texts: tuple[_Text, ...]
    without_child: tuple[int, ...]  # indexes of the texts that name no child


def _desk(agency: Agency) -> _Desk:
    # Seeded by the name, so an agency keeps its counsellors whatever the household seed.
    staff = random.Random(agency.name)  # noqa: S311 - fictional demo data, not secrets
    given, family, writing = spellings("staff_given"), spellings("staff_family"), _writing()
    counsellors = tuple(
        f"{staff.choice(given)} {staff.choice(family)}" for _ in range(staff.randint(2, 4))
    )
    office = any(part in agency.name for part in writing.offices)
    texts = [
        t
        for t in writing.texts
        if t.topic in agency.topics
        and (t.who == "*" or (_written_by(t.who, agency) if t.who else not office))
    ]
    if not texts:
        texts = [writing.fallback]
    if all(t.needs_child for t in texts):
        texts.append(writing.fallback)
    without_child = tuple(i for i, t in enumerate(texts) if not t.needs_child)
    return _Desk(agency, counsellors, tuple(texts), without_child)


@dataclass(frozen=True, slots=True)
class Household:
    """What the Laufzettel texts need to know of a household."""

    adults: tuple[str, ...]  # how a counsellor names them: "Frau Haddad", "Herr Al-Ahmad"
    children: tuple[str, ...]  # given names of minors


class LaufzettelWriter:
    """Writes Laufzettel histories for one set of agencies; one instance serves many cases."""

    def __init__(self, agencies: Sequence[Agency]) -> None:
        self.desks = tuple(_desk(agency) for agency in agencies)

    def write(
        self,
        rng: random.Random,
        *,
        issued_on: dt.date,
        today: dt.date,
        issuing: int | None,
        pool: Sequence[int],
        household: Household,
    ) -> tuple[LaufzettelEntry, ...]:
        """A chronological history of 0–15 entries from `issued_on` to a few weeks after `today`.

        `issuing` and `pool` are indexes into the agencies; the issuing desk writes the first
        entry, the others follow at random. Appointments from `today` on are only planned; a
        booked appointment in the past is a planned entry followed by an entry amending it.
        """
        target = rng.choices(_ENTRY_COUNTS, _ENTRY_COUNT_WEIGHTS)[0]
        agencies = [*pool, issuing] if issuing is not None else list(pool)
        if target == 0 or not agencies:
            return ()
        entries: list[LaufzettelEntry] = []
        horizon = today + dt.timedelta(days=42)
        spread = max(3.0, (today - issued_on).days / (target + 1))
        pending: list[tuple[dt.datetime, int]] = []  # agreed appointments: when, desk
        last = dt.datetime.combine(issued_on, dt.time(8, 0), BERLIN)
        counsellors: dict[int, str] = {}  # desk index: who looks after the household there
        if issuing is not None:
            desk = self.desks[issuing]
            counsellors[issuing] = desk.counsellors[0]
            last = _slot(rng, issued_on)
            entries.append(
                LaufzettelEntry(
                    when=last,
                    status=EntryStatus.ATTENDED,
                    agency=desk.agency,
                    topics=desk.agency.topics[:1],
                    information=_writing().handover[0],
                    agreements=_writing().handover[1],
                    counsellor=desk.counsellors[0],
                    seq=1,
                )
            )
        day = _workday(issued_on + dt.timedelta(days=1 + int(rng.expovariate(1 / spread))))
        planned_ahead = 0
        while len(entries) < target:
            if pending and pending[0][0].date() <= day:
                when, index = pending.pop(0)
                booked = True
            else:
                when = _slot(rng, day)
                index = rng.choice(agencies)
                booked = rng.random() < 0.3
                day = _workday(day + dt.timedelta(days=1 + int(rng.expovariate(1 / spread))))
            desk = self.desks[index]
            if household.children:
                text = rng.choice(desk.texts)
            else:
                text = desk.texts[rng.choice(desk.without_child)]
            when = max(when, last + dt.timedelta(minutes=15))
            if when.date() > horizon:
                break
            last = when
            if index not in counsellors:  # one counsellor per agency looks after the household
                counsellors[index] = rng.choice(desk.counsellors)
            counsellor = counsellors[index]
            upcoming = when.date() >= today
            booked = booked and len(entries) + 2 <= target
            if upcoming or booked:
                entries.append(_planned(rng, desk, text, when, counsellor, len(entries) + 1))
                if upcoming:
                    planned_ahead += 1
                    if planned_ahead == 2:
                        break
                    continue
                if rng.random() < 0.04:  # the outcome was never recorded
                    continue
                status = rng.choices(_BOOKED_OUTCOMES, _BOOKED_WEIGHTS)[0]
            else:
                status = EntryStatus.ATTENDED if rng.random() < 0.93 else EntryStatus.MISSED
            amends = entries[-1].seq if booked else None
            entry, follow_up = self._outcome(
                rng, desk, text, when, status, counsellor, household, len(entries) + 1, amends
            )
            entries.append(entry)
            if follow_up is not None:
                bisect.insort(pending, (follow_up, index))
        return tuple(entries)

    def _outcome(
        self,
        rng: random.Random,
        desk: _Desk,
        text: _Text,
        when: dt.datetime,
        status: EntryStatus,
        counsellor: str,
        household: Household,
        seq: int,
        amends: int | None,
    ) -> tuple[LaufzettelEntry, dt.datetime | None]:
        follow_up: dt.datetime | None = None
        if status is EntryStatus.ATTENDED:
            fields = {
                "p": rng.choice(household.adults),
                "c": rng.choice(household.children) if household.children else "",
                "d": (when.date() + dt.timedelta(days=rng.randint(7, 28))).strftime("%d.%m."),
            }
            information = text.information.format_map(fields)
            agreements = text.agreements.format_map(fields)
            if rng.random() < 0.3:
                follow_up = _slot(rng, _workday(when.date() + dt.timedelta(rng.randint(7, 35))))
        elif status is EntryStatus.MISSED:
            information = "Termin nicht wahrgenommen, keine Absage."
            agreements = "Neuer Termin wird schriftlich mitgeteilt."
            if rng.random() < 0.5:
                follow_up = _slot(rng, _workday(when.date() + dt.timedelta(rng.randint(7, 21))))
        else:
            information = f"Termin abgesagt: {rng.choice(_writing().cancel_reasons)}."
            agreements = "Neuer Termin nach telefonischer Absprache."
            if rng.random() < 0.6:
                follow_up = _slot(rng, _workday(when.date() + dt.timedelta(rng.randint(3, 21))))
        if follow_up is not None:
            agreements = f"{agreements} Nächster Termin: {follow_up:%d.%m., %H:%M} Uhr.".lstrip()
        entry = LaufzettelEntry(
            when=when,
            status=status,
            agency=desk.agency,
            topics=() if text.topic is None else (text.topic,),
            information=information,
            agreements=agreements,
            counsellor=counsellor,
            next_appointment=follow_up,
            seq=seq,
            amends=amends,
        )
        return entry, follow_up


def _planned(
    rng: random.Random, desk: _Desk, text: _Text, when: dt.datetime, counsellor: str, seq: int
) -> LaufzettelEntry:
    writing = _writing()
    topic = "Beratung" if text.topic is None else writing.topic_labels[text.topic]
    documents = ", ".join(rng.sample(writing.documents, 2))
    return LaufzettelEntry(
        when=when,
        status=EntryStatus.PLANNED,
        agency=desk.agency,
        topics=() if text.topic is None else (text.topic,),
        information=f"Termin vereinbart: {topic}.",
        agreements=f"Bitte mitbringen: {documents}.",
        counsellor=counsellor,
        seq=seq,
    )


def _written_by(who: str, agency: Agency) -> bool:
    return any(part in agency.name for part in who.split("|"))


def _workday(day: dt.date) -> dt.date:
    """The day itself, or the Monday after it when it falls on a weekend."""
    weekday = day.weekday()
    return day if weekday < 5 else day + dt.timedelta(days=7 - weekday)


def _slot(rng: random.Random, day: dt.date) -> dt.datetime:
    """A quarter-hour appointment slot between 8:30 and 15:30 on `day`, Berlin time."""
    minutes = 510 + 15 * rng.randint(0, 28)
    return dt.datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=BERLIN)

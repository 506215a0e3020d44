"""Realistic, fictional households for a demo vault, drawn one at a time from a seed."""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Iterator, Sequence

from neubeginn.demo.data_files import read_toml
from neubeginn.demo.laufzettel import Household, LaufzettelWriter
from neubeginn.demo.members import Circumstances, Members
from neubeginn.demo.names import spellings
from neubeginn.demo.origins import TEMPORARY_PROTECTION, Origin, origins
from neubeginn.demo.people import YEAR, Draw, Person, draw_people
from neubeginn.model.domain.values import (
    Agency,
    Case,
    Consent,
    FolderVersion,
    Member,
    ResidenceStatus,
    ServiceContact,
    Sex,
    Topic,
)

_GEST = ResidenceStatus.AUFENTHALTSGESTATTUNG
_DUL = ResidenceStatus.DULDUNG
_AE = ResidenceStatus.AUFENTHALTSERLAUBNIS
_NE = ResidenceStatus.NIEDERLASSUNGSERLAUBNIS
_OTHER = ResidenceStatus.OTHER


@functools.cache
def _insurers() -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The health insurers and how many households each insures."""
    insurers = read_toml("herne.toml")["insurers"]
    return tuple(insurers), tuple(insurers.values())


_RANK = {"head": 0, "spouse": 1, "child": 2, "grandchild": 3, "parent": 4, "sibling": 5}
_ISSUERS = {
    FolderVersion.UNTERKUNFT: "Stadt Herne, FB 41 Soziales – Sonstige Hilfen und Wohnen",
    FolderVersion.JOBCENTER: "Jobcenter Herne",
}
_UKRAINE_ARRIVALS = dt.date(2022, 3, 1)


def demo_households(
    count: int, *, seed: int = 2026, today: dt.date, agencies: Sequence[Agency]
) -> Iterator[Case]:
    """Lazily yield `count` fictional households, the same ones for the same arguments.

    Cases are drawn one at a time, so memory stays flat for any `count`. Their Laufzettel
    entries and consents refer to `agencies` (consents by uuid, or by name while an agency has
    none yet); the folder is issued by the agency named "... FB 41 ..." or "Jobcenter Herne"
    when the list holds one. Member and case uuids stay empty for the vault to assign.
    """
    if count < 0:
        raise ValueError(f"count must not be negative: {count}")
    generator = _Generator(random.Random(seed), today, agencies)  # noqa: S311 - demo data
    return (generator.case() for _ in range(count))


class _Generator:
    """Draws one case after another; holds only what all cases share."""

    def __init__(self, rng: random.Random, today: dt.date, agencies: Sequence[Agency]) -> None:
        self.rng = rng
        self.today = today
        self.agencies = tuple(agencies)
        self.origins = origins()
        self.origin_weights = tuple(origin.weight for origin in self.origins)
        self.writer = LaufzettelWriter(self.agencies)
        self.members = Members(rng, today)
        self.numbers: dict[int, int] = {}  # last case number per year
        self.issuing = {
            FolderVersion.UNTERKUNFT: _find(self.agencies, "FB 41"),
            FolderVersion.JOBCENTER: _find(self.agencies, "Jobcenter Herne"),
        }
        self.consent_weights = {
            children: _cumulative(_consent_weight(a, children) for a in self.agencies)
            for children in (False, True)
        }

    def case(self) -> Case:
        rng, today = self.rng, self.today
        origin = rng.choices(self.origins, self.origin_weights)[0]
        draw = Draw(rng, origin, today.toordinal())
        draw_people(draw)
        people = sorted(draw.people, key=lambda p: (_RANK.get(p.relationship, 6), p.born))
        status, paragraph, _ = rng.choices(origin.residence, [r[2] for r in origin.residence])[0]
        version = FolderVersion.UNTERKUNFT if status in (_GEST, _DUL) else FolderVersion.JOBCENTER
        issued_on = self._issued_on(origin, status)
        circumstances = Circumstances(
            origin=origin,
            nationality=self._nationality(origin),
            mother_tongue=rng.choices(*zip(*origin.mother_tongues, strict=True))[0],
            months_here=(today - issued_on).days // 30,
            status=status,
            paragraph=paragraph,
            valid_until=self._valid_until(status, paragraph),
            bamf_base=0
            if origin.nationality == "UA" and rng.random() > 0.05
            else rng.randint(5_000_000, 9_999_000),
            jobcenter_number=f"36501//{rng.randint(1, 9_999_999):07d}"
            if version is FolderVersion.JOBCENTER
            else "",
        )
        _add_notes(rng, people, circumstances)
        members = tuple(
            self.members.member(person, index, circumstances) for index, person in enumerate(people)
        )
        adults, children = [], []
        for person, member in zip(people, members, strict=True):
            if today.toordinal() - person.born >= 18 * YEAR:
                title = {Sex.FEMALE: "Frau", Sex.MALE: "Herr"}.get(member.sex, member.given_names)
                adults.append(f"{title} {member.family_name}")
            else:
                children.append(member.given_names.split()[0])
        issuing = self.issuing[version]
        consent, pool = self._consent(issued_on, issuing, bool(children))
        laufzettel = self.writer.write(
            rng,
            issued_on=issued_on,
            today=today,
            issuing=issuing,
            pool=pool,
            household=Household(tuple(adults), tuple(children)),
        )
        number = self.numbers.get(issued_on.year, 0) + 1
        self.numbers[issued_on.year] = number
        return Case(
            number=f"NB-{issued_on.year}-{number:05d}",
            folder_version=version,
            issuing_office=_ISSUERS[version],
            issued_on=issued_on,
            accommodation=self._accommodation(version),
            print_languages=self._print_languages(origin, circumstances.mother_tongue),
            members=members,
            service_contacts=self._contacts(version, members[0], circumstances, issued_on),
            consents=(consent,),
            laufzettel=laufzettel,
        )

    def _issued_on(self, origin: Origin, status: ResidenceStatus) -> dt.date:
        longest = 540 if status is _GEST else 1460
        if origin.nationality == "UA":
            longest = min(longest, (self.today - _UKRAINE_ARRIVALS).days)
        return self.today - dt.timedelta(days=self.rng.randint(0, max(0, longest)))

    def _nationality(self, origin: Origin) -> str:
        roll = self.rng.random()
        if roll < origin.stateless:
            return "XX"
        return "ZZ" if roll < origin.stateless + origin.unclear else origin.nationality

    def _valid_until(self, status: ResidenceStatus, paragraph: str) -> dt.date | None:
        rng = self.rng
        if status is _NE:
            return None
        if rng.random() < 0.1:  # expiring soon
            days = rng.randint(1, 30)
        elif status is _GEST:
            days = rng.randint(30, 180)
        elif status in (_DUL, _OTHER):
            days = rng.randint(14, 180)
        elif paragraph == TEMPORARY_PROTECTION:
            days = rng.randint(60, 700)
        else:
            days = rng.randint(90, 1095)
        return self.today + dt.timedelta(days=days)

    def _accommodation(self, version: FolderVersion) -> str:
        rng, herne = self.rng, read_toml("herne.toml")
        if version is FolderVersion.UNTERKUNFT or rng.random() < 0.2:
            shelter: str = rng.choice(herne["shelters"])
            if rng.random() < 0.8:
                return f"{shelter}, Zimmer {rng.randint(1, 3)}{rng.randint(1, 40):02d}"
            return shelter
        street, postcode = rng.choice(herne["streets"]), rng.choice(herne["postcodes"])
        return f"{street} {rng.randint(1, 180)}, {postcode} Herne"

    def _print_languages(self, origin: Origin, mother_tongue: str) -> tuple[str, ...]:
        options, weights = zip(*origin.print_languages, strict=True)
        chosen = self.rng.choices(options, weights)[0]
        return tuple(dict.fromkeys(mother_tongue if code == "*" else code for code in chosen))

    def _contacts(
        self, version: FolderVersion, head: Member, c: Circumstances, issued_on: dt.date
    ) -> tuple[ServiceContact, ...]:
        rng = self.rng
        issuing = self.issuing[version]
        phone = "" if issuing is None else self.agencies[issuing].phone
        if version is FolderVersion.JOBCENTER:
            benefits = ServiceContact("Jobcenter Herne", c.jobcenter_number, _staff(rng), phone)
        else:
            reference = f"AsylbLG {issued_on.year}/{rng.randint(1000, 9999)}"
            benefits = ServiceContact("Stadt Herne, FB 41 Soziales", reference, _staff(rng), phone)
        initial = head.family_name[:1].upper()
        insurance = f"{initial if 'A' <= initial <= 'Z' else 'X'}{rng.randint(0, 999_999_999):09d}"
        contacts = [
            benefits,
            ServiceContact(rng.choices(*_insurers())[0], insurance),
            ServiceContact(
                "Ausländerbehörde Herne",
                f"Az. 24.{rng.randint(1, 4)}-{rng.randint(10000, 99999)}",
                _staff(rng),
            ),
        ]
        if head.bamf_number:
            contacts.append(ServiceContact("BAMF", head.bamf_number))
        return tuple(contacts)

    def _consent(
        self, issued_on: dt.date, issuing: int | None, children: bool
    ) -> tuple[Consent, list[int]]:
        """The consent given when the folder was issued, and the agencies it lets append."""
        rng = self.rng
        recorded_by = "" if issuing is None else self.writer.desks[issuing].counsellors[0]
        chosen: list[int] = []
        if self.agencies and rng.random() < 0.92:
            wanted = rng.randint(2, 5)
            indexes = range(len(self.agencies))
            for _ in range(20):
                index = rng.choices(indexes, cum_weights=self.consent_weights[children])[0]
                if index != issuing and index not in chosen:
                    chosen.append(index)
                    if len(chosen) == wanted:
                        break
        consent = Consent(
            given_on=issued_on,
            store_data=True,
            share_with_agencies=bool(chosen),
            agencies=tuple(self.agencies[i].uuid or self.agencies[i].name for i in chosen),
            recorded_by=recorded_by,
        )
        return consent, chosen


def _find(agencies: Sequence[Agency], part: str) -> int | None:
    return next((i for i, agency in enumerate(agencies) if part in agency.name), None)


def _consent_weight(agency: Agency, children: bool) -> float:
    """How likely a household agrees to share with this agency."""
    if "BAMF" in agency.name or "FB 24" in agency.name:
        return 0.3  # the authorities keep their own files
    topics = agency.topics
    weight = 1.0 + 2.0 * (Topic.BERATUNG in topics) + (Topic.SPRACHERWERB in topics)
    return weight + (Topic.ASYL in topics) + 2.0 * (children and Topic.SCHULE in topics)


def _cumulative(weights: Iterator[float] | Sequence[float]) -> list[float]:
    total, cumulative = 0.0, []
    for weight in weights:
        total += weight
        cumulative.append(total)
    return cumulative


def _staff(rng: random.Random) -> str:
    return f"{rng.choice(('Frau', 'Herr'))} {rng.choice(spellings('staff_family'))}"


def _add_notes(rng: random.Random, people: list[Person], c: Circumstances) -> None:
    """The odd free note a desk adds to the person sheet."""
    head = people[0]
    if c.origin.nationality == "UA" and head.sex is Sex.FEMALE and len(people) > 1:
        if not any(p.relationship == "spouse" for p in people) and rng.random() < 0.5:
            head.notes = "Ehemann lebt noch in der Ukraine."
    elif len(people) == 1 and head.sex is Sex.MALE and c.status is _AE and rng.random() < 0.08:
        head.notes = "Ehefrau und Kinder noch im Herkunftsland; Familiennachzug beantragt."
    elif rng.random() < 0.02:
        head.notes = "Schwerbehindertenausweis beantragt."

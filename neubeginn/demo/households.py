"""Realistic, fictional households for a demo vault, and the agency directory's first-run seed."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from neubeginn.demo import names as nm
from neubeginn.demo import origins as og
from neubeginn.demo.agencies import demo_agencies
from neubeginn.demo.laufzettel import Household, LaufzettelWriter
from neubeginn.demo.names import Name
from neubeginn.demo.origins import Origin
from neubeginn.model.domain.values import (
    Agency,
    Case,
    Consent,
    FolderVersion,
    GermanLevel,
    LanguageLevel,
    Literacy,
    Member,
    PartialDate,
    ResidenceStatus,
    ServiceContact,
    Sex,
    SpokenLanguage,
    Topic,
)

__all__ = ["demo_agencies", "demo_households"]

_NATIVE, _FLUENT, _BASIC = LanguageLevel.NATIVE, LanguageLevel.FLUENT, LanguageLevel.BASIC
_GEST = ResidenceStatus.AUFENTHALTSGESTATTUNG
_DUL = ResidenceStatus.DULDUNG
_AE = ResidenceStatus.AUFENTHALTSERLAUBNIS
_NE = ResidenceStatus.NIEDERLASSUNGSERLAUBNIS
_OTHER = ResidenceStatus.OTHER
_YEAR = 365.25
_SIBLING_GAP = 300  # days between the births of siblings

_ORIGIN_WEIGHTS = tuple(origin.weight for origin in og.ORIGINS)
_RECOGNITION = (
    " – Anerkennung beantragt",
    " – Zeugnisbewertung der ZAB liegt vor",
    " – nicht anerkannt",
    " – nur Kopie vorhanden",
    "",
)
_POSTCODES = ("44623", "44625", "44627", "44628", "44629", "44649", "44651", "44652", "44653")
_MOBILE = ("0151", "0152", "0157", "0160", "0162", "0163", "0170", "0171", "0172", "0176")
_INSURERS = ("AOK NordWest", "Barmer", "Techniker Krankenkasse", "DAK-Gesundheit", "IKK classic")
_INSURER_WEIGHTS = (55, 12, 12, 11, 10)
_GERMAN = (GermanLevel.NONE, GermanLevel.A1, GermanLevel.A2, GermanLevel.B1, GermanLevel.B2)
_FEMININE_ENDINGS = (
    ("ський", "ська"),
    ("цький", "цька"),
    ("skyi", "ska"),
    ("skyj", "ska"),
    ("ов", "ова"),
    ("ев", "ева"),
    ("ин", "ина"),
    ("ov", "ova"),
    ("ev", "eva"),
    ("ow", "owa"),
    ("ew", "ewa"),
    ("in", "ina"),
)


@dataclass(slots=True)
class _Person:
    """A member while the household is drawn: names chosen by index so a family stays consistent."""

    relationship: str
    sex: Sex
    born: int  # ordinal day
    given: list[tuple[Name, int]]  # name and chosen spelling
    family: tuple[Name, int]
    notes: str = ""


@dataclass(slots=True)
class _Draw:
    """One household being drawn."""

    rng: random.Random
    origin: Origin
    today: int
    people: list[_Person] = field(default_factory=list)

    def spelling(self, name: Name) -> tuple[Name, int]:
        count = len(name.latin)
        return name, 0 if count == 1 or self.rng.random() < 0.5 else self.rng.randrange(count)

    def given(self, sex: Sex) -> list[tuple[Name, int]]:
        rng, origin = self.rng, self.origin
        pool = origin.female if sex is Sex.FEMALE else origin.male
        if sex not in (Sex.FEMALE, Sex.MALE):
            pool = rng.choice((origin.female, origin.male))
        taken = {n.latin[0] for p in self.people for n, _ in p.given}
        for _ in range(6):
            name = rng.choice(pool)
            if name.latin[0] not in taken:
                break
        names = [self.spelling(name)]
        if rng.random() < origin.double_given:
            second = rng.choice(pool)
            if second is not name:
                names.append(self.spelling(second))
        return names

    def surname(self) -> tuple[Name, int]:
        pool = self.origin.family or self.origin.male
        return self.spelling(self.rng.choice(pool))

    def person(self, relationship: str, sex: Sex, born: int, family: tuple[Name, int]) -> _Person:
        person = _Person(relationship, sex, born, self.given(sex), family)
        self.people.append(person)
        return person

    def born(self, youngest: float, oldest: float) -> int:
        return self.today - self.rng.randint(
            int(youngest * _YEAR) + 1, int((oldest + 1) * _YEAR) - 1
        )

    def children_of(
        self, father: _Person | None, mother: _Person, count: int, relation: str, after: int = 0
    ) -> None:
        """Add up to `count` children born 10 months apart or more, once both parents were 17.

        With `after` (an ordinal day), no child is born before it.
        """
        rng = self.rng
        parents = [mother.born] if father is None else [mother.born, father.born]
        earliest = max(max(parents) + int(17 * _YEAR) + 30, after)
        latest = min(self.today - 20, mother.born + int(45 * _YEAR))
        if earliest > latest:
            return
        count = min(count, 1 + (latest - earliest) // _SIBLING_GAP)
        slack = latest - earliest - (count - 1) * _SIBLING_GAP
        offsets = sorted(rng.randint(0, slack) for _ in range(count))
        if father is not None:
            family = father.given[0] if not self.origin.family else father.family
        else:
            family = mother.family if self.origin.spouse_takes_name else self.surname()
        for order, offset in enumerate(offsets):
            self.person(relation, _child_sex(rng), earliest + offset + order * _SIBLING_GAP, family)

    def couple(self, head_male: bool, oldest: float, youngest: float) -> tuple[_Person, _Person]:
        """Head and spouse; the wife is up to ten years younger and at least 20."""
        rng = self.rng
        family = self.surname()
        husband_born = self.born(youngest, oldest)
        husband_age = (self.today - husband_born) / _YEAR
        wife_age = max(20.0, husband_age - rng.choice((0, 1, 2, 3, 4, 5, 6, 8, 10)))
        wife_family = family if self.origin.spouse_takes_name else self.surname()
        first, second = ("head", "spouse") if head_male else ("spouse", "head")
        husband = self.person(first, Sex.MALE, husband_born, family)
        wife = self.person(second, Sex.FEMALE, self.born(wife_age, wife_age), wife_family)
        return husband, wife


def _child_sex(rng: random.Random) -> Sex:
    return Sex.MALE if rng.random() < 0.51 else Sex.FEMALE


def _count(rng: random.Random, weights: Sequence[float], most: int) -> int:
    return min(most, rng.choices(range(1, 9), weights)[0])


def _draw_people(draw: _Draw) -> None:
    """Fill `draw.people` with a household of one of the shapes."""
    rng, origin = draw.rng, draw.origin
    shape = rng.choices(og.SHAPES, origin.shapes)[0]
    if shape == og.SINGLE:
        roll = rng.random()
        sex = (
            Sex.DIVERSE
            if roll < 0.003
            else Sex.UNKNOWN
            if roll < 0.004
            else Sex.MALE
            if roll < origin.male_single
            else Sex.FEMALE
        )
        if origin.nationality == "UA" and rng.random() < 0.35:
            born = draw.born(55, 82)
        else:
            born = draw.born(18, min(70.0, 18 + rng.expovariate(1 / 9)))
        draw.person("head", sex, born, draw.surname())
    elif shape == og.COUPLE:
        draw.couple(rng.random() < 0.9, 65, 20)
    elif shape in (og.FAMILY, og.WITH_PARENTS):
        husband, wife = draw.couple(rng.random() < 0.88, 58, 22)
        draw.children_of(husband, wife, _count(rng, origin.children, 8), "child")
        if shape == og.WITH_PARENTS:
            _parents_of(draw, husband if husband.relationship == "head" else wife)
    elif shape == og.LONE_PARENT:
        if rng.random() < 0.85:
            mother = draw.person("head", Sex.FEMALE, draw.born(22, 50), draw.surname())
            draw.children_of(None, mother, _count(rng, origin.children, 5), "child")
        else:
            father = draw.person("head", Sex.MALE, draw.born(28, 55), draw.surname())
            absent = _Person("", Sex.FEMALE, father.born + rng.randint(0, 3000), [], father.family)
            draw.children_of(father, absent, _count(rng, origin.children, 4), "child")
    elif shape == og.WITH_GRANDCHILDREN:
        _grandparent_household(draw)
    else:
        head = draw.person("head", _child_sex(rng), draw.born(18, 30), draw.surname())
        for _ in range(rng.randint(1, 3)):
            born = min(draw.today - int(14 * _YEAR), head.born + rng.randint(-3000, 3000))
            draw.person("sibling", _child_sex(rng), born, head.family)
        if rng.random() < 0.3:
            draw.person("other_relative", _child_sex(rng), draw.born(16, 30), draw.surname())


def _parents_of(draw: _Draw, head: _Person) -> None:
    """Add the head's mother, often with the father: born at least 17 years before the head."""
    rng, origin = draw.rng, draw.origin
    latest = head.born - int(17 * _YEAR) - rng.randint(0, int(12 * _YEAR))
    earliest = draw.today - int(88 * _YEAR)
    if latest < earliest:
        return
    if not origin.family or (head.sex is Sex.FEMALE and origin.spouse_takes_name):
        paternal = draw.surname()  # the head does not carry the father's family name
    else:
        paternal = head.family
    if rng.random() < 0.5:
        father = draw.person("parent", Sex.MALE, rng.randint(earliest, latest), paternal)
        if not origin.family:  # the head's family name is the father's given name
            father.given = [head.family]
    mother_family = paternal if origin.spouse_takes_name else draw.surname()
    draw.person("parent", Sex.FEMALE, rng.randint(earliest, latest), mother_family)


def _grandparent_household(draw: _Draw) -> None:
    """A grandparent as head, with a grown child, perhaps the child's spouse, and grandchildren."""
    rng, origin = draw.rng, draw.origin
    if rng.random() < 0.6:
        grandfather: _Person | None = draw.couple(True, 75, 50)[0]
        grandmother = draw.people[1]
    else:
        grandmother = draw.person("head", Sex.FEMALE, draw.born(50, 78), draw.surname())
        grandfather = None
    draw.children_of(grandfather, grandmother, rng.randint(1, 2), "child")
    grown = [p for p in draw.people if p.relationship == "child"]
    if not grown or draw.today - grown[0].born < 18 * _YEAR:
        return
    parent = grown[0]
    partner = None
    if rng.random() < 0.4:
        partner_sex = Sex.FEMALE if parent.sex is Sex.MALE else Sex.MALE
        takes_name = partner_sex is Sex.FEMALE and origin.spouse_takes_name
        born = min(parent.born + rng.randint(-1500, 1500), draw.today - int(18 * _YEAR))
        family = parent.family if takes_name else draw.surname()
        partner = draw.person("other_relative", partner_sex, born, family)
    minors = draw.today - int(17 * _YEAR)  # grandchildren living with them are young
    if parent.sex is Sex.MALE:
        mother = partner or _Person(
            "", Sex.FEMALE, parent.born + rng.randint(0, 2000), [], parent.family
        )
        draw.children_of(parent, mother, rng.randint(1, 4), "grandchild", minors)
    else:
        draw.children_of(partner, parent, rng.randint(1, 4), "grandchild", minors)


def _feminine(name: str) -> str:
    for masculine, feminine in _FEMININE_ENDINGS:
        if name.endswith(masculine):
            return name[: -len(masculine)] + feminine
    return name


@dataclass(frozen=True, slots=True)
class _Circumstances:
    """What all members of a household share."""

    origin: Origin
    nationality: str
    mother_tongue: str
    months_here: int  # since the folder was issued
    status: ResidenceStatus
    paragraph: str
    valid_until: dt.date | None
    bamf_base: int  # 0: no asylum file
    jobcenter_number: str


class _Members:
    """Turns drawn persons into Personenbogen members."""

    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng = rng
        self.today = today
        self.today_ordinal = today.toordinal()

    def member(self, person: _Person, index: int, c: _Circumstances) -> Member:
        origin = c.origin
        age = (self.today_ordinal - person.born) / _YEAR
        adult = age >= 18
        family_name, family_native = (
            person.family[0].latin[person.family[1]],
            person.family[0].native,
        )
        if origin.gendered_family and person.sex is Sex.FEMALE:
            family_name, family_native = _feminine(family_name), _feminine(family_native)
        given = " ".join(name.latin[spelling] for name, spelling in person.given)
        native = ""
        if family_native:
            native = " ".join(name.native for name, _ in person.given) + " " + family_native
        literacy = self._literacy(person, age, origin)
        german = self._german(age, literacy, c.months_here)
        schooling, last_school, certificates = self._schooling(age, literacy, c)
        training, work = self._work(person, age, schooling, c) if adult else ("", "")
        return Member(
            family_name=family_name,
            given_names=given,
            sex=person.sex,
            birth_date=self._birth_date(person.born, age, origin),
            nationality=c.nationality,
            relationship=person.relationship,
            native_name=native,
            languages=self._languages(age, german, literacy, c),
            german_level=german,
            literacy=literacy,
            schooling_years=schooling,
            last_school=last_school,
            certificates=certificates,
            vocational_training=training,
            work_experience=work,
            residence_status=c.status,
            residence_paragraph=c.paragraph,
            residence_valid_until=c.valid_until,
            phone=self._phone(age),
            bamf_number=f"{c.bamf_base + index}-{_bamf_code(c)}" if c.bamf_base else "",
            jobcenter_number=c.jobcenter_number,
            notes=person.notes,
        )

    def _birth_date(self, born: int, age: float, origin: Origin) -> PartialDate:
        date = dt.date.fromordinal(born)
        roll = self.rng.random() * (2.0 if age < 8 else 1.0)  # young children: papers from here
        if roll < origin.year_only:
            return PartialDate(date.year)
        if roll < origin.year_only + origin.year_month:
            return PartialDate(date.year, date.month)
        return PartialDate(date.year, date.month, date.day)

    def _literacy(self, person: _Person, age: float, origin: Origin) -> Literacy:
        if age < 6:
            return Literacy.NONE
        if age < 18:
            return Literacy.LATIN
        illiterate = origin.illiterate
        if person.sex is Sex.FEMALE and age > 35:
            illiterate *= 1.6
        roll = self.rng.random()
        if roll < illiterate:
            return Literacy.NONE
        if roll < illiterate + origin.own_script_only:
            return Literacy.OWN_SCRIPT
        return Literacy.LATIN

    def _german(self, age: float, literacy: Literacy, months_here: int) -> GermanLevel:
        rng = self.rng
        if age < 3:
            return GermanLevel.NONE
        if age < 6:
            return rng.choice(_GERMAN[:3]) if months_here >= 6 else GermanLevel.NONE
        if age < 18:
            weights = (20, 50, 30, 0, 0) if months_here < 6 else (0, 10, 30, 40, 20)
        elif age >= 60 or literacy is Literacy.NONE:
            weights = (55, 35, 10, 0, 0)
        elif months_here < 6:
            weights = (50, 35, 10, 4, 1)
        elif months_here < 18:
            weights = (25, 35, 25, 12, 3)
        else:
            weights = (12, 20, 30, 28, 10)
        return rng.choices(_GERMAN, weights)[0]

    def _languages(
        self, age: float, german: GermanLevel, literacy: Literacy, c: _Circumstances
    ) -> tuple[SpokenLanguage, ...]:
        rng, origin = self.rng, c.origin
        spoken = {c.mother_tongue: _NATIVE}
        if age >= 14:
            for code, level, share in origin.other_languages:
                if code not in spoken and rng.random() < share:
                    if rng.random() < 0.25 or (literacy is Literacy.NONE and code in ("en", "fr")):
                        level = _BASIC if level is _FLUENT else _FLUENT
                    spoken[code] = level
        interpreter = ""
        if age >= 16 and german in (GermanLevel.NONE, GermanLevel.A1) and rng.random() < 0.85:
            interpreter = next(
                (code for code in origin.interpret_in if spoken.get(code, _BASIC) is not _BASIC),
                "",
            )
        return tuple(
            SpokenLanguage(code, level, interpreter=code == interpreter)
            for code, level in spoken.items()
        )

    def _schooling(
        self, age: float, literacy: Literacy, c: _Circumstances
    ) -> tuple[int | None, str, str]:
        rng, country = self.rng, c.origin.country
        if age < 3:
            return None, "", ""
        if age < 6:
            return None, "Kita (Herne)" if c.months_here >= 6 and rng.random() < 0.6 else "", ""
        if age < 18:
            years = int(age) - 6
            grade = max(1, years + 1 - (1 if c.months_here < 12 else 0))
            if c.months_here < 6:
                school = f"Schule in {rng.choice(c.origin.cities)} ({country})" if years else ""
                return years, school, ""
            if grade <= 4:
                return years, f"Grundschule (Herne), {grade}. Klasse", ""
            if age >= 16:
                return years, "Berufskolleg (Herne), Internationale Förderklasse", ""
            school = rng.choice(("Gesamtschule", "Realschule", "Gymnasium", "Hauptschule"))
            return years, f"{school} (Herne), {min(grade, 10)}. Klasse", ""
        if literacy is Literacy.NONE:
            years = 0 if rng.random() < 0.8 else rng.randint(1, 3)
        elif literacy is Literacy.OWN_SCRIPT:
            years = rng.randint(3, 9)
        else:
            years = rng.randint(6, 17)
        years = min(years, int(age) - 6 if age >= 22 else 12)
        if years == 0:
            return 0, "", "keine"
        if years <= 6:
            return years, f"Grundschule ({country})", ""
        if years <= 9:
            if rng.random() < 0.4:
                return years, f"Mittelschule ({country})", "Abschlusszeugnis Mittelschule"
            return years, f"Mittelschule ({country})", "kein Zeugnis (auf der Flucht verloren)"
        if years <= 12:
            certificate = f"Abitur ({country}){rng.choice(_RECOGNITION)}" if years == 12 else ""
            return years, f"Oberschule ({country})", certificate
        degree = rng.choice(("Bachelor", "Bachelor", "Master", "Diplom"))
        certificate = (
            f"{degree} {rng.choice(og.STUDY_FIELDS)} ({country}){rng.choice(_RECOGNITION)}"
        )
        return years, f"Universität {rng.choice(c.origin.cities)}", certificate

    def _work(
        self, person: _Person, age: float, schooling: int | None, c: _Circumstances
    ) -> tuple[str, str]:
        rng, origin = self.rng, c.origin
        female = person.sex is Sex.FEMALE
        if age < 21 and rng.random() < 0.5:
            return "", "keine"
        if female and rng.random() < origin.housework:
            return "", "keine (Haushalt und Kinder)"
        academic = (schooling or 0) >= 13
        for _ in range(8):
            job = (
                rng.choice(origin.jobs)
                if origin.jobs and rng.random() < 0.3
                else rng.choice(og.JOBS)
            )
            if job.startswith("*") and not academic:
                continue
            title = job.lstrip("*").split("/")[1 if female else 0]
            if title:
                break
        else:
            return "", "keine"
        years = rng.randint(1, max(1, min(30, int(age) - 16)))
        roll = rng.random()
        if roll < 0.6:
            work = f"{title}, {years} {'Jahr' if years == 1 else 'Jahre'}"
        elif roll < 0.85:
            work = f"{title} ({origin.country}), {years} {'Jahr' if years == 1 else 'Jahre'}"
        else:
            work = title
        training = ""
        if not job.startswith("*"):
            roll = rng.random()
            if roll < 0.25:
                training = f"{title} (Ausbildung im Betrieb, {rng.randint(2, 4)} Jahre)"
            elif roll < 0.45:
                training = f"{title} (angelernt)"
        return training, work

    def _phone(self, age: float) -> str:
        rng = self.rng
        if age < 16 or rng.random() > (0.5 if age >= 65 else 0.9):
            return ""
        return f"{rng.choice(_MOBILE)} {rng.randint(1_000_000, 99_999_999)}"


def _bamf_code(c: _Circumstances) -> str:
    return (
        "997" if c.nationality == "XX" else "998" if c.nationality == "ZZ" else c.origin.bamf_code
    )


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
        self.writer = LaufzettelWriter(self.agencies)
        self.members = _Members(rng, today)
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
        origin = rng.choices(og.ORIGINS, _ORIGIN_WEIGHTS)[0]
        draw = _Draw(rng, origin, today.toordinal())
        _draw_people(draw)
        people = sorted(draw.people, key=lambda p: (_RANK.get(p.relationship, 6), p.born))
        status, paragraph, _ = rng.choices(origin.residence, [r[2] for r in origin.residence])[0]
        version = FolderVersion.UNTERKUNFT if status in (_GEST, _DUL) else FolderVersion.JOBCENTER
        issued_on = self._issued_on(origin, status)
        circumstances = _Circumstances(
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
            if today.toordinal() - person.born >= 18 * _YEAR:
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
        elif paragraph == og.TEMPORARY_PROTECTION:
            days = rng.randint(60, 700)
        else:
            days = rng.randint(90, 1095)
        return self.today + dt.timedelta(days=days)

    def _accommodation(self, version: FolderVersion) -> str:
        rng = self.rng
        if version is FolderVersion.UNTERKUNFT or rng.random() < 0.2:
            shelter = rng.choice(og.SHELTERS)
            if rng.random() < 0.8:
                return f"{shelter}, Zimmer {rng.randint(1, 3)}{rng.randint(1, 40):02d}"
            return shelter
        street, postcode = rng.choice(og.STREETS), rng.choice(_POSTCODES)
        return f"{street} {rng.randint(1, 180)}, {postcode} Herne"

    def _print_languages(self, origin: Origin, mother_tongue: str) -> tuple[str, ...]:
        options, weights = zip(*origin.print_languages, strict=True)
        chosen = self.rng.choices(options, weights)[0]
        return tuple(dict.fromkeys(mother_tongue if code == "*" else code for code in chosen))

    def _contacts(
        self, version: FolderVersion, head: Member, c: _Circumstances, issued_on: dt.date
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
            ServiceContact(rng.choices(_INSURERS, _INSURER_WEIGHTS)[0], insurance),
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
    return f"{rng.choice(('Frau', 'Herr'))} {rng.choice(nm.STAFF_FAMILY)}"


def _add_notes(rng: random.Random, people: list[_Person], c: _Circumstances) -> None:
    """The odd free note a desk adds to the person sheet."""
    head = people[0]
    if c.origin.nationality == "UA" and head.sex is Sex.FEMALE and len(people) > 1:
        if not any(p.relationship == "spouse" for p in people) and rng.random() < 0.5:
            head.notes = "Ehemann lebt noch in der Ukraine."
    elif len(people) == 1 and head.sex is Sex.MALE and c.status is _AE and rng.random() < 0.08:
        head.notes = "Ehefrau und Kinder noch im Herkunftsland; Familiennachzug beantragt."
    elif rng.random() < 0.02:
        head.notes = "Schwerbehindertenausweis beantragt."

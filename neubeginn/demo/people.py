"""The people of a demo household: who lives together, born when, named how."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from neubeginn.demo.names import Name
from neubeginn.demo.origins import (
    COUPLE,
    FAMILY,
    LONE_PARENT,
    SHAPES,
    SINGLE,
    WITH_GRANDCHILDREN,
    WITH_PARENTS,
    Origin,
)
from neubeginn.model.domain.values import Sex

YEAR = 365.25  # days
_SIBLING_GAP = 300  # days between the births of siblings


@dataclass(slots=True)
class Person:
    """A member while the household is drawn: names chosen by index so a family stays consistent."""

    relationship: str
    sex: Sex
    born: int  # ordinal day
    given: list[tuple[Name, int]]  # name and chosen spelling
    family: tuple[Name, int]
    notes: str = ""


@dataclass(slots=True)
class Draw:
    """One household being drawn."""

    rng: random.Random
    origin: Origin
    today: int
    people: list[Person] = field(default_factory=list)

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

    def person(self, relationship: str, sex: Sex, born: int, family: tuple[Name, int]) -> Person:
        person = Person(relationship, sex, born, self.given(sex), family)
        self.people.append(person)
        return person

    def born(self, youngest: float, oldest: float) -> int:
        return self.today - self.rng.randint(int(youngest * YEAR) + 1, int((oldest + 1) * YEAR) - 1)

    def children_of(
        self, father: Person | None, mother: Person, count: int, relation: str, after: int = 0
    ) -> None:
        """Add up to `count` children born 10 months apart or more, once both parents were 17.

        With `after` (an ordinal day), no child is born before it.
        """
        rng = self.rng
        parents = [mother.born] if father is None else [mother.born, father.born]
        earliest = max(max(parents) + int(17 * YEAR) + 30, after)
        latest = min(self.today - 20, mother.born + int(45 * YEAR))
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

    def couple(self, head_male: bool, oldest: float, youngest: float) -> tuple[Person, Person]:
        """Head and spouse; the wife is up to ten years younger and at least 20."""
        rng = self.rng
        family = self.surname()
        husband_born = self.born(youngest, oldest)
        husband_age = (self.today - husband_born) / YEAR
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


def draw_people(draw: Draw) -> None:
    """Fill `draw.people` with a household of one of the shapes."""
    rng, origin = draw.rng, draw.origin
    shape = rng.choices(SHAPES, origin.shapes)[0]
    if shape == SINGLE:
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
    elif shape == COUPLE:
        draw.couple(rng.random() < 0.9, 65, 20)
    elif shape in (FAMILY, WITH_PARENTS):
        husband, wife = draw.couple(rng.random() < 0.88, 58, 22)
        draw.children_of(husband, wife, _count(rng, origin.children, 8), "child")
        if shape == WITH_PARENTS:
            _parents_of(draw, husband if husband.relationship == "head" else wife)
    elif shape == LONE_PARENT:
        if rng.random() < 0.85:
            mother = draw.person("head", Sex.FEMALE, draw.born(22, 50), draw.surname())
            draw.children_of(None, mother, _count(rng, origin.children, 5), "child")
        else:
            father = draw.person("head", Sex.MALE, draw.born(28, 55), draw.surname())
            absent = Person("", Sex.FEMALE, father.born + rng.randint(0, 3000), [], father.family)
            draw.children_of(father, absent, _count(rng, origin.children, 4), "child")
    elif shape == WITH_GRANDCHILDREN:
        _grandparent_household(draw)
    else:
        head = draw.person("head", _child_sex(rng), draw.born(18, 30), draw.surname())
        for _ in range(rng.randint(1, 3)):
            born = min(draw.today - int(14 * YEAR), head.born + rng.randint(-3000, 3000))
            draw.person("sibling", _child_sex(rng), born, head.family)
        if rng.random() < 0.3:
            draw.person("other_relative", _child_sex(rng), draw.born(16, 30), draw.surname())


def _parents_of(draw: Draw, head: Person) -> None:
    """Add the head's mother, often with the father: born at least 17 years before the head."""
    rng, origin = draw.rng, draw.origin
    latest = head.born - int(17 * YEAR) - rng.randint(0, int(12 * YEAR))
    earliest = draw.today - int(88 * YEAR)
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


def _grandparent_household(draw: Draw) -> None:
    """A grandparent as head, with a grown child, perhaps the child's spouse, and grandchildren."""
    rng, origin = draw.rng, draw.origin
    if rng.random() < 0.6:
        grandfather: Person | None = draw.couple(True, 75, 50)[0]
        grandmother = draw.people[1]
    else:
        grandmother = draw.person("head", Sex.FEMALE, draw.born(50, 78), draw.surname())
        grandfather = None
    draw.children_of(grandfather, grandmother, rng.randint(1, 2), "child")
    grown = [p for p in draw.people if p.relationship == "child"]
    if not grown or draw.today - grown[0].born < 18 * YEAR:
        return
    parent = grown[0]
    partner = None
    if rng.random() < 0.4:
        partner_sex = Sex.FEMALE if parent.sex is Sex.MALE else Sex.MALE
        takes_name = partner_sex is Sex.FEMALE and origin.spouse_takes_name
        born = min(parent.born + rng.randint(-1500, 1500), draw.today - int(18 * YEAR))
        family = parent.family if takes_name else draw.surname()
        partner = draw.person("other_relative", partner_sex, born, family)
    minors = draw.today - int(17 * YEAR)  # grandchildren living with them are young
    if parent.sex is Sex.MALE:
        mother = partner or Person(
            "", Sex.FEMALE, parent.born + rng.randint(0, 2000), [], parent.family
        )
        draw.children_of(parent, mother, rng.randint(1, 4), "grandchild", minors)
    else:
        draw.children_of(partner, parent, rng.randint(1, 4), "grandchild", minors)

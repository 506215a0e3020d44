"""A drawn person as a Personenbogen member: names, birth date, languages, school and work."""

from __future__ import annotations

import datetime as dt
import functools
import random
from dataclasses import dataclass

from neubeginn.demo.data_files import read_toml
from neubeginn.demo.origins import Origin, jobs, study_fields
from neubeginn.demo.people import YEAR, Person
from neubeginn.model.domain.values import (
    GermanLevel,
    LanguageLevel,
    Literacy,
    Member,
    PartialDate,
    ResidenceStatus,
    Sex,
    SpokenLanguage,
)

_NATIVE, _FLUENT, _BASIC = LanguageLevel.NATIVE, LanguageLevel.FLUENT, LanguageLevel.BASIC
_RECOGNITION = (
    " – Anerkennung beantragt",
    " – Zeugnisbewertung der ZAB liegt vor",
    " – nicht anerkannt",
    " – nur Kopie vorhanden",
    "",
)
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


@functools.cache
def _mobile_prefixes() -> tuple[str, ...]:
    return tuple(read_toml("herne.toml")["mobile_prefixes"])


def _feminine(name: str) -> str:
    for masculine, feminine in _FEMININE_ENDINGS:
        if name.endswith(masculine):
            return name[: -len(masculine)] + feminine
    return name


@dataclass(frozen=True, slots=True)
class Circumstances:
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


class Members:
    """Turns drawn persons into Personenbogen members."""

    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng = rng
        self.today = today
        self.today_ordinal = today.toordinal()

    def member(self, person: Person, index: int, c: Circumstances) -> Member:
        origin = c.origin
        age = (self.today_ordinal - person.born) / YEAR
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

    def _literacy(self, person: Person, age: float, origin: Origin) -> Literacy:
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
        self, age: float, german: GermanLevel, literacy: Literacy, c: Circumstances
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
        self, age: float, literacy: Literacy, c: Circumstances
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
        certificate = f"{degree} {rng.choice(study_fields())} ({country}){rng.choice(_RECOGNITION)}"
        return years, f"Universität {rng.choice(c.origin.cities)}", certificate

    def _work(
        self, person: Person, age: float, schooling: int | None, c: Circumstances
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
                else rng.choice(jobs())
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
        return f"{rng.choice(_mobile_prefixes())} {rng.randint(1_000_000, 99_999_999)}"


def _bamf_code(c: Circumstances) -> str:
    return (
        "997" if c.nationality == "XX" else "998" if c.nationality == "ZZ" else c.origin.bamf_code
    )

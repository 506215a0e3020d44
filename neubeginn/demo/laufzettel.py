"""Fictional Laufzettel histories for the demo households: appointments, outcomes, Absprachen."""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from neubeginn.demo.names import STAFF_FAMILY, STAFF_GIVEN
from neubeginn.model.domain.values import Agency, EntryStatus, LaufzettelEntry, Topic

BERLIN = ZoneInfo("Europe/Berlin")

_A, _G, _B, _H, _N, _M, _S, _L, _F, _W, _J = (
    Topic.ASYL,
    Topic.GELD,
    Topic.BERATUNG,
    Topic.GESUNDHEIT,
    Topic.NAHRUNG,
    Topic.MOBILITAET,
    Topic.SCHULE,
    Topic.SPRACHERWERB,
    Topic.FREIZEIT,
    Topic.WOHNUNG,
    Topic.ARBEIT,
)

TOPIC_LABELS = {
    _A: "Asyl",
    _G: "Geld/Leistungen",
    _B: "Beratung und Hilfe",
    _H: "Gesundheit",
    _N: "Nahrung",
    _M: "Mobilität",
    _S: "Schule und Kindergarten",
    _L: "Spracherwerb",
    _F: "Freizeit",
    _W: "Wohnung",
    _J: "Arbeit",
}

# Public offices and course providers: they write their own texts and those marked for
# everyone ("*"), not the counselling texts of the welfare organisations.
_OFFICES = (
    "BAMF",
    "FB 24",
    "FB 41",
    "FB 42",
    "FB 43",
    "Jobcenter Herne",
    "Agentur für Arbeit",
    "Integration Point",
    "Volkshochschule",
    "Bildungsbüro",
    "GBH",
    "Bobeq",
    "Tertia",
    "Internationaler Bund",
)


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


def _t(topic: Topic, information: str, agreements: str = "", who: str = "") -> _Text:
    return _Text(topic, information, agreements, who)


_TEXTS = (
    _t(
        _A,
        "Ablauf der Anhörung beim BAMF erklärt; Fluchtgeschichte chronologisch erzählen.",
        "{p} bringt alle Dokumente aus dem Herkunftsland zum nächsten Termin mit.",
    ),
    _t(
        _A,
        "Bescheid des BAMF übersetzt und erklärt (subsidiärer Schutz).",
        "Klagefrist zwei Wochen notiert; Termin bei der Rechtsberatung bis {d} vereinbaren.",
    ),
    _t(
        _A,
        "Familiennachzug für Ehefrau und Kinder besprochen; Terminliste der Botschaft erklärt.",
        "{p} reicht Heiratsurkunde und Geburtsurkunden in Kopie bis {d} ein.",
    ),
    _t(
        _A,
        "Duldung: Pflicht zur Mitwirkung bei der Passbeschaffung erklärt.",
        "{p} nimmt Kontakt mit der Botschaft auf und bringt den Nachweis bis {d}",
    ),
    _t(
        _A,
        "Asylfolgeantrag: Erfolgsaussichten mit der Rechtsanwältin besprochen.",
        "{p} überlegt und meldet sich.",
    ),
    _t(
        _A,
        "Aufenthaltserlaubnis verlängert; Fiktionsbescheinigung eingezogen.",
        "Neuer eAT wird in ca. 6 Wochen zugeschickt; Abholung nur mit Termin.",
        "FB 24",
    ),
    _t(
        _A,
        "Antrag auf Verlängerung der Aufenthaltserlaubnis aufgenommen; biometrisches Foto fehlt.",
        "{p} reicht bis {d} ein biometrisches Passfoto und die Meldebescheinigung nach.",
        "FB 24",
    ),
    _t(
        _A,
        "Duldung um drei Monate verlängert. Hinweis auf Mitwirkungspflicht gegeben.",
        "Nachweis über Vorsprache bei der Botschaft bis {d}",
        "FB 24",
    ),
    _t(
        _A,
        "Antrag auf Niederlassungserlaubnis: Unterlagen geprüft, Nachweis B1 fehlt.",
        "{p} reicht das B1-Zertifikat nach der Prüfung ein.",
        "FB 24",
    ),
    _t(_A, "Beschäftigungserlaubnis für eine Helfertätigkeit erteilt.", "", "FB 24"),
    _t(
        _A,
        "Anhörung durchgeführt, Dolmetscher anwesend. Protokoll rückübersetzt.",
        "Entscheidung wird schriftlich zugestellt.",
        "BAMF",
    ),
    _t(
        _A,
        "Asylantrag förmlich gestellt; Aufenthaltsgestattung ausgehändigt.",
        "Einladung zur Anhörung kommt per Post; Briefkasten bitte täglich prüfen.",
        "BAMF",
    ),
    _t(
        _L,
        "Berechtigung zum Integrationskurs erteilt.",
        "{p} meldet sich bis {d} bei einem Kursträger an.",
        "BAMF",
    ),
    _t(
        _G,
        "Antrag auf Kindergeld besprochen; Unterlagen (Geburtsurkunden) fehlen noch.",
        "{p} bringt bis {d} die Geburtsurkunden und die Steuer-IDs der Kinder.",
        "*",
    ),
    _t(
        _G,
        "Bescheid des Jobcenters erklärt; Nachzahlung der Unterkunftskosten steht aus.",
        "Wir fragen beim Jobcenter nach; Rückmeldung bis {d}",
    ),
    _t(
        _G,
        "Weiterbewilligungsantrag gemeinsam ausgefüllt.",
        "{p} gibt den Antrag bis {d} mit den Kontoauszügen der letzten 3 Monate ab.",
    ),
    _t(
        _G,
        "Mahnung des Stromanbieters besprochen; Ratenzahlung ist möglich.",
        "{p} ruft beim nächsten Termin mit uns den Anbieter an.",
    ),
    _t(
        _G,
        "Basiskonto bei der Sparkasse beantragt.",
        "Kontonummer dem Leistungsträger mitteilen.",
        "*",
    ),
    _t(
        _G,
        "Antrag auf Bildung und Teilhabe für {c} (Schulbedarf, Klassenfahrt) gestellt.",
        "Schulbescheinigung bis {d} nachreichen.",
    ),
    _t(
        _G,
        "Leistungen nach dem AsylbLG bewilligt; Krankenbehandlungsschein ausgegeben.",
        "Neuen Behandlungsschein jeweils zum Quartalsbeginn abholen.",
        "FB 41",
    ),
    _t(
        _W,
        "Zimmerwechsel in der Unterkunft besprochen (größeres Zimmer für die Familie).",
        "Umzug ab {d} möglich.",
        "FB 41",
    ),
    _t(
        _J,
        "Erstgespräch: Kooperationsplan besprochen.",
        "{p} besucht ab {d} den Integrationskurs; Teilnahmebescheinigung vorlegen.",
        "Jobcenter Herne",
    ),
    _t(
        _G,
        "Antrag auf Bürgergeld aufgenommen; Mietvertrag und Kontoauszüge liegen vor.",
        "Bescheid kommt per Post.",
        "Jobcenter Herne",
    ),
    _t(
        _G,
        "Veränderungsmitteilung aufgenommen: Geburt eines Kindes.",
        "Geburtsurkunde bis {d} nachreichen.",
        "Jobcenter Herne",
    ),
    _t(
        _B,
        "Erstgespräch Migrationsberatung; Situation der Familie aufgenommen.",
        "Schweigepflichtentbindung unterschrieben; nächster Termin zur Antragstellung.",
    ),
    _t(
        _B,
        "Post gemeinsam durchgesehen und erklärt (Rundfunkbeitrag, Krankenkasse).",
        "Befreiung vom Rundfunkbeitrag wird beantragt; {p} bringt den Leistungsbescheid.",
    ),
    _t(
        _B,
        "Begleitung zum Termin beim Jobcenter organisiert (Ehrenamtliche).",
        "Treffpunkt am Termintag 8:45 Uhr vor dem Eingang.",
    ),
    _t(
        _B,
        "Schwierigkeiten in der Unterkunft (Lärm, Streit mit Nachbarn) besprochen.",
        "Gespräch mit der Unterkunftsleitung bis {d}",
    ),
    _t(
        _B,
        "Übersetzung von Dokumenten: Kosten und Stellen erklärt.",
        "{p} klärt die Kostenübernahme beim Leistungsträger.",
    ),
    _t(_B, "Fragen zu Familiennachzug und Einbürgerung beantwortet."),
    _t(
        _H,
        "Krankenversicherung erklärt; Gesundheitskarte ist noch nicht da.",
        "{p} fragt bei der Krankenkasse nach; bis dahin Behandlungsschein nutzen.",
        "*",
    ),
    _t(
        _H,
        "Hausarzt in der Nähe gesucht; Praxis mit mehrsprachigem Personal empfohlen.",
        "{p} vereinbart den Termin selbst.",
    ),
    _t(
        _H,
        "Impfstatus der Kinder geprüft; Impfungen fehlen.",
        "Termin beim Kinderarzt bis {d}; Impfpass mitbringen.",
        "*",
    ),
    _t(
        _H,
        "Schuleingangsuntersuchung für {c} durchgeführt.",
        "Ergebnis geht an die Schule.",
        "FB 43",
    ),
    _t(
        _H,
        "Belastung durch Fluchterlebnisse angesprochen; psychosoziale Beratung erklärt.",
        "{p} überlegt; Kontakt zur Soforthilfe kann vermittelt werden.",
    ),
    _t(
        _H,
        "Psychosoziales Erstgespräch mit Dolmetscher; Schlafstörungen seit der Flucht.",
        "Wöchentliche Gespräche vereinbart; Dolmetscher wird organisiert.",
        "Soforthilfe",
    ),
    _t(_H, "Stabilisierungsgespräch.", "Nächstes Gespräch in zwei Wochen.", "Soforthilfe"),
    _t(
        _N,
        "Hinweis auf die Herner Tafel gegeben; Berechtigungsnachweis erklärt.",
        "{p} holt mit dem Leistungsbescheid den Tafelausweis ab.",
    ),
    _t(_N, "Lebensmittelgutscheine bis zur ersten Auszahlung ausgegeben.", "", "*"),
    _t(_N, "Kleiderkammer: Winterkleidung für die Kinder.", "Ausgabe am {d}, 10–12 Uhr."),
    _t(
        _M,
        "Sozialticket (Deutschlandticket Sozial) erklärt und beantragt.",
        "{p} bringt den Leistungsbescheid zur Abholung mit.",
        "*",
    ),
    _t(_M, "Gespendetes Fahrrad übergeben, Verkehrsregeln besprochen."),
    _t(
        _M,
        "Umschreibung des Führerscheins aus dem Herkunftsland besprochen.",
        "{p} lässt den Führerschein übersetzen und reicht ihn bis {d} ein.",
    ),
    _t(_M, "Weg zum Sprachkurs mit Bus und Bahn geübt."),
    _t(
        _S,
        "Schulanmeldung für {c} besprochen; Zuweisung über das Kommunale Integrationszentrum.",
        "Masern-Impfnachweis bis {d} vorlegen; Zuweisung kommt schriftlich.",
        "*",
    ),
    _t(
        _S,
        "Kita-Platz für {c} gesucht; Anmeldung im Kita-Navigator gemeinsam gemacht.",
        "{p} meldet sich, sobald ein Angebot kommt.",
        "*",
    ),
    _t(
        _S,
        "Elterngespräch vorbereitet; Zeugnis von {c} erklärt.",
        "Hausaufgabenhilfe im Stadtteil wird vermittelt.",
    ),
    _t(
        _S,
        "Anerkennung des Schulabschlusses bei der Bezirksregierung besprochen.",
        "{p} lässt die Zeugnisse übersetzen und beglaubigen.",
    ),
    _t(
        _S,
        "Offene Ganztagsschule für {c} beantragt.",
        "Befreiung vom Elternbeitrag beantragt.",
        "*",
    ),
    _t(
        _L,
        "Anmeldung zum Integrationskurs; Einstufungstest gemacht: Niveau A1.",
        "Kursbeginn am {d}, Mo–Fr 8:30–12:45 Uhr.",
        "Volkshochschule|Bobeq|Tertia|Internationaler Bund",
    ),
    _t(_L, "Alphabetisierungskurs empfohlen; Platz auf der Warteliste.", "Wir melden uns.", "*"),
    _t(
        _L,
        "Kursabbruch besprochen: Kinderbetreuung fehlt.",
        "Kurs mit Kinderbetreuung wird gesucht.",
        "*",
    ),
    _t(_L, "Prüfung „Deutsch-Test für Zuwanderer“ bestanden (B1). Zertifikat kopiert.", "", "*"),
    _t(_L, "Berufssprachkurs B2 beantragt.", "Kursbeginn voraussichtlich am {d}", "*"),
    _t(_L, "Sprachcafé vorgestellt (donnerstags)."),
    _t(_F, "Sportverein für {c} vermittelt (Fußball); Beitrag über Bildung und Teilhabe."),
    _t(_F, "Frauencafé und Nähgruppe vorgestellt."),
    _t(_F, "Ferienfreizeit für {c} angemeldet.", "Anmeldebogen bis {d} unterschreiben."),
    _t(_F, "Ehrenamtliche Patenschaft vermittelt.", "Erstes Treffen am {d}"),
    _t(
        _W,
        "Wohnungssuche: Mietobergrenzen erklärt, Liste von Vermietern ausgegeben.",
        "{p} bewirbt sich bis {d} auf mindestens drei Wohnungen.",
        "*",
    ),
    _t(
        _W,
        "Wohnungsangebot geprüft; Mietbescheinigung erklärt.",
        "Absprache: {p} bringt bis {d} die Mietbescheinigung.",
        "*",
    ),
    _t(_W, "Wohnberechtigungsschein beantragt.", "Bescheid abwarten.", "*"),
    _t(_W, "Mietvertrag erklärt; Kaution als Darlehen beantragt.", "", "*"),
    _t(
        _W,
        "Erstausstattung für die Wohnung beantragt (Möbel, Haushaltsgeräte).",
        "Bewilligung abwarten; Möbelbörse vermittelt.",
        "*",
    ),
    _t(_J, "Lebenslauf gemeinsam erstellt.", "{p} schickt bis {d} drei Bewerbungen.", "*"),
    _t(
        _J,
        "Berufserfahrung und Anerkennung des Abschlusses besprochen.",
        "Termin bei der Anerkennungsberatung bis {d}",
        "*",
    ),
    _t(
        _J,
        "Beschäftigungserlaubnis geprüft: Arbeit ist erlaubt.",
        "Vermittlungsvorschlag Lagerhelfer ausgehändigt.",
        "*",
    ),
    _t(
        _J,
        "Praktikum in einer Kfz-Werkstatt vermittelt (4 Wochen).",
        "Beginn am {d}, 7:30 Uhr.",
        "*",
    ),
    _t(
        _J,
        "Minijob in der Gastronomie: Anrechnung auf die Leistungen erklärt.",
        "Lohnabrechnungen monatlich vorlegen.",
        "*",
    ),
    _t(_J, "Berufsorientierung, Ausbildungsplatzsuche.", "Bewerbungstraining ab {d}", "*"),
    _t(_J, "Arbeitsgelegenheit in der Fahrradwerkstatt besprochen.", "Beginn am {d}", "GBH"),
)

_FALLBACK = _Text(None, "Beratungsgespräch geführt.")
_HANDOVER = (
    "Ordner „Neubeginn Herne“ ausgehändigt und erklärt; Personenbogen gemeinsam angelegt.",
    "Ordner zu jedem Beratungstermin mitbringen.",
)
_DOCUMENTS = (
    "Pass oder Ausweis",
    "Aufenthaltstitel",
    "alle neuen Bescheide",
    "Mietvertrag",
    "Kontoauszüge",
    "Geburtsurkunden",
    "Zeugnisse",
    "Ordner „Neubeginn Herne“",
)
_CANCEL_REASONS = (
    "Kind krank",
    "Erkrankung",
    "Termin beim BAMF am selben Tag",
    "Prüfung im Sprachkurs",
    "kein Dolmetscher verfügbar",
    "Beraterin erkrankt",
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
    counsellors = tuple(
        f"{staff.choice(STAFF_GIVEN)} {staff.choice(STAFF_FAMILY)}"
        for _ in range(staff.randint(2, 4))
    )
    office = any(part in agency.name for part in _OFFICES)
    texts = [
        t
        for t in _TEXTS
        if t.topic in agency.topics
        and (t.who == "*" or (_written_by(t.who, agency) if t.who else not office))
    ]
    if not texts:
        texts = [_FALLBACK]
    if all(t.needs_child for t in texts):
        texts.append(_FALLBACK)
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
                    information=_HANDOVER[0],
                    agreements=_HANDOVER[1],
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
            information = f"Termin abgesagt: {rng.choice(_CANCEL_REASONS)}."
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
    topic = "Beratung" if text.topic is None else TOPIC_LABELS[text.topic]
    documents = ", ".join(rng.sample(_DOCUMENTS, 2))
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

"""A fictional household for `neubeginn print --sample`, for trying the inserts without a vault."""

from __future__ import annotations

import datetime as dt

from neubeginn.model.domain.values import (
    Agency,
    Case,
    Consent,
    EntryStatus,
    FolderVersion,
    GermanLevel,
    LanguageLevel,
    LaufzettelEntry,
    Literacy,
    Member,
    PartialDate,
    ResidenceStatus,
    ServiceContact,
    Sex,
    SpokenLanguage,
    Topic,
)

_NATIVE, _FLUENT, _BASIC = LanguageLevel.NATIVE, LanguageLevel.FLUENT, LanguageLevel.BASIC


def sample_agencies() -> tuple[Agency, ...]:
    """A few directory entries; names are real agencies of Herne, addresses are made up."""

    def agency(uuid: str, name: str, street: str, phone: str, *topics: Topic) -> Agency:
        return Agency(name, address=f"{street}, 44623 Herne", phone=phone, topics=topics, uuid=uuid)

    return (
        agency(
            "a-fb41",
            "Stadt Herne, FB 41 Soziales (Sonstige Hilfen und Wohnen)",
            "Musterplatz 1",
            "02323 100000",
            Topic.GELD,
            Topic.WOHNUNG,
        ),
        agency(
            "a-caritas",
            "Caritasverband Herne e.V.",
            "Beispielstraße 12",
            "02323 200000",
            Topic.BERATUNG,
            Topic.ASYL,
        ),
        agency("a-vhs", "Volkshochschule Herne", "Lernweg 5", "02323 300000", Topic.SPRACHERWERB),
        agency(
            "a-familie",
            "Stadt Herne, FB 42 Familienbüro",
            "Kinderallee 3",
            "02323 400000",
            Topic.SCHULE,
        ),
        agency(
            "a-soforthilfe",
            "Soforthilfe Herne",
            "Ruheweg 8",
            "02323 500000",
            Topic.GESUNDHEIT,
            Topic.BERATUNG,
        ),
        agency(
            "a-ip",
            "Integration Point (Jobcenter und Agentur für Arbeit)",
            "Arbeitsstraße 20",
            "02323 600000",
            Topic.ARBEIT,
        ),
    )


def _members() -> tuple[Member, ...]:
    return (
        Member(
            "Al-Hassan",
            "Ahmad",
            Sex.MALE,
            PartialDate(1984, 3, 12),
            "SY",
            "head",
            native_name="أحمد الحسن",
            languages=(
                SpokenLanguage("ar", _NATIVE),
                SpokenLanguage("ku", _BASIC),
                SpokenLanguage("en", _BASIC),
            ),
            german_level=GermanLevel.A2,
            literacy=Literacy.LATIN,
            schooling_years=12,
            last_school="Gymnasium in Aleppo",
            certificates="Abitur (Syrien)",
            vocational_training="Elektriker, 3 Jahre",
            work_experience="8 Jahre Elektriker",
            residence_status=ResidenceStatus.AUFENTHALTSERLAUBNIS,
            residence_paragraph="§ 25 Abs. 2 AufenthG",
            residence_valid_until=dt.date(2027, 6, 30),
            phone="0157 12345678",
            bamf_number="8123456-475",
            uuid="m-ahmad",
        ),
        Member(
            "Rahimi",
            "Mariam",
            Sex.FEMALE,
            PartialDate(1990, 5),
            "AF",
            "spouse",
            native_name="مریم رحیمی",
            languages=(
                SpokenLanguage("fa-AF", _NATIVE, interpreter=True),
                SpokenLanguage("ar", _FLUENT),
            ),
            german_level=GermanLevel.A1,
            literacy=Literacy.OWN_SCRIPT,
            schooling_years=6,
            residence_status=ResidenceStatus.AUFENTHALTSGESTATTUNG,
            residence_valid_until=dt.date(2026, 9, 30),
            bamf_number="8123457-423",
            notes="Alphabetisierungskurs in lateinischer Schrift empfohlen.",
            uuid="m-mariam",
        ),
        Member(
            "Al-Hassan",
            "Omar",
            Sex.MALE,
            PartialDate(2015, 9, 1),
            "SY",
            "child",
            native_name="عمر الحسن",
            languages=(SpokenLanguage("ar", _NATIVE), SpokenLanguage("fa-AF", _FLUENT)),
            german_level=GermanLevel.B1,
            literacy=Literacy.LATIN,
            schooling_years=4,
            last_school="Gesamtschule Herne, Klasse 5",
            residence_status=ResidenceStatus.AUFENTHALTSERLAUBNIS,
            residence_paragraph="§ 32 AufenthG",
            residence_valid_until=dt.date(2027, 6, 30),
            uuid="m-omar",
        ),
        Member(
            "Al-Hassan",
            "Lina",
            Sex.FEMALE,
            PartialDate(2020),
            "SY",
            "child",
            native_name="لينا الحسن",
            languages=(SpokenLanguage("ar", _NATIVE),),
            literacy=Literacy.NONE,
            uuid="m-lina",
        ),
        Member(
            "Al-Hassan",
            "Fatima",
            Sex.FEMALE,
            PartialDate(1958),
            "SY",
            "parent",
            native_name="فاطمة الحسن",
            languages=(SpokenLanguage("ar", _NATIVE, interpreter=True),),
            literacy=Literacy.NONE,
            residence_status=ResidenceStatus.DULDUNG,
            residence_valid_until=dt.date(2026, 5, 15),
            notes="Braucht Begleitung zu Terminen; Knieprobleme, kein Treppensteigen.",
            uuid="m-fatima",
        ),
    )


def sample_case(today: dt.date) -> Case:
    """The fictional Al-Hassan/Rahimi household; its appointments lie around `today`."""
    fb41, caritas, vhs, familie, soforthilfe, ip = sample_agencies()

    def at(days: int, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(today + dt.timedelta(days=days), dt.time(hour, minute))

    entries = (
        (
            at(-60, 9),
            EntryStatus.ATTENDED,
            fb41,
            (Topic.ASYL, Topic.GELD),
            "Ordner ausgegeben, Personenbogen angelegt. Leistungen nach AsylbLG beantragt.",
            "Konto eröffnen bis Monatsende.",
            "K. Schmidt",
            None,
            (),
        ),
        (
            at(-45, 10, 30),
            EntryStatus.ATTENDED,
            caritas,
            (Topic.BERATUNG, Topic.ASYL),
            "Asylverfahren von Frau Rahimi besprochen, Anhörung beim BAMF vorbereitet.",
            "Unterlagen aus Afghanistan übersetzen lassen.",
            "S. Yılmaz",
            at(-20, 10, 30),
            ("m-mariam",),
        ),
        (
            at(-30, 14),
            EntryStatus.ATTENDED,
            familie,
            (Topic.SCHULE,),
            "Kita-Platz für Lina beantragt; Omar an der Gesamtschule angemeldet.",
            "Impfpass für Lina mitbringen.",
            "J. Becker",
            None,
            ("m-lina", "m-omar"),
        ),
        (
            at(-14, 8, 30),
            EntryStatus.ATTENDED,
            vhs,
            (Topic.SPRACHERWERB,),
            "Einstufung: Herr Al-Hassan A2; für Frau Rahimi Alphabetisierungskurs empfohlen.",
            "Integrationskurs beginnt am Monatsersten, 8:30 Uhr, Raum 204.",
            "M. Nowak",
            None,
            ("m-ahmad", "m-mariam"),
        ),
        (
            at(-7, 11),
            EntryStatus.MISSED,
            soforthilfe,
            (Topic.GESUNDHEIT, Topic.BERATUNG),
            "Termin nicht wahrgenommen.",
            "",
            "A. Karimi",
            at(5, 10),
            ("m-fatima",),
        ),
        (
            at(-3, 9, 30),
            EntryStatus.ATTENDED,
            ip,
            (Topic.ARBEIT,),
            "Anerkennung der Ausbildung als Elektriker besprochen; Zeugnisse liegen übersetzt vor.",
            "Antrag auf Anerkennung bei der Handwerkskammer stellen.",
            "T. Wagner",
            at(12, 9, 30),
            ("m-ahmad",),
        ),
    )
    laufzettel = [
        LaufzettelEntry(
            when,
            status,
            agency,
            topics,
            info,
            agreed,
            counsellor,
            following,
            members,
            seq=seq,
            uuid=f"e-{seq}",
        )
        for seq, (
            when,
            status,
            agency,
            topics,
            info,
            agreed,
            counsellor,
            following,
            members,
        ) in enumerate(entries, start=1)
    ]
    laufzettel.append(
        LaufzettelEntry(
            at(-6, 15),
            EntryStatus.CANCELLED,
            soforthilfe,
            (Topic.GESUNDHEIT,),
            "Berichtigung: Termin war telefonisch abgesagt (entschuldigt).",
            counsellor="A. Karimi",
            seq=7,
            amends=5,
            uuid="e-7",
        )
    )
    return Case(
        number="NB-2026-00042",
        folder_version=FolderVersion.UNTERKUNFT,
        issuing_office="Stadt Herne, FB 41 Soziales",
        issued_on=today - dt.timedelta(days=60),
        accommodation="Gemeinschaftsunterkunft Beispielweg 3, 44623 Herne",
        print_languages=("ar", "fa-AF"),
        members=_members(),
        service_contacts=(
            ServiceContact(
                "Ausländerbehörde Herne (FB 24)", "A-2024-1234", "Frau Klein", "02323 700000"
            ),
            ServiceContact("AOK NordWest", "K123456789", phone="0800 0000000"),
            ServiceContact("Familienkasse NRW", "123FK456789"),
        ),
        consents=(
            Consent(
                today - dt.timedelta(days=60),
                store_data=True,
                share_with_agencies=True,
                agencies=("a-fb41", "a-caritas", "a-vhs", "a-soforthilfe"),
                recorded_by="K. Schmidt",
            ),
        ),
        laufzettel=tuple(laufzettel),
        uuid="c-sample",
    )

"""The first-run seed of the agency directory: the Herne agencies of the city's integration work."""

from __future__ import annotations

from neubeginn.model.domain.values import Agency, Topic

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

_OFFICE_HOURS = "Mo, Di, Do 8:30–12:00, Do 14:00–17:00, Fr 8:30–12:00 und nach Vereinbarung"
_COUNSELLING_HOURS = "Mo–Do 9:00–12:00 und 13:30–16:00, Fr 9:00–12:00; offene Sprechstunde Di"

# name, short name, street in Herne, postcode, e-mail local part @ domain, opening hours, topics.
# Names are the real names of the agencies; addresses, phone numbers and e-mail addresses are
# made up (the phone numbers use "000" after the Herne prefix, which no real line has, and the
# e-mail domains end in the reserved ".example").
_SEED: tuple[tuple[str, str, str, str, str, str, tuple[Topic, ...]], ...] = (
    (
        "Caritasverband Herne e.V.",
        "Caritas",
        "Hauptstraße 94",
        "44651",
        "migrationsdienst@caritas-herne.example",
        _COUNSELLING_HOURS,
        (_A, _B, _G, _W, _H),
    ),
    (
        "Arbeiterwohlfahrt (AWO) Ruhr-Mitte",
        "AWO",
        "Bahnhofstraße 125",
        "44623",
        "migrationsberatung@awo-ruhr-mitte.example",
        _COUNSELLING_HOURS,
        (_A, _B, _G, _W, _F),
    ),
    (
        "Arbeiterwohlfahrt (AWO) Ruhr-Mitte, Jugendmigrationsdienst",
        "JMD",
        "Bahnhofstraße 125",
        "44623",
        "jmd@awo-ruhr-mitte.example",
        "Mo–Fr 9:00–15:00, offene Sprechstunde Mi 14:00–17:00",
        (_B, _S, _L, _J, _F),
    ),
    (
        "Deutsches Rotes Kreuz Kreisverband Herne und Wanne-Eickel e.V.",
        "DRK",
        "Hauptstraße 264",
        "44649",
        "integration@drk-herne.example",
        _COUNSELLING_HOURS,
        (_B, _N, _H, _F, _A),
    ),
    (
        "Eine Welt Zentrum Herne",
        "EWZ",
        "Overwegstraße 31",
        "44625",
        "kontakt@ewz-herne.example",
        "Mo–Fr 10:00–17:00; Sprachcafé Do 16:00–18:00",
        (_F, _L, _B),
    ),
    (
        "Gesellschaft Freie Sozialarbeit e.V. (GFS)",
        "GFS",
        "Holsteiner Straße 7",
        "44627",
        "beratung@gfs-herne.example",
        _COUNSELLING_HOURS,
        (_B, _W, _G, _S),
    ),
    (
        "Jüdische Gemeinde Bochum-Herne-Hattingen",
        "Jüd. Gemeinde",
        "Schaeferstraße 12",
        "44623",
        "sozialdienst@jg-bhh.example",
        "Mo–Do 10:00–15:00",
        (_B, _F, _L),
    ),
    (
        "Malteser Hilfsdienst e.V.",
        "Malteser",
        "Edmund-Weber-Straße 166",
        "44651",
        "integrationslotsen@malteser-herne.example",
        "Mo–Fr 9:00–16:00",
        (_B, _H, _M, _F),
    ),
    (
        "Plan B Ruhr e.V.",
        "Plan B",
        "Sodinger Straße 11",
        "44623",
        "herne@planb-ruhr.example",
        "Mo–Fr 9:00–17:00 nach Vereinbarung",
        (_B, _S, _F),
    ),
    (
        "Integration Point (Jobcenter und Agentur für Arbeit)",
        "Integration Point",
        "Am Westbach 12",
        "44623",
        "integration-point@jobcenter-herne.example",
        "Mo–Fr 8:00–12:30, Do 14:00–17:00, Termine nach Vereinbarung",
        (_J, _L, _G),
    ),
    (
        "Jobcenter Herne",
        "Jobcenter",
        "Am Westbach 12",
        "44623",
        "jobcenter-herne@jobcenter.example",
        "Mo–Fr 8:00–12:30, Do 14:00–17:00",
        (_G, _J, _W, _L),
    ),
    (
        "Agentur für Arbeit",
        "Arbeitsagentur",
        "Am Westbach 12",
        "44623",
        "herne@arbeitsagentur.example",
        "Mo–Fr 8:00–12:30, Do 14:00–18:00",
        (_J, _L),
    ),
    (
        "Bundesamt für Migration und Flüchtlinge (BAMF)",
        "BAMF",
        "Recklinghauser Straße 52",
        "44628",
        "poststelle-herne@bamf.example",
        "Mo–Fr 8:00–15:00, nur mit Termin",
        (_A, _L),
    ),
    (
        "Stadt Herne, FB 41 Soziales (Sonstige Hilfen und Wohnen)",
        "FB 41",
        "Rathausstraße 16",
        "44649",
        "fb41-hilfen@herne.example",
        _OFFICE_HOURS,
        (_G, _W, _N, _H, _B),
    ),
    (
        "Stadt Herne, FB 24 Ausländer- und Staatsangehörigkeitswesen",
        "Ausländerbehörde",
        "Rathausstraße 16",
        "44649",
        "auslaenderbehoerde@herne.example",
        "Mo, Di, Fr 8:00–12:00, Do 14:00–17:00, nur mit Termin",
        (_A,),
    ),
    (
        "Stadt Herne, FB 31 Kommunales Integrationszentrum",
        "KI Herne",
        "Friedrich-Ebert-Platz 7",
        "44623",
        "ki@herne.example",
        "Mo–Do 8:30–15:30, Fr 8:30–12:00",
        (_B, _S, _L, _F),
    ),
    (
        "Stadt Herne, Volkshochschule",
        "VHS",
        "Wilhelmstraße 37",
        "44649",
        "integrationskurse@vhs-herne.example",
        "Anmeldung Mo–Do 9:00–12:00 und 14:00–16:00, Fr 9:00–12:00",
        (_L,),
    ),
    (
        "Stadt Herne, Bildungsbüro",
        "Bildungsbüro",
        "Friedrich-Ebert-Platz 7",
        "44623",
        "bildungsbuero@herne.example",
        "Mo–Do 8:30–15:30, Fr 8:30–12:00",
        (_S, _L),
    ),
    (
        "Stadt Herne, FB 42 Kinder-Jugend-Familie (Familienbüro, Kindertagesbetreuung)",
        "Familienbüro",
        "Rathausstraße 16",
        "44649",
        "familienbuero@herne.example",
        "Mo–Mi 8:30–12:00, Do 14:00–17:00, Fr 8:30–12:00",
        (_S, _G, _F),
    ),
    (
        "Stadt Herne, FB 43 Gesundheitsmanagement",
        "Gesundheitsamt",
        "Rathausstraße 16",
        "44649",
        "gesundheit@herne.example",
        "Mo–Fr 8:00–12:00, Do 14:00–16:00",
        (_H,),
    ),
    (
        "Soforthilfe Herne",
        "Soforthilfe",
        "Bebelstraße 18",
        "44623",
        "beratung@soforthilfe-herne.example",
        "Mo–Fr 9:00–16:00, Termine nach Vereinbarung",
        (_H, _B),
    ),
    (
        "Gemeinnützige Beschäftigungsgesellschaft Herne (GBH)",
        "GBH",
        "Südstraße 37",
        "44625",
        "info@gbh-herne.example",
        "Mo–Do 8:00–16:00, Fr 8:00–13:00",
        (_J, _L),
    ),
    (
        "Bobeq",
        "Bobeq",
        "Poststraße 25",
        "44623",
        "sprachkurse@bobeq.example",
        "Mo–Fr 8:00–14:00",
        (_L,),
    ),
    (
        "Tertia",
        "Tertia",
        "Bahnhofstraße 53",
        "44623",
        "herne@tertia.example",
        "Mo–Fr 8:00–15:00",
        (_L, _J),
    ),
    (
        "Internationaler Bund",
        "IB",
        "Mont-Cenis-Straße 5",
        "44627",
        "sprachkurse-herne@ib.example",
        "Mo–Fr 8:30–15:00",
        (_L, _J, _S),
    ),
)


def demo_agencies() -> list[Agency]:
    """The agency directory's first entries (also the demo vault's): real names, made-up contacts.

    `uuid` stays empty; the vault assigns one when it stores an agency.
    """
    return [
        Agency(
            name=name,
            short_name=short,
            address=f"{street}, {postcode} Herne",
            phone=f"02323 000-{100 + 7 * index:04d}",
            email=email,
            opening_hours=hours,
            topics=topics,
        )
        for index, (name, short, street, postcode, email, hours, topics) in enumerate(_SEED)
    ]

"""Origins of the demo households and what is typical of each: names, languages, status, work."""

from __future__ import annotations

from dataclasses import dataclass

from neubeginn.demo import names as nm
from neubeginn.demo.names import Name
from neubeginn.model.domain.values import LanguageLevel, ResidenceStatus

_FLUENT, _BASIC = LanguageLevel.FLUENT, LanguageLevel.BASIC
_GEST = ResidenceStatus.AUFENTHALTSGESTATTUNG
_DUL = ResidenceStatus.DULDUNG
_AE = ResidenceStatus.AUFENTHALTSERLAUBNIS
_NE = ResidenceStatus.NIEDERLASSUNGSERLAUBNIS

# Household shapes; Origin.shapes weights them in this order.
SINGLE, COUPLE, FAMILY, LONE_PARENT, WITH_PARENTS, WITH_GRANDCHILDREN, SIBLINGS = range(7)
SHAPES = range(7)

# Weights of 1..8 children.
_MANY = (18, 24, 22, 15, 9, 6, 4, 2)
_SOME = (30, 35, 20, 9, 4, 1, 1, 0)
_FEW = (42, 38, 14, 4, 2, 0, 0, 0)

Residence = tuple[tuple[ResidenceStatus, str, float], ...]
_PROTECTED = (_AE, "§ 25 Abs. 2 AufenthG")
_ASYLUM = (_AE, "§ 25 Abs. 1 AufenthG")
_BAN = (_AE, "§ 25 Abs. 3 AufenthG")
_INTEGRATED = (_AE, "§ 25b AufenthG")
_CHANCE = (_AE, "§ 104c AufenthG")
_ADMITTED = (_AE, "§ 22 S. 2 AufenthG")
_GESTATTUNG = (_GEST, "§ 55 AsylG")
_DULDUNG = (_DUL, "§ 60a AufenthG")
_NE_REFUGEE = (_NE, "§ 26 Abs. 3 AufenthG")
_NE_GENERAL = (_NE, "§ 9 AufenthG")
_FIKTION = (ResidenceStatus.OTHER, "§ 81 Abs. 4 AufenthG (Fiktionsbescheinigung)")
TEMPORARY_PROTECTION = "§ 24 AufenthG"


def _res(*options: tuple[tuple[ResidenceStatus, str], float]) -> Residence:
    return tuple((status, paragraph, weight) for (status, paragraph), weight in options)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a household comes from, and what is typical of households from there.

    Shares are probabilities per household or per adult; jobs are "male/female" job titles
    (one side empty where the job is rare for that sex), "*" marking those needing a degree.
    """

    weight: float  # of the origin among all households
    nationality: str
    male: tuple[Name, ...]
    female: tuple[Name, ...]
    family: tuple[Name, ...]  # empty: the family name in the papers is the father's given name
    mother_tongues: tuple[tuple[str, float], ...]
    other_languages: tuple[tuple[str, LanguageLevel, float], ...]
    interpret_in: tuple[str, ...]  # interpreter languages, preferred first; empty: none needed
    print_languages: tuple[tuple[tuple[str, ...], float], ...]  # "*": the mother tongue
    country: str  # in German, for schools and work
    cities: tuple[str, ...]
    bamf_code: str  # country code of the BAMF file number
    residence: Residence
    shapes: tuple[float, ...]
    children: tuple[float, ...] = _SOME
    male_single: float = 0.7
    stateless: float = 0.0  # households without nationality ("XX")
    unclear: float = 0.0  # households of unclear nationality ("ZZ")
    spouse_takes_name: bool = False
    gendered_family: bool = False  # Russian and Ukrainian feminine surname forms
    year_only: float = 0.18  # birth dates known only to the year
    year_month: float = 0.13
    illiterate: float = 0.08
    own_script_only: float = 0.0
    housework: float = 0.3  # women whose work history is the household
    double_given: float = 0.0  # people with two given names
    jobs: tuple[str, ...] = ()


_ARABIC_LANGUAGES = (("en", _BASIC, 0.25), ("tr", _BASIC, 0.1))
_ARABIC_PRINT = ((("ar",), 0.9), (("ar", "en"), 0.1))
_ARAB_SHAPES = (24, 7, 42, 8, 6, 6, 7)

ORIGINS = (
    Origin(  # Syria
        weight=24,
        nationality="SY",
        male=nm.ARABIC_MALE,
        female=nm.ARABIC_FEMALE,
        family=nm.SYRIAN_FAMILY,
        mother_tongues=(("ar", 1),),
        other_languages=_ARABIC_LANGUAGES,
        interpret_in=("ar",),
        print_languages=_ARABIC_PRINT,
        country="Syrien",
        cities=("Damaskus", "Aleppo", "Homs", "Latakia", "Deir ez-Zor"),
        bamf_code="475",
        residence=_res(
            (_PROTECTED, 50),
            (_ASYLUM, 5),
            (_GESTATTUNG, 20),
            (_NE_REFUGEE, 6),
            (_NE_GENERAL, 2),
            (_DULDUNG, 3),
            (_FIKTION, 4),
        ),
        shapes=_ARAB_SHAPES,
        children=_MANY,
        own_script_only=0.28,
        housework=0.45,
        double_given=0.1,
        jobs=("Kfz-Elektriker/", "Textilarbeiter/Textilarbeiterin"),
    ),
    Origin(  # Kurds from Syria
        weight=6,
        nationality="SY",
        male=nm.KURMANJI_SY_MALE + nm.ARABIC_MALE[:20],
        female=nm.KURMANJI_SY_FEMALE + nm.ARABIC_FEMALE[:20],
        family=nm.KURMANJI_SY_FAMILY,
        mother_tongues=(("ku", 1),),
        other_languages=(("ar", _FLUENT, 0.9), ("tr", _BASIC, 0.1), ("en", _BASIC, 0.1)),
        interpret_in=("ku", "ar"),
        print_languages=((("ar",), 0.5), (("*",), 0.4), (("ar", "*"), 0.1)),
        country="Syrien",
        cities=("Qamischli", "Hasaka", "Afrin", "Kobanê", "Aleppo"),
        bamf_code="475",
        residence=_res(
            (_PROTECTED, 55), (_GESTATTUNG, 20), (_NE_REFUGEE, 8), (_DULDUNG, 5), (_FIKTION, 4)
        ),
        shapes=_ARAB_SHAPES,
        children=_MANY,
        stateless=0.15,
        year_only=0.18,
        illiterate=0.1,
        own_script_only=0.3,
        housework=0.4,
        jobs=("Landwirtschaft/Landwirtschaft",),
    ),
    Origin(  # Palestinians from Syria
        weight=1.5,
        nationality="XX",
        male=nm.ARABIC_MALE,
        female=nm.ARABIC_FEMALE,
        family=nm.PALESTINIAN_FAMILY,
        mother_tongues=(("ar", 1),),
        other_languages=_ARABIC_LANGUAGES,
        interpret_in=("ar",),
        print_languages=_ARABIC_PRINT,
        country="Syrien",
        cities=("Damaskus (Jarmuk)", "Aleppo", "Daraa"),
        bamf_code="997",
        residence=_res((_PROTECTED, 60), (_GESTATTUNG, 20), (_NE_REFUGEE, 10), (_FIKTION, 10)),
        shapes=_ARAB_SHAPES,
        children=_MANY,
        stateless=1.0,
        own_script_only=0.25,
        housework=0.4,
    ),
    Origin(  # Iraq
        weight=11,
        nationality="IQ",
        male=nm.ARABIC_MALE,
        female=nm.ARABIC_FEMALE,
        family=nm.IRAQI_FAMILY,
        mother_tongues=(("ar", 1),),
        other_languages=_ARABIC_LANGUAGES,
        interpret_in=("ar",),
        print_languages=_ARABIC_PRINT,
        country="Irak",
        cities=("Bagdad", "Mossul", "Basra", "Kirkuk", "Falludscha"),
        bamf_code="438",
        residence=_res(
            (_PROTECTED, 25),
            (_BAN, 10),
            (_GESTATTUNG, 25),
            (_DULDUNG, 25),
            (_INTEGRATED, 5),
            (_CHANCE, 5),
            (_NE_GENERAL, 5),
        ),
        shapes=_ARAB_SHAPES,
        children=_MANY,
        own_script_only=0.3,
        housework=0.45,
        double_given=0.1,
        jobs=("Soldat (Armee)/", "Ölarbeiter/"),
    ),
    Origin(  # Kurds from Iraq
        weight=5,
        nationality="IQ",
        male=nm.SORANI_MALE,
        female=nm.SORANI_FEMALE,
        family=nm.SORANI_FAMILY,
        mother_tongues=(("ckb", 0.8), ("ku", 0.2)),
        other_languages=(("ar", _BASIC, 0.6), ("en", _BASIC, 0.2)),
        interpret_in=("ckb", "ku", "ar"),
        print_languages=((("*",), 0.7), (("ar",), 0.3)),
        country="Irak",
        cities=("Erbil", "Sulaimaniyya", "Dohuk", "Kirkuk"),
        bamf_code="438",
        residence=_res(
            (_PROTECTED, 25),
            (_BAN, 10),
            (_GESTATTUNG, 30),
            (_DULDUNG, 25),
            (_CHANCE, 5),
            (_NE_GENERAL, 5),
        ),
        shapes=_ARAB_SHAPES,
        children=_MANY,
        illiterate=0.1,
        own_script_only=0.35,
        housework=0.4,
    ),
    Origin(  # Afghanistan
        weight=13,
        nationality="AF",
        male=nm.AFGHAN_MALE,
        female=nm.AFGHAN_FEMALE,
        family=nm.AFGHAN_FAMILY,
        mother_tongues=(("fa-AF", 0.6), ("ps", 0.4)),
        other_languages=(
            ("fa-AF", _FLUENT, 0.75),
            ("ps", _BASIC, 0.2),
            ("fa", _FLUENT, 0.2),
            ("ur", _BASIC, 0.05),
            ("en", _BASIC, 0.15),
        ),
        interpret_in=("fa-AF", "ps", "fa"),
        print_languages=((("*",), 0.6), (("fa",), 0.25), (("fa-AF",), 0.15)),
        country="Afghanistan",
        cities=("Kabul", "Herat", "Masar-e Scharif", "Dschalalabad", "Kandahar"),
        bamf_code="423",
        residence=_res(
            (_PROTECTED, 25),
            (_BAN, 25),
            (_ADMITTED, 8),
            (_GESTATTUNG, 25),
            (_DULDUNG, 10),
            (_NE_GENERAL, 5),
            (_FIKTION, 2),
        ),
        shapes=_ARAB_SHAPES,
        children=_MANY,
        year_only=0.3,
        year_month=0.12,
        illiterate=0.22,
        own_script_only=0.33,
        housework=0.55,
        jobs=(
            "Landwirtschaft/Landwirtschaft",
            "/Teppichknüpferin",
            "Dolmetscher für die Bundeswehr/",
        ),
    ),
    Origin(  # Iran
        weight=5,
        nationality="IR",
        male=nm.IRANIAN_MALE,
        female=nm.IRANIAN_FEMALE,
        family=nm.IRANIAN_FAMILY,
        mother_tongues=(("fa", 0.8), ("az", 0.12), ("ckb", 0.08)),
        other_languages=(("fa", _FLUENT, 1.0), ("en", _BASIC, 0.35), ("tr", _BASIC, 0.1)),
        interpret_in=("fa",),
        print_languages=((("fa",), 0.85), (("fa", "en"), 0.15)),
        country="Iran",
        cities=("Teheran", "Isfahan", "Schiras", "Täbris", "Maschhad"),
        bamf_code="439",
        residence=_res(
            (_GESTATTUNG, 40),
            (_PROTECTED, 25),
            (_ASYLUM, 5),
            (_DULDUNG, 20),
            (_NE_GENERAL, 5),
            (_FIKTION, 5),
        ),
        shapes=(45, 20, 25, 7, 1, 1, 3),
        children=_FEW,
        year_only=0.05,
        year_month=0.05,
        illiterate=0.03,
        own_script_only=0.3,
        housework=0.2,
        jobs=("*Programmierer/Programmiererin", "*Architekt/Architektin"),
    ),
    Origin(  # Eritrea
        weight=4.5,
        nationality="ER",
        male=nm.TIGRINYA_MALE,
        female=nm.TIGRINYA_FEMALE,
        family=(),
        mother_tongues=(("ti", 0.85), ("tig", 0.15)),
        other_languages=(
            ("ti", _FLUENT, 1.0),
            ("ar", _BASIC, 0.2),
            ("en", _BASIC, 0.35),
            ("am", _BASIC, 0.15),
        ),
        interpret_in=("ti",),
        print_languages=((("en",), 0.7), (("ar",), 0.3)),
        country="Eritrea",
        cities=("Asmara", "Keren", "Massaua", "Mendefera"),
        bamf_code="224",
        residence=_res(
            (_PROTECTED, 45),
            (_ASYLUM, 5),
            (_GESTATTUNG, 25),
            (_NE_REFUGEE, 10),
            (_BAN, 10),
            (_FIKTION, 5),
        ),
        shapes=(55, 10, 20, 10, 0, 0, 5),
        unclear=0.04,
        male_single=0.65,
        year_only=0.25,
        year_month=0.12,
        illiterate=0.12,
        own_script_only=0.4,
        housework=0.15,
        jobs=("Nationaldienst (Militär)/Nationaldienst", "Landwirtschaft/Landwirtschaft"),
    ),
    Origin(  # Ukraine
        weight=14,
        nationality="UA",
        male=nm.UKRAINIAN_MALE,
        female=nm.UKRAINIAN_FEMALE,
        family=nm.UKRAINIAN_FAMILY,
        mother_tongues=(("uk", 0.65), ("ru", 0.35)),
        other_languages=(("ru", _FLUENT, 0.9), ("uk", _FLUENT, 0.85), ("en", _BASIC, 0.35)),
        interpret_in=("uk", "ru"),
        print_languages=((("*",), 0.85), (("uk", "ru"), 0.05), (("*", "en"), 0.1)),
        country="Ukraine",
        cities=("Kyjiw", "Charkiw", "Odesa", "Dnipro", "Saporischschja", "Mariupol", "Cherson"),
        bamf_code="166",
        residence=_res(((_AE, TEMPORARY_PROTECTION), 90), (_FIKTION, 10)),
        shapes=(25, 10, 15, 30, 8, 10, 2),
        children=_FEW,
        male_single=0.3,
        spouse_takes_name=True,
        gendered_family=True,
        year_only=0.01,
        year_month=0.01,
        illiterate=0.0,
        own_script_only=0.05,
        housework=0.1,
        jobs=("Buchhalter/Buchhalterin", "Bergmann/", "*Arzt/Ärztin", "*Ingenieur/Ingenieurin"),
    ),
    Origin(  # Turkey
        weight=4.5,
        nationality="TR",
        male=nm.TURKISH_MALE,
        female=nm.TURKISH_FEMALE,
        family=nm.TURKISH_FAMILY,
        mother_tongues=(("tr", 1),),
        other_languages=(("en", _BASIC, 0.3),),
        interpret_in=("tr",),
        print_languages=((("tr",), 1),),
        country="Türkei",
        cities=("Istanbul", "Ankara", "Izmir", "Konya", "Gaziantep"),
        bamf_code="163",
        residence=_res(
            (_GESTATTUNG, 55), (_PROTECTED, 15), (_ASYLUM, 5), (_DULDUNG, 20), (_NE_GENERAL, 5)
        ),
        shapes=(45, 15, 30, 5, 2, 2, 1),
        spouse_takes_name=True,
        year_only=0.05,
        year_month=0.05,
        illiterate=0.04,
        double_given=0.1,
        jobs=(
            "*Lehrer (aus dem Staatsdienst entlassen)/Lehrerin (aus dem Staatsdienst entlassen)",
            "*Richter/Richterin",
        ),
    ),
    Origin(  # Kurds from Turkey
        weight=4,
        nationality="TR",
        male=nm.KURMANJI_TR_MALE + nm.TURKISH_MALE[:15],
        female=nm.KURMANJI_TR_FEMALE + nm.TURKISH_FEMALE[:15],
        family=nm.TURKISH_FAMILY,
        mother_tongues=(("ku", 1),),
        other_languages=(("tr", _FLUENT, 0.95), ("en", _BASIC, 0.1)),
        interpret_in=("ku", "tr"),
        print_languages=((("tr",), 0.6), (("ku",), 0.4)),
        country="Türkei",
        cities=("Diyarbakır", "Mardin", "Van", "Şanlıurfa", "Batman", "Hakkâri"),
        bamf_code="163",
        residence=_res((_GESTATTUNG, 55), (_PROTECTED, 20), (_DULDUNG, 20), (_NE_GENERAL, 5)),
        shapes=(40, 12, 35, 5, 3, 3, 2),
        spouse_takes_name=True,
        year_only=0.1,
        illiterate=0.12,
        housework=0.4,
        jobs=("Landwirtschaft/Landwirtschaft", "Bauarbeiter/"),
    ),
    Origin(  # Guinea
        weight=5,
        nationality="GN",
        male=nm.GUINEAN_MALE,
        female=nm.GUINEAN_FEMALE,
        family=nm.GUINEAN_FAMILY,
        mother_tongues=(("ff", 0.55), ("sus", 0.3), ("man", 0.15)),
        other_languages=(("fr", _FLUENT, 0.8), ("sus", _BASIC, 0.2), ("en", _BASIC, 0.1)),
        interpret_in=("fr", "ff", "sus", "man"),
        print_languages=((("fr",), 1),),
        country="Guinea",
        cities=("Conakry", "Labé", "Kankan", "Kindia", "Mamou", "Nzérékoré"),
        bamf_code="261",
        residence=_res(
            (_GESTATTUNG, 30),
            (_DULDUNG, 45),
            ((_DUL, "§ 60c AufenthG (Ausbildungsduldung)"), 8),
            (_CHANCE, 7),
            (_INTEGRATED, 5),
            ((_AE, "§ 16g AufenthG"), 5),
        ),
        shapes=(75, 5, 8, 8, 0, 0, 4),
        unclear=0.02,
        male_single=0.85,
        year_only=0.3,
        illiterate=0.35,
        double_given=0.15,
        jobs=("Motorradtaxi-Fahrer/", "Markthändler/Markthändlerin", "Goldmine (Tagelöhner)/"),
    ),
    Origin(  # Somalia
        weight=1.5,
        nationality="SO",
        male=nm.SOMALI_MALE,
        female=nm.SOMALI_FEMALE,
        family=(),
        mother_tongues=(("so", 1),),
        other_languages=(("ar", _BASIC, 0.3), ("en", _BASIC, 0.3)),
        interpret_in=("so",),
        print_languages=((("en",), 0.6), (("ar",), 0.4)),
        country="Somalia",
        cities=("Mogadischu", "Kismayo", "Baidoa", "Hargeisa"),
        bamf_code="273",
        residence=_res(
            (_PROTECTED, 40), (_BAN, 20), (_GESTATTUNG, 25), (_DULDUNG, 10), (_NE_GENERAL, 5)
        ),
        shapes=(50, 8, 25, 12, 0, 0, 5),
        children=_MANY,
        unclear=0.04,
        male_single=0.65,
        year_only=0.35,
        illiterate=0.3,
        housework=0.4,
        jobs=("Viehhirte/", "Händler/Händlerin"),
    ),
    Origin(  # Nigeria
        weight=1.5,
        nationality="NG",
        male=nm.NIGERIAN_MALE,
        female=nm.NIGERIAN_FEMALE,
        family=nm.NIGERIAN_FAMILY,
        mother_tongues=(("bin", 0.4), ("yo", 0.2), ("ig", 0.25), ("ha", 0.15)),
        other_languages=(("en", _FLUENT, 0.95), ("pcm", _FLUENT, 0.5)),
        interpret_in=(),
        print_languages=((("en",), 1),),
        country="Nigeria",
        cities=("Benin City", "Lagos", "Abuja", "Port Harcourt", "Kano"),
        bamf_code="232",
        residence=_res(
            (_GESTATTUNG, 35), (_DULDUNG, 45), (_BAN, 10), (_CHANCE, 5), (_INTEGRATED, 5)
        ),
        shapes=(50, 10, 20, 18, 0, 0, 2),
        male_single=0.5,
        spouse_takes_name=True,
        housework=0.2,
        jobs=("Friseur/Friseurin", "Händler/Händlerin"),
    ),
    Origin(  # Georgia
        weight=1.5,
        nationality="GE",
        male=nm.GEORGIAN_MALE,
        female=nm.GEORGIAN_FEMALE,
        family=nm.GEORGIAN_FAMILY,
        mother_tongues=(("ka", 1),),
        other_languages=(("ru", _FLUENT, 0.6), ("en", _BASIC, 0.25)),
        interpret_in=("ka", "ru"),
        print_languages=((("ru",), 0.6), (("en",), 0.4)),
        country="Georgien",
        cities=("Tiflis", "Kutaissi", "Batumi", "Rustawi"),
        bamf_code="430",
        residence=_res((_GESTATTUNG, 50), (_DULDUNG, 45), ((_AE, "§ 25 Abs. 5 AufenthG"), 5)),
        shapes=(45, 15, 25, 10, 3, 2, 0),
        children=_FEW,
        spouse_takes_name=True,
        year_only=0.02,
        year_month=0.02,
        illiterate=0.0,
        own_script_only=0.25,
        housework=0.2,
    ),
    Origin(  # Russia
        weight=1.5,
        nationality="RU",
        male=nm.RUSSIAN_MALE,
        female=nm.RUSSIAN_FEMALE,
        family=nm.RUSSIAN_FAMILY,
        mother_tongues=(("ru", 1),),
        other_languages=(("en", _BASIC, 0.3),),
        interpret_in=("ru",),
        print_languages=((("ru",), 1),),
        country="Russland",
        cities=("Moskau", "Sankt Petersburg", "Jekaterinburg", "Nowosibirsk", "Kasan"),
        bamf_code="160",
        residence=_res(
            (_GESTATTUNG, 45), (_PROTECTED, 20), (_ADMITTED, 15), (_DULDUNG, 15), (_NE_GENERAL, 5)
        ),
        shapes=(45, 20, 20, 10, 2, 2, 1),
        children=_FEW,
        spouse_takes_name=True,
        gendered_family=True,
        year_only=0.01,
        year_month=0.01,
        illiterate=0.0,
        own_script_only=0.1,
        housework=0.1,
        jobs=("*Journalist/Journalistin", "*Programmierer/Programmiererin"),
    ),
    Origin(  # Yemen
        weight=1,
        nationality="YE",
        male=nm.ARABIC_MALE,
        female=nm.ARABIC_FEMALE,
        family=nm.YEMENI_FAMILY,
        mother_tongues=(("ar", 1),),
        other_languages=(("en", _BASIC, 0.15),),
        interpret_in=("ar",),
        print_languages=((("ar",), 1),),
        country="Jemen",
        cities=("Sanaa", "Aden", "Taizz", "Hodeida"),
        bamf_code="421",
        residence=_res((_PROTECTED, 40), (_GESTATTUNG, 35), (_BAN, 15), (_DULDUNG, 10)),
        shapes=_ARAB_SHAPES,
        children=_MANY,
        year_only=0.3,
        illiterate=0.15,
        own_script_only=0.4,
        housework=0.5,
    ),
)

JOBS = (
    "Schneider/Schneiderin",
    "Friseur/Friseurin",
    "Bäcker/Bäckerin",
    "Koch/Köchin",
    "Maurer/",
    "Fliesenleger/",
    "Elektriker/",
    "Kfz-Mechaniker/",
    "Lkw-Fahrer/",
    "Taxifahrer/",
    "Verkäufer/Verkäuferin",
    "Landwirtschaft/Landwirtschaft",
    "*Lehrer/Lehrerin",
    "Krankenpfleger/Krankenschwester",
    "Buchhalter/Buchhalterin",
    "*Apotheker/Apothekerin",
    "*Bauingenieur/Bauingenieurin",
    "Schweißer/",
    "Maler und Lackierer/",
    "Schreiner/",
    "Händler (eigener Laden)/Händlerin (eigener Laden)",
    "Lagerarbeiter/Lagerarbeiterin",
    "Reinigungskraft/Reinigungskraft",
    "Erzieher/Erzieherin",
    "Bauhelfer/",
    "Kellner/Kellnerin",
    "Metzger/",
    "Polizist/Polizistin",
    "Sekretär/Sekretärin",
    "/Näherin",
    "Juwelier/",
    "Fahrradmechaniker/",
    "/Hebamme",
    "Pflegehelfer/Pflegehelferin",
    "Küchenhilfe/Küchenhilfe",
)

STUDY_FIELDS = (
    "Betriebswirtschaft",
    "Jura",
    "Informatik",
    "Bauingenieurwesen",
    "Pharmazie",
    "Anglistik",
    "Arabische Literatur",
    "Maschinenbau",
    "Medizin",
    "Lehramt Mathematik",
    "Agrarwissenschaft",
    "Elektrotechnik",
    "Wirtschaftsinformatik",
    "Biologie",
)

# Fictional shared accommodation, named like the city names its sites: by street.
SHELTERS = (
    "Unterkunft Hölkeskampring",
    "Unterkunft Dorstener Straße",
    "Unterkunft Am Westbach",
    "Unterkunft Koniner Straße",
    "Unterkunft Düngelstraße",
    "Unterkunft Hiberniastraße",
    "Unterkunft Flottmannstraße",
    "Unterkunft Sodinger Straße",
)

# Streets of Herne for flat addresses (house numbers are drawn at random).
STREETS = (
    "Bahnhofstraße",
    "Hauptstraße",
    "Holsteiner Straße",
    "Bebelstraße",
    "Sodinger Straße",
    "Mont-Cenis-Straße",
    "Recklinghauser Straße",
    "Shamrockstraße",
    "Edmund-Weber-Straße",
    "Behrensstraße",
    "Bochumer Straße",
    "Wiescherstraße",
    "Castroper Straße",
    "Heinrichstraße",
    "Overwegstraße",
    "Roonstraße",
    "Bismarckstraße",
    "Düngelstraße",
    "Unser-Fritz-Straße",
    "Reichsstraße",
    "Horsthauser Straße",
    "Cranger Straße",
    "Hiberniastraße",
    "Vinckestraße",
    "Altenhöfener Straße",
    "Neustraße",
    "Bruchstraße",
    "Gräffstraße",
    "Dorneburger Straße",
)

"""Benchmarks of the case search index at 100,000 households, against SQLite FTS5."""

from __future__ import annotations

import gc
import json
import random
import resource
import sqlite3
import statistics
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from neubeginn.model.search import names
from neubeginn.model.search.index import SearchIndex
from neubeginn.model.search.names import member_search_terms, member_search_text

HOUSEHOLDS = 100_000

# "spelling/variant/variant:native", "_" for a space inside a name.
_ARABIC_MALE = """Mohammed/Muhammad/Mohamad/Mohamed/Muhammed:مُحَمَّد Ahmad/Ahmed:أحمد
Mahmoud/Mahmud:محمود Ali:علي Omar/Umar:عمر Khaled/Khalid/Chalid:خالد Hussein/Husain/Hussain:حسين
Hassan/Hasan:حسن Youssef/Yusuf/Jusuf/Yousef:يوسف Ibrahim:إبراهيم Mustafa/Mustapha:مصطفى
Abdulrahman/Abd_al-Rahman/Abdel_Rahman:عبد_الرحمن Abdullah/Abdallah:عبد_الله Jamal/Djamal:جمال
Karim/Kareem:كريم Samir/Sameer:سمير Walid/Waleed:وليد Tarek/Tariq:طارق Bilal:بلال Rami:رامي
Ammar:عمار Fadi:فادي Qasim/Kasim/Qassem:قاسم Nour_al-Din/Nureddin:نور_الدين Said/Saeed:سعيد
Anas:أنس Hamza:حمزة Ayman/Aiman:أيمن Ziad/Ziyad:زياد Majid/Maged:ماجد Bashar:بشار"""
_ARABIC_FEMALE = """Fatima/Fatma:فاطمة Aisha/Aischa:عائشة Mariam/Maryam:مريم Zainab/Zeinab:زينب
Nour/Noor/Nur:نور Huda/Houda:هدى Rania:رانيا Layla/Leila:ليلى Amal:أمل Yasmin/Jasmin:ياسمين
Salma:سلمى Hiba:هبة Reem/Rim:ريم Sara/Sarah:سارة Rasha:رشا Nadia:نادية Ghada:غادة Lina:لينا
Rahaf:رهف Dima:ديما Asmaa/Asma:أسماء Khadija/Chadidscha:خديجة"""
_ARABIC_FAMILY = """Al-Hassan/Alhassan/El_Hassan:الحسن Al-Ahmad:الأحمد Khalil/Chalil:خليل
Haddad:حداد Al-Ali:العلي Hamdan:حمدان Al-Khatib/Alkhatib:الخطيب Darwish/Darwisch:درويش
Mansour/Mansur:منصور Saleh/Salih:صالح Ibrahim:إبراهيم Youssef/Yusuf:يوسف Al-Masri:المصري
Nasser/Nasir:ناصر Othman/Osman:عثمان Aziz:عزيز Suleiman/Sulaiman:سليمان Al-Kurdi:الكردي
Al-Sheikh/Al-Scheich:الشيخ
Abdallah:عبد_الله Kassem/Qasim:قاسم Hussein/Husein:حسين Abdelkader/Abdul_Qadir:عبد_القادر
Al-Shami/Asch-Schami:الشامي Jaber/Dschaber:جابر Hamoud/Hammoud:حمود Al-Zoubi/Al-Zubi:الزعبي"""
_PERSIAN_MALE = """Mohammad/Mohamad/Muhammad:محمد Ali:علی Reza/Resa:رضا Hossein/Hussain:حسین
Mehdi/Mahdi:مهدی Ahmad:احمد Mahmoud:محمود Hamid:حمید Jawad/Javad:جواد Sayed/Sayyid/Said:سید
Mohammadreza/Mohammad_Reza:محمدرضا Gholam/Ghulam/Golam:غلام Farid:فرید Habib:حبیب Rahim:رحیم
Karim:کریم Nasrullah/Nasrallah:نصرالله Abdul_Ghafoor/Abdulghafur:عبدالغفور Wahid/Vahid:وحید
Zabihullah/Sabiullah:ذبیح‌الله Shafiq/Schafiq:شفیق Omid:امید Ali_Reza/Alireza:علیرضا
Mustafa:مصطفی Hamidullah:حمیدالله Rahmatullah:رحمت‌الله Jalal/Dschalal:جلال"""
_PERSIAN_FEMALE = """Zahra/Sahra:زهرا Fatemeh/Fatima:فاطمه Maryam/Mariam:مریم Shirin/Schirin:شیرین
Parisa:پریسا Leila/Laila:لیلا Nargis/Narges:نرگس Soraya/Suraya:ثریا Farzana:فرزانه
Masouda/Masuda:مسعوده Shabnam/Schabnam:شبنم Roya:رویا Mahsa:مهسا Khadija:خدیجه
Sakina/Sakineh:سکینه Marzieh/Marzia:مرضیه Zainab:زینب Hakima:حکیمه Nilofar/Nilufar:نیلوفر"""
_PERSIAN_FAMILY = """Ahmadi:احمدی Hosseini/Husseini:حسینی Mohammadi/Muhammadi:محمدی Rahimi:رحیمی
Karimi:کریمی Rezaei/Rezaee/Rezai:رضایی Hashemi/Haschemi:هاشمی Sadat:سادات Jafari/Dschafari:جعفری
Haidari/Heydari:حیدری Noori/Nuri:نوری Sultani/Soltani:سلطانی Wardak:وردک Popal:پوپل
Stanikzai:ستانکزی Amiri:امیری Azizi:عزیزی Mousavi/Musawi:موسوی Nazari:نظری Yousefi/Jusufi:یوسفی
Safi:صافی Khan/Chan:خان Hakimi:حکیمی Naseri:ناصری Akbari:اکبری Sharifi/Scharifi:شریفی"""
_TIGRINYA_MALE = """Yonas/Jonas:ዮናስ Tesfay/Tesfai:ተስፋይ Berhane/Berhan:ብርሃነ Semere:ሰመረ Mehari:መሓሪ
Kidane:ኪዳነ Yohannes/Johannes:ዮሃንስ Dawit:ዳዊት Michael/Mikael:ሚካኤል Filmon:ፊልሞን Robel:ሮቤል
Aron/Aaron:ኣሮን Samuel:ሳሙኤል Habtom:ሃብቶም Biniam/Biniyam:ቢንያም"""
_TIGRINYA_FEMALE = """Helen:ሄለን Senait:ሰናይት Selam:ሰላም Luwam:ሉዋም Rahel:ራሄል Yordanos:ዮርዳኖስ
Winta:ዊንታ Saba:ሳባ Freweini:ፍረወይኒ Ruta:ሩታ Hiwet:ሕይወት Eden:ኤደን Mebrat:መብራት"""
_TIGRINYA_FAMILY = """Tekle/Tekleh:ተኽለ Gebremedhin/Gebre_Medhin:ገብረመድህን Haile:ሃይለ
Tesfamariam:ተስፋማርያም Ghebreyesus/Gebreyesus:ገብረየሱስ Weldemichael/Woldemichael:ወልደሚካኤል
Kahsay:ካሕሳይ Asmerom:ኣስመሮም Mebrahtu:መብራህቱ Abraha:ኣብርሃ Ghirmay/Girmay:ግርማይ Zerai:ዘርኣይ
Tesfazion:ተስፋጽዮን Habte:ሃብተ Andemariam:ኣንደማርያም"""
_SLAVIC_MALE = """Oleksandr/Aleksandr/Alexander:Олександр Andriy/Andrij/Andrei:Андрій
Volodymyr/Wolodymyr/Vladimir:Володимир Serhiy/Serhij:Сергій Dmytro/Dmitri:Дмитро
Maksym/Maxim:Максим Mykola/Mikola:Микола Yuriy/Jurij/Yuri:Юрій Ihor/Igor:Ігор Petro:Петро
Vasyl/Wasyl:Василь Oleh/Oleg:Олег Taras:Тарас Bohdan/Bogdan:Богдан Artem/Artjom:Артем"""
_SLAVIC_FEMALE = """Olena/Elena/Jelena:Олена Tetiana/Tetyana/Tatjana:Тетяна Iryna/Irina:Ірина
Natalia/Natalija/Natalya:Наталія Yulia/Julia/Iuliia:Юлія Oksana:Оксана Anastasia:Анастасія
Viktoria/Wiktoria:Вікторія Kateryna/Ekaterina:Катерина Svitlana/Swetlana:Світлана
Halyna/Galina:Галина Liudmyla/Ljudmila:Людмила Daria/Darja:Дарія Sofia/Sofija:Софія"""
_SLAVIC_FAMILY = """Shevchenko/Schewtschenko/Chevtchenko:Шевченко Kovalenko/Kowalenko:Коваленко
Bondarenko:Бондаренко Tkachenko/Tkatschenko:Ткаченко Kravchenko/Krawtschenko:Кравченко
Melnyk/Melnik:Мельник Boyko/Boiko/Bojko:Бойко Shevchuk/Schewtschuk:Шевчук Zhukov/Schukow:Жуков
Ivanov/Iwanow:Іванов Kuznetsov/Kusnezow:Кузнецов Petrenko:Петренко Kharchenko/Chartschenko:Харченко
Lysenko/Lyssenko:Лисенко Moroz:Мороз Savchenko/Sawtschenko:Савченко Hryhorenko:Григоренко
Marchenko/Martschenko:Марченко Rudenko:Руденко Polishchuk/Polischtschuk:Поліщук"""
_TURKISH_MALE = """Mehmet/Mehmed:Mehmet Ahmet/Ahmed:Ahmet Mustafa:Mustafa Huseyin/Hüseyin:Hüseyin
Ali:Ali Ibrahim:İbrahim Hasan:Hasan Yusuf:Yusuf Murat:Murat Emre:Emre Sukru/Schükrü:Şükrü
Caglar:Çağlar Serkan:Serkan Baris/Barisch:Barış Omer/Oemer:Ömer Cemal/Dschemal:Cemal"""
_TURKISH_FEMALE = """Ayse/Aysche:Ayşe Fatma:Fatma Zeynep/Zeinep:Zeynep Elif:Elif Emine:Emine
Hatice/Hatidsche:Hatice Gulsum/Gülsüm:Gülsüm Ozlem/Özlem:Özlem Sevgi:Sevgi Dilek:Dilek"""
_TURKISH_FAMILY = """Yilmaz:Yılmaz Kaya:Kaya Demir:Demir Sahin/Schahin:Şahin Celik/Tschelik:Çelik
Yildiz:Yıldız Ozturk/Oeztuerk:Öztürk Aydin:Aydın Arslan:Arslan Dogan:Doğan Kilic:Kılıç
Erdogan:Erdoğan Koc:Koç Kurt:Kurt Ozdemir/Özdemir:Özdemir Aksoy:Aksoy Polat:Polat"""
_GUINEAN_MALE = """Mamadou/Mamadu Alpha Ousmane/Usman Boubacar/Aboubacar Ibrahima Thierno/Tierno
Sekou/Sékou Oumar/Umar Abdoulaye Saliou Mohamed Lansana Alseny Amadou Ismaël/Ismail"""
_GUINEAN_FEMALE = """Fatoumata/Fatumata Mariama Aissatou/Aïssatou Kadiatou/Kadiatu Aminata Hawa
Kadidiatou Mariame Ramatoulaye Djenabou/Dschenabu Oumou Mabinty"""
_GUINEAN_FAMILY = """Diallo/Djallo Bah Barry/Bari Camara/Kamara Sow Touré/Toure Condé/Conde
Keïta/Keita Soumah/Souma Sylla/Silla Kouyaté/Kouyate Cissé/Cisse Baldé/Balde Bangoura Traoré"""


@dataclass(frozen=True)
class _Origin:
    weight: float
    male: list[tuple[list[str], str]]
    female: list[tuple[list[str], str]]
    family: list[tuple[list[str], str]]
    double_given: float  # share of people with two given names


def _parse(block: str) -> list[tuple[list[str], str]]:
    entries = []
    for item in block.split():
        spellings, _, native = item.partition(":")
        entries.append(
            ([s.replace("_", " ") for s in spellings.split("/")], native.replace("_", " "))
        )
    return entries


ORIGINS = [
    _Origin(0.30, *(_parse(b) for b in (_ARABIC_MALE, _ARABIC_FEMALE, _ARABIC_FAMILY)), 0.2),
    _Origin(0.26, *(_parse(b) for b in (_PERSIAN_MALE, _PERSIAN_FEMALE, _PERSIAN_FAMILY)), 0.1),
    _Origin(0.08, *(_parse(b) for b in (_TIGRINYA_MALE, _TIGRINYA_FEMALE, _TIGRINYA_FAMILY)), 0),
    _Origin(0.18, *(_parse(b) for b in (_SLAVIC_MALE, _SLAVIC_FEMALE, _SLAVIC_FAMILY)), 0),
    _Origin(0.10, *(_parse(b) for b in (_TURKISH_MALE, _TURKISH_FEMALE, _TURKISH_FAMILY)), 0.05),
    _Origin(0.08, *(_parse(b) for b in (_GUINEAN_MALE, _GUINEAN_FEMALE, _GUINEAN_FAMILY)), 0.15),
]


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    native: str
    year: int | None


def case_number(i: int) -> str:
    """Numbered in order of creation, about 9,000 a year from 2016."""
    per_year = HOUSEHOLDS // 11 + 1
    return f"NB-{2016 + i // per_year}-{i % per_year + 1:05d}"


def households(count: int, seed: int = 20260) -> Iterator[list[Person]]:
    """Fictional households: one family name spelling each, 1-7 members, partial years."""
    rng = random.Random(seed)
    weights = [o.weight for o in ORIGINS]
    for _ in range(count):
        origin = rng.choices(ORIGINS, weights)[0]
        family_spellings, family_native = rng.choice(origin.family)
        family = rng.choice(family_spellings)
        size = rng.choices(range(1, 8), [25, 15, 18, 18, 12, 7, 5])[0]
        head_year = rng.randint(1955, 2004)
        people = []
        for n in range(size):
            female = (n == 1) or (n > 1 and rng.random() < 0.5) or (n == 0 and rng.random() < 0.2)
            pool = origin.female if female else origin.male
            picks = [
                rng.choice(pool) for _ in range(2 if rng.random() < origin.double_given else 1)
            ]
            given = " ".join(rng.choice(spellings) for spellings, _ in picks)
            native = " ".join(native for _, native in picks if native)
            if native and family_native:
                native = f"{native} {family_native}"
            year = head_year + rng.randint(-3, 3) if n < 2 else head_year + rng.randint(18, 40)
            known = rng.random() > 0.1
            people.append(Person(family, given, native, min(year, 2025) if known else None))
        yield people


@dataclass
class Corpus:
    numbers: list[str]
    stored: dict[str, list[str]]  # per form, each case's search data as the vault keeps it
    years: list[list[int]]
    plain: list[str]  # the names as plain text, for FTS5
    members: int

    def decoded(self, form: str) -> list[tuple[int, str, list[list[list[str]]] | str, list[int]]]:
        """The add() arguments of every case, freshly decoded as after decrypting at unlock."""
        return [
            (case_id, number, json.loads(stored), born)
            for case_id, (number, stored, born) in enumerate(
                zip(self.numbers, self.stored[form], self.years, strict=True), start=1
            )
        ]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    numbers, terms, texts, years, plain = [], [], [], [], []
    for i, people in enumerate(households(HOUSEHOLDS)):
        numbers.append(case_number(i))
        members = [member_search_terms(p.family, p.given, p.native) for p in people]
        terms.append(json.dumps(members, ensure_ascii=False))
        text = " ".join(member_search_text(p.family, p.given, p.native) for p in people)
        texts.append(json.dumps(text, ensure_ascii=False))
        years.append([p.year for p in people if p.year is not None])
        plain.append(" ".join(f"{p.family} {p.given} {p.native}" for p in people))
    members = sum(len(json.loads(t)) for t in terms)
    return Corpus(numbers, {"terms": terms, "text": texts}, years, plain, members)


def build(cases: list[tuple[int, str, list[list[list[str]]] | str, list[int]]]) -> SearchIndex:
    index = SearchIndex()
    index.add_many(cases)  # includes sorting the prefix lists: ready to search
    return index


_TYPED = [
    "mohammed al",
    "Muhammad",
    "Hussein",
    "Schewtschenko",
    "Shevchenko",
    "Abdulrahman",
    "abd al rahman",
    "Jusuf",
    "Olena Kowalenko",
    "Fatima Ahmadi",
    "Mamadou Diallo",
    "Tesfamariam",
    "محمد",
    "حسین",
    "Олена",
    "Yılmaz",
    "NB-2021-04711",
    "04711",
    "1990",
    "zahra hosseini",
    "Chalid",
    "dschamal",
]


def keystrokes() -> list[str]:
    """Every text a search field shows while the queries above are typed."""
    queries = []
    for text in _TYPED:
        for end in range(1, len(text) + 1):
            if not text[end - 1].isspace():
                queries.append(text[:end])
    return queries


def _timings(
    run: Callable[[str], object], queries: list[str], rounds: int
) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each query; CPU time shows the cost when other work competes."""
    wall, cpu = [], []
    for _ in range(rounds):
        for query in queries:
            start, start_cpu = time.perf_counter(), time.process_time()
            run(query)
            cpu.append(time.process_time() - start_cpu)
            wall.append(time.perf_counter() - start)
    return wall, cpu


def _percentiles(wall: list[float], cpu: list[float]) -> dict[str, float]:
    cuts, cpu_cuts = statistics.quantiles(wall, n=100), statistics.quantiles(cpu, n=100)
    return {
        "p50_ms": round(cuts[49] * 1000, 3),
        "p95_ms": round(cuts[94] * 1000, 3),
        "max_ms": round(max(wall) * 1000, 3),
        "cpu_p95_ms": round(cpu_cuts[94] * 1000, 3),
    }


_RESULTS: dict[str, dict[str, float]] = {}


def _report(name: str, figures: dict[str, float]) -> None:
    _RESULTS[name] = figures
    print(f"\n[search-index] {name}: {figures}")


@pytest.mark.parametrize("stored", [member_search_terms, member_search_text])
def test_member_search_terms(
    benchmark: pytest.FixtureRequest, stored: Callable[[str, str, str], object]
) -> None:
    people = [p for people in households(3_000, seed=7) for p in people]

    def all_members() -> None:
        for p in people:
            stored(p.family, p.given, p.native)

    names._keys.cache_clear()
    start = time.perf_counter()
    all_members()
    cold = (time.perf_counter() - start) / len(people)
    benchmark(all_members)
    warm = benchmark.stats.stats.mean / len(people)
    figures = {
        "members": len(people),
        "cold_us": round(cold * 1e6, 2),
        "warm_us": round(warm * 1e6, 2),
    }
    benchmark.extra_info.update(figures)
    _report(f"{stored.__name__} per member", figures)


@pytest.mark.parametrize("form", ["terms", "text"])
def test_build(benchmark: pytest.FixtureRequest, corpus: Corpus, form: str) -> None:
    """form: member_search_terms() lists, or the compact member_search_text() per case."""
    start = time.process_time()
    cases = corpus.decoded(form)
    decode_cpu = time.process_time() - start
    # The index's own allocations, the decoded input excluded (it is garbage after unlock).
    gc.collect()
    tracemalloc.start()
    index = build(cases)
    del cases
    gc.collect()
    index_bytes = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del index
    gc.collect()
    benchmark.pedantic(build, setup=lambda: ((corpus.decoded(form),), {}), rounds=3, iterations=1)
    cpu = []
    for _ in range(3):
        cases = corpus.decoded(form)
        start = time.process_time()
        build(cases)
        cpu.append(time.process_time() - start)
    figures = {
        "households": HOUSEHOLDS,
        "members": corpus.members,
        "json_decode_cpu_s": round(decode_cpu, 3),
        "build_mean_s": round(benchmark.stats.stats.mean, 3),
        "build_min_s": round(benchmark.stats.stats.min, 3),
        "build_cpu_min_s": round(min(cpu), 3),
        "index_mb": round(index_bytes / 2**20, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    benchmark.extra_info.update(figures)
    _report(f"build from {form} (add_many of freshly decoded cases)", figures)


@pytest.fixture(scope="module")
def index(corpus: Corpus) -> SearchIndex:
    return build(corpus.decoded("text"))


def test_query_keystrokes(benchmark: pytest.FixtureRequest, index: SearchIndex) -> None:
    queries = keystrokes()
    assert index.search("Schewtschenko")  # the generator made what the queries look for
    times = _timings(index.search, queries, rounds=5)
    benchmark.pedantic(lambda: [index.search(q) for q in queries], rounds=5, iterations=1)
    figures = {"queries": len(queries), **_percentiles(*times)}
    benchmark.extra_info.update(figures)
    _report("query per keystroke", figures)


@pytest.fixture(scope="module")
def fts5(corpus: Corpus) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE names USING fts5(text, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    db.executemany(
        "INSERT INTO names(rowid, text) VALUES (?, ?)",
        (
            (case_id, f"{number} {text} {' '.join(map(str, born))}")
            for case_id, (number, text, born) in enumerate(
                zip(corpus.numbers, corpus.plain, corpus.years, strict=True), start=1
            )
        ),
    )
    db.commit()
    return db


def fts5_search(db: sqlite3.Connection, query: str) -> list[int]:
    tokens = [t for t in names.name_tokens(query)]
    if not tokens:
        return []
    match = " ".join(f'"{t}"*' for t in tokens)
    rows = db.execute(
        "SELECT rowid FROM names WHERE names MATCH ? ORDER BY rank LIMIT 50", (match,)
    )
    return [row[0] for row in rows]


def test_fts5_keystrokes(
    benchmark: pytest.FixtureRequest, fts5: sqlite3.Connection, index: SearchIndex
) -> None:
    queries = keystrokes()
    times = _timings(lambda q: fts5_search(fts5, q), queries, rounds=5)
    benchmark.pedantic(lambda: [fts5_search(fts5, q) for q in queries], rounds=5, iterations=1)
    ours = _RESULTS.get("query per keystroke") or _percentiles(
        *_timings(index.search, queries, rounds=5)
    )
    theirs = _percentiles(*times)
    figures = {
        "queries": len(queries),
        **theirs,
        "ratio_p50": round(ours["p50_ms"] / theirs["p50_ms"], 2),
        "ratio_p95": round(ours["p95_ms"] / theirs["p95_ms"], 2),
        "ratio_cpu_p95": round(ours["cpu_p95_ms"] / theirs["cpu_p95_ms"], 2),
    }
    benchmark.extra_info.update(figures)
    _report("SQLite FTS5 prefix query per keystroke", figures)

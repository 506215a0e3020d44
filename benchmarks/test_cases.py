"""Figures of issue 4 on a 100,000-household demo vault, each against plaintext.

Build the vault once (about 5 minutes on the 2-core machine):

    .venv/bin/neubeginn demo --vault /tmp/nb100k/vault.sqlite --households 100000

then run:

    NEUBEGINN_BENCH_VAULT=/tmp/nb100k/vault.sqlite \
        .venv/bin/python -m pytest benchmarks/test_cases.py --benchmark-only -s
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson
import psutil
import pytest

from neubeginn.model.cases.verify import verify_chains
from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import Vault
from neubeginn.model.domain.values import EntryStatus, LaufzettelEntry, Topic
from neubeginn.model.search.case_index import CaseIndex

PASSWORD = "demo-admin-2026"
SOURCE = Path(os.environ.get("NEUBEGINN_BENCH_VAULT", "/tmp/nb100k/vault.sqlite"))
QUERIES = [
    "m",
    "mo",
    "moh",
    "moha",
    "moham",
    "mohamm",
    "mohamme",
    "mohammed",
    "mohammed a",
    "mohammed al",
    "h",
    "hu",
    "hus",
    "huss",
    "husse",
    "hussei",
    "hussein",
    "y",
    "yu",
    "yus",
    "yusu",
    "yusuf",
    "o",
    "ol",
    "ole",
    "olen",
    "olena",
    "ح",
    "حس",
    "حسی",
    "حسين",
    "NB-2024-0",
    "NB-2024-00042",
    "1990",
    "abdul rahman",
    "schewtschenko",
    "zahra rahimi",
]
REPORT: list[str] = []


def note(line: str) -> None:
    REPORT.append(line)
    print(line)


@pytest.fixture(scope="module")
def vault_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SOURCE.exists():
        pytest.fail(f"build the demo vault first: neubeginn demo --vault {SOURCE} ...")
    target = tmp_path_factory.mktemp("bench") / "vault.sqlite"
    shutil.copy(SOURCE, target)  # appends in the benchmark must not grow the shared copy
    # Written back before timing: else the first durable commit waits for 1.2 GB of copy.
    os.sync()
    return target


@pytest.fixture(scope="module")
def vault(vault_path: Path) -> Iterator[Vault]:
    process = psutil.Process()
    before = process.memory_info().rss
    opened = Vault.open(sqlite_url(vault_path))
    started = time.perf_counter()
    opened.unlock("admin", PASSWORD)
    note(
        f"unlock + index of {len(opened.cases.index)} cases: {time.perf_counter() - started:.3f} s"
    )
    note(
        f"resident memory: {process.memory_info().rss / 2**20:.0f} MiB in all, "
        f"{(process.memory_info().rss - before) / 2**20:.0f} MiB for the unlocked vault"
    )
    yield opened
    opened.close()
    print("\n".join(["", "== summary ==", *REPORT]))


def test_unlock_and_index(benchmark: Callable[..., object], vault: Vault) -> None:
    """From a locked vault, as the desk meets it: locking (dropping the index) is not timed."""
    benchmark.pedantic(
        vault.unlock, args=("admin", PASSWORD), setup=vault.lock, rounds=5, iterations=1
    )


def test_index_build_only(benchmark: Callable[..., object], vault: Vault) -> None:
    benchmark.pedantic(vault.cases.load_index, rounds=3, iterations=1)


def test_index_build_plaintext(benchmark: Callable[..., object], vault: Vault) -> None:
    """The same index built as an unencrypted store would: the same 100,000 search records
    as plain JSON rows of a SQLite table, read, decoded and indexed case by case."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE search (uuid TEXT, number TEXT, record TEXT)")
    connection.executemany(
        "INSERT INTO search VALUES (?, ?, ?)",
        (
            (uuid, number, orjson.dumps(payload).decode())
            for uuid, (number, payload) in vault.cases.index._lines.items()
        ),
    )

    def build() -> int:
        index = CaseIndex()
        rows = connection.execute("SELECT uuid, number, record FROM search")
        index.put_many((uuid, number, orjson.loads(record)) for uuid, number, record in rows)
        return len(index)

    assert benchmark.pedantic(build, rounds=3, iterations=1) == len(vault.cases.index)


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def test_search_per_keystroke(benchmark: Callable[..., object], vault: Vault) -> None:
    samples = []
    for _ in range(5):
        for query in QUERIES:
            started = time.perf_counter()
            vault.cases.search(query)
            samples.append(time.perf_counter() - started)
    note(
        f"search per keystroke: p50 {statistics.median(samples) * 1000:.1f} ms, "
        f"p95 {_percentile(samples, 0.95) * 1000:.1f} ms over {len(samples)} queries"
    )
    benchmark(vault.cases.search, "mohammed al")


def test_search_plaintext_fts5(benchmark: Callable[..., object], vault: Vault) -> None:
    """The same queries on SQLite FTS5 over the plain names (what an unencrypted store does)."""
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE plain USING "
        "fts5(number, names, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    rows = [
        (summary.number, f"{summary.head_name} {summary.native_name}")
        for summary in vault.cases.summaries()
    ]
    connection.executemany("INSERT INTO plain VALUES (?, ?)", rows)
    samples = []

    def query(text: str) -> list[tuple[str]]:
        words = [w for w in text.replace('"', " ").replace("-", " ").split() if w]
        pattern = " ".join(f'"{word}"*' for word in words)
        return connection.execute(
            "SELECT number FROM plain WHERE plain MATCH ? ORDER BY rank LIMIT 50", (pattern,)
        ).fetchall()

    for _ in range(5):
        for text in QUERIES:
            started = time.perf_counter()
            query(text)
            samples.append(time.perf_counter() - started)
    note(
        f"FTS5 plaintext per keystroke: p50 {statistics.median(samples) * 1000:.1f} ms, "
        f"p95 {_percentile(samples, 0.95) * 1000:.1f} ms"
    )
    benchmark(query, "mohammed al")


def _entry(vault: Vault, round_number: int) -> LaufzettelEntry:
    """A planned appointment later than any before: the case's newest date changes, so its
    search bucket is rewritten too (the dearer kind of append)."""
    agency = vault.agencies.all()[0]
    return LaufzettelEntry(
        when=dt.datetime.now(dt.UTC) + dt.timedelta(days=400, minutes=round_number),
        status=EntryStatus.PLANNED,
        agency=agency,
        topics=(Topic.GELD,),
        information="Antrag auf Kindergeld besprochen; Geburtsurkunden fehlen noch.",
        agreements="Bringt bis Freitag die Mietbescheinigung.",
    )


def test_append_durably(benchmark: Callable[..., object], vault: Vault) -> None:
    number = vault.cases.summaries()[10].number
    entries = iter(_entry(vault, i) for i in range(100))

    def next_entry() -> tuple[tuple[str, LaufzettelEntry], dict[str, object]]:
        return (number, next(entries)), {}

    benchmark.pedantic(vault.laufzettel.append, setup=next_entry, rounds=30, iterations=1)


def test_append_plaintext(benchmark: Callable[..., object], tmp_path: Path) -> None:
    """One plain row in a WAL/synchronous=FULL SQLite file, committed: the floor."""
    connection = sqlite3.connect(tmp_path / "plain.sqlite", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE entry (id INTEGER PRIMARY KEY, case_id TEXT, body TEXT)")
    body = "Antrag auf Kindergeld besprochen; Geburtsurkunden fehlen noch. " * 3

    def append() -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO entry (case_id, body) VALUES (?, ?)", ("c", body))
        connection.execute("COMMIT")

    benchmark.pedantic(append, rounds=30, iterations=1)


def test_verify_chains(benchmark: Callable[..., object], vault: Vault) -> None:
    def run() -> int:
        with vault.store.read() as db:
            return len(list(verify_chains(vault.context, db)))

    assert benchmark.pedantic(run, rounds=1, iterations=1) == 0


def test_verify_everything(benchmark: Callable[..., object], vault: Vault) -> None:
    """`neubeginn verify`: every field decrypted, every chain with its payloads."""
    assert benchmark.pedantic(vault.verify, rounds=1, iterations=1) == []

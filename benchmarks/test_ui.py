"""Figures of the desktop client (issue 6): start, unlock, search per keystroke, open, preview.

Build the 100,000-household vault once (some minutes on the 2-core machine):

    .venv/bin/neubeginn demo --vault /tmp/nb-bench/vault100k.sqlite --households 100000

then run (offscreen):

    NEUBEGINN_BENCH_VAULT=/tmp/nb-bench/vault100k.sqlite \
        .venv/bin/python -m pytest benchmarks/test_ui.py --benchmark-only -s
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import statistics
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.values import EntryStatus, Topic
from neubeginn.ui.idle import IdleWatcher
from neubeginn.ui.main_window import MainWindow
from neubeginn.ui.preferences import Preferences
from neubeginn.ui.print.print_dialog import PrintDialog
from neubeginn.ui.unlock.unlock_dialog import UnlockDialog
from neubeginn.ui.worker import BackgroundRunner
from tests.model.factories import entry, household

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SOURCE = Path(os.environ.get("NEUBEGINN_BENCH_VAULT", "/tmp/nb-bench/vault100k.sqlite"))
USER, PASSWORD = "schalter", "demo-schalter-2026"
TYPED = ["mohammed", "hussein", "olena", "zahra rahimi", "abdul rahman", "schewtschenko"]
REPORT: list[str] = []


def note(line: str) -> None:
    REPORT.append(line)
    print(line)


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


@pytest.fixture(scope="module", autouse=True)
def _summary() -> Iterator[None]:
    yield
    print("\n".join(["", "== desktop client ==", *REPORT]))


@pytest.fixture
def runner() -> Iterator[BackgroundRunner]:
    background = BackgroundRunner()
    yield background
    background.wait_idle()
    background.shutdown()


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences.at(tmp_path / "settings.ini")


def _big_vault() -> Path:
    if not SOURCE.exists():
        pytest.skip(f"build the demo vault first: neubeginn demo --vault {SOURCE} ...")
    return SOURCE


# -- start ------------------------------------------------------------------------------------


def test_start_to_unlock_dialog(benchmark: Callable[..., object], tmp_path: Path) -> None:
    """A fresh process, from exec to the unlock dialog's first event loop turn."""
    env = dict(os.environ, NEUBEGINN_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    code = "import sys; from neubeginn.ui.app import run_app; sys.exit(run_app(sys.argv[1:]))"

    def start() -> None:
        process = subprocess.Popen(
            [sys.executable, "-c", code, "--startup-probe"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert process.stdout is not None
        assert process.stdout.readline().startswith("shown")
        process.kill()  # what happens after the dialog is not timed
        process.wait()

    benchmark.pedantic(start, rounds=7, iterations=1, warmup_rounds=1)
    stats = benchmark.stats.stats  # type: ignore[attr-defined]
    note(f"start to unlock dialog: median {stats.median:.3f} s, max {stats.max:.3f} s")


# -- unlock and search on 100,000 households --------------------------------------------------


def test_unlock_to_usable_case_list(
    benchmark: Callable[..., object],
    qtbot: QtBot,
    qapp: QApplication,
    runner: BackgroundRunner,
    preferences: Preferences,
) -> None:
    """Press Enter in the unlock dialog → main window on screen with the search field ready
    and the first search answered (Argon2id default KDF, index of every case decrypted)."""
    path = _big_vault()
    vault = Vault.open(sqlite_url(path))
    watcher = IdleWatcher(qapp, 10)

    def unlock_and_list() -> None:
        dialog = UnlockDialog(preferences, runner, vault=vault, username=USER)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.password_field.setText(PASSWORD)
        with qtbot.waitSignal(dialog.accepted, timeout=60_000):
            qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
        window = MainWindow(vault, runner, preferences, watcher)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.case_list.results_shown, timeout=30_000):
            qtbot.keyClicks(window.case_list.search_field, "m")
        assert window.case_list.model.rowCount() > 0
        window.close()

    # Locking (dropping the index of the round before) is not part of unlocking.
    benchmark.pedantic(unlock_and_list, setup=vault.lock, rounds=5, iterations=1)
    stats = benchmark.stats.stats  # type: ignore[attr-defined]
    note(
        f"unlock to usable case list ({len(vault.cases.index)} cases): "
        f"median {stats.median:.3f} s, max {stats.max:.3f} s"
    )
    watcher.stop()
    qapp.removeEventFilter(watcher)
    vault.close()


def test_keystroke_to_results(
    benchmark: Callable[..., object],
    qtbot: QtBot,
    qapp: QApplication,
    runner: BackgroundRunner,
    preferences: Preferences,
) -> None:
    """One key typed into the search field → the table shows that query's results."""
    vault = Vault.open(sqlite_url(_big_vault()))
    vault.unlock(USER, PASSWORD)
    watcher = IdleWatcher(qapp, 10)
    window = MainWindow(vault, runner, preferences, watcher)
    qtbot.addWidget(window)
    window.show()
    field = window.case_list.search_field
    keystrokes = [(word[:i], word[i]) for word in TYPED for i in range(len(word))]
    position = iter(range(10**6))

    def setup() -> tuple[tuple[str], dict[str, object]]:
        before, key = keystrokes[next(position) % len(keystrokes)]
        field.setText(before)
        return (key,), {}

    def type_key(key: str) -> None:
        with qtbot.waitSignal(window.case_list.results_shown, timeout=10_000):
            qtbot.keyClicks(field, key)

    benchmark.pedantic(type_key, setup=setup, rounds=len(keystrokes) * 2, iterations=1)
    samples = benchmark.stats.stats.data  # type: ignore[attr-defined]
    note(
        f"keystroke to results: p50 {statistics.median(samples) * 1000:.1f} ms, "
        f"p95 {_percentile(samples, 0.95) * 1000:.1f} ms over {len(samples)} keystrokes"
    )
    window.close()
    watcher.stop()
    qapp.removeEventFilter(watcher)
    vault.close()


# -- one case with a long Laufzettel ----------------------------------------------------------


@pytest.fixture
def long_case_vault(tmp_path: Path) -> Iterator[tuple[Vault, str]]:
    """A household with 50 Laufzettel entries in Arabic print language, unlocked as admin."""
    vault = Vault.create(
        sqlite_url(tmp_path / "vault.sqlite"),
        admin_username="admin",
        admin_display_name="Anna Admin",
        admin_password="Admin-Passwort 1",
        kdf=FLOOR_KDF,
    )
    agencies = vault.agencies.all()
    start = dt.datetime(2025, 1, 6, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    entries = tuple(
        entry(
            agencies[i % len(agencies)],
            EntryStatus.ATTENDED,
            when=start + dt.timedelta(days=7 * i),
            topics=(list(Topic)[i % len(Topic)],),
            information=f"Gespräch Nr. {i + 1}: Unterlagen geprüft und Antrag besprochen.",
            agreements="Bringt beim nächsten Termin die Bescheinigung mit.",
        )
        for i in range(50)
    )
    case = vault.cases.create(dataclasses.replace(household(), laufzettel=entries))
    assert len(case.laufzettel) == 50
    yield vault, case.number
    vault.close()


def test_open_case_with_50_entries(
    benchmark: Callable[..., object],
    qtbot: QtBot,
    qapp: QApplication,
    runner: BackgroundRunner,
    preferences: Preferences,
    long_case_vault: tuple[Vault, str],
) -> None:
    """Enter on the row → Personenbogen and Laufzettel of the case on screen."""
    vault, number = long_case_vault
    watcher = IdleWatcher(qapp, 10)
    window = MainWindow(vault, runner, preferences, watcher)
    qtbot.addWidget(window)
    window.show()

    def open_case() -> None:
        window.show_list()
        assert window.case_view is not None
        with qtbot.waitSignal(window.case_view.case_loaded, timeout=10_000):
            window.open_case(number)
        qapp.processEvents()  # the first paint of the case screen

    benchmark.pedantic(open_case, rounds=10, iterations=1, warmup_rounds=1)
    stats = benchmark.stats.stats  # type: ignore[attr-defined]
    note(f"open a case with 50 entries: median {stats.median * 1000:.0f} ms")
    window.close()
    watcher.stop()
    qapp.removeEventFilter(watcher)


def test_print_preview_bilingual(
    benchmark: Callable[..., object],
    qtbot: QtBot,
    runner: BackgroundRunner,
    long_case_vault: tuple[Vault, str],
) -> None:
    """The print dialog opened on a case → preview of Personenbogen and Laufzettel in German
    and Arabic shown (rendered in memory, loaded into QPdfDocument)."""
    vault, number = long_case_vault

    def preview() -> None:
        dialog = PrintDialog(vault, runner, [number])
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.preview_updated, timeout=30_000):
            dialog.show()
        dialog.close()

    benchmark.pedantic(preview, rounds=5, iterations=1, warmup_rounds=1)
    stats = benchmark.stats.stats  # type: ignore[attr-defined]
    note(f"print preview (Personenbogen + Laufzettel, de+ar): median {stats.median:.3f} s")

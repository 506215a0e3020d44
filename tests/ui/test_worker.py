"""The background runner and the collector that keeps garbage collection on the GUI thread."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from neubeginn.ui.worker import BackgroundRunner, MainThreadCollector


def test_work_runs_off_the_gui_thread_and_answers_on_it(
    qtbot: QtBot, runner: BackgroundRunner
) -> None:
    seen: list[str] = []
    runner.run(lambda: threading.current_thread().name, on_done=seen.append)
    runner.run(lambda: 1 / 0, on_error=lambda error: seen.append(type(error).__name__))
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[0] != threading.current_thread().name
    assert seen[1] == "ZeroDivisionError"


def test_a_newer_job_with_the_same_key_replaces_a_queued_one(
    qtbot: QtBot, runner: BackgroundRunner
) -> None:
    release = threading.Event()
    answers: list[str] = []
    runner.run(lambda: release.wait(5))  # keeps the worker busy while the queue fills
    for text in ("m", "mo", "moh"):
        runner.run(lambda text=text: text, on_done=answers.append, key="search")
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert answers == ["moh"]


def test_collector_switches_automatic_collection_off_and_collects_when_due(qtbot: QtBot) -> None:
    gc.enable()  # as before the application starts
    collector = MainThreadCollector()
    collector.start()
    try:
        assert not gc.isenabled()
        for _ in range(gc.get_threshold()[0] + 10):
            cycle: list[object] = []
            cycle.append(cycle)
        assert gc.get_count()[0] > gc.get_threshold()[0]
        collector.collect()
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        collector.stop()
    assert gc.isenabled()

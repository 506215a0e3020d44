"""The background runner and the collector that keeps garbage collection on the GUI thread."""

from __future__ import annotations

import gc
import sys
import threading
from types import FrameType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
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


class _Form(QWidget):
    """Like every dialog of the application: a Python subclass owned by Python, no parent."""

    def answered(self, _result: object) -> None:
        self.setWindowTitle("answered")


def test_a_window_held_only_by_a_jobs_callback_is_destroyed_on_the_gui_thread(
    qtbot: QtBot, runner: BackgroundRunner
) -> None:
    # A loaded machine may stop the worker thread right after it has run a job, before it
    # has let go of what it was given. Here it is stopped there on purpose (a profile hook
    # on the worker's outermost frame), while the test drops its own last reference to the
    # window, as a test or a closed dialog does.
    destroyed_on: list[str] = []
    go_on = threading.Event()

    def pause_when_the_slot_returns(frame: FrameType, event: str, _arg: object) -> None:
        if event == "return" and frame.f_back is None:
            sys.setprofile(None)
            go_on.wait(10)

    def work() -> None:
        sys.setprofile(pause_when_the_slot_returns)

    form = _Form()
    form.destroyed.connect(
        lambda: destroyed_on.append(threading.current_thread().name),
        Qt.ConnectionType.DirectConnection,
    )
    runner.run(work, on_done=form.answered)
    qtbot.waitUntil(lambda: not runner.busy)
    assert form.windowTitle() == "answered"
    del form
    go_on.set()
    qtbot.waitUntil(lambda: bool(destroyed_on))
    assert destroyed_on == [threading.current_thread().name]

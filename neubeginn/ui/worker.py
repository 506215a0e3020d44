"""The one helper that runs slow work off the GUI thread and hands the result back to it.

    self.runner.run(lambda: vault.cases.search(text), on_done=self._show, on_error=self._fail)

The function never touches a widget; `on_done`/`on_error` run on the GUI thread. Jobs of
one runner run one at a time in order, because the vault's services are not meant to be
called from two threads at once. A job started with a `key` replaces a queued job with the
same key (a search field typed into quickly only runs the newest query).
"""

from __future__ import annotations

import gc
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from neubeginn.model import VaultError

log = logging.getLogger(__name__)


@dataclass
class Job:
    function: Callable[[], Any]
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    key: str | None = None
    cancelled: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        """Ask a long job to stop; the function checks `job.cancelled` between steps."""
        self.cancelled.set()


class _Executor(QObject):
    """Lives in the worker thread; runs one job per `submitted` signal."""

    finished = Signal(object, object, object)  # job, result, error

    @Slot(object)
    def execute(self, job: Job) -> None:
        if job.cancelled.is_set():
            self.finished.emit(job, None, None)
            return
        try:
            result = job.function()
        except BaseException as error:
            if not isinstance(error, VaultError):  # the model's own are worded for the person
                log.error("unexpected error in a background job", exc_info=error)
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.finished.emit(job, None, error)
        else:
            self.finished.emit(job, result, None)


class MainThreadCollector(QObject):
    """Runs Python's cyclic garbage collector on the GUI thread only.

    Left automatic, the collector runs in whichever thread happens to allocate, often the
    worker; freeing a Qt object (or a PDF document) there that belongs to the GUI thread
    crashes the process. So automatic collection is switched off while the application
    runs, and a timer on the GUI thread collects the generations that are due (as
    qutebrowser does).
    """

    INTERVAL_MS = 1000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    @Slot()
    def collect(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


class BackgroundRunner(QObject):
    """Runs jobs on one worker thread, in order.

    Signals:
        busy_changed(bool): work started (True) or the queue ran empty (False).
    """

    busy_changed = Signal(bool)
    _submitted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("neubeginn-worker")
        self._executor = _Executor()
        self._executor.moveToThread(self._thread)
        self._submitted.connect(self._executor.execute)
        self._executor.finished.connect(self._finished)
        self._pending: list[Job] = []
        self._running: Job | None = None
        self._thread.start()

    def run(
        self,
        function: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        key: str | None = None,
    ) -> Job:
        job = Job(function, on_done, on_error, key)
        if key is not None:
            for waiting in self._pending:
                if waiting.key == key:
                    waiting.cancel()
            self._pending = [waiting for waiting in self._pending if waiting.key != key]
        self._pending.append(job)
        self._next()
        return job

    @property
    def busy(self) -> bool:
        return self._running is not None

    def _next(self) -> None:
        if self._running is not None or not self._pending:
            return
        self._running = self._pending.pop(0)
        self.busy_changed.emit(True)
        self._submitted.emit(self._running)

    @Slot(object, object, object)
    def _finished(self, job: Job, result: Any, error: BaseException | None) -> None:
        self._running = None
        if not job.cancelled.is_set():
            if error is not None:
                if job.on_error is not None:
                    job.on_error(error)
                else:
                    raise error
            elif job.on_done is not None:
                job.on_done(result)
        if self._pending:
            self._next()
        else:
            self.busy_changed.emit(False)

    def wait_idle(self) -> None:
        """Block until nothing is queued or running (shutdown, tests)."""
        while self._running is not None or self._pending:
            self._thread.wait(10)  # the thread runs on: this only sleeps 10 ms
            QCoreApplication.processEvents()

    def shutdown(self) -> None:
        for job in self._pending:
            job.cancel()
        self._pending.clear()
        self._thread.quit()
        self._thread.wait()

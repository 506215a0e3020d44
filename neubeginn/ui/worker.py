"""The one helper that runs slow work off the GUI thread and hands the result back to it.

    self.runner.run(lambda: vault.cases.search(text), on_done=self._show, on_error=self._fail)

The function never touches a widget; `on_done`/`on_error` run on the GUI thread. Jobs of
one runner run one at a time in order, because the vault's services are not meant to be
called from two threads at once. A job started with a `key` replaces a queued job with the
same key (a search field typed into quickly only runs the newest query).

The worker thread never holds the last reference to a job. A job's callbacks are mostly
bound methods of a window or dialog, and its function may close over one; were the worker
the last to let go, the window's C++ destructor would run on the worker thread, where
shiboken hands the deletion of the window's children to the GUI thread while the parent's
destructor deletes them too, and the GUI thread then crashes on freed memory. So no Python
object travels in a queued signal to the worker (Qt frees a queued call's arguments only
after the slot has returned, on the receiving thread), and the worker drops the job before
it announces that the job is done.
"""

from __future__ import annotations

import gc
import logging
import queue
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
    # Set on the worker thread, read on the GUI thread once it hears the job is done.
    result: Any = field(default=None, repr=False)
    error: BaseException | None = field(default=None, repr=False)

    def cancel(self) -> None:
        """Ask a long job to stop; the function checks `job.cancelled` between steps."""
        self.cancelled.set()


class _Executor(QObject):
    """Lives in the worker thread; runs the job waiting in `inbox`, one per `execute` call."""

    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.inbox: queue.SimpleQueue[Job] = queue.SimpleQueue()

    @Slot()
    def execute(self) -> None:
        job = self.inbox.get_nowait()
        if not job.cancelled.is_set():
            job.result, job.error = _outcome(job.function)
        # Let go before the GUI thread can: it may then drop the job's (and a dialog's) last
        # reference only on its own thread (see the module docstring).
        del job
        self.finished.emit()


def _outcome(function: Callable[[], Any]) -> tuple[Any, BaseException | None]:
    try:
        return function(), None
    except BaseException as error:
        if not isinstance(error, VaultError):  # the model's own are worded for the person
            log.error("unexpected error in a background job", exc_info=error)
        error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
        return None, error


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
    _submitted = Signal()  # no arguments: the job waits in the executor's inbox

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
        self._executor.inbox.put(self._running)
        self._submitted.emit()

    @Slot()
    def _finished(self) -> None:
        job, self._running = self._running, None
        assert job is not None  # one job runs at a time; this is the answer to it
        # Taken off the job: callers keep their jobs (to cancel them), not the decrypted data.
        result, error, job.result, job.error = job.result, job.error, None, None
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

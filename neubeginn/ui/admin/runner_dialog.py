"""RunnerDialog: the base of the administration dialogs, whose model calls run in the runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from neubeginn.model import Vault
from neubeginn.ui.messages import describe
from neubeginn.ui.worker import BackgroundRunner, Job


class RunnerDialog(QDialog):
    """A dialog that calls the vault only through the runner and words errors in German.

    Subclasses create `self.status_label` in `_build_ui()`; `_failed()` shows errors there
    (never a second modal box: the error stays next to what caused it).

    Signals:
        failed(str): the German message of a refused or failed action.
    """

    failed = Signal(str)

    def __init__(self, vault: Vault, runner: BackgroundRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.runner = runner
        self.status_label = QLabel()
        self._jobs: list[Job] = []

    def _run(self, function: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self._jobs = [job for job in self._jobs if not job.cancelled.is_set()]
        self._jobs.append(self.runner.run(function, on_done, self._failed))

    def _failed(self, error: BaseException) -> None:
        message = describe(error)
        self.status_label.setText(message)
        self._after_failure()
        self.failed.emit(message)

    def _confirmed(self, title: str, question: str) -> bool:
        """Ask before something that cannot be undone; No is the default answer."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, title, question, buttons.Yes | buttons.No, buttons.No)
        return answer == buttons.Yes

    def _after_failure(self) -> None:
        """Re-enable what the failed action disabled."""

    def done(self, result: int) -> None:
        # Answers arriving after closing have nobody to go to (the dialog may be deleted).
        for job in self._jobs:
            job.cancel()
        self._jobs.clear()
        super().done(result)

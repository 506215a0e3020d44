"""PrintDialog: choose inserts and languages, preview one case, print or save; batches too."""

from __future__ import annotations

import datetime as dt
import itertools
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neubeginn.model import Agency, Case, Vault
from neubeginn.services.printing import CasePrint, PrintChoice, render_case
from neubeginn.ui.messages import describe
from neubeginn.ui.print.painting import paint_pdf
from neubeginn.ui.print.pdf_preview import PdfPreview
from neubeginn.ui.print.print_choice import PrintChoiceBox
from neubeginn.ui.print.print_jobs import deliver_batch, deliver_case, load_case, save_pdf
from neubeginn.ui.worker import BackgroundRunner, Job


class _Progress(QObject):
    """Carries progress from the worker function to the GUI thread (a queued signal)."""

    advanced = Signal(int, int)  # cases done, cases in the batch


class PrintDialog(QDialog):
    """Print the inserts of one case (with a preview) or of several cases (a batch).

    Signals:
        preview_updated(int): the preview shows a fresh rendering with this many pages.
        printed(int): pages handed to the printer; the print is in the audit log.
        saved(str): the path a PDF was saved to; the save is in the audit log.
        batch_progressed(int, int): cases rendered so far, cases in the batch.
        batch_cancelled(int): the batch stopped after this many cases; nothing was printed.
        failed(str): something went wrong; the German message is shown in the dialog too.
    """

    preview_updated = Signal(int)
    printed = Signal(int)
    saved = Signal(str)
    batch_progressed = Signal(int, int)
    batch_cancelled = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        vault: Vault,
        runner: BackgroundRunner,
        numbers: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not numbers:
            raise ValueError("PrintDialog needs at least one case number")
        self.vault = vault
        self.runner = runner
        self.numbers = list(numbers)
        self.batch = len(self.numbers) > 1
        self._today = dt.date.today()
        self._case: Case | None = None
        self._agencies: list[Agency] = []
        self._rendered: CasePrint | None = None
        self._generation = 0  # preview results of older choices are dropped
        self._jobs: list[Job] = []
        self._cancel_event = threading.Event()
        self._progress = _Progress()
        self._build_ui()
        self._connect_signals()
        if not self.batch:
            self._load_case()

    # -- building --------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Drucken"))
        self.setAccessibleName(self.tr("Drucken"))
        # Room for a readable page next to the choice; a batch has no preview.
        self.resize(*((760, 540) if self.batch else (980, 720)))
        layout = QVBoxLayout(self)
        heading = (
            self.tr("{count} Fälle drucken").format(count=len(self.numbers))
            if self.batch
            else self.tr("Fall {number} drucken").format(number=self.numbers[0])
        )
        self.heading_label = QLabel(heading)
        self.heading_label.setAccessibleName(heading)
        self.heading_label.setWordWrap(True)
        layout.addWidget(self.heading_label)

        body = QHBoxLayout()
        layout.addLayout(body, 1)
        self.choice_box = PrintChoiceBox(per_case_languages=self.batch)
        body.addWidget(self.choice_box)

        if self.batch:
            body.addLayout(self._build_batch_panel(), 1)
        else:
            self.preview_view = PdfPreview(self)
            self.preview_view.setAccessibleName(self.tr("Vorschau"))
            body.addWidget(self.preview_view, 1)

        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Meldung"))
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)

        self.buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Drucken…"))
        self.print_button.setAccessibleName(self.tr("Drucken"))
        self.save_button = QPushButton(self.tr("Als PDF &speichern…"))
        self.save_button.setAccessibleName(self.tr("Als PDF speichern"))
        self.cancel_button = QPushButton(self.tr("Stapel a&bbrechen"))
        self.cancel_button.setAccessibleName(self.tr("Stapel abbrechen"))
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Schließen"))
        self.close_button.setAccessibleName(self.tr("Schließen"))
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)
        self.cancel_button.setVisible(self.batch)  # after addButton(), which shows it
        self.print_button.setDefault(True)
        self._set_ready(self.batch)
        self._chain_tab_order()

    def _build_batch_panel(self) -> QVBoxLayout:
        panel = QVBoxLayout()
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Fortschritt"))
        self.progress_bar.setRange(0, len(self.numbers))
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("%v von %m Fällen"))
        panel.addWidget(self.progress_bar)
        self.numbers_view = QListView()
        self.numbers_view.setAccessibleName(self.tr("Fälle im Stapel"))
        self.numbers_view.setModel(QStringListModel(self.numbers, self))
        self.numbers_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        panel.addWidget(self.numbers_view, 1)
        return panel

    def _chain_tab_order(self) -> None:
        chain = self.choice_box.focus_chain()
        chain.append(self.numbers_view if self.batch else self.preview_view)
        chain += [self.print_button, self.save_button, self.cancel_button, self.close_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.choice_box.changed.connect(self._choice_changed)
        self.print_button.clicked.connect(self._ask_printer)
        self.save_button.clicked.connect(self._ask_path)
        self.cancel_button.clicked.connect(self.cancel_batch)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self._ask_printer)
        QShortcut(QKeySequence.StandardKey.Save, self, self._ask_path)
        # Emitted from the worker thread: queued, so the slot runs on the GUI thread.
        self._progress.advanced.connect(self._batch_advanced, Qt.ConnectionType.QueuedConnection)

    def choice(self) -> PrintChoice:
        """The inserts and languages as currently ticked."""
        return self.choice_box.choice()

    def _choice_changed(self) -> None:
        if self.batch:
            self._set_ready(bool(self.choice().docs))
        elif self._case is not None:
            self._refresh_preview()

    # -- one case: loading and preview ------------------------------------------------------------

    def _load_case(self) -> None:
        number = self.numbers[0]
        self.status_label.setText(self.tr("Fall wird geladen …"))
        self._start(partial(load_case, self.vault, number), self._case_loaded)

    def _case_loaded(self, loaded: tuple[Case, list[Agency]]) -> None:
        self._case, self._agencies = loaded
        self.choice_box.set_languages(self._case.print_languages)
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        self._generation += 1
        generation, choice, case = self._generation, self.choice(), self._case
        self._set_ready(False)
        if not choice.docs:
            self.status_label.setText(self.tr("Bitte mindestens einen Einleger wählen."))
            return
        assert case is not None
        self.status_label.setText(self.tr("Vorschau wird erstellt …"))
        self._start(
            partial(
                render_case, self.vault, case, choice, today=self._today, agencies=self._agencies
            ),
            lambda rendered: self._show_preview(generation, rendered),
            key="print-preview",
        )

    def _show_preview(self, generation: int, rendered: CasePrint) -> None:
        if generation != self._generation:
            return
        self._rendered = rendered
        pages = self.preview_view.show_pdf(rendered.pdf)
        self.status_label.setText(self.tr("Vorschau: {pages} Seiten").format(pages=pages))
        self._set_ready(True)
        self.preview_updated.emit(pages)

    # -- printing and saving ----------------------------------------------------------------------

    def _ask_printer(self) -> None:
        if not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Neubeginn – Einleger"))
        dialog = QPrintDialog(printer, self)
        dialog.setAccessibleName(self.tr("Drucker wählen"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _ask_path(self) -> None:
        if not self.save_button.isEnabled():
            return
        suggestion = f"{self.numbers[0]}.pdf" if not self.batch else "Neubeginn-Stapel.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Als PDF speichern"), suggestion, self.tr("PDF-Dokumente (*.pdf)")
        )
        if path:
            target = Path(path)
            self.save_to(target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf"))

    def print_to(self, printer: QPrinter) -> None:
        """Paint the chosen inserts onto `printer` in the runner, then audit the print."""
        # Only a batch can be cancelled; closing the dialog lets a single print finish.
        cancelled = self._cancel_event if self.batch else None
        self.status_label.setText(self.tr("Wird gedruckt …"))
        self._deliver(partial(paint_pdf, printer=printer, cancelled=cancelled), self._printed)

    def save_to(self, path: Path) -> None:
        """Write the chosen inserts to `path` (owner-only, whole or not at all), then audit."""
        self.status_label.setText(self.tr("Wird gespeichert …"))
        self._deliver(partial(save_pdf, path), self._saved)

    def _deliver(self, output: Callable[[bytes], Any], on_done: Callable[[Any], None]) -> None:
        """Run output(pdf) and record the print: for the preview's PDF, or a rendered batch."""
        self._set_ready(False)
        if not self.batch:
            assert self._rendered is not None
            self._start(partial(deliver_case, self.vault, self._rendered, output), on_done)
            return
        self._cancel_event.clear()
        self.progress_bar.setValue(0)
        self.cancel_button.setEnabled(True)
        batch = partial(
            deliver_batch,
            self.vault,
            self.numbers,
            self.choice(),
            output,
            today=self._today,
            cancelled=self._cancel_event,
            progress=self._progress.advanced.emit,
        )
        self._start(batch, lambda outcome: self._batch_finished(outcome, on_done))

    def cancel_batch(self) -> None:
        """Stop the batch after the case being rendered; nothing is printed or saved."""
        self._cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.status_label.setText(self.tr("Wird abgebrochen …"))

    def _batch_advanced(self, done: int, total: int) -> None:
        self.progress_bar.setValue(done)
        self.status_label.setText(
            self.tr("{done} von {total} Fällen vorbereitet").format(done=done, total=total)
        )
        self.batch_progressed.emit(done, total)

    def _batch_finished(self, outcome: tuple[int, Any], on_done: Callable[[Any], None]) -> None:
        done, result = outcome
        self.cancel_button.setEnabled(False)
        if self._cancel_event.is_set():
            self._set_ready(True)
            self.status_label.setText(
                self.tr(
                    "Abgebrochen nach {done} von {total} Fällen. "
                    "Nichts wurde gedruckt oder gespeichert."
                ).format(done=done, total=len(self.numbers))
            )
            self.batch_cancelled.emit(done)
            return
        on_done(result)

    def _printed(self, pages: int) -> None:
        self.status_label.setText(
            self.tr("{pages} Seiten an den Drucker gegeben.").format(pages=pages)
        )
        self._after_output()
        self.printed.emit(pages)

    def _saved(self, path: str) -> None:
        self.status_label.setText(self.tr("Gespeichert: {path}").format(path=path))
        self._after_output()
        self.saved.emit(path)

    def _after_output(self) -> None:
        # A printed Laufzettel moves the continuation on: show what the next sheet would hold.
        if not self.batch and self.choice().continuation:
            self._refresh_preview()
        else:
            self._set_ready(True)

    # -- the runner -------------------------------------------------------------------------------

    def _start(
        self, function: Callable[[], Any], on_done: Callable[[Any], None], key: str | None = None
    ) -> None:
        self._jobs = [job for job in self._jobs if not job.cancelled.is_set()]
        self._jobs.append(self.runner.run(function, on_done, self._failed, key=key))

    def _failed(self, error: BaseException) -> None:
        message = describe(error)
        self.status_label.setText(message)
        self.cancel_button.setEnabled(False)
        self._set_ready(self.batch or self._rendered is not None)
        self.failed.emit(message)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def done(self, result: int) -> None:
        """Closing stops the batch and drops pending results: no callback into a closed
        dialog, and the preview's bytes leave memory with it."""
        self._cancel_event.set()
        for job in self._jobs:
            job.cancel()
        self._jobs.clear()
        if not self.batch:
            self.preview_view.close_pdf()
        super().done(result)

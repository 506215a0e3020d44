"""The print dialog's work in the runner's worker thread: loading a case, writing the PDF, and
delivering one case or a batch (output, then recording the print).

Plain functions of their arguments: a job holds what it was started with and never reads the
dialog, whose state may change (or which may close) while the job runs.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from neubeginn.files import write_private
from neubeginn.model import Agency, Case, Vault
from neubeginn.services.printing import CasePrint, PrintChoice, record_prints, render_cases


def load_case(vault: Vault, number: str) -> tuple[Case, list[Agency]]:
    """The case to preview and the agency directory its inserts name."""
    return vault.cases.get(number), vault.agencies.all()


def save_pdf(path: Path, pdf: bytes) -> str:
    """Write `pdf` to `path` (owner-only, whole or not at all); returns the path."""
    write_private(path, pdf)
    return str(path)


def deliver_case[T](vault: Vault, rendered: CasePrint, output: Callable[[bytes], T]) -> T:
    """Hand one case's rendered PDF to `output`, then record the print."""
    result = output(rendered.pdf)
    record_prints(vault, [rendered])
    return result


def deliver_batch[T](
    vault: Vault,
    numbers: Sequence[str],
    choice: PrintChoice,
    output: Callable[[bytes], T],
    *,
    today: dt.date,
    cancelled: threading.Event,
    progress: Callable[[int, int], None],
) -> tuple[int, T | None]:
    """Render the cases into one PDF, hand it to `output`, then record every case's print.

    Returns the cases rendered and output's result; None once `cancelled` is set, before
    the output (nothing reaches the printer) or during it (the printer job was aborted
    between pages): then nothing is recorded.
    """
    rendered = render_cases(
        vault, numbers, choice, today=today, cancelled=cancelled, progress=progress
    )
    done = len(rendered.cases)
    if rendered.pdf is None or cancelled.is_set():
        return done, None
    result = output(rendered.pdf)
    if cancelled.is_set():  # the printer job was aborted between pages
        return done, None
    record_prints(vault, rendered.cases)
    return done, result

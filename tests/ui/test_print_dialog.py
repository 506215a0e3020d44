"""PrintDialog: Arabic preview, saving and printing with audit, continuation, batches."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from neubeginn.model.core.vault import Vault
from neubeginn.print import Doc
from neubeginn.print.i18n import translate
from neubeginn.ui.print.painting import paint_pdf
from neubeginn.ui.print.print_choice import CONTINUATION
from neubeginn.ui.print.print_dialog import PrintDialog
from neubeginn.ui.worker import BackgroundRunner
from tests.model.factories import BERLIN, entry, household, member
from tests.ui.conftest import PASSWORDS

# The offscreen platform says so whenever a window is shown; it is not about our code.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

WAIT = 10_000  # ms; the first render of a session loads the fonts


@pytest.fixture
def admin_vault(ui_vault: Vault) -> Vault:
    ui_vault.unlock("admin", PASSWORDS["admin"])
    return ui_vault


def hassan(vault: Vault) -> str:
    return vault.cases.search("Al-Hassan")[0].number


def open_dialog(qtbot: QtBot, vault: Vault, runner: BackgroundRunner, numbers: list[str]):
    dialog = PrintDialog(vault, runner, numbers)
    qtbot.addWidget(dialog)
    if len(numbers) == 1:
        with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT):
            dialog.show()
    else:
        dialog.show()
    return dialog


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(96)  # keeps the page images small; the path is the same
    return printer


def read_pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready
    return document


def preview_text(dialog: PrintDialog) -> str:
    document = dialog.preview_view.document()
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def unnamed(root: QWidget) -> list[str]:
    """Focusable widgets without an accessible name (Qt's internals and popups excluded)."""
    return [
        f"{type(widget).__name__} {widget.objectName()}"
        for widget in root.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.objectName().startswith("qt_")
        and widget.window() is root
        and not widget.accessibleName()
    ]


def test_preview_in_arabic_for_one_case(
    qtbot: QtBot, admin_vault: Vault, runner: BackgroundRunner
) -> None:
    dialog = open_dialog(qtbot, admin_vault, runner, [hassan(admin_vault)])

    assert dialog.choice_box.language_boxes["ar"].isChecked()  # the case's print language
    document = dialog.preview_view.document()
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() >= 2
    assert dialog.preview_view.isVisible()
    assert "Laufzettel" in preview_text(dialog)
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert unnamed(dialog) == []


def test_changing_the_choice_renders_again(
    qtbot: QtBot, admin_vault: Vault, runner: BackgroundRunner
) -> None:
    dialog = open_dialog(qtbot, admin_vault, runner, [hassan(admin_vault)])
    with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT):
        dialog.choice_box.doc_boxes[Doc.PERSONENBOGEN].setChecked(False)
    assert "Personenbogen" not in preview_text(dialog)

    dialog.choice_box.doc_boxes[Doc.LAUFZETTEL].setChecked(False)
    assert not dialog.print_button.isEnabled()
    assert "mindestens einen Einleger" in dialog.status_label.text()


def test_a_second_language_adds_its_copy_to_the_same_document(
    qtbot: QtBot, admin_vault: Vault, runner: BackgroundRunner
) -> None:
    dialog = open_dialog(qtbot, admin_vault, runner, [hassan(admin_vault)])
    arabic_only = dialog.preview_view.document().pageCount()
    with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT) as blocker:
        dialog.choice_box.language_boxes["uk"].setChecked(True)
    assert blocker.args[0] > arabic_only  # German-Arabic, then German-Ukrainian
    assert "Анкета" in preview_text(dialog)  # the Ukrainian Personenbogen title


def test_no_language_ticked_is_german_only(
    qtbot: QtBot, admin_vault: Vault, runner: BackgroundRunner
) -> None:
    dialog = open_dialog(qtbot, admin_vault, runner, [hassan(admin_vault)])
    assert translate("ar", "Laufzettel") in preview_text(dialog)
    with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT):
        dialog.choice_box.language_boxes["ar"].setChecked(False)
    text = preview_text(dialog)
    assert "Laufzettel" in text
    assert translate("ar", "Laufzettel") not in text  # not the case's Arabic after all


def test_save_writes_a_private_pdf_and_audits_the_print(
    qtbot: QtBot,
    admin_vault: Vault,
    runner: BackgroundRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = hassan(admin_vault)
    dialog = open_dialog(qtbot, admin_vault, runner, [number])
    target = tmp_path / "out" / "akte"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))

    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = Path(blocker.args[0])
    assert saved == target.with_suffix(".pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert [p.name for p in saved.parent.iterdir()] == ["akte.pdf"]  # no temporary left
    uuid = admin_vault.cases.uuid_of(number)
    assert len(admin_vault.audit.entries(case_uuid=uuid, action="case.print")) == 1


def test_paint_pdf_prints_every_page(
    qtbot: QtBot, admin_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, admin_vault, runner, [hassan(admin_vault)])
    assert dialog._rendered is not None
    out = tmp_path / "printer.pdf"

    pages = paint_pdf(dialog._rendered.pdf, pdf_printer(out))

    assert pages == dialog.preview_view.document().pageCount()
    assert read_pdf(out).pageCount() == pages


def test_continuation_prints_only_new_entries(
    qtbot: QtBot, admin_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    number = hassan(admin_vault)
    dialog = open_dialog(qtbot, admin_vault, runner, [number])
    with qtbot.waitSignal(dialog.printed, timeout=WAIT):
        dialog.print_to(pdf_printer(tmp_path / "first.pdf"))
    last_seq, sheets = admin_vault.laufzettel.print_state(number)
    assert last_seq == 1 and sheets >= 1

    caritas = admin_vault.agencies.by_name()["Caritasverband Herne e.V."]
    when = dt.datetime.now(BERLIN).replace(microsecond=0) - dt.timedelta(hours=1)
    admin_vault.laufzettel.append(
        number, entry(caritas, when=when, information="Wohnungssuche besprochen.")
    )
    dialog._case = admin_vault.cases.get(number)  # the case as the reopened dialog sees it
    with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT):
        dialog.choice_box.doc_boxes[CONTINUATION].setChecked(True)
    assert not dialog.choice_box.doc_boxes[Doc.LAUFZETTEL].isChecked()
    text = preview_text(dialog)
    assert "Wohnungssuche" in text
    assert "Kindergeldantrag" not in text

    with qtbot.waitSignal(dialog.printed, timeout=WAIT):
        dialog.print_to(pdf_printer(tmp_path / "second.pdf"))
    assert admin_vault.laufzettel.print_state(number)[0] == 2
    assert admin_vault.laufzettel.print_state(number)[1] > sheets


@pytest.fixture
def twenty_cases(admin_vault: Vault) -> list[str]:
    for index in range(17):
        admin_vault.cases.create(household(member(f"Stapel{index:02d}", "Amal", "أمل")))
    return sorted(summary.number for summary in admin_vault.cases.summaries())


def test_batch_shows_progress_and_cancel_stops_it_early(
    qtbot: QtBot,
    admin_vault: Vault,
    runner: BackgroundRunner,
    twenty_cases: list[str],
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, admin_vault, runner, twenty_cases)
    dialog.choice_box.doc_boxes[Doc.LAUFZETTEL].setChecked(False)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    target = tmp_path / "stapel.pdf"

    dialog.save_to(target)
    assert not ticks  # save_to returned at once: the work is in the runner
    qtbot.waitUntil(lambda: dialog.progress_bar.value() >= 2, timeout=WAIT)
    assert len(ticks) >= 3  # the GUI thread kept processing events during the batch
    assert dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(dialog.batch_cancelled, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    timer.stop()

    assert 2 <= blocker.args[0] < len(twenty_cases)
    assert not target.exists()
    assert "Abgebrochen" in dialog.status_label.text()
    assert admin_vault.audit.entries(action="case.print") == []


def test_batch_saves_one_merged_pdf_and_audits_each_case(
    qtbot: QtBot, admin_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    numbers = sorted(summary.number for summary in admin_vault.cases.summaries())
    dialog = open_dialog(qtbot, admin_vault, runner, numbers)
    dialog.choice_box.doc_boxes[Doc.LAUFZETTEL].setChecked(False)
    target = tmp_path / "stapel.pdf"
    progress: list[tuple[int, int]] = []
    dialog.batch_progressed.connect(lambda done, total: progress.append((done, total)))

    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save_to(target)

    assert progress == [(1, 3), (2, 3), (3, 3)]
    merged = read_pdf(target)
    text = "\n".join(merged.getAllText(page).text() for page in range(merged.pageCount()))
    assert all(number in text for number in numbers)  # every case's sheets in one file
    printed = {record.case_uuid for record in admin_vault.audit.entries(action="case.print")}
    assert printed == {admin_vault.cases.uuid_of(number) for number in numbers}
    assert unnamed(dialog) == []

"""The log after a whole working session on a demo vault: what an operator needs, and nothing
of the households; the traceback of a background job that failed unexpectedly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neubeginn import logs
from neubeginn.cli.demo_cmd import DEMO_ACCOUNTS, create_demo
from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.values import Case
from neubeginn.ui.idle import IdleWatcher
from neubeginn.ui.main_window import MainWindow
from neubeginn.ui.print.print_dialog import PrintDialog
from neubeginn.ui.unlock.unlock_dialog import UnlockDialog
from neubeginn.ui.worker import BackgroundRunner
from tests.ui.app_helpers import preferences_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

DESK, DESK_PASSWORD = DEMO_ACCOUNTS[1][0], DEMO_ACCOUNTS[1][3]
TYPED_ACCOMMODATION = "Unterkunft Hafenweg 12, Zimmer 4"
TYPED_NOTE = "Braucht einen Termin beim Kinderarzt"
TYPED_INFORMATION = "Wohngeldantrag gemeinsam ausgefüllt"


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Logging set up as the desktop client does, into a folder of this test's own."""
    monkeypatch.setenv("NEUBEGINN_HOME", str(tmp_path / "home"))
    path = logs.setup("desktop client")
    yield path
    logs.close()


def personal_texts(case: Case) -> set[str]:
    """What of a household must never reach the log: names, addresses, phones, notes."""
    texts = {case.accommodation, case.issuing_office}
    for member in case.members:
        texts |= {member.family_name, member.given_names, member.native_name, member.notes}
        texts |= {member.phone, member.bamf_number, member.jobcenter_number}
        texts |= {member.certificates, member.work_experience, member.last_school}
    for entry in case.laufzettel:
        texts |= {entry.information, entry.agreements}
    return {text for text in texts if text.strip()}


def sign_in(qtbot: QtBot, runner: BackgroundRunner, folder: Path, location: Path) -> Vault:
    dialog = UnlockDialog(preferences_in(folder), runner, location=str(location), kdf=FLOOR_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username_field, DESK)
    qtbot.keyClicks(dialog.password_field, "nicht-das-Passwort")
    qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=15_000)
    qtbot.keyClicks(dialog.password_field, DESK_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    assert dialog.vault is not None
    return dialog.vault


def test_a_working_session_leaves_no_household_data_in_the_log(
    qtbot: QtBot, runner: BackgroundRunner, tmp_path: Path, log_file: Path
) -> None:
    location = tmp_path / "demo.sqlite"
    demo = create_demo(sqlite_url(location), 8, quiet=True)
    every_case = [demo.cases.get(summary.number) for summary in demo.cases.summaries()]
    demo.close()

    vault = sign_in(qtbot, runner, tmp_path, location)
    app = QApplication.instance()
    assert app is not None
    watcher = IdleWatcher(app, 10)
    window = MainWindow(vault, runner, preferences_in(tmp_path), watcher)
    watcher.setParent(window)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # Search by a family name and open the best match.
    wanted = every_case[0]
    qtbot.keyClicks(window.case_list.search_field, wanted.members[0].family_name)
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() > 0)
    assert window.case_view is not None
    with qtbot.waitSignal(window.case_view.case_loaded, timeout=10_000) as loaded:
        qtbot.keyClick(window.case_list.search_field, Qt.Key.Key_Return)
    number = str(loaded.args[0])

    # Edit the Personenbogen and save.
    view = window.case_view
    qtbot.waitUntil(lambda: view.editor is not None)
    editor = view.editor
    assert editor is not None
    editor.household.accommodation_edit.setText(TYPED_ACCOMMODATION)
    editor.members()[0].notes_edit.setPlainText(TYPED_NOTE)
    qtbot.waitUntil(editor.save_button.isEnabled)
    with qtbot.waitSignal(view.case_saved, timeout=10_000):
        editor.save()

    # A Laufzettel entry.
    window.commands.new_entry_action.trigger()
    qtbot.waitUntil(lambda: view.laufzettel_view.dialog is not None)
    entry_dialog = view.laufzettel_view.dialog
    assert entry_dialog is not None
    entry_dialog.information_edit.setPlainText(TYPED_INFORMATION)
    qtbot.waitUntil(entry_dialog.ok_button.isEnabled)
    with qtbot.waitSignal(view.laufzettel_view.entry_appended, timeout=10_000):
        qtbot.mouseClick(entry_dialog.ok_button, Qt.MouseButton.LeftButton)

    # The print preview renders the inserts.
    window.activateWindow()
    window.commands.print_action.trigger()
    printing = window.findChild(PrintDialog)
    assert printing is not None
    qtbot.waitUntil(
        lambda: (
            printing.preview_view.document().status() == QPdfDocument.Status.Ready
            and printing.preview_view.document().pageCount() > 0
        ),
        timeout=20_000,
    )
    runner.wait_idle()
    printing.close()
    with qtbot.waitSignal(window.locked):
        window.lock(manual=True)

    vault.close()
    reopened = Vault.open(sqlite_url(location))
    reopened.unlock(DESK, DESK_PASSWORD)
    touched = reopened.cases.get(number)
    assert touched.accommodation == TYPED_ACCOMMODATION
    assert touched.laufzettel[-1].information == TYPED_INFORMATION
    reopened.close()
    text = log_file.read_text("utf-8")

    # What an operator needs is there …
    assert "desktop client 0.1.0 started" in text
    assert f"vault opened: {location}" in text
    assert "sign-in refused" in text
    assert f"signed in: account {DESK} (desk)" in text
    assert f"locked: account {DESK}" in text
    # … and nothing of any household: not the typed texts, not what the demo holds.
    leaked = [t for case in [*every_case, touched] for t in personal_texts(case) if t in text]
    assert leaked == []
    assert number not in text  # case numbers neither: the audit log has them
    assert "nicht-das-Passwort" not in text and DESK_PASSWORD not in text


def _broken_job() -> None:
    {}.pop("a key")  # a bug in a job: nothing the person could have done


def test_an_unexpected_error_in_a_background_job_is_logged_with_its_traceback(
    qtbot: QtBot, runner: BackgroundRunner, log_file: Path
) -> None:
    failures: list[BaseException] = []
    runner.run(_broken_job, on_error=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    text = log_file.read_text("utf-8")
    assert "ERROR neubeginn.ui.worker: unexpected error in a background job" in text
    assert "Traceback (most recent call last):" in text
    assert 'in _broken_job\n    {}.pop("a key")' in text
    assert "builtins.KeyError: (message withheld" in text

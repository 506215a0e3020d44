"""A new vault's empty directory: the administrator is offered the CSV import, desk staff told."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.access import Role
from neubeginn.ui.admin.agencies_dialog import AgenciesDialog
from neubeginn.ui.laufzettel.entry_dialog import EntryDialog
from neubeginn.ui.worker import BackgroundRunner
from tests.model.factories import household
from tests.ui.app_helpers import open_window
from tests.ui.conftest import PASSWORDS

# The offscreen platform says so when a window or the file dialog is shown: not about our code.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)

CITY_CSV = (
    "name;short_name;address;phone;topics\n"
    "Caritasverband Herne e.V.;Caritas;Hauptstraße 94, 44651 Herne;02323 9496-0;beratung\n"
    "Soforthilfe Herne;Soforthilfe;Bebelstraße 18, 44623 Herne;02323 3434-0;gesundheit\n"
)


@pytest.fixture
def first_run(tmp_path: Path) -> Iterator[Vault]:
    """A vault as `neubeginn init` makes it, with a desk account and one household: its
    directory is empty. Locked."""
    url = sqlite_url(tmp_path / "vault.sqlite")
    made = Vault.create(
        url,
        admin_username="admin",
        admin_display_name="Anna Admin",
        admin_password=PASSWORDS["admin"],
        kdf=FLOOR_KDF,
    )
    made.accounts.create("schalter", "Sven Schalter", Role.DESK, PASSWORDS["schalter"])
    made.cases.create(household())
    made.close()
    vault = Vault.open(url, kdf=FLOOR_KDF)
    yield vault
    vault.close()


def choose_file(qtbot: QtBot, chooser: QFileDialog, path: Path) -> None:
    """In the file's folder, type its name and press Enter, as a keyboard user does."""
    chooser.setDirectory(str(path.parent))
    name_field = chooser.findChild(QLineEdit, "fileNameEdit")
    assert name_field is not None
    qtbot.keyClicks(name_field, path.name)
    qtbot.keyClick(name_field, Qt.Key.Key_Return)


def test_the_administrator_is_offered_the_import_and_it_fills_the_directory(
    qtbot: QtBot, first_run: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    city = tmp_path / "beratungsstellen.csv"
    city.write_text(CITY_CSV, encoding="utf-8")
    window = open_window(qtbot, first_run, runner, tmp_path, "admin")
    notice = window.directory_notice
    qtbot.waitUntil(notice.isVisible)
    assert "Verzeichnis der Beratungsstellen ist noch leer" in notice.label.text()

    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # the notice's button
    qtbot.waitUntil(lambda: notice.dialog is not None and notice.dialog.file_chooser is not None)
    dialog = notice.dialog
    assert dialog is not None and dialog.file_chooser is not None
    qtbot.waitUntil(dialog.file_chooser.isVisible)
    with qtbot.waitSignal(dialog.directory_imported, timeout=10_000) as imported:
        choose_file(qtbot, dialog.file_chooser, city)

    assert (imported.args[0].added, imported.args[0].updated) == (2, 0)
    assert "2 neu, 0 geändert, 0 unverändert" in dialog.status_label.text()
    assert [a.phone for a in first_run.agencies.all()] == ["02323 9496-0", "02323 3434-0"]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    qtbot.waitUntil(lambda: not notice.isVisible())  # the directory holds agencies now


def test_a_wrong_file_is_refused_with_every_problem_named(
    qtbot: QtBot, first_run: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    city = tmp_path / "beratungsstellen.csv"
    city.write_text(CITY_CSV + "VHS;;;;sprachkurse\nDRK;;;;;zu viel\n", encoding="utf-8")
    first_run.unlock("admin", PASSWORDS["admin"])
    dialog = AgenciesDialog(first_run, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.file_chooser is not None and dialog.file_chooser.isVisible())
    assert dialog.file_chooser is not None
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        choose_file(qtbot, dialog.file_chooser, city)

    shown = dialog.status_label.text()
    assert shown.startswith("Nichts wurde übernommen.")
    assert "• row 4, column topics: Unbekanntes Thema „sprachkurse“." in shown
    assert "• row 5: Die Zeile hat mehr Zellen als die Kopfzeile." in shown
    assert first_run.agencies.all() == []
    assert dialog.import_button.isEnabled()  # to try again with the corrected file


def test_desk_staff_are_told_the_administration_must_fill_the_directory(
    qtbot: QtBot, first_run: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    window = open_window(qtbot, first_run, runner, tmp_path, "schalter")
    assert not window.directory_notice.isVisible()  # nothing a desk could do about it
    case = first_run.cases.get(first_run.cases.summaries()[0].number)
    dialog = EntryDialog(first_run, runner, case, first_run.agencies.all(), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.directory_label.isVisible()
    assert dialog.directory_label.text() == (
        "Das Verzeichnis der Beratungsstellen ist noch leer. Die Verwaltung muss es zuerst "
        "füllen; bis dahin lassen sich keine Einträge schreiben."
    )
    assert not dialog.ok_button.isEnabled()

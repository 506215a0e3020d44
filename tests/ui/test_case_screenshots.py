"""Screenshots of the case screen with Arabic names, also with a 150 % font, to look at.

Set NEUBEGINN_SCREENSHOTS to a folder to keep the PNGs; otherwise they go to tmp_path.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from neubeginn.model.core.vault import Vault
from neubeginn.model.domain.values import EntryStatus
from neubeginn.print import fonts
from neubeginn.ui.case.case_view import CaseView
from neubeginn.ui.worker import BackgroundRunner
from tests.model.factories import entry
from tests.ui.conftest import PASSWORDS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("NEUBEGINN_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    # The offscreen platform has only DejaVu, which lacks Arabic: use the print fonts.
    for name in (fonts.LATIN, fonts.ARABIC):
        QFontDatabase.addApplicationFont(str(fonts.font_path(name)))
    return folder


def grab(widget: QWidget, path: Path) -> None:
    image = widget.grab()
    assert not image.isNull()
    assert image.save(str(path))


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_case_screen_screenshots(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, shots: Path, scale: float
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * scale)
    app.setFont(font)
    try:
        ui_vault.unlock("caritas", PASSWORDS["caritas"])
        caritas = ui_vault.agencies.by_name()["Caritasverband Herne e.V."]
        number = next(s.number for s in ui_vault.cases.summaries() if "Al-Hassan" in str(s))
        first = ui_vault.laufzettel.entries(number)[0]
        ui_vault.laufzettel.append(
            number,
            entry(
                caritas,
                EntryStatus.PLANNED,
                information="Termin zur Anmeldung in der Kita; Dolmetscherin für Arabisch.",
                agreements="Familie bringt Impfpass und Geburtsurkunde von Yusuf mit.",
            ),
        )
        ui_vault.laufzettel.append(
            number, entry(caritas, EntryStatus.ATTENDED, amends=first.seq + 1)
        )
        view = CaseView(ui_vault, runner)
        qtbot.addWidget(view)
        view.resize(int(1000 * scale), int(760 * scale))
        view.show()
        with qtbot.waitSignal(view.case_loaded):
            view.open_case(number)
        suffix = f"{int(scale * 100)}"
        grab(view, shots / f"case_personenbogen_{suffix}.png")
        view.tabs.setCurrentWidget(view.laufzettel_view)
        view.laufzettel_view.tree.expandAll()
        grab(view, shots / f"case_laufzettel_{suffix}.png")
        view.new_entry()
        dialog = view.laufzettel_view.dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        grab(dialog, shots / f"entry_dialog_{suffix}.png")
        dialog.reject()
    finally:
        app.setFont(original)


def test_validation_message_screenshot(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, shots: Path
) -> None:
    ui_vault.unlock("schalter", PASSWORDS["schalter"])
    view = CaseView(ui_vault, runner)
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show()
    view.new_case()
    qtbot.waitUntil(lambda: view.editor is not None)
    assert view.editor is not None
    head = view.editor.members()[0]
    head.native_name_edit.setText("زهرا رحیمی")
    qtbot.keyClicks(head.given_names_edit, "Zahra")
    qtbot.keyClicks(head.birth_date_edit, "2090")
    qtbot.waitUntil(head.messages.label("birth_date").isVisible)
    view.editor.scroll_area.ensureWidgetVisible(head.birth_date_edit)
    grab(view, shots / "case_new_invalid.png")

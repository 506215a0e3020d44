"""AgenciesDialog: add and edit an agency with its topics, filter the list, retire one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from neubeginn.model.core.vault import Vault
from neubeginn.model.domain.values import Topic
from neubeginn.ui.admin.agencies_dialog import AgenciesDialog
from neubeginn.ui.worker import BackgroundRunner
from tests.ui.conftest import PASSWORDS

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def dialog(qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner) -> AgenciesDialog:
    ui_vault.unlock("admin", PASSWORDS["admin"])
    shown = AgenciesDialog(ui_vault, runner)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.model.rowCount() > 0)
    return shown


def check_topic(dialog: AgenciesDialog, topic: Topic) -> None:
    model = dialog.topic_model
    for row in range(model.rowCount()):
        if model.index(row).data(model.KEY_ROLE) == topic.value:
            model.setData(model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def test_add_an_agency(qtbot: QtBot, dialog: AgenciesDialog, ui_vault: Vault) -> None:
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name_edit, "Frauenberatung Herne")
    qtbot.keyClicks(dialog.short_name_edit, "FB Herne")
    qtbot.keyClicks(dialog.address_edit, "Bahnhofstraße 1, 44623 Herne")
    qtbot.keyClicks(dialog.email_edit, "info@frauenberatung.example")
    check_topic(dialog, Topic.BERATUNG)
    check_topic(dialog, Topic.GESUNDHEIT)

    with qtbot.waitSignal(dialog.agency_saved) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = ui_vault.agencies.by_name()["Frauenberatung Herne"]
    assert saved.uuid == blocker.args[0]
    assert saved.address == "Bahnhofstraße 1, 44623 Herne"
    assert saved.topics == (Topic.BERATUNG, Topic.GESUNDHEIT)
    qtbot.waitUntil(lambda: dialog.name_edit.text() == "Frauenberatung Herne")  # selected


def test_edit_an_agency(qtbot: QtBot, dialog: AgenciesDialog, ui_vault: Vault) -> None:
    caritas = ui_vault.agencies.by_name()["Caritasverband Herne e.V."]
    qtbot.keyClicks(dialog.filter_edit, "caritas")
    assert dialog.proxy.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.name_edit.text() == caritas.name
    dialog.phone_edit.setText("02323 123456")
    dialog.hours_edit.setPlainText("Mo–Fr 9–12 Uhr")

    with qtbot.waitSignal(dialog.agency_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    changed = ui_vault.agencies.get(caritas.uuid)
    assert (changed.phone, changed.opening_hours) == ("02323 123456", "Mo–Fr 9–12 Uhr")
    assert changed.name == caritas.name and set(changed.topics) == set(caritas.topics)
    assert len(ui_vault.agencies.all()) == len(ui_vault.agencies.by_name())  # no duplicate


def test_an_empty_name_is_refused_in_german(qtbot: QtBot, dialog: AgenciesDialog) -> None:
    dialog.new_agency()
    with qtbot.waitSignal(dialog.failed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "darf nicht leer sein" in dialog.status_label.text()
    assert dialog.save_button.isEnabled()


def test_retire_after_confirming(
    qtbot: QtBot, dialog: AgenciesDialog, ui_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_b = ui_vault.agencies.by_name()["Plan B Ruhr e.V."]
    dialog.select_uuid(plan_b.uuid)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.agency_retired):
        qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert plan_b.name not in ui_vault.agencies.by_name()


def test_every_field_is_named(dialog: AgenciesDialog) -> None:
    unnamed = [
        type(widget).__name__
        for widget in dialog.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.objectName().startswith("qt_")
        and widget.window() is dialog
        and not widget.accessibleName()
    ]
    assert unnamed == []

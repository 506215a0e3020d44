"""The Laufzettel: appending as a counselling account, marking an appointment, read-only print."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from neubeginn.model.core.vault import Vault
from neubeginn.model.domain.validation import BERLIN
from neubeginn.model.domain.values import EntryStatus, Topic
from neubeginn.ui.case.case_view import CaseView
from neubeginn.ui.laufzettel.entry_dialog import EntryDialog
from neubeginn.ui.laufzettel.timeline_model import TimelineModel
from neubeginn.ui.worker import BackgroundRunner
from tests.model.factories import entry
from tests.ui.conftest import PASSWORDS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CARITAS = "Caritasverband Herne e.V."


def al_hassan(vault: Vault) -> str:
    return next(s.number for s in vault.cases.summaries() if "Al-Hassan" in str(s))


def open_view(qtbot: QtBot, vault: Vault, runner: BackgroundRunner, user: str) -> CaseView:
    vault.unlock(user, PASSWORDS[user])
    view = CaseView(vault, runner)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    with qtbot.waitSignal(view.case_loaded):
        view.open_case(al_hassan(vault))
    view.tabs.setCurrentWidget(view.laufzettel_view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # shortcuts fire in the active window only
    return view


def open_dialog(qtbot: QtBot, view: CaseView) -> EntryDialog:
    qtbot.waitUntil(lambda: view.laufzettel_view.dialog is not None)
    dialog = view.laufzettel_view.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_counselling_account_appends_an_entry_as_its_own_agency(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    view = open_view(qtbot, ui_vault, runner, "caritas")
    laufzettel = view.laufzettel_view
    before = laufzettel.model.rowCount()
    laufzettel.tree.setFocus()
    qtbot.keyClick(laufzettel.tree, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, view)
    assert dialog.agency_combo.currentText() == CARITAS
    assert not dialog.agency_combo.isEnabled()
    assert dialog.agency_combo.count() == 1
    assert dialog.counsellor_edit.text() == "Clara Berger"
    dialog.topic_model.setData(
        dialog.topic_model.index(1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.keyClicks(dialog.information_edit, "Antrag auf Wohngeld besprochen.")
    qtbot.keyClicks(dialog.agreements_edit, "Bringt Mietvertrag mit.")
    with qtbot.waitSignal(laufzettel.entry_appended) as appended:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert laufzettel.model.rowCount() == before + 1
    newest = laufzettel.model.index(0, TimelineModel.COL_TEXT)
    assert "Wohngeld" in newest.data()
    assert laufzettel.model.index(0, TimelineModel.COL_AGENCY).data() in (CARITAS, "Caritas")
    stored = ui_vault.laufzettel.entries(al_hassan(ui_vault))[-1]
    assert stored.seq == appended.args[0]
    assert stored.agency.name == CARITAS
    assert stored.topics == (Topic.GELD,)
    assert stored.recorded_by == "Clara Berger"


def test_marking_a_planned_appointment_as_attended_appends_and_keeps_history(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    ui_vault.unlock("caritas", PASSWORDS["caritas"])
    caritas = ui_vault.agencies.by_name()[CARITAS]
    yesterday = dt.datetime.now(BERLIN).replace(hour=10, minute=0, second=0, microsecond=0)
    yesterday -= dt.timedelta(days=1)
    planned = ui_vault.laufzettel.append(
        al_hassan(ui_vault),
        entry(caritas, EntryStatus.PLANNED, when=yesterday, information="Termin Wohngeld"),
    )
    view = open_view(qtbot, ui_vault, runner, "caritas")
    laufzettel = view.laufzettel_view
    top = laufzettel.model.index(0, TimelineModel.COL_STATUS)
    assert top.data() == "geplant"  # newest first: yesterday's appointment is on top
    laufzettel.tree.setCurrentIndex(top)
    assert laufzettel.attended_button.isEnabled()

    qtbot.mouseClick(laufzettel.attended_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, view)
    assert dialog.status_combo.currentText() == "wahrgenommen"
    qtbot.keyClicks(dialog.information_edit, "Antrag abgegeben.")
    with qtbot.waitSignal(laufzettel.entry_appended):
        qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)

    model = laufzettel.model
    top = model.index(0, TimelineModel.COL_STATUS)
    assert top.data() == "wahrgenommen"
    history = [
        model.index(row, TimelineModel.COL_STATUS, top.siblingAtColumn(0)).data()
        for row in range(model.rowCount(top.siblingAtColumn(0)))
    ]
    assert history == ["geplant", "wahrgenommen"]
    assert not laufzettel.attended_button.isEnabled()  # no longer planned
    stored = ui_vault.laufzettel.entries(al_hassan(ui_vault))
    assert stored[-1].amends == planned.seq
    assert stored[-1].status is EntryStatus.ATTENDED
    assert stored[-1].when == planned.when
    assert any(e.seq == planned.seq and e.status is EntryStatus.PLANNED for e in stored)


def test_an_attended_appointment_in_the_future_is_refused_at_the_field(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    view = open_view(qtbot, ui_vault, runner, "schalter")
    view.new_entry()
    dialog = open_dialog(qtbot, view)
    assert dialog.agency_combo.isEnabled()  # the desk picks the agency
    dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addDays(3))
    message = dialog.messages.label("when")
    assert message.isVisible()
    assert "Zukunft" in message.text()
    assert not dialog.ok_button.isEnabled()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("planned"))
    assert not message.isVisible()
    assert dialog.ok_button.isEnabled()


def test_a_time_the_clocks_skip_is_refused_at_the_field(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    """Typed on any PC, whatever its time zone: Qt must not move it to 03:30 on its own."""
    view = open_view(qtbot, ui_vault, runner, "schalter")
    view.new_entry()
    dialog = open_dialog(qtbot, view)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("planned"))
    night = dialog.when_edit.dateTime()
    night.setDate(QDate(2026, 3, 29))
    night.setTime(QTime(1, 30))
    dialog.when_edit.setDateTime(night)
    dialog.when_edit.setFocus()
    dialog.when_edit.setCurrentSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClick(dialog.when_edit, Qt.Key.Key_Up)  # 01:30 → 02:30, the hour that never was
    assert dialog.when_edit.text() == "29.03.2026 02:30"
    message = dialog.messages.label("when")
    assert message.isVisible()
    assert message.text() == (
        "Die Uhrzeit 29.03.2026 02:30 gibt es wegen der Umstellung auf Sommerzeit nicht."
    )
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.when_edit, Qt.Key.Key_Up)
    assert not message.isVisible() and dialog.ok_button.isEnabled()
    assert dialog.entry().when == dt.datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN)


def test_print_account_cannot_append(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner
) -> None:
    view = open_view(qtbot, ui_vault, runner, "druck")
    laufzettel = view.laufzettel_view
    assert laufzettel.model.rowCount() == 1
    laufzettel.tree.setCurrentIndex(laufzettel.model.index(0, 0))
    assert "Kindergeldantrag" in laufzettel.details.toPlainText()
    for button in (
        laufzettel.new_button,
        laufzettel.attended_button,
        laufzettel.missed_button,
        laufzettel.cancel_button,
        laufzettel.correct_button,
    ):
        assert not button.isEnabled()
    view.new_entry()
    assert laufzettel.dialog is None

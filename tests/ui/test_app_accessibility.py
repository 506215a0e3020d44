"""Every control of the shell has an accessible name, and the tab order follows the form."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from neubeginn.model.core.vault import Vault
from neubeginn.ui.settings_dialog import SettingsDialog
from neubeginn.ui.unlock.unlock_dialog import UnlockDialog
from neubeginn.ui.worker import BackgroundRunner
from tests.ui.app_helpers import open_window, preferences_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _is_part(widget: QWidget) -> bool:
    """Inner parts (a combo box's or spin box's line edit, a scroll area's viewport) are
    named by their owner."""
    owner = widget.parentWidget()
    while owner is not None:
        if isinstance(owner, (QComboBox, QAbstractScrollArea, QAbstractSpinBox)):
            return True
        owner = owner.parentWidget()
    return False


def _unnamed(top: QWidget) -> list[str]:
    return [
        type(widget).__name__
        for widget in top.findChildren(QWidget)
        if widget.isVisibleTo(top)
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not _is_part(widget)
        and not widget.accessibleName()
        # A button's text is its name for screen readers (Qt's own dialog buttons).
        and not (isinstance(widget, QAbstractButton) and widget.text())
    ]


def _tab_chain(start: QWidget, length: int) -> list[QWidget]:
    chain = [start]
    widget = start
    while len(chain) < length:
        widget = widget.nextInFocusChain()
        if (
            widget.isVisible()
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not (_is_part(widget))
        ):
            chain.append(widget)
    return chain


def test_unlock_and_settings_dialogs_name_every_control(
    qtbot: QtBot, runner: BackgroundRunner, tmp_path: Path
) -> None:
    preferences = preferences_in(tmp_path)
    unlock = UnlockDialog(preferences, runner)
    settings = SettingsDialog(preferences)
    for dialog in (unlock, settings):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unnamed(dialog) == []
    # Tab goes vault → file button → user → password → unlock → quit.
    assert _tab_chain(unlock.location_box, 6)[1:] == [
        unlock.browse_button,
        unlock.username_field,
        unlock.password_field,
        unlock.unlock_button,
        unlock.cancel_button,
    ]


def test_main_window_names_every_control_of_the_list(
    qtbot: QtBot, ui_vault: Vault, runner: BackgroundRunner, tmp_path: Path
) -> None:
    window = open_window(qtbot, ui_vault, runner, tmp_path, "admin")
    assert _unnamed(window.case_list) == []
    assert window.case_list.table.accessibleName() == "Gefundene Fälle"
    assert window.menuBar().accessibleName()

"""The idle watcher: input in a window postpones the lock, other events do not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from neubeginn.ui.idle import IdleWatcher


def test_key_in_a_window_restarts_the_countdown(qtbot: QtBot, qapp: QApplication) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow)
    watcher = IdleWatcher(qapp, 10, parent=field)
    watcher.set_interval_ms(400)
    watcher.start()
    qtbot.waitUntil(lambda: watcher.remaining_ms < 250)
    field.update()  # a paint is not a person at the desk
    qapp.processEvents()
    assert watcher.remaining_ms < 250
    window = field.windowHandle()
    assert window is not None
    qtbot.keyClick(window, Qt.Key.Key_A)  # through the window, as real input arrives
    assert watcher.remaining_ms > 250
    with qtbot.waitSignal(watcher.idle_reached):
        pass
    assert not watcher.running

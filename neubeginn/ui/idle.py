"""Notices when nobody has touched keyboard or mouse for a while (for the auto-lock)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

# Input that proves a person is at the desk; paint and timer events do not count.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """An event filter on the application that restarts a single-shot timer on every input.

    Signals:
        idle_reached(): no input for the whole interval while the watcher was running.
    """

    idle_reached = Signal()

    def __init__(self, source: QObject, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle_reached)
        self.set_interval_ms(minutes * 60_000)
        source.installEventFilter(self)

    def set_interval_ms(self, milliseconds: int) -> None:
        self._timer.setInterval(max(milliseconds, 1))
        if self._timer.isActive():
            self._timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()
        return False

"""Lock the window after minutes without keyboard or mouse: a shared office PC stays guarded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

DEFAULT_MINUTES = 15  # when the database holds no office row yet

# What counts as someone at the keyboard; paint, timer and focus events do not.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """Emits ``idle`` after ``minutes`` without input; 0 minutes switches it off.

    An application-wide event filter restarts the timer on every key or mouse event.
    While ``paused`` (the window is locked, or a dialog asks the password) nothing
    restarts it; ``resume`` starts counting again.
    """

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None, *, interval_ms: int = 0):
        super().__init__(parent)
        self.minutes = max(0, minutes)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms or self.minutes * 60_000)
        self._timer.timeout.connect(self._fire)
        self._paused = False
        self._app = QCoreApplication.instance()
        if self.enabled and self._app is not None:
            self._app.installEventFilter(self)
            self._timer.start()

    @property
    def enabled(self) -> bool:
        return self.minutes > 0

    @property
    def active(self) -> bool:
        """Counting down (enabled, not paused)."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._paused and event.type() in _ACTIVITY:
            self._timer.start()  # restarts from zero
        return False

    def _fire(self) -> None:
        self._paused = True
        self.idle.emit()

    def pause(self) -> None:
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        if self.enabled:
            self._paused = False
            self._timer.start()

    def stop(self) -> None:
        """Stop for good (the window closes)."""
        self.pause()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None


class Curtain(QWidget):
    """An opaque, empty cover over a dialog while the window is locked.

    The dialog stays open underneath (its ``exec`` goes on, nothing typed is lost) and
    takes no input; ``lift`` takes the cover away once the password was given again.
    """

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self.setAutoFillBackground(True)  # the window colour, nothing of what is behind
        self.setGeometry(dialog.rect())
        dialog.installEventFilter(self)
        dialog.setEnabled(False)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._dialog and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._dialog.rect())
        return False

    def lift(self) -> None:
        self._dialog.removeEventFilter(self)
        self._dialog.setEnabled(True)
        self.hide()
        self.deleteLater()

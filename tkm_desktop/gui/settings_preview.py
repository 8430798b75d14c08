"""The letterhead preview: the letters' own drawing of the *kop*, redrawn as the clerk types."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from tkm_desktop.services.settings import OfficeSettings

__all__ = ["LetterheadPreview"]


class LetterheadPreview(QWidget):
    """The letterhead as the letters print it, redrawn ~300 ms after the last edit."""

    DELAY_MS = 300

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterheadPreview")
        self.setMinimumSize(320, 64)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._office: OfficeSettings | None = None
        self.image = QImage()
        self.failure: list[str] = []  # why the last drawing failed (may be empty when it did)
        self.renders = 0  # how often the letterhead was drawn (the debounce's tests count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.refresh)

    def show_office(self, office: OfficeSettings) -> None:
        """Redraw for ``office`` once the clerk pauses typing."""
        self._office = office
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def refresh(self) -> None:
        """Draw now (the timer calls this)."""
        self._timer.stop()
        if self._office is None:
            return
        # reportlab and QtPdf load with the first preview, not with the forms.
        from tkm_desktop.gui.settings_letterhead import render_letterhead

        self.image, self.failure = render_letterhead(self._office, width_px=1200)
        self.renders += 1
        self.update()

    def message(self) -> str:
        """What the box says while it shows no letterhead."""
        if self._office is None or self.pending():  # the first drawing waits for its timer
            return self.tr("Pratinjau kop surat")
        return "\n".join([self.tr("Kop surat tidak dapat digambar."), *self.failure])

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        from tkm_desktop.gui.settings_letterhead import PREVIEW_RATIO

        return max(64, round(width * PREVIEW_RATIO))

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QColor("#bbbbbb"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.image.isNull():
            painter.setPen(QColor("#777777"))
            painter.drawText(
                self.rect().adjusted(8, 4, -8, -4),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.message(),
            )
        else:
            room = self.rect().adjusted(2, 2, -2, -2)
            scaled = self.image.size().scaled(room.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(room.x() + (room.width() - scaled.width()) // 2, room.y(),
                           scaled.width(), scaled.height())  # fmt: skip
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self.image)
        painter.end()

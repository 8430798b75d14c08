"""The groups list as a Qt table model that holds only ids; rows are fetched a page at a time.

Filtering and sorting happen in SQL (``services.browse.matching_ids``): the model
keeps the matching ids in order, and when the view asks for a row it reads the
page of ``PAGE_SIZE`` rows around it in one short read-only session. At most
``MAX_PAGES`` pages stay cached, so scrolling through 12,000 groups keeps memory flat.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from tkm_desktop.gui.region_names import region_names
from tkm_desktop.gui.status_badge import STATUS_ROLE, status_label
from tkm_desktop.services import browse
from tkm_desktop.services.browse import GroupFilter, GroupListRow
from tkm_desktop.store.db import Database

log = logging.getLogger(__name__)

COL_ID = 0
COL_NAME = 1
COL_KETUA = 2
COL_KELURAHAN = 3
COL_KECAMATAN = 4
COL_SCHEME = 5
COL_STATUS = 6
COL_MEMBERS = 7
COL_ERRORS = 8
COL_WARNINGS = 9
COLUMN_COUNT = 10

# The group's id in every cell of its row (UserRole + 1 keeps the old ROW_ROLE's number).
GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1

SORT_KEYS = {
    COL_ID: "id",
    COL_NAME: "name",
    COL_KETUA: "ketua",
    COL_KELURAHAN: "kelurahan",
    COL_KECAMATAN: "kecamatan",
    COL_SCHEME: "scheme",
    COL_STATUS: "status",
    COL_MEMBERS: "members",
    COL_ERRORS: "errors",
    COL_WARNINGS: "warnings",
}
PAGE_SIZE = 100
MAX_PAGES = 20

_NUMERIC_COLUMNS = frozenset({COL_ID, COL_MEMBERS, COL_ERRORS, COL_WARNINGS})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

AnyIndex = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_GROUP_ID = int(GROUP_ID_ROLE)
_STATUS = int(STATUS_ROLE)
_SERVED = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGNMENT, _GROUP_ID, _STATUS})
_ERROR_BRUSH = QBrush(QColor("#b3261e"))
_WARNING_BRUSH = QBrush(QColor("#8a5300"))
_ZERO_BRUSH = QBrush(QColor("#8c8c8c"))
_NONE = "—"  # no count: the group was never vetted


@dataclass(frozen=True, slots=True)
class _Cells:
    texts: tuple[str, ...]  # one per column
    status: str
    errors_brush: QBrush
    warnings_brush: QBrush
    vetted: bool  # False: the findings columns say "—" and their tooltip says why


class GroupTableModel(QAbstractTableModel):
    """Read-only; ``set_filter`` and ``sort`` re-run the SQL, ``refresh`` re-reads."""

    # (groups shown, groups in the database) after every query.
    counted = Signal(int, int)

    def __init__(self, db: Database, lang: str = "id", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._lang = lang
        self._filter = GroupFilter()
        self._sort_key = "id"
        self._descending = False
        self._ids: list[int] = []
        self._total = 0
        self._pages: OrderedDict[int, dict[int, _Cells]] = OrderedDict()
        self._started = False  # no query before the first set_filter or refresh
        # Until the region list is loaded, places show as the proposals wrote them.
        self._names = region_names()
        self._names.ready.connect(self._official_names_ready)
        self._locale = QLocale()
        self._headers = (
            self.tr("ID"),
            self.tr("Nama Kelompok"),
            self.tr("Ketua"),
            self.tr("Desa/Kelurahan"),
            self.tr("Kecamatan"),
            self.tr("Skema"),
            self.tr("Status"),
            self.tr("Anggota"),
            self.tr("Kesalahan"),
            self.tr("Peringatan"),
        )
        self._tooltips = {
            COL_ERRORS: self.tr("Temuan berat yang harus diperbaiki sebelum verifikasi"),
            COL_WARNINGS: self.tr("Temuan yang boleh diterima dengan catatan"),
        }
        self._unvetted_tip = self.tr(
            "Belum diperiksa: pilih Kelompok → Periksa Ulang Semua Kelompok."
        )

    # --- queries -----------------------------------------------------------------

    @property
    def filter(self) -> GroupFilter:
        return self._filter

    @property
    def total(self) -> int:
        """Groups in the database, whatever the filter."""
        return self._total

    def set_filter(self, flt: GroupFilter) -> None:
        # Typing on narrows the last result: look only among its groups (much cheaper
        # than another pass over every member for the ketua's name).
        narrowing = (
            self._started
            and len(self._ids) <= browse.NARROW_LIMIT
            and browse.narrows(self._filter, flt)
        )
        self._filter = flt
        self.refresh(within=list(self._ids) if narrowing else None)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self._sort_key = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._started:
            self.refresh()

    def refresh(self, within: list[int] | None = None) -> None:
        """Run the query again (new filter, new sort, or the database changed)."""
        self._started = True
        with self._db.reader() as session:
            ids = browse.matching_ids(
                session, self._filter, self._sort_key, descending=self._descending, within=within
            )
            total = browse.count_groups(session)
        self.beginResetModel()
        self._ids = ids
        self._total = total
        self._pages.clear()
        self.endResetModel()
        self.counted.emit(len(ids), total)

    def _official_names_ready(self) -> None:
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, COL_KELURAHAN), self.index(len(self._ids) - 1, COL_KECAMATAN)
            )

    def group_id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, group_id: int) -> int | None:
        try:
            return self._ids.index(group_id)
        except ValueError:
            return None

    def cached_pages(self) -> int:
        return len(self._pages)

    def _cells(self, row: int) -> _Cells | None:
        page = row // PAGE_SIZE
        cells = self._pages.get(page)
        if cells is None:
            cells = self._fetch(page)
        else:
            self._pages.move_to_end(page)
        return cells.get(self._ids[row])

    def _fetch(self, page: int) -> dict[int, _Cells]:
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        official = self._names.is_ready
        with self._db.reader() as session:
            rows = browse.fetch_rows(session, ids, official_names=official)
        cells = {gid: self._make_cells(row) for gid, row in rows.items()}
        self._pages[page] = cells
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return cells

    def _make_cells(self, row: GroupListRow) -> _Cells:
        """Everything the view asks of a row, worked out once per fetch."""
        number = self._locale.toString
        status = status_label(row.status, self._lang)
        # Never vetted: "—" rather than a 0 that would read as clean; errors an import
        # already found still count (the Ada kesalahan filter lists those groups too).
        errors, warnings = (
            number(row.errors) if row.vetted or row.errors else _NONE,
            number(row.warnings) if row.vetted or row.warnings else _NONE,
        )
        return _Cells(
            texts=(
                str(row.id),
                row.name,
                row.ketua,
                row.kelurahan,
                row.kecamatan,
                row.scheme,
                status,
                number(row.members),
                errors,
                warnings,
            ),
            status=row.status,
            errors_brush=_ERROR_BRUSH if row.errors else _ZERO_BRUSH,
            warnings_brush=_WARNING_BRUSH if row.warnings else _ZERO_BRUSH,
            vetted=row.vetted,
        )

    # --- the model ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # The view asks for about ten roles per cell on every paint: the common ones
        # that this model does not serve leave first, before any lookup.
        if role not in _SERVED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._ids):
            return None
        if role == _ALIGNMENT:
            return _RIGHT if column in _NUMERIC_COLUMNS else None
        if role == _GROUP_ID:
            return self._ids[row]
        cells = self._cells(row)
        if cells is None:  # deleted since the ids were read; F5 tidies up
            return self.tr("(dihapus)") if role == _DISPLAY else None
        if role == _DISPLAY:
            return cells.texts[column]
        if role == _FOREGROUND:
            if column == COL_ERRORS:
                return cells.errors_brush
            return cells.warnings_brush if column == COL_WARNINGS else None
        if role == _STATUS:
            return cells.status if column == COL_STATUS else None
        # The tooltip: whole texts that a narrow column may cut, or why there are no counts.
        if column in (COL_ERRORS, COL_WARNINGS):
            return None if cells.vetted else self._unvetted_tip
        return cells.texts[column] if column in (COL_NAME, COL_STATUS) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC_COLUMNS:
            return _RIGHT
        return None

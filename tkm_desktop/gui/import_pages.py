"""The import wizard's first two pages: the file (with scheme), and the layout read from it.

``ImportPlan`` is what the pages fill in and the later pages run; the small file
questions are module functions so tests can answer them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from tkm_desktop.domain.dates import format_short
from tkm_desktop.domain.nik import mask_nik
from tkm_desktop.excel.layout import GROUPS
from tkm_desktop.excel.proposal import (
    LAYOUT_GROUPS_MEMBERS,
    LAYOUT_LONG_TABLE,
    LAYOUT_PER_SHEET,
    GroupData,
    MemberData,
    ProposalData,
)
from tkm_desktop.gui import files
from tkm_desktop.gui.long_work import LAST_IMPORT_DIR
from tkm_desktop.gui.operations import Operation
from tkm_desktop.services.context import Actor
from tkm_desktop.services.importer import import_choices, load_proposal, ticker
from tkm_desktop.store.db import Database

if TYPE_CHECKING:
    from tkm_desktop.excel.proposal import TableInfo

MEMBER_FIELDS = (
    "number", "nik", "kk", "name", "birth_place", "birth_date", "birth_place_date", "sex",
    "address", "rt_rw", "kelurahan", "kecamatan", "phone", "education", "work_status", "role",
)  # fmt: skip
GROUP_FIELDS = tuple(
    f"group.{f}"
    for f in (
        "name", "number", "business_type", "sector", "street", "rt_rw", "kelurahan", "kecamatan",
        "leader", "bank_name", "account_number", "account_holder", "recommender_name",
        "recommender_letter_number", "recommender_letter_date",
    )
)  # fmt: skip
SAMPLE_CHARS = 18  # digits of room for a sample: both blocks fit a 1366 px wide screen
_PLACE_ATTRS = {"kelurahan": "kelurahan_name", "kecamatan": "kecamatan_name"}
FILE_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv"


@dataclass
class ImportPlan:
    """What the clerk chose; the pages read and fill it in turn."""

    db: Database
    actor: Actor
    path: Path | None = None
    scheme_code: str | None = None
    replace_group_id: int | None = None
    overrides: dict[tuple[str, str], int | None] = field(default_factory=dict)
    data: ProposalData | None = None
    lang: str = "id"  # the window's: the progress lines of reading and importing


def choose_file(parent: QWidget, title: str, folder: str, filter_text: str) -> str | None:
    """A proposal file picked by the clerk; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filter_text)
    return path or None


def choose_save_file(parent: QWidget, title: str, suggested: str, filter_text: str) -> str | None:
    """Where to save a workbook; None when cancelled (``files.ask_save_path``; kept by
    this name for the import wizard)."""
    return files.ask_save_path(parent, title, suggested, filter_text)


class ImportFilePage(QWizardPage):
    """*Pilih Berkas*: the file, the scheme, and optionally a returned group it replaces."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setTitle(self.tr("Pilih Berkas"))
        self.setSubTitle(
            self.tr("Berkas usulan dari desa/kelurahan: Excel (.xlsx, .xls), .ods atau .csv.")
        )
        self.pathEdit = QLineEdit(self)
        self.pathEdit.setPlaceholderText(self.tr("Belum ada berkas dipilih"))
        self.pathEdit.textChanged.connect(self.completeChanged)
        self.browseButton = QPushButton(self.tr("Pilih Berkas…"), self)
        self.browseButton.clicked.connect(self.browse)
        self.schemeCombo = QComboBox(self)
        self.replaceCombo = QComboBox(self)
        self.replaceLabel = QLabel(self.tr("Ganti kelompok dikembalikan:"), self)
        row = QHBoxLayout()
        row.addWidget(self.pathEdit, 1)
        row.addWidget(self.browseButton)
        form = QFormLayout(self)
        form.addRow(self.tr("Berkas:"), row)
        form.addRow(self.tr("Skema:"), self.schemeCombo)
        form.addRow(self.replaceLabel, self.replaceCombo)
        hint = QLabel(
            self.tr(
                "Pilih kelompok yang dikembalikan untuk perbaikan bila berkas ini berisi "
                "daftar anggotanya yang sudah diperbaiki; daftar lama diganti."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.replaceHint = hint
        form.addRow("", hint)
        self._fill_choices()

    def _fill_choices(self) -> None:
        choices = import_choices(self.plan.db)  # two short queries
        for code, label in choices.schemes:
            self.schemeCombo.addItem(label, code)
        self.replaceCombo.addItem(self.tr("Tidak — impor sebagai kelompok baru"), None)
        for gid, label in choices.returned:
            self.replaceCombo.addItem(label, gid)
        for w in (self.replaceLabel, self.replaceCombo, self.replaceHint):
            w.setVisible(bool(choices.returned))

    def browse(self) -> None:
        settings = QSettings()
        folder = str(settings.value(LAST_IMPORT_DIR, str(Path.home())))
        filter_text = self.tr("Berkas usulan ({patterns});;Semua berkas (*)").format(
            patterns=FILE_FILTER
        )
        path = choose_file(self, self.tr("Impor Usulan"), folder, filter_text)
        if path:
            self.pathEdit.setText(path)

    def isComplete(self) -> bool:
        text = self.pathEdit.text().strip()
        return bool(text) and Path(text).is_file()

    def validatePage(self) -> bool:
        path = Path(self.pathEdit.text().strip())
        if path != self.plan.path:
            self.plan.overrides.clear()
        self.plan.path = path
        self.plan.scheme_code = self.schemeCombo.currentData()
        self.plan.replace_group_id = self.replaceCombo.currentData()
        QSettings().setValue(LAST_IMPORT_DIR, str(path.parent))
        return True


class ImportLayoutPage(QWizardPage):
    """*Tata Letak*: how each sheet was read, and which column fed each field (changeable)."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._busy = False
        self._generation = 0
        self.combos: dict[str, QComboBox] = {}
        self.setTitle(self.tr("Tata Letak"))
        self.setSubTitle(
            self.tr(
                "Periksa dari kolom mana setiap data dibaca. Bila ada yang salah, pilih "
                "kolom yang benar; isinya langsung dibaca ulang."
            )
        )
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setStyleSheet("font-weight: bold;")
        self.sheetCombo = QComboBox(self)
        self.sheetCombo.currentIndexChanged.connect(self._show_table)
        self.sheetLabel = QLabel(self)
        self.sheetLabel.setWordWrap(True)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(QLabel(self.tr("Lembar:"), self))
        sheet_row.addWidget(self.sheetCombo)
        sheet_row.addWidget(self.sheetLabel, 1)
        self.fieldsArea = QScrollArea(self)
        self.fieldsArea.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summaryLabel)
        layout.addLayout(sheet_row)
        layout.addWidget(self.fieldsArea, 1)

    # --- reading ---------------------------------------------------------------------

    def initializePage(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the file again with the current overrides (on a worker)."""
        plan = self.plan
        assert plan.path is not None
        path, overrides = plan.path, dict(plan.overrides)
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        plan.data = None  # until this reading succeeds: never the previous file's table
        self.summaryLabel.setText(self.tr("Membaca {file}…").format(file=path.name))
        Operation(
            self,
            lambda ctx: load_proposal(
                plan.db,
                path,
                overrides=overrides,
                tick=ticker(ctx.progress, ctx.check, lang=plan.lang),
            ),
            title=self.tr("Tata Letak"),
            label=self.tr("Membaca {file}…").format(file=path.name),
        ).on_success(lambda data: self._loaded(generation, data)).run().finished.connect(
            lambda: self._read_ended(generation)
        )

    def _read_ended(self, generation: int) -> None:
        if generation != self._generation:
            return
        if self.plan.data is None:  # failed or cancelled: nothing to show or go on with
            self.summaryLabel.setText(self.tr("Berkas belum terbaca."))
            self.sheetCombo.blockSignals(True)
            self.sheetCombo.clear()
            self.sheetCombo.blockSignals(False)
            self._show_table()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.fieldsArea.setEnabled(not busy)
        self.sheetCombo.setEnabled(not busy)
        self.completeChanged.emit()

    def _loaded(self, generation: int, data: ProposalData) -> None:
        if generation != self._generation:
            return  # a later reading is on its way
        self.plan.data = data
        self.summaryLabel.setText(self._summary(data))
        current = self.sheetCombo.currentText()
        self.sheetCombo.blockSignals(True)
        self.sheetCombo.clear()
        for table in data.tables:
            self.sheetCombo.addItem(table.sheet)
        self.sheetCombo.setCurrentIndex(max(self.sheetCombo.findText(current), 0))
        self.sheetCombo.blockSignals(False)
        self._show_table()

    def isComplete(self) -> bool:
        return not self._busy and self.plan.data is not None

    # --- showing ---------------------------------------------------------------------

    def _summary(self, data: ProposalData) -> str:
        layouts = {
            LAYOUT_PER_SHEET: self.tr("satu lembar per kelompok"),
            LAYOUT_LONG_TABLE: self.tr("satu tabel panjang dengan kolom Nama Kelompok"),
            LAYOUT_GROUPS_MEMBERS: self.tr("lembar kelompok + lembar anggota"),
        }
        if not data.tables:
            reasons = [p.message for p in data.errors] or [self.tr("Tidak ada tabel anggota.")]
            return self.tr("Berkas tidak dapat dibaca: {reason}").format(reason=reasons[0])
        text = self.tr("Tata letak: {layout}. Terbaca {groups}, {members}.")
        return text.format(
            layout=layouts.get(data.layout, data.layout),
            groups=self.tr("%Ln kelompok", "", len(data.groups)),
            members=self.tr("%Ln anggota", "", data.members_count),
        )

    def _table(self) -> TableInfo | None:
        data, index = self.plan.data, self.sheetCombo.currentIndex()
        if data is None or not 0 <= index < len(data.tables):
            return None
        return data.tables[index]

    def _describe(self, table: TableInfo) -> str:
        if table.kind == GROUPS:
            kind = self.tr("daftar kelompok, satu baris per kelompok")
        elif "group.name" in table.columns or "group.number" in table.columns:
            assert self.plan.data is not None
            if self.plan.data.layout == LAYOUT_GROUPS_MEMBERS:
                kind = self.tr("daftar anggota, ditautkan ke lembar kelompok")
            else:
                kind = self.tr("satu tabel panjang dengan kolom Nama Kelompok")
        else:
            kind = self.tr("satu lembar per kelompok (nama dari keterangan di atas tabel)")
        text = self.tr("{kind}; judul kolom di baris {row}.")
        return text.format(kind=kind[:1].upper() + kind[1:], row=table.header_row)

    def _show_table(self) -> None:
        table = self._table()
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        self.combos = {}
        if table is None:
            self.sheetLabel.setText("")
            self.fieldsArea.setWidget(grid_host)
            return
        self.sheetLabel.setText(self._describe(table))
        names = self._fields(table)
        half = (len(names) + 1) // 2  # two blocks side by side: no scrolling at 1366×768
        heads = (self.tr("Data"), self.tr("Kolom di berkas"), self.tr("Contoh isi"))
        for block in range(2):
            for column, text in enumerate(heads):
                head = QLabel(text, grid_host)
                head.setStyleSheet("font-weight: bold;")
                grid.addWidget(head, 0, block * 4 + column)
        labels = self._field_labels()
        member, group = self._samples(table.sheet)
        for n, name in enumerate(names):
            row, col = 1 + n % half, (n // half) * 4
            combo = QComboBox(grid_host)
            combo.setMinimumWidth(self.fontMetrics().horizontalAdvance("n") * 20)
            combo.addItem(self.tr("(tidak ada)"), -1)
            for c in getattr(table, "headers", ()):
                combo.addItem(f"{c.letter} — {c.header}" if c.header else c.letter, c.index)
            found = table.columns.get(name)
            combo.setCurrentIndex(combo.findData(found.index) if found else 0)
            combo.currentIndexChanged.connect(
                lambda _i, n=name, cb=combo, s=table.sheet: self._changed(s, n, cb)
            )
            self.combos[name] = combo
            sample = self._sample_label(name, found is not None, member, group, grid_host)
            grid.addWidget(QLabel(labels.get(name, name), grid_host), row, col)
            grid.addWidget(combo, row, col + 1)
            grid.addWidget(sample, row, col + 2)
        grid.setColumnMinimumWidth(3, 16)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(6, 1)
        grid.setRowStretch(half + 1, 1)
        self.fieldsArea.setWidget(grid_host)

    def _sample_label(
        self,
        name: str,
        in_column: bool,
        member: MemberData | None,
        group: GroupData | None,
        parent: QWidget,
    ) -> QLabel:
        """The first row's value for a field read from a column, elided (whole in the
        tooltip); a group's value read from the lines above the table, greyed and said so."""
        text = _sample(name, member, group)
        above = not in_column and name.startswith("group.") and bool(text)
        if not in_column and not above:
            text = ""  # "(tidak ada)": nothing is read for it
        metrics = self.fontMetrics()
        room = metrics.horizontalAdvance("0" * SAMPLE_CHARS)  # a NIK whole
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        label = QLabel(shown, parent)
        label.setMinimumWidth(0)
        tips = [text] if shown != text else []
        if above:
            label.setEnabled(False)
            tips.append(self.tr("Dibaca dari keterangan di atas tabel, bukan dari kolom."))
        label.setToolTip("\n".join(tips))
        return label

    def _fields(self, table: TableInfo) -> list[str]:
        if table.kind == GROUPS:
            return list(GROUP_FIELDS)
        detected = [f for f in GROUP_FIELDS if f in table.columns]
        return [*MEMBER_FIELDS, *dict.fromkeys(["group.name", "group.number", *detected])]

    def _changed(self, sheet: str, name: str, combo: QComboBox) -> None:
        index = combo.currentData()
        self.plan.overrides[(sheet, name)] = None if index is None or index < 0 else int(index)
        self.reload()

    def _samples(self, sheet: str) -> tuple[MemberData | None, GroupData | None]:
        assert self.plan.data is not None
        groups = self.plan.data.groups
        member = next((m for g in groups for m in g.members if m.sheet == sheet), None)
        group = next((g for g in groups if g.sheet == sheet), None)
        return member, group

    def _field_labels(self) -> dict[str, str]:
        return {
            "number": self.tr("Nomor urut"),
            "nik": self.tr("NIK"),
            "kk": self.tr("No. KK"),
            "name": self.tr("Nama"),
            "birth_place": self.tr("Tempat lahir"),
            "birth_date": self.tr("Tanggal lahir"),
            "birth_place_date": self.tr("Tempat, tanggal lahir"),
            "sex": self.tr("Jenis kelamin"),
            "address": self.tr("Alamat"),
            "rt_rw": self.tr("RT/RW"),
            "kelurahan": self.tr("Desa/Kelurahan"),
            "kecamatan": self.tr("Kecamatan"),
            "phone": self.tr("No. HP"),
            "education": self.tr("Pendidikan"),
            "work_status": self.tr("Status pekerjaan"),
            "role": self.tr("Jabatan dalam kelompok"),
            "group.name": self.tr("Nama kelompok"),
            "group.number": self.tr("Nomor kelompok"),
            "group.business_type": self.tr("Jenis usaha"),
            "group.sector": self.tr("Sektor"),
            "group.street": self.tr("Alamat kelompok"),
            "group.rt_rw": self.tr("RT/RW kelompok"),
            "group.kelurahan": self.tr("Desa/Kelurahan kelompok"),
            "group.kecamatan": self.tr("Kecamatan kelompok"),
            "group.leader": self.tr("Ketua"),
            "group.bank_name": self.tr("Bank"),
            "group.account_number": self.tr("Nomor rekening"),
            "group.account_holder": self.tr("Nama pemilik rekening"),
            "group.recommender_name": self.tr("Pengusul"),
            "group.recommender_letter_number": self.tr("Nomor surat pengusul"),
            "group.recommender_letter_date": self.tr("Tanggal surat pengusul"),
        }


_MASKED = frozenset({"nik", "kk", "phone"})


def _sample(name: str, member: MemberData | None, group: GroupData | None) -> str:
    """What the first row gave for a field, as text ('' for the row number or nothing)."""
    if name.startswith("group."):
        obj: object = group
        attr = name[6:]
    else:
        obj, attr = member, name
    if obj is None or (attr == "number" and obj is member):
        return ""
    if attr == "birth_place_date":
        attr = "birth_date"
    value = getattr(obj, _PLACE_ATTRS.get(attr, attr), "")
    if hasattr(value, "toordinal"):
        return format_short(value)
    if attr in _MASKED and value:
        return mask_nik(str(value))  # enough to see the right column, no more (UU PDP)
    return "" if value is None else str(value)

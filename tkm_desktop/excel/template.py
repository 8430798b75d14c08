"""The roster workbook the office hands out to villages (``template -o FILE.xlsx``).

One sheet per group (the village copies the sheet for the next group): a block of
group details above the member table, NIK / No. KK / phone / account / date columns
formatted as text (so Excel neither rounds a NIK nor reads a date by the PC's
regional settings), drop-downs for sex, role and work status, and a sheet of
instructions in Indonesian. Filled as instructed, it imports with no finding.
"""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

ROSTER_ROWS = 30  # numbered lines ready for members; more can be inserted
GROUP_SHEET = "Kelompok 1"

# Labels in the block above the table; each must be a synonym in import_columns.toml.
BLOCK_LABELS = (
    "Nama Kelompok", "Jenis Usaha", "Alamat", "RT/RW", "Desa/Kelurahan", "Kecamatan",
    "Nama Bank", "No. Rekening", "Atas Nama",
)  # fmt: skip
BLOCK_TEXT_LABELS = ("RT/RW", "No. Rekening")
# Member table: (header, width, text format, drop-down values).
MEMBER_COLUMNS: tuple[tuple[str, int, bool, tuple[str, ...]], ...] = (
    ("No", 5, False, ()),
    ("NIK", 20, True, ()),
    ("No. KK", 20, True, ()),
    ("Nama Lengkap", 28, True, ()),
    ("Tempat Lahir", 16, True, ()),
    ("Tanggal Lahir", 14, True, ()),
    ("L/P", 6, True, ("L", "P")),
    ("Alamat", 30, True, ()),
    ("RT/RW", 9, True, ()),
    ("No. HP", 16, True, ()),
    ("Pendidikan", 12, True, ("SD", "SMP", "SMA/SMK", "D3", "S1", "S2", "Tidak Sekolah")),
    ("Status Pekerjaan", 18, True, ("Korban PHK", "Pekerja informal", "Belum bekerja")),
    ("Jabatan", 13, True, ("Ketua", "Sekretaris", "Bendahara", "Anggota")),
)
INSTRUCTIONS = (
    "PETUNJUK PENGISIAN DAFTAR ANGGOTA KELOMPOK TKM",
    "",
    "1. Isi satu sheet untuk satu kelompok. Untuk kelompok berikutnya, salin sheet "
    "'Kelompok 1' (klik kanan nama sheet > Pindahkan atau Salin > Buat salinan).",
    "2. Isi data kelompok di bagian atas: Nama Kelompok, Jenis Usaha, Alamat, RT/RW, "
    "Desa/Kelurahan, Kecamatan dan rekening bank kelompok.",
    "3. Tulis satu anggota per baris, mulai dari baris bernomor 1. Jangan mengubah judul kolom.",
    "4. NIK dan No. KK ditulis 16 angka, persis seperti di KTP dan Kartu Keluarga. Kolom ini "
    "sudah berformat teks; jangan diubah menjadi angka, karena angka terakhir NIK bisa berubah.",
    "5. Tanggal Lahir ditulis hari/bulan/tahun, misalnya 05/01/1990.",
    "6. L/P diisi L (laki-laki) atau P (perempuan); pilih dari daftar pada sel.",
    "7. Jabatan dipilih dari daftar: Ketua, Sekretaris, Bendahara atau Anggota. Setiap "
    "kelompok memiliki satu Ketua, satu Sekretaris dan satu Bendahara.",
    "8. No. HP ditulis lengkap dengan angka 0 di depan, misalnya 081234567890.",
    "9. Baris bernomor yang tidak terpakai boleh dibiarkan kosong.",
    "10. Tanda tangan Lurah/Kepala Desa dan Ketua Kelompok dibubuhkan di bawah tabel "
    "pada berkas cetak; berkas Excel dikirim apa adanya ke Dinas.",
    "11. Simpan sebagai Buku Kerja Excel (.xlsx) dan jangan diberi kata sandi.",
)

_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", start_color="FFD9E1F2")
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
TEXT = "@"


def _instructions(ws: Worksheet) -> None:
    ws.column_dimensions["A"].width = 110
    for n, line in enumerate(INSTRUCTIONS, start=1):
        cell = ws.cell(n, 1, line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if n == 1:
            cell.font = Font(bold=True, size=13)


def _group_sheet(ws: Worksheet) -> None:
    last = len(MEMBER_COLUMNS)
    ws.cell(1, 1, "DAFTAR NAMA ANGGOTA KELOMPOK TENAGA KERJA MANDIRI (TKM)").font = Font(
        bold=True, size=13
    )
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    row = 3
    for label in BLOCK_LABELS:
        ws.cell(row, 1, label)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        ws.cell(row, 3, ":")
        value = ws.cell(row, 4)
        value.number_format = TEXT if label in BLOCK_TEXT_LABELS else "General"
        ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=8)
        row += 1
    header_row = row + 1
    for i, (header, width, text, _) in enumerate(MEMBER_COLUMNS, start=1):
        cell = ws.cell(header_row, i, header)
        cell.font, cell.fill, cell.border = _BOLD, _HEADER_FILL, _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        letter = cell.column_letter
        ws.column_dimensions[letter].width = width
        for r in range(header_row + 1, header_row + 1 + ROSTER_ROWS):
            c = ws.cell(r, i)
            c.border = _BOX
            if text:
                c.number_format = TEXT
    for n in range(1, ROSTER_ROWS + 1):
        ws.cell(header_row + n, 1, n)
    first, end = header_row + 1, header_row + ROSTER_ROWS
    for i, (header, _, _, choices) in enumerate(MEMBER_COLUMNS, start=1):
        if not choices:
            continue
        letter = ws.cell(header_row, i).column_letter
        dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"',
                            allow_blank=True, showErrorMessage=True)  # fmt: skip
        dv.error = f"Pilih salah satu: {', '.join(choices)}."
        dv.errorTitle = header
        dv.prompt = f"Pilih {header} dari daftar."
        dv.add(f"{letter}{first}:{letter}{end}")
        ws.add_data_validation(dv)
    ws.freeze_panes = ws.cell(header_row + 1, 1)


def template_workbook() -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = GROUP_SHEET
    _group_sheet(ws)
    _instructions(wb.create_sheet("Petunjuk"))
    return wb


def write_template(out: str | Path) -> Path:
    """Writes the roster template to ``out`` (via ``NAME.part``, then renamed)."""
    out = Path(out)
    part = out.with_name(out.name + ".part")
    template_workbook().save(part)
    os.replace(part, out)
    return out


def header_row() -> int:
    """The row of the member table's header in the template (1-based)."""
    return 3 + len(BLOCK_LABELS) + 1

"""What an export format file may name: the data fields, the cell types, the title placeholders.

A field is ``kelompok.*`` (the group), ``anggota.*`` (a member), ``rab.*`` (a budget
line) or ``nomor`` (the row's number in its sheet). Names are Indonesian because the
office clerk writes them; reports/export/README.md lists them for the clerk.
"""

from __future__ import annotations

from dataclasses import dataclass

# Cell types a column may have.
TEXT = "text"
NUMBER = "number"
DATE = "date"
MONEY = "money"
TYPES = (TEXT, NUMBER, DATE, MONEY)

# What one row of a sheet stands for.
ROWS_GROUP = "kelompok"
ROWS_MEMBER = "anggota"
ROWS_BUDGET = "rab"
ROW_KINDS = (ROWS_GROUP, ROWS_MEMBER, ROWS_BUDGET)

# Number formats. Excel shows the separators of the PC's locale (Rp40.000.000,00 in Indonesian).
TEXT_FORMAT = "@"
DATE_FORMAT = "dd/mm/yyyy"
MONEY_FORMAT = '"Rp"#,##0.00'

# Types a field of a given natural type may be written as.
_COMPATIBLE = {
    TEXT: (TEXT,),
    NUMBER: (NUMBER, TEXT),
    DATE: (DATE, TEXT),
    MONEY: (MONEY, NUMBER, TEXT),
}


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # the natural type
    width: float  # default column width
    header: str  # default header text
    identifier: bool = False  # NIK, KK, phone, account: always text formatted '@'

    @property
    def source(self) -> str:
        """'kelompok', 'anggota', 'rab' or '' (the row number)."""
        return self.name.partition(".")[0] if "." in self.name else ""

    def allows(self, type_: str) -> bool:
        return type_ in _COMPATIBLE[self.type]


def _f(name: str, type_: str, width: float, header: str, identifier: bool = False) -> Field:
    return Field(name, type_, width, header, identifier)


FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        _f("nomor", NUMBER, 6, "No"),
        # --- the group
        _f("kelompok.nomor", NUMBER, 10, "No. Kelompok"),
        _f("kelompok.id", NUMBER, 8, "ID Kelompok"),
        _f("kelompok.nama", TEXT, 32, "Nama Kelompok"),
        _f("kelompok.skema", TEXT, 24, "Skema"),
        _f("kelompok.kode_skema", TEXT, 18, "Kode Skema"),
        _f("kelompok.status", TEXT, 22, "Status"),
        _f("kelompok.jenis_usaha", TEXT, 28, "Jenis Usaha"),
        _f("kelompok.sektor", TEXT, 18, "Sektor"),
        _f("kelompok.alamat", TEXT, 34, "Alamat"),
        _f("kelompok.rt_rw", TEXT, 9, "RT/RW"),
        _f("kelompok.desa", TEXT, 20, "Desa/Kelurahan"),
        _f("kelompok.kecamatan", TEXT, 18, "Kecamatan"),
        _f("kelompok.kabupaten_kota", TEXT, 20, "Kabupaten/Kota"),
        _f("kelompok.provinsi", TEXT, 16, "Provinsi"),
        _f("kelompok.kode_wilayah", TEXT, 15, "Kode Wilayah", identifier=True),
        _f("kelompok.ketua", TEXT, 26, "Ketua"),
        _f("kelompok.jumlah_anggota", NUMBER, 10, "Jumlah Anggota"),
        _f("kelompok.pengusul", TEXT, 26, "Pengusul"),
        _f("kelompok.jabatan_pengusul", TEXT, 22, "Jabatan Pengusul"),
        _f("kelompok.nomor_surat_pengusul", TEXT, 24, "Nomor Surat Pengusul"),
        _f("kelompok.tanggal_surat_pengusul", DATE, 13, "Tanggal Surat Pengusul"),
        _f("kelompok.bank", TEXT, 14, "Bank"),
        _f("kelompok.nomor_rekening", TEXT, 20, "No. Rekening", identifier=True),
        _f("kelompok.nama_rekening", TEXT, 30, "Atas Nama"),
        _f("kelompok.total_rab", MONEY, 18, "Total RAB"),
        _f("kelompok.total_alat", MONEY, 18, "RAB Alat"),
        _f("kelompok.total_bahan", MONEY, 18, "RAB Bahan"),
        _f("kelompok.nomor_sk", TEXT, 24, "Nomor SK"),
        _f("kelompok.tanggal_sk", DATE, 13, "Tanggal SK"),
        _f("kelompok.nilai_bantuan", MONEY, 18, "Nilai Bantuan"),
        # --- a member
        _f("anggota.nomor", NUMBER, 6, "No. Urut"),
        _f("anggota.nik", TEXT, 20, "NIK", identifier=True),
        _f("anggota.kk", TEXT, 20, "No. KK", identifier=True),
        _f("anggota.nama", TEXT, 28, "Nama"),
        _f("anggota.jenis_kelamin", TEXT, 10, "Jenis Kelamin"),
        _f("anggota.tempat_lahir", TEXT, 16, "Tempat Lahir"),
        _f("anggota.tanggal_lahir", DATE, 13, "Tanggal Lahir"),
        _f("anggota.alamat", TEXT, 34, "Alamat"),
        _f("anggota.rt_rw", TEXT, 9, "RT/RW"),
        _f("anggota.desa", TEXT, 20, "Desa/Kelurahan"),
        _f("anggota.kecamatan", TEXT, 18, "Kecamatan"),
        _f("anggota.kabupaten_kota", TEXT, 20, "Kabupaten/Kota"),
        _f("anggota.provinsi", TEXT, 16, "Provinsi"),
        _f("anggota.telepon", TEXT, 16, "No. HP", identifier=True),
        _f("anggota.pendidikan", TEXT, 12, "Pendidikan"),
        _f("anggota.pekerjaan", TEXT, 18, "Pekerjaan"),
        _f("anggota.jabatan", TEXT, 12, "Jabatan"),
        # --- a line of the budget plan (RAB)
        _f("rab.nomor", NUMBER, 6, "No. Urut"),
        _f("rab.barang", TEXT, 34, "Uraian Barang"),
        _f("rab.jenis", TEXT, 10, "Jenis"),
        _f("rab.jumlah", NUMBER, 9, "Volume"),
        _f("rab.satuan", TEXT, 10, "Satuan"),
        _f("rab.harga_satuan", MONEY, 18, "Harga Satuan"),
        _f("rab.total", MONEY, 18, "Jumlah Harga"),
    )
}

# Which fields a sheet may show, by what its rows stand for.
ROW_SOURCES = {
    ROWS_GROUP: ("", ROWS_GROUP),
    ROWS_MEMBER: ("", ROWS_GROUP, ROWS_MEMBER),
    ROWS_BUDGET: ("", ROWS_GROUP, ROWS_BUDGET),
}

# Words in braces that title rows and template cells may hold, e.g. "Tanggal: {tanggal}".
PLACEHOLDERS: dict[str, str] = {
    "pemerintah": "nama pemerintah daerah, mis. Pemerintah Kota Bekasi",
    "kantor": "nama kantor, mis. Dinas Ketenagakerjaan",
    "wilayah": "kabupaten/kota kantor, mis. Kota Bekasi",
    "alamat_kantor": "alamat kantor",
    "skema": "nama skema kelompok yang diekspor, mis. TKM Pemula 2023",
    "kode_skema": "kode skema, mis. TKM-PEMULA-2023",
    "tahun": "tahun skema",
    "tanggal": "tanggal ekspor, mis. 22 Desember 2025",
    "tanggal_angka": "tanggal ekspor, mis. 22/12/2025",
    "jumlah_kelompok": "jumlah kelompok dalam berkas",
    "jumlah_anggota": "jumlah anggota dalam berkas",
    "format": "nama format ini",
}


def fields_for(rows: str) -> list[str]:
    """The field names a sheet whose rows are ``rows`` may use, in catalogue order."""
    sources = ROW_SOURCES[rows]
    return [name for name, f in FIELDS.items() if f.source in sources]

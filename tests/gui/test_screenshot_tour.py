"""The screenshot tour runs: every screen of the demo office saved, each picture small,
and every picture of the tour committed to docs/screenshots."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
# The Indonesian tour, in name order: 00 first run, 01 sign-in … 10 password.
SHOTS = [
    "00a-pengaturan-awal-selamat-datang.png",
    "00b-pengaturan-awal-admin.png",
    "00c-pengaturan-awal-wilayah.png",
    "00d-pengaturan-awal-kop-surat.png",
    "00e-pengaturan-awal-penanda-tangan.png",
    "00f-pengaturan-awal-penomoran.png",
    "00g-pengaturan-awal-skema.png",
    "00h-pengaturan-awal-selesai.png",
    "01-masuk.png",
    "02-beranda.png",
    "03-kelompok.png",
    "04-kelompok-cari.png",
    "04b-impor-berkas.png",
    "04c-impor-tata-letak.png",
    "04d-impor-periksa.png",
    "04e-impor-selesai.png",
    "04f-kelompok-cetak.png",
    "04g-cetak-berita-acara.png",
    "05a-kelompok-identitas.png",
    "05b-kelompok-anggota.png",
    "05c-kelompok-rab.png",
    "05d-kelompok-dokumen.png",
    "05e-kelompok-pemeriksaan.png",
    "05f-kelompok-riwayat.png",
    "05g-kelompok-terkunci.png",
    "06-cari-anggota.png",
    "07-surat.png",
    "07b-surat-cek-kode.png",
    "07c-surat-terbitkan.png",
    "07d-surat-pratinjau.png",
    "08-ekspor.png",
    "08b-ekspor-periksa.png",
    "09-pengaturan.png",
    "09a-pengaturan-kantor.png",
    "09b-pengaturan-penanda-tangan.png",
    "09c-pengaturan-tim-verifikasi.png",
    "09d-pengaturan-skema.png",
    "09e-pengaturan-penomoran.png",
    "09f-pengaturan-pengguna.png",
    "09g-pengaturan-komputer-ini.png",
    "09h-pengaturan-akun.png",
    "10-ganti-kata-sandi.png",
]


def _load_tour() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "screenshot_tour", ROOT / "tools" / "screenshot_tour.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_tour_saves_every_screen(tmp_path: Path, qapp) -> None:
    tour = _load_tour()
    shots = tour.tour(tmp_path, "id")
    assert [p.name for p in shots] == SHOTS
    for shot in shots:
        assert shot.stat().st_size <= 150 * 1024, shot.name
    window = QImage(str(tmp_path / "03-kelompok.png"))
    assert (window.width(), window.height()) == (tour.WIDTH, tour.HEIGHT)


def test_committed_screenshots_are_the_tours_and_small() -> None:
    shots = sorted((ROOT / "docs" / "screenshots").glob("*.png"))
    assert [s.name for s in shots if not s.name.startswith("en-")] == SHOTS
    assert [s.name for s in shots if s.stat().st_size > 150 * 1024] == []

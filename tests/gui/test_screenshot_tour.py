"""The screenshot tour runs: every screen of the demo office saved, each picture small."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


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
    assert [p.name for p in shots] == [
        "01-masuk.png",
        "02-beranda.png",
        "03-kelompok.png",
        "04-kelompok-cari.png",
        "05a-kelompok-identitas.png",
        "05b-kelompok-anggota.png",
        "05c-kelompok-rab.png",
        "05d-kelompok-dokumen.png",
        "05e-kelompok-pemeriksaan.png",
        "05f-kelompok-riwayat.png",
        "05g-kelompok-terkunci.png",
        "06-cari-anggota.png",
        "07-surat.png",
        "08-ekspor.png",
        "08b-ekspor-periksa.png",
        "09-pengaturan.png",
        "10-ganti-kata-sandi.png",
    ]
    for shot in shots:
        assert shot.stat().st_size <= 150 * 1024, shot.name
    window = QImage(str(tmp_path / "03-kelompok.png"))
    assert (window.width(), window.height()) == (tour.WIDTH, tour.HEIGHT)


def test_committed_screenshots_are_small() -> None:
    shots = sorted((ROOT / "docs" / "screenshots").glob("*.png"))
    assert len(shots) >= 10
    assert [s.name for s in shots if s.stat().st_size > 150 * 1024] == []

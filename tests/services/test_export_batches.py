"""The Ekspor page's register and format choices: people read a format's title, not its file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tkm_desktop.services import export_batches
from tkm_desktop.services.export_batches import format_choices, format_title, list_export_batches
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import ExportBatch


def test_formats_are_offered_by_title_and_named_by_file() -> None:
    choices = {c.name: c.title for c in format_choices()}
    assert choices["kemnaker-tkm"] == "Usulan TKM ke Kemnaker"
    assert choices["rekap-sederhana"] == "Rekap sederhana anggota"


def test_the_english_window_reads_the_english_title_where_the_file_gives_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    english = {c.name: (c.title, c.description) for c in format_choices("en")}
    assert english["kemnaker-tkm"][0] == "TKM proposal to Kemnaker"
    assert english["kemnaker-tkm"][1].startswith("Three sheets")
    assert format_title("rekap-sederhana", "en") == "Simple member recap"
    bundled = Path(__file__).parents[2] / "reports" / "export" / "rekap-sederhana.toml"
    text = bundled.read_text(encoding="utf-8").replace("name_en =", "# name_en =")
    (tmp_path / "tanpa-inggris.toml").write_text(text, encoding="utf-8")
    monkeypatch.setattr("tkm_desktop.excel.export_format.formats_dir", lambda: tmp_path)
    assert format_title("tanpa-inggris", "en") == "Rekap sederhana anggota"  # no English: as is


def test_a_broken_or_missing_format_keeps_its_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "rusak.toml").write_text('name = "Rusak"\nsheets = 3\n', encoding="utf-8")
    monkeypatch.setattr(export_batches, "list_formats", lambda: ["rusak"])
    monkeypatch.setattr("tkm_desktop.excel.export_format.formats_dir", lambda: tmp_path)
    assert [(c.name, c.title) for c in format_choices()] == [("rusak", "rusak")]
    assert format_title("sudah-dihapus") == "sudah-dihapus"


def test_the_register_shows_each_formats_title(db: Database) -> None:
    with db.session() as session:
        session.add_all(
            ExportBatch(file_name=name, sha256="0" * 64, format_name=fmt)
            for name, fmt in (("a.xlsx", "kemnaker-tkm"), ("b.xlsx", "lama"))
        )
    with db.reader() as session:
        rows = list_export_batches(session)
    assert [(r.file_name, r.format_name, r.format_title) for r in rows] == [
        ("b.xlsx", "lama", "lama"),  # a format file since removed
        ("a.xlsx", "kemnaker-tkm", "Usulan TKM ke Kemnaker"),
    ]
    with db.reader() as session:
        english = list_export_batches(session, lang="en")
    assert [r.format_title for r in english] == ["lama", "TKM proposal to Kemnaker"]

"""Committed build products match their sources: run tools/build_forms.py when one fails."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
HINT = "stale: run 'uv run python tools/build_forms.py' and commit the result"


def _load_build_forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "tools" / "build_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_forms = _load_build_forms()
UI_FILES = sorted(build_forms.UI_DIR.glob("*.ui"))


def test_the_forms_are_found() -> None:
    assert "main_window.ui" in [p.name for p in UI_FILES]


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_form_module_matches_its_ui_file(ui_file: Path, tmp_path: Path) -> None:
    fresh = build_forms.compile_form(ui_file, tmp_path)
    committed = build_forms.FORMS_DIR / fresh.name
    assert committed.exists(), f"{committed.name} missing: {HINT}"
    assert committed.read_text("utf-8") == fresh.read_text("utf-8"), f"{committed.name} {HINT}"


def test_no_form_module_without_its_ui_file() -> None:
    expected = {build_forms.form_module(p) for p in UI_FILES}
    present = {p.name for p in build_forms.FORMS_DIR.glob("ui_*.py")}
    assert present == expected


def test_english_ts_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    committed = build_forms.OUR_TS
    copy = tmp_path / committed.name
    shutil.copyfile(committed, copy)
    build_forms.update_ts(copy)
    assert copy.read_text("utf-8") == committed.read_text("utf-8"), f"tkm_en.ts {HINT}"


@pytest.mark.parametrize(
    "ts_file", sorted(build_forms.TRANSLATIONS_DIR.glob("*.ts")), ids=lambda p: p.name
)
def test_qm_matches_its_ts(ts_file: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts_file.with_suffix(".qm").name
    build_forms.release(ts_file, fresh)
    committed = ts_file.with_suffix(".qm")
    assert committed.read_bytes() == fresh.read_bytes(), f"{committed.name} {HINT}"


def test_resource_module_matches_the_qrc(tmp_path: Path) -> None:
    fresh = tmp_path / "resources_rc.py"
    build_forms.compile_resources(build_forms.QRC, fresh)
    committed = build_forms.RESOURCES_MODULE
    assert committed.read_text("utf-8") == fresh.read_text("utf-8"), f"resources_rc.py {HINT}"

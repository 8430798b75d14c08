"""installer.spec, read without building: version, name, data folders, imports.

The build itself and the frozen program's ``--smoke-test`` run in CI (.ci/run).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path
from typing import Any

import pytest

import tkm_desktop

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer.spec"


class _Recorder:
    """Stands in for PyInstaller's build targets and remembers how it was called."""

    calls: dict[str, dict[str, Any]]

    def __init__(self, kind: str, calls: dict[str, dict[str, Any]]) -> None:
        self.kind, self.calls = kind, calls

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        # The first call of a kind is the main target; later ones (Windows' console
        # twin of the EXE) are kept under "<kind>+".
        key = self.kind if self.kind not in self.calls else f"{self.kind}+"
        self.calls[key] = {"args": args, **kwargs}
        target = type(self.kind, (), {})()
        target.pure, target.scripts, target.binaries = [], [], []
        target.datas = list(kwargs.get("datas", []))
        return target


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The spec's globals after running it with recording stand-ins for the build steps."""
    calls: dict[str, dict[str, Any]] = {}
    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT),
        "workpath": str(ROOT / "build" / "work"),
        "__file__": str(SPEC),
        **{kind: _Recorder(kind, calls) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")},
    }
    exec(compile(SPEC.read_text("utf-8"), str(SPEC), "exec"), namespace)
    namespace["calls"] = calls
    return namespace


def test_version_is_the_package_version(spec: dict[str, Any]) -> None:
    assert spec["VERSION"] == tkm_desktop.__version__


def test_version_is_read_as_text_not_imported() -> None:
    tree = ast.parse(SPEC.read_text("utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    } | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(name and name.startswith("tkm_desktop") for name in imported)


def test_windows_version_resource_carries_the_version(spec: dict[str, Any]) -> None:
    assert spec["version_tuple"]("1.2.3") == (1, 2, 3, 0)
    assert spec["version_tuple"]("0.4.0rc2") == (0, 4, 0, 0)
    text = spec["version_info_text"](tkm_desktop.__version__)
    numbers = spec["version_tuple"](tkm_desktop.__version__)
    assert f"filevers={numbers}" in text
    assert f"StringStruct('ProductVersion', '{tkm_desktop.__version__}')" in text
    assert "StringStruct('OriginalFilename', 'TKMDesktop.exe')" in text


def test_data_folders_exist_and_are_bundled(spec: dict[str, Any]) -> None:
    folders = dict(spec["DATA_FOLDERS"])
    assert set(folders) == {"ui", "resources", "reports", "tkm_desktop/store/migrations"}
    for source, target in folders.items():
        assert (ROOT / source).is_dir(), source
        assert source == target  # the bundle mirrors the repo: paths.bundle_dir() relies on it
    bundled = {Path(dest).as_posix() for _src, dest in spec["datas"]}
    assert "tkm_desktop/store/migrations/versions" in bundled
    assert "resources/icons" in bundled
    assert not any("__pycache__" in src for src, _dest in spec["datas"])


def test_library_data_is_collected(spec: dict[str, Any]) -> None:
    sources = [Path(src).as_posix() for src, _dest in spec["datas"]]
    assert any("/lokal/" in s for s in sources)
    assert any(s.endswith("reportlab/fonts/Vera.ttf") for s in sources)


def test_database_dialects_are_hidden_imports(spec: dict[str, Any]) -> None:
    hidden = spec["calls"]["Analysis"]["hiddenimports"]
    assert "sqlalchemy.dialects.sqlite.pysqlite" in hidden
    assert "sqlalchemy.dialects.postgresql.psycopg" in hidden
    assert "psycopg_binary" in hidden


def test_program_is_a_windowed_one_folder_build(spec: dict[str, Any]) -> None:
    exe = spec["calls"]["EXE"]
    assert exe["name"] == "TKMDesktop"
    assert exe["exclude_binaries"] is True  # one folder: binaries go to COLLECT
    assert exe["console"] is (sys.platform != "win32")
    assert spec["calls"]["COLLECT"]["name"] == "TKMDesktop"
    # The console twin for the command line exists only where the main one is windowed.
    twin = spec["calls"].get("EXE+")
    if sys.platform == "win32":
        assert twin["name"] == "tkm-desktop" and twin["console"] is True
    else:
        assert twin is None
    assert Path(spec["ICON"]).is_file()
    assert spec["calls"]["Analysis"]["args"][0] == [str(ROOT / "tkm_desktop" / "__main__.py")]


def test_unused_qt_modules_are_excluded(spec: dict[str, Any]) -> None:
    excludes = spec["calls"]["Analysis"]["excludes"]
    assert "PySide6.QtNetwork" in excludes
    assert "PySide6.QtWidgets" not in excludes
    assert "tkinter" in excludes

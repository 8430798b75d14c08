"""The house rules of DESIGN.md: nothing below gui/ imports Qt; domain imports nothing of ours."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import tkm_desktop

PACKAGE_DIR = Path(tkm_desktop.__file__).parent


def _modules_outside_gui() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="tkm_desktop."):
        if info.name.startswith("tkm_desktop.gui") or info.name == "tkm_desktop.__main__":
            continue
        if ".migrations" in info.name:
            continue  # Alembic scripts run inside Alembic's context, not imported.
        names.append(info.name)
    return names


def test_every_module_outside_gui_imports_without_qt() -> None:
    modules = _modules_outside_gui()
    assert "tkm_desktop.cli" in modules
    assert "tkm_desktop.domain.nik" in modules
    # A fresh interpreter, so Qt imported by other tests cannot hide a violation.
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt imported below gui/: {result.stdout}"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module if node.level == 0 else f".{node.module}")
    return found


def test_domain_imports_nothing_of_ours_but_domain() -> None:
    offenders = []
    for path in sorted((PACKAGE_DIR / "domain").glob("*.py")):
        for name in _imported_modules(path):
            ours = name.startswith("tkm_desktop") and not name.startswith("tkm_desktop.domain")
            if ours:
                offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_only_gui_and_cli_reach_the_gui_package() -> None:
    offenders = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        rel = path.relative_to(PACKAGE_DIR).as_posix()
        if rel.startswith(("gui/", "cli/")) or rel == "__main__.py":
            continue
        if any(n.startswith("tkm_desktop.gui") for n in _imported_modules(path)):
            offenders.append(rel)
    assert offenders == []

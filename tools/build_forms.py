"""Regenerate the Qt build products that are committed to the repository.

    uv run python tools/build_forms.py            # regenerate everything
    uv run python tools/build_forms.py --no-lupdate   # keep the .ts files as they are

Steps, in order: ui/*.ui → tkm_desktop/gui/forms/ui_*.py (pyside6-uic); the strings of
gui/*.py and ui/*.ui → resources/translations/tkm_en.ts (pyside6-lupdate; new strings
arrive unfinished for a translator); every .ts → .qm (pyside6-lrelease);
resources/tkm.qrc → tkm_desktop/gui/resources_rc.py (pyside6-rcc). The tools are the
ones installed in the virtual environment, so the output matches the Qt we run on.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
GUI_DIR = ROOT / "tkm_desktop" / "gui"
FORMS_DIR = GUI_DIR / "forms"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
QRC = ROOT / "resources" / "tkm.qrc"
RESOURCES_MODULE = GUI_DIR / "resources_rc.py"
# Only our own texts go into tkm_en.ts; qtbase_id.ts is written by hand.
OUR_TS = TRANSLATIONS_DIR / "tkm_en.ts"
# rcc stamps each file's modification time into the module; a fixed stamp keeps the
# output the same on every checkout.
RCC_ENV = {"QT_RCC_SOURCE_DATE_OVERRIDE": "1"}


def qt_tool(name: str) -> str:
    """The path of ``pyside6-<name>`` beside the running interpreter (the project's venv)."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / f"pyside6-{name}", scripts / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise FileNotFoundError(f"pyside6-{name} not found; run through 'uv run'")
    return found


def run(args: list[str], env: dict[str, str] | None = None) -> None:
    subprocess.run(args, check=True, cwd=ROOT, env={**os.environ, **(env or {})})


def form_module(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path, out_dir: Path) -> Path:
    out = out_dir / form_module(ui_file)
    run([qt_tool("uic"), str(ui_file), "-o", str(out)])
    return out


def gui_sources() -> list[Path]:
    """Hand-written GUI modules and .ui files: where translatable strings come from."""
    py = [p for p in sorted(GUI_DIR.rglob("*.py")) if FORMS_DIR not in p.parents]
    py = [p for p in py if p != RESOURCES_MODULE]
    return py + sorted(UI_DIR.glob("*.ui"))


def update_ts(ts_file: Path) -> None:
    sources = [str(p.relative_to(ROOT)) for p in gui_sources()]
    options = ["-silent", "-no-obsolete", "-locations", "none"]
    languages = ["-source-language", "id", "-target-language", "en"]
    run([qt_tool("lupdate"), *options, *languages, *sources, "-ts", str(ts_file)])


def release(ts_file: Path, qm_file: Path) -> None:
    run([qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)])


def compile_resources(qrc: Path, out: Path) -> None:
    run([qt_tool("rcc"), "-g", "python", str(qrc), "-o", str(out)], env=RCC_ENV)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-lupdate", action="store_true", help="do not update tkm_en.ts")
    args = parser.parse_args(argv)

    FORMS_DIR.mkdir(exist_ok=True)
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        print("uic    ", compile_form(ui_file, FORMS_DIR).relative_to(ROOT))
    if not args.no_lupdate:
        update_ts(OUR_TS)
        print("lupdate", OUR_TS.relative_to(ROOT))
    for ts_file in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        release(ts_file, qm_file)
        print("release", qm_file.relative_to(ROOT))
    compile_resources(QRC, RESOURCES_MODULE)
    print("rcc    ", RESOURCES_MODULE.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

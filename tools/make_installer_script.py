"""Write build/installer/tkm-desktop.iss from installer/tkm-desktop.iss.in.

    uv run python tools/make_installer_script.py [--dist build/dist/TKMDesktop]

Fills the template's fields (``@NAME@``): the version from tkm_desktop/__init__.py (read
as text, exactly as installer.spec does), and the paths of the PyInstaller folder,
the icon and the output folder, written relative to the generated script so the
same file compiles wherever the repository lies. Runs anywhere; compiling the
script needs Inno Setup on Windows (installer/README.md).
"""

from __future__ import annotations

import argparse
import ntpath
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "installer" / "tkm-desktop.iss.in"
DEFAULT_DIST = ROOT / "build" / "dist" / "TKMDesktop"
DEFAULT_OUT = ROOT / "build" / "installer" / "tkm-desktop.iss"
ICON = ROOT / "resources" / "icons" / "tkm.ico"
INDONESIAN_ISL = r"compiler:Languages\Indonesian.isl"
_FIELD = re.compile(r"@([A-Z_]+)@")


def read_version(init_file: Path) -> str:
    """``__version__`` of the package, parsed from the file (never imported)."""
    found = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', init_file.read_text("utf-8"), re.M)
    if not found:
        raise SystemExit(f"no __version__ in {init_file}")
    return found.group(1)


def version_quad(version: str) -> str:
    """'1.2.3rc1' → '1.2.3.0': the four numbers Windows keeps in a file's version."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    return ".".join(str(n) for n in numbers + [0] * (4 - len(numbers)))


def windows_path(target: Path, start: Path) -> str:
    """``target`` relative to ``start`` with backslashes; absolute when no relative path exists."""
    try:
        text = os.path.relpath(target, start)
    except ValueError:  # Windows: another drive
        text = str(target)
    return text.replace("/", ntpath.sep)


def render(
    template: str,
    *,
    version: str,
    dist_dir: Path,
    out_file: Path,
    icon: Path = ICON,
    indonesian_isl: str = INDONESIAN_ISL,
) -> str:
    """The script's text; every ``@NAME@`` must be known, and every one is filled."""
    here = out_file.parent
    values = {
        "APP_VERSION": version,
        "VERSION_QUAD": version_quad(version),
        "DIST_DIR": windows_path(dist_dir, here),
        "ICON_FILE": windows_path(icon, here),
        "OUTPUT_DIR": "output",
        "INDONESIAN_ISL": indonesian_isl,
    }
    unknown = set(_FIELD.findall(template)) - set(values)
    if unknown:
        raise SystemExit(f"unknown fields in the template: {', '.join(sorted(unknown))}")
    return _FIELD.sub(lambda m: values[m.group(1)], template)


def write_script(
    dist_dir: Path = DEFAULT_DIST,
    out_file: Path = DEFAULT_OUT,
    *,
    indonesian_isl: str = INDONESIAN_ISL,
) -> Path:
    """Render the template and write it whole (``.part``, then renamed); the file written."""
    text = render(
        TEMPLATE.read_text("utf-8"),
        version=read_version(ROOT / "tkm_desktop" / "__init__.py"),
        dist_dir=dist_dir.resolve(),
        out_file=out_file.resolve(),
        indonesian_isl=indonesian_isl,
    )
    out_file.parent.mkdir(parents=True, exist_ok=True)
    part = out_file.with_name(out_file.name + ".part")
    # Inno Setup reads a script with a byte-order mark as UTF-8 (Indonesian texts).
    part.write_text(text, encoding="utf-8-sig", newline="\r\n")
    os.replace(part, out_file)
    return out_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=DEFAULT_DIST, help="the PyInstaller folder")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT, help="the script")
    parser.add_argument(
        "--indonesian-isl", default=INDONESIAN_ISL, help="Indonesian messages (%(default)s)"
    )
    args = parser.parse_args(argv)
    out = write_script(args.dist, args.output, indonesian_isl=args.indonesian_isl)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

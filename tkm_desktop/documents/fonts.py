"""Letter fonts, embedded so a letter looks the same on every PC (DESIGN.md ground rule).

The default is the Vera family that ships inside reportlab. An office may choose a
system font by name (Arial, Times New Roman, Bookman Old Style): it is looked up in
the machine's font folders and embedded too; when it is not there, Vera is used and
``FontFamily.fallback`` says so.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tkm_desktop.domain.letters import VERA

# Regular, bold, italic, bold italic: the file names Windows uses, then the names of
# Linux packages that carry the same fonts (ttf-mscorefonts), compared case-insensitively.
# One entry for each of domain.letters.LETTER_FONTS but Vera.
SYSTEM_FONTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "Arial": (
        ("arial.ttf",),
        ("arialbd.ttf", "arial_bold.ttf"),
        ("ariali.ttf", "arial_italic.ttf"),
        ("arialbi.ttf", "arial_bold_italic.ttf"),
    ),
    "Times New Roman": (
        ("times.ttf", "times_new_roman.ttf"),
        ("timesbd.ttf", "times_new_roman_bold.ttf"),
        ("timesi.ttf", "times_new_roman_italic.ttf"),
        ("timesbi.ttf", "times_new_roman_bold_italic.ttf"),
    ),
    "Bookman Old Style": (
        ("bookos.ttf",),
        ("bookosb.ttf",),
        ("bookosi.ttf",),
        ("bookosbi.ttf",),
    ),
}
_VERA_FILES = ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")
_STYLES = ("", "-Bold", "-Italic", "-BoldItalic")

_lock = threading.Lock()
_families: dict[str, FontFamily] = {}
_index: dict[str, Path] | None = None


@dataclass(frozen=True)
class FontFamily:
    """Registered reportlab font names of one family."""

    name: str  # the family as the office chose it
    regular: str
    bold: str
    italic: str
    bold_italic: str
    fallback: bool = False  # the chosen system font was not found: Vera instead


def reportlab_font_dir() -> Path:
    return Path(reportlab.__file__).resolve().parent / "fonts"


def system_font_dirs() -> list[Path]:
    """Where this machine keeps its fonts."""
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
    ]


def _font_index() -> dict[str, Path]:
    """Lower-case file name → path of every TrueType file in the font folders (built once)."""
    global _index
    if _index is None:
        found: dict[str, Path] = {}
        for folder in system_font_dirs():
            if not folder.is_dir():
                continue
            for root, _dirs, files in os.walk(folder):
                for name in files:
                    if name.lower().endswith(".ttf"):
                        found.setdefault(name.lower(), Path(root) / name)
        _index = found
    return _index


def find_system_font(name: str) -> tuple[Path, Path, Path, Path] | None:
    """The four files of a known system font on this machine, or None."""
    key = next((k for k in SYSTEM_FONTS if k.lower() == name.strip().lower()), None)
    if key is None:
        return None
    index = _font_index()
    paths: list[Path] = []
    for candidates in SYSTEM_FONTS[key]:
        path = next((index[c] for c in candidates if c in index), None)
        if path is None:
            return None
        paths.append(path)
    return paths[0], paths[1], paths[2], paths[3]


def _register(prefix: str, files: tuple[Path, ...], name: str, fallback: bool) -> FontFamily:
    names = [f"{prefix}{style}" for style in _STYLES]
    for font_name, path in zip(names, files, strict=True):
        pdfmetrics.registerFont(TTFont(font_name, str(path)))
    for (bold, italic), font_name in zip(((0, 0), (1, 0), (0, 1), (1, 1)), names, strict=True):
        addMapping(prefix, bold, italic, font_name)
    return FontFamily(name, *names, fallback=fallback)


def load_family(name: str | None = None) -> FontFamily:
    """The registered family for an office's ``letter_font`` (Vera when empty or unknown)."""
    wanted = (name or VERA).strip() or VERA
    with _lock:
        if wanted in _families:
            return _families[wanted]
        files = None if wanted.lower() == VERA.lower() else find_system_font(wanted)
        if files is None:
            vera = tuple(reportlab_font_dir() / f for f in _VERA_FILES)
            family = _register("TKM-Vera", vera, VERA, fallback=wanted.lower() != VERA.lower())
        else:
            prefix = "TKM-" + "".join(wanted.split())
            family = _register(prefix, files, wanted, fallback=False)
        _families[wanted] = family
        return family

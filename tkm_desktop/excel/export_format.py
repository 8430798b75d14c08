"""Export format files (reports/export/*.toml): find, read and check them.

A format names the sheets of the workbook sent to the ministry, their title rows,
columns (header, field, width, type, value map), the statuses of the groups that go
in and their order; or a workbook the ministry sent (``template``) and where to fill
it. Every mistake is reported with the file, its line and what is wrong, all at
once, before anything is written (``FormatError``; the checking is ``export_check``).
"""

from __future__ import annotations

from pathlib import Path

from tkm_desktop.excel.export_check import check_format
from tkm_desktop.excel.export_spec import (
    DEFAULT_FORMAT,
    DEFAULT_STATUSES,
    ColumnSpec,
    ExportFormat,
    FormatError,
    FormatProblem,
    SheetSpec,
    SortKey,
)
from tkm_desktop.paths import reports_dir

__all__ = [
    "DEFAULT_FORMAT", "DEFAULT_STATUSES", "ColumnSpec", "ExportFormat", "FormatError",
    "FormatProblem", "SheetSpec", "SortKey", "format_path", "formats_dir", "list_formats",
    "load_format", "parse_format",
]  # fmt: skip

FORMAT_DIR = "export"


def formats_dir() -> Path:
    return reports_dir() / FORMAT_DIR


def list_formats(folder: Path | None = None) -> list[str]:
    """Names of the format files in reports/export (without .toml), sorted."""
    return sorted(p.stem for p in (folder or formats_dir()).glob("*.toml"))


def format_path(name: str, folder: Path | None = None) -> Path:
    """The file a ``--format`` value names: a path to a .toml file, or a name in reports/export."""
    given = Path(name)
    if given.suffix.lower() == ".toml" and (given.is_file() or len(given.parts) > 1):
        return given
    return (folder or formats_dir()) / f"{name}.toml"


def load_format(name_or_path: str | Path, folder: Path | None = None) -> ExportFormat:
    """Read and check a format (and its template's sheet names); FormatError when broken."""
    path = format_path(str(name_or_path), folder)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        known = ", ".join(list_formats(folder)) or "-"
        raise FormatError(
            [
                FormatProblem(
                    path.name, None, f"berkas tidak ada ({path}). Format yang ada: {known}."
                )
            ]
        ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise FormatError([FormatProblem(path.name, None, f"tidak dapat dibaca: {e}")]) from None
    return parse_format(text, source=path)


def parse_format(text: str, *, source: Path | str = "format.toml") -> ExportFormat:
    """Check a format file's text; FormatError lists every mistake with its line."""
    result = check_format(text, Path(source))
    if isinstance(result, list):
        raise FormatError(result)
    return result

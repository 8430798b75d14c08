"""What a checked export format holds: sheets, columns, order, and the problems found in a file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tkm_desktop.domain.errors import DomainError
from tkm_desktop.domain.status import GroupStatus

DEFAULT_FORMAT = "kemnaker-tkm"
DEFAULT_STATUSES = (GroupStatus.DIREKOMENDASIKAN.value,)


@dataclass(frozen=True)
class FormatProblem:
    file: str
    line: int | None
    text: str

    def __str__(self) -> str:
        where = f"Berkas format ekspor {self.file}"
        return f"{where}, baris {self.line}: {self.text}" if self.line else f"{where}: {self.text}"


class FormatError(DomainError):
    """The format file is missing or broken; ``problems`` name the line of each mistake."""

    def __init__(self, problems: list[FormatProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

    @property
    def reasons(self) -> list[str]:
        return [str(p) for p in self.problems]


@dataclass(frozen=True)
class SortKey:
    field: str
    descending: bool = False


@dataclass(frozen=True)
class ColumnSpec:
    field: str
    header: str
    type: str
    width: float
    value_map: Mapping[str, str] = field(default_factory=dict)
    number_format: str | None = None  # what the cells get; '@' for identifiers
    letter: str | None = None  # template mode: where the column goes
    identifier: bool = False


@dataclass(frozen=True)
class SheetSpec:
    name: str
    rows: str  # export_fields.ROW_KINDS
    columns: tuple[ColumnSpec, ...]
    title: tuple[str, ...] = ()
    freeze_header: bool = True
    autofilter: bool = True
    sort: tuple[SortKey, ...] = ()
    start_row: int | None = None  # template mode: first row filled
    cells: Mapping[str, str] = field(default_factory=dict)  # template mode: "C4" → text

    @property
    def header_row(self) -> int:
        """Row of the header (write mode): the title rows, one blank row, then the header."""
        return len(self.title) + 1 + (1 if self.title else 0)


@dataclass(frozen=True)
class ExportFormat:
    name: str  # the file's stem: what --format names and ExportBatch records
    display_name: str
    description: str
    statuses: tuple[str, ...]
    sort: tuple[SortKey, ...]
    sheets: tuple[SheetSpec, ...]
    template: Path | None = None
    source: Path | None = None
    display_name_en: str = ""  # the English window's title; display_name when empty
    description_en: str = ""

    def title(self, lang: str) -> str:
        """The title people read in a window of language ``lang``."""
        return (self.display_name_en if lang == "en" else "") or self.display_name

    def about(self, lang: str) -> str:
        """The description people read in a window of language ``lang``."""
        return (self.description_en if lang == "en" else "") or self.description

    def uses(self, rows: str) -> bool:
        return any(s.rows == rows for s in self.sheets)

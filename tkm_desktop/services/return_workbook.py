"""The returned group's roster with what to fix: the ``--errors-out`` workbook, from the database.

``excel.errors_out`` copies a proposal file and marks its rows. A returned group's
roster lives in the database, so it is first written as the roster workbook villages
send (``excel.roster_writer``: sheets ``Anggota`` and ``Kelompok``), then each
finding becomes a ``Problem`` at its member's row and column, and ``errors_out``
writes the result: the village gets its own rows back, highlighted, with a
*Keterangan* column and a *Ringkasan* sheet.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from tkm_desktop.excel.errors_out import write_errors_workbook
from tkm_desktop.excel.layout import column_letter
from tkm_desktop.excel.proposal import Problem, ProposalData, TableInfo
from tkm_desktop.excel.roster_writer import (
    GROUP_HEADERS,
    GROUP_SHEET,
    MEMBER_HEADERS,
    MEMBER_SHEET,
    write_roster_workbook,
)
from tkm_desktop.services.paperwork_content import member_of
from tkm_desktop.services.vetting_report import GroupVet
from tkm_desktop.store.models import Group

FIRST_MEMBER_ROW = 2  # the roster is written without a title: header on row 1
GROUP_ROW = 2

# The roster column a finding is about (by heading); a code not named marks the row only.
_MEMBER_COLUMN = {
    "NIK": ("NIK_FORMAT", "NIK_DATE", "NIK_REGION_UNKNOWN", "NIK_ROUNDED", "NIK_FUNDED_BEFORE",
            "NIK_DUPLICATE_IN_GROUP", "NIK_IN_OTHER_GROUP"),
    "No. KK": ("KK_FORMAT", "KK_DUPLICATE_IN_GROUP"),
    "Nama": ("POSSIBLE_SAME_PERSON",),
    "Jenis Kelamin (L/P)": ("NIK_SEX_MISMATCH", "SEX_MISSING"),
    "Tempat Lahir": ("BIRTH_PLACE_MISSING",),
    "Tanggal Lahir": ("NIK_BIRTHDATE_MISMATCH", "AGE_OUT_OF_RANGE", "BIRTH_DATE_MISSING"),
    "Desa/Kelurahan": ("DOMICILE_OUTSIDE_REGION", "REGION_NAME_UNMATCHED"),
    "Jabatan": ("ROLE_DUPLICATE",),
}  # fmt: skip
_GROUP_COLUMN = {"No. Rekening": ("BANK_ACCOUNT_MISSING",)}


def _columns(table: dict[str, tuple[str, ...]], headers: tuple[str, ...]) -> dict[str, str]:
    return {
        code: column_letter(headers.index(heading))
        for heading, codes in table.items()
        for code in codes
    }


_MEMBER_LETTERS = _columns(_MEMBER_COLUMN, MEMBER_HEADERS)
_GROUP_LETTERS = _columns(_GROUP_COLUMN, GROUP_HEADERS)


def roster_problems(group: Group, vet: GroupVet) -> list[Problem]:
    """Each finding still open (errors, warnings without a note) at its row and column."""
    problems = []
    for f in vet.findings:
        if f.severity == "info" or f.acknowledged:
            continue
        who = member_of(group, f)
        if who is None:
            where = (GROUP_SHEET, GROUP_ROW, _GROUP_LETTERS.get(f.code, ""))
        else:
            row = FIRST_MEMBER_ROW + who[0]
            where = (MEMBER_SHEET, row, _MEMBER_LETTERS.get(f.code, ""))
        problems.append(Problem(*where, f.code, f.severity, f.message(), f.details))
    return problems


def _safe_name(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", " ", text).strip() or "kelompok"


def return_workbook(group: Group, vet: GroupVet) -> bytes:
    """The roster of ``group`` with its open findings marked, as .xlsx bytes."""
    with tempfile.TemporaryDirectory(prefix="tkm-return-") as folder:
        roster = Path(folder) / f"Daftar Anggota {_safe_name(group.name)}.xlsx"
        write_roster_workbook(roster, [group])
        data = ProposalData(
            path=roster,
            kind="xlsx",
            problems=roster_problems(group, vet),
            tables=[
                TableInfo(MEMBER_SHEET, "members", 1, {}),
                TableInfo(GROUP_SHEET, "groups", 1, {}),
            ],
        )
        out = Path(folder) / "lampiran.xlsx"
        write_errors_workbook(data, out)
        return out.read_bytes()

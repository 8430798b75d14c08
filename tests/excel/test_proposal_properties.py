"""Property tests: whatever a village puts in any cell, reading ends in data or coded problems."""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
import time
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tkm_desktop.domain.findings import CODES
from tkm_desktop.excel.proposal_reader import read_proposal

HEADER = ["No", "Nama Kelompok", "NIK", "No. KK", "Nama", "TTL", "Tanggal Lahir", "L/P",
          "Alamat", "RT/RW", "Kel.", "Kec.", "No. HP", "Pendidikan", "Status",
          "Jabatan"]  # fmt: skip
TODAY = dt.date(2024, 6, 1)

# Text a spreadsheet can hold (openpyxl refuses control characters, as Excel does).
texts = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40)
nik_like = st.from_regex(r"'?[0-9 .]{10,20}", fullmatch=True)
cells = st.one_of(
    st.none(),
    texts,
    nik_like,
    st.integers(min_value=-(10**17), max_value=10**17),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 1, 1)),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)),
    st.booleans(),
    st.sampled_from(["Mengetahui,", "Jumlah", "L", "p", "KETUA", "5 Januari 1990", "31/02/1990",
                     "3,27501E+15", "Bekasi, 05-01-1990", "=1+1", "-", "(1)"]),
)  # fmt: skip
rows = st.lists(st.lists(cells, min_size=0, max_size=len(HEADER) + 2), min_size=0, max_size=12)


def _check(path: Path) -> None:
    started = time.monotonic()
    data = read_proposal(path, office_region_code="32.75", today=TODAY)
    assert time.monotonic() - started < 20
    for p in data.problems:
        assert p.code in CODES
        assert p.severity in ("error", "warning", "info")
        assert p.message
        assert p.row is None or p.row >= 1
    for g in data.groups:
        for m in g.members:
            assert isinstance(m.nik, str) and m.nik and isinstance(m.name, str) and m.name
            assert m.sex in ("", "L", "P")
            assert m.birth_date is None or isinstance(m.birth_date, dt.date)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.booleans(), body=rows)
def test_random_cells_in_every_column_never_break_xlsx(
    title: bool, body: list[list[object]]
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.append(["DAFTAR NAMA ANGGOTA KELOMPOK"])
    ws.append(HEADER)
    for row in body:
        ws.append(row)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "acak.xlsx"
        wb.save(path)
        _check(path)


@settings(max_examples=40, deadline=None)
@given(body=st.lists(st.lists(texts, max_size=len(HEADER) + 2), max_size=12),
       delimiter=st.sampled_from([",", ";"]))  # fmt: skip
def test_random_text_never_breaks_csv(body: list[list[str]], delimiter: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "acak.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, delimiter=delimiter)
            writer.writerow(HEADER)
            writer.writerows(body)
        _check(path)


@settings(max_examples=40, deadline=None)
@given(content=st.binary(max_size=3000), suffix=st.sampled_from([".xlsx", ".xls", ".ods", ".csv"]))
def test_random_bytes_end_in_data_or_a_coded_problem(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"acak{suffix}"
        path.write_bytes(content)
        _check(path)


@settings(max_examples=25, deadline=None)
@given(cut=st.floats(min_value=0.0, max_value=0.999))
def test_workbooks_cut_anywhere_are_unreadable_not_a_traceback(cut: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(HEADER)
        for i in range(30):
            ws.append([i, "Maju", f"32750141019{i:05d}", None, f"Orang {i}"])
        full = Path(tmp) / "utuh.xlsx"
        wb.save(full)
        data = full.read_bytes()
        path = Path(tmp) / "potong.xlsx"
        path.write_bytes(data[: int(len(data) * cut)])
        result = read_proposal(path, office_region_code="32.75", today=TODAY)
        assert [p.code for p in result.problems] == ["FILE_UNREADABLE"]


@settings(max_examples=300, deadline=None)
@given(nik=st.one_of(
    st.from_regex(r"[0-9]{16}", fullmatch=True),
    st.builds(lambda d, day, month, yy, serial: f"{d}{day:02d}{month:02d}{yy:02d}{serial:04d}",
              st.sampled_from(["327501", "327512", "320101", "999999", "317101", "920101"]),
              st.integers(0, 75), st.integers(0, 13), st.integers(0, 99), st.integers(0, 9999)),
    texts,
))  # fmt: skip
def test_cached_nik_facts_equal_parse_nik(nik: str) -> None:
    from tkm_desktop.domain.nik import parse_nik
    from tkm_desktop.excel.member_rows import MemberReader
    from tkm_desktop.excel.values import DateReader

    reader = MemberReader("S", {}, DateReader(TODAY), TODAY, [])
    for _ in range(2):  # the second time from the caches
        facts = reader.nik_info(nik)
        info = parse_nik(nik, today=TODAY)
        assert (facts.problems, facts.sex, facts.birth_date) == (info.problems, info.sex,
                                                                  info.birth_date)  # fmt: skip
        if info.district_code:
            assert facts.district_code == info.district_code

"""Counting a workbook's rows before python-calamine loads it (FILE_TOO_LARGE).

An xlsx sheet usually states its size in ``<dimension>``; when it does not (openpyxl's
write-only mode) or states more than the cap (formatted empty rows count there), the
rows are counted on the raw XML bytes, which is an order of magnitude faster than
parsing. ODS has no dimension: its content.xml is streamed. Memory stays flat.
"""

from __future__ import annotations

import itertools
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

_ROW_START = re.compile(rb"<(?:[A-Za-z0-9]+:)?row[ >/]")
_ROW_TAGS = (b"<row ", b"<row>", b":row ", b":row>")
_VALUE = re.compile(rb"<(?:\w+:)?(?:v|is)>")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"(?:[A-Z]+[0-9]+:)?[A-Z]+([0-9]+)\"")
_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODS_ROW = f"{{{_ODS_TABLE}}}table-row"
_ODS_REPEAT = f"{{{_ODS_TABLE}}}number-rows-repeated"


def _xlsx_sheet_parts(z: zipfile.ZipFile) -> list[str]:
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels if r.tag.endswith("Relationship")}
    parts = []
    for target in targets.values():
        if "worksheets/" in target:
            target = target.lstrip("/")
            parts.append(target if target.startswith("xl/") else f"xl/{target}")
    return parts


def xlsx_rows(path: Path, cap: int) -> int:
    """Rows of all sheets, from each sheet's <dimension> (or counted when absent).

    Counting stops once past ``cap``; zip and XML errors are left to the caller.
    """
    with zipfile.ZipFile(path) as z:
        total = 0
        for part in _xlsx_sheet_parts(z):
            if part not in z.NameToInfo:
                continue
            with z.open(part) as f:
                head = f.read(4096)
            m = _DIMENSION.search(head)
            rows = int(m.group(1)) if m else -1
            if rows < 0 or total + rows > cap:
                # No dimension (openpyxl's write-only mode writes none), or one that may
                # count formatted empty rows: count the rows themselves.
                rows = _count_xlsx_rows(z, part, cap - total, with_values=rows >= 0)
            total += rows
            if total > cap:
                break
        return total


def _count_xlsx_rows(z: zipfile.ZipFile, part: str, budget: int, *, with_values: bool) -> int:
    """Rows (only those holding a value when ``with_values``); stops once past ``budget``.

    Works on the raw XML bytes, an order of magnitude faster than parsing.
    """
    if not with_values:
        return _count_row_tags(z, part, budget)
    count = 0
    buf = b""
    with z.open(part) as f:
        while chunk := f.read(1 << 20):
            buf += chunk
            starts = [m.start() for m in _ROW_START.finditer(buf)]
            if len(starts) < 2:
                continue
            for a, b in itertools.pairwise(starts):
                if _VALUE.search(buf, a, b):
                    count += 1
            buf = buf[starts[-1] :]  # the last row may go on in the next chunk
            if count > budget:
                return count
    if _ROW_START.match(buf) and _VALUE.search(buf):
        count += 1
    return count


def _count_row_tags(z: zipfile.ZipFile, part: str, budget: int) -> int:
    count = 0
    tail = b""
    with z.open(part) as f:
        while chunk := f.read(1 << 20):
            # bytes.count runs at memory speed; a tag cut by the chunk boundary is
            # counted through the 8-byte tail kept from the previous chunk.
            data = tail + chunk
            count += sum(data.count(t) - tail.count(t) for t in _ROW_TAGS)
            tail = data[-8:]
            if count > budget:
                break
    return count


def ods_rows(path: Path, cap: int) -> int:
    """ODS has no dimension: stream content.xml counting rows that hold text."""
    total = 0
    with zipfile.ZipFile(path) as z, z.open("content.xml") as f:
        for _, elem in ET.iterparse(f, events=("end",)):
            if elem.tag == _ODS_ROW:
                if any((e.text or "").strip() for e in elem.iter() if e is not elem):
                    total += int(elem.get(_ODS_REPEAT, "1"))
                    if total > cap:
                        break
                elem.clear()
    return total

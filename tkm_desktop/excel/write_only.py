"""The cells and the end of the workbooks we write.

**Formula-like text.** A name or note from a village's file may start with ``=``, ``+``,
``-`` or ``@``. We write it as a text cell, so it opens as text; but once a clerk edits
the cell in Excel and presses Enter, Excel reads it again as a formula (``=HYPERLINK``,
``+cmd|…``). ``keep_as_text`` marks such a cell with Excel's quote prefix (what a typed
leading apostrophe does): it stays text after editing, and the value is not changed.

**Abandoning a workbook.** openpyxl's write-only sheets stream rows to temporary files
through generators. A workbook abandoned after an error keeps them open; the garbage
collector closes them later, in no particular order, and prints "Exception ignored …
Traceback" blocks on stderr (a traceback only belongs there with --debug). ``abandon``
closes them now.
"""

from __future__ import annotations

import logging
import os

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

log = logging.getLogger(__name__)

_FORMULA_STARTS = ("=", "+", "-", "@")


def formula_like(text: str) -> bool:
    """Text Excel would read as a formula when typed: '=…', '+…', '-…', '@…' (a lone '-'
    is a placeholder, not a formula)."""
    return len(text) > 1 and text.startswith(_FORMULA_STARTS)


def keep_as_text(cell: WriteOnlyCell, text: str) -> WriteOnlyCell:
    """``cell`` (holding ``text``) as a string cell, quote-prefixed when formula-like."""
    cell.data_type = "s"  # after the value: openpyxl would take '=…' for a formula
    if formula_like(text):
        cell.quotePrefix = True
    return cell


def abandon(wb: Workbook) -> None:
    """Close each sheet's stream (in order) and remove its temporary file at once."""
    for ws in wb.worksheets:
        if getattr(ws, "closed", True):
            continue
        try:
            ws.close()
        except Exception:  # a stream broken by the failure itself: nothing left to finish
            log.debug("closing an abandoned write-only sheet failed", exc_info=True)
        writer = getattr(ws, "_writer", None)  # openpyxl keeps the temp file's writer here
        if writer is not None and isinstance(writer.out, str) and os.path.exists(writer.out):
            writer.cleanup()

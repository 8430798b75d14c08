"""Giving up on a write-only workbook without leaving its streams for the garbage collector.

openpyxl's write-only sheets stream rows to temporary files through generators. A
workbook abandoned after an error keeps them open; the garbage collector closes them
later, in no particular order, and prints "Exception ignored … Traceback" blocks on
stderr (a traceback only belongs there with --debug). ``abandon`` closes them now.
"""

from __future__ import annotations

import logging
import os

from openpyxl import Workbook

log = logging.getLogger(__name__)


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

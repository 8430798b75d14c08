"""Attachments opened in the computer's viewer: a copy in the data folder, removed later.

The copy is named ``lampiran-<id>.<ext>`` (the original name may hold a NIK) and sits in
the data folder's scratch folder, private like the rest of it, never in the system's
temporary folder. ``clear_scratch`` removes the copies; one still open in a viewer on
Windows refuses and is left for the next time.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

SCRATCH_PREFIX = "lampiran-"
_KNOWN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")


def write_scratch(folder: Path, attachment_id: int, file_name: str, data: bytes) -> Path:
    """The attachment written whole into ``folder`` under a neutral name; its path."""
    suffix = Path(file_name).suffix.lower()
    target = (
        folder / f"{SCRATCH_PREFIX}{attachment_id}{suffix if suffix in _KNOWN_SUFFIXES else ''}"
    )
    folder.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.write_bytes(data)
    os.replace(part, target)  # the viewer never sees half a file
    return target


def clear_scratch(folder: Path) -> int:
    """Remove the copies left in ``folder``; how many could not be removed (still open)."""
    if not folder.is_dir():
        return 0
    kept = 0
    for path in folder.glob(f"{SCRATCH_PREFIX}*"):
        try:
            path.unlink()
        except OSError:
            kept += 1  # open in a viewer (Windows): the next start removes it
    if kept:
        log.info("scratch: %d opened attachment(s) still in use, left for later", kept)
    return kept

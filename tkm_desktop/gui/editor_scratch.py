"""Attachments opened in the computer's viewer: a copy in the data folder, removed later.

The copy is named ``lampiran-<id>-<random>.<ext>`` (the original name may hold a NIK; a
new name each time, since a viewer on Windows may still hold the last copy open) and sits in
the data folder's scratch folder, private like the rest of it, never in the system's
temporary folder. ``clear_scratch`` removes the copies; one still open in a viewer on
Windows refuses and is left for the next time.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

SCRATCH_PREFIX = "lampiran-"
_KNOWN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")


def write_scratch(folder: Path, attachment_id: int, file_name: str, data: bytes) -> Path:
    """The attachment written whole into ``folder`` under a new neutral name; its path.

    The viewer is started only once this returns, so it never sees half a file."""
    suffix = Path(file_name).suffix.lower()
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(
        prefix=f"{SCRATCH_PREFIX}{attachment_id}-",
        suffix=suffix if suffix in _KNOWN_SUFFIXES else "",
        dir=folder,
    )
    target = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
    except BaseException:
        target.unlink(missing_ok=True)  # a full disk leaves no stray half file
        raise
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

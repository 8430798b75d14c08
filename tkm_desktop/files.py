"""Files written whole: ``NAME.part`` first, then renamed, so no half file is ever left.

    write_whole(Path("rekap.xlsx"), data)

No Qt here: the window, the command line and the services may all use it.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_whole(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all; the ``.part`` never stays behind."""
    target = Path(path)
    part = target.with_name(target.name + ".part")
    try:
        part.write_bytes(data)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)  # a full disk leaves no stray half file
        raise
    return target

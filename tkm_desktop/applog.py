"""Logging to a rotating file in the data folder, with identity numbers masked.

The log may end up attached to a support request, so it must hold no personal
data: code logs ids and counts, never names or NIKs, and as a safety net every
formatted line — message and traceback alike — has long digit runs masked.
"""

from __future__ import annotations

import errno
import logging
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from tkm_desktop.paths import DataPaths

LOG_MAX_BYTES = 1_000_000
LOG_BACKUP_COUNT = 5
LOGGER_NAME = "tkm_desktop"
# Libraries whose INFO lines say nothing a clerk's support request needs.
QUIET_LOGGERS = ("alembic",)

# NIK and KK have 16 digits (15 once a spreadsheet rounded them), NIP 18; bank
# accounts 10-16 and phone numbers 10-13. Eight-digit runs (dates, counts) stay.
_NUMBER_RUN = re.compile(r"(?<!\d)\d{10,}(?!\d)")
_OWN_HANDLER = "_tkm_desktop_handler"

_saved_root_level: int | None = None


def _mask_run(match: re.Match[str]) -> str:
    digits = match.group()
    keep = min(4, len(digits) // 4)  # at most half shows: 3275********0001
    return digits[:keep] + "*" * (len(digits) - 2 * keep) + digits[-keep:]


def mask_numbers(text: str) -> str:
    """``text`` with every run of ten or more digits masked (NIK, KK, NIP, accounts, phones)."""
    return _NUMBER_RUN.sub(_mask_run, text)


class MaskingFormatter(logging.Formatter):
    """A formatter whose output (message, traceback, stack) never shows a long number."""

    def formatException(self, ei) -> str:
        # Masked here too: the text is cached on the record and reused by other handlers.
        return mask_numbers(super().formatException(ei))

    def format(self, record: logging.LogRecord) -> str:
        return mask_numbers(super().format(record))


class _SharedRotatingFileHandler(RotatingFileHandler):
    """A rotating file that the window and command-line runs share.

    On Windows a file can't be renamed while another process has it open, so a
    rollover may fail; then this process keeps appending and tries again later.
    """

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()


def setup_logging(paths: DataPaths, *, debug: bool, channel: str) -> Path:
    """Log to ``paths.log_file`` (and, with ``debug``, to stderr); returns the log file.

    Calling it again replaces the handlers of the previous call.
    """
    global _saved_root_level
    close_logging()
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    formatter = MaskingFormatter(
        f"%(asctime)s %(levelname)s {channel}[%(process)d] %(name)s: %(message)s"
    )
    handlers: list[logging.Handler] = [
        _SharedRotatingFileHandler(
            paths.log_file,
            maxBytes=LOG_MAX_BYTES,
            backupCount=LOG_BACKUP_COUNT,
            encoding="utf-8",
            delay=True,
        )
    ]
    if debug:
        handlers.append(logging.StreamHandler(sys.stderr))
    root = logging.getLogger()
    _saved_root_level = root.level
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET if debug else logging.WARNING)
    for handler in handlers:
        handler.setFormatter(formatter)
        setattr(handler, _OWN_HANDLER, True)
        root.addHandler(handler)
    return paths.log_file


def close_logging() -> None:
    """Remove and close the handlers ``setup_logging`` installed (the file is released)."""
    global _saved_root_level
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OWN_HANDLER, False):
            root.removeHandler(handler)
            handler.close()
    if _saved_root_level is not None:
        root.setLevel(_saved_root_level)
        _saved_root_level = None
        for name in QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.NOTSET)


def log_exception(exc: BaseException, message: str = "unexpected error") -> None:
    """Write ``exc`` with its full traceback to the log (masked like every line)."""
    logging.getLogger(LOGGER_NAME).error(message, exc_info=(type(exc), exc, exc.__traceback__))


def describe_exception(exc: BaseException, limit: int = 200) -> str:
    """``Type: message`` on one line, long numbers masked, for a message to the user."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    name = type(exc).__name__
    return mask_numbers(f"{name}: {text}" if text else name)


_OS_ERRORS = {
    errno.ENOENT: ("berkas tidak ada", "no such file"),
    errno.EACCES: ("tidak ada izin membukanya", "permission denied"),
    errno.EPERM: ("tidak ada izin membukanya", "permission denied"),
    errno.EISDIR: ("itu sebuah folder, bukan berkas", "it is a folder, not a file"),
    errno.ENOTDIR: ("jalurnya bukan folder", "a part of the path is not a folder"),
    errno.EBUSY: ("berkas sedang dipakai program lain", "the file is in use by another program"),
    errno.ENOSPC: ("disk penuh", "the disk is full"),
    errno.EROFS: ("disk itu hanya dapat dibaca", "the disk is read-only"),
}


def describe_os_error(exc: OSError, lang: str = "id") -> str:
    """Why a file could not be opened, in the user's language (not the OS's English)."""
    words = _OS_ERRORS.get(exc.errno or 0)
    if words is not None:
        return words[0] if lang == "id" else words[1]
    code = exc.errno if exc.errno is not None else type(exc).__name__
    return f"kesalahan sistem {code}" if lang == "id" else f"system error {code}"

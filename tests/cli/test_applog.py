"""The log file: where it goes, how it rotates, and that it never shows an identity number."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler

import pytest

from tkm_desktop import applog
from tkm_desktop.paths import data_paths

NIK = "3275011204900001"


@pytest.fixture(autouse=True)
def _release_logging() -> Iterator[None]:
    yield
    applog.close_logging()


def _own_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, applog._OWN_HANDLER, False)]


def test_sixteen_digits_are_masked_keeping_four_at_each_end() -> None:
    assert applog.mask_numbers(f"NIK {NIK} ditolak") == "NIK 3275********0001 ditolak"


def test_eight_digits_are_kept() -> None:
    assert applog.mask_numbers("tanggal 20240131, 12345678 baris") == (
        "tanggal 20240131, 12345678 baris"
    )


@pytest.mark.parametrize(
    "digits",
    [
        "327501120490000",  # a NIK rounded to 15 digits by a spreadsheet
        "196804111993031009",  # NIP, 18 digits
        "1234567890",  # a 10-digit bank account
        "081234567890",  # a phone number
    ],
)
def test_other_identity_numbers_are_masked(digits: str) -> None:
    masked = applog.mask_numbers(f"x{digits}y")
    assert digits not in masked
    assert masked.startswith("x") and masked.endswith("y")
    assert "*" * (len(digits) // 2) in masked


def test_setup_logging_writes_a_rotating_utf8_file_in_the_log_folder(tmp_path) -> None:
    paths = data_paths(tmp_path)
    log_file = applog.setup_logging(paths, debug=False, channel="cli")
    assert log_file == paths.log_file
    assert log_file.parent == paths.log_dir
    [handler] = _own_handlers()
    assert isinstance(handler, RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
    assert handler.encoding == "utf-8"

    logging.getLogger("tkm_desktop.test").info("kelompok %d dibuka untuk %s", 7, NIK)
    applog.close_logging()
    text = log_file.read_text(encoding="utf-8")
    assert "kelompok 7 dibuka untuk 3275********0001" in text
    assert " cli[" in text
    assert NIK not in text


def test_tracebacks_in_the_log_are_masked(tmp_path) -> None:
    log_file = applog.setup_logging(data_paths(tmp_path), debug=False, channel="gui")
    try:
        raise ValueError(f"NIK {NIK} tidak sah")
    except ValueError as exc:
        applog.log_exception(exc)
    applog.close_logging()
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "ValueError: NIK 3275********0001 tidak sah" in text
    assert NIK not in text


def test_debug_also_logs_to_stderr(tmp_path, capsys) -> None:
    applog.setup_logging(data_paths(tmp_path), debug=True, channel="cli")
    logging.getLogger("tkm_desktop.test").debug("rincian %s", NIK)
    assert "rincian 3275********0001" in capsys.readouterr().err


def test_without_debug_nothing_goes_to_stderr(tmp_path, capsys) -> None:
    applog.setup_logging(data_paths(tmp_path), debug=False, channel="cli")
    logging.getLogger("tkm_desktop.test").warning("peringatan")
    assert capsys.readouterr().err == ""


def test_setting_up_again_replaces_the_handlers(tmp_path) -> None:
    applog.setup_logging(data_paths(tmp_path / "a"), debug=True, channel="cli")
    second = applog.setup_logging(data_paths(tmp_path / "b"), debug=False, channel="cli")
    [handler] = _own_handlers()
    assert handler.baseFilename == str(second)
    applog.close_logging()
    assert _own_handlers() == []


def test_a_failed_rollover_keeps_logging(tmp_path, monkeypatch) -> None:
    # Windows refuses to rename a log another process holds open.
    log_file = applog.setup_logging(data_paths(tmp_path), debug=False, channel="cli")
    [handler] = _own_handlers()
    handler.maxBytes = 50

    def locked(*_args: object) -> None:
        raise PermissionError("in use")

    monkeypatch.setattr(handler, "rotate", locked)
    log = logging.getLogger("tkm_desktop.test")
    for i in range(5):
        log.info("baris nomor %d yang cukup panjang untuk memicu rotasi", i)
    applog.close_logging()
    assert "baris nomor 4" in log_file.read_text(encoding="utf-8")


def test_describe_exception_is_one_masked_line() -> None:
    exc = RuntimeError(f"gagal untuk {NIK}\nbaris kedua")
    assert applog.describe_exception(exc) == "RuntimeError: gagal untuk 3275********0001"
    assert applog.describe_exception(KeyError()) == "KeyError"
    assert len(applog.describe_exception(ValueError("x" * 1000))) < 250

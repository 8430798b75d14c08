"""A birth date as a role that sees masked NIKs may read it: the age, never the day.

The NIK's hidden middle is the kecamatan and the birth date (DDMMYY, women +40): with
the visible first and last four digits, a birth date gives the NIK back whole.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from tkm_desktop.domain.dates import age_on, format_short

translate = QCoreApplication.translate


def birth_date_text(born: dt.date | None, masked: bool, today: dt.date | None = None) -> str:
    """'24/03/1968', or for a masked role '58 tahun'; '' when not known."""
    if born is None:
        return ""
    if not masked:
        return format_short(born)
    return translate("MaskedText", "{age} tahun").format(age=age_on(born, today or dt.date.today()))

"""clean_text: what the importer and the writers let into a cell."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from tkm_desktop.domain.text import clean_text

_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def test_control_characters_and_terminal_escapes_go() -> None:
    assert clean_text("Hadi\x07Wijaya\x1b[2J") == "HadiWijaya[2J"
    assert clean_text("A\x00B\x7fC\x9bD") == "ABCD"


def test_bidi_overrides_go_so_a_name_reads_as_written() -> None:
    assert clean_text("Budi \u202eRAHASIA\u202c Santoso") == "Budi RAHASIA Santoso"
    assert clean_text("\u2066Siti\u2069 \u200fAminah\u200e") == "Siti Aminah"


def test_line_breaks_and_tabs_become_spaces() -> None:
    assert clean_text("Jl. Mawar No. 5\r\nRT 001\tRW 002") == "Jl. Mawar No. 5  RT 001 RW 002"


def test_text_is_nfc() -> None:
    assert clean_text("Cafe\u0301") == "Caf\u00e9"
    assert clean_text("Cafe\u0301\x07") == "Caf\u00e9"


def test_ordinary_text_comes_back_unchanged() -> None:
    name = "Siti Nur'aini, S.Pd."
    assert clean_text(name) is name
    assert clean_text("Ñoño Café") == "Ñoño Café"


@given(st.text())
def test_nothing_invisible_survives_and_cleaning_twice_changes_nothing(text: str) -> None:
    out = clean_text(text)
    assert not any(unicodedata.category(ch) == "Cc" for ch in out)
    assert not _BIDI & set(out)
    assert unicodedata.is_normalized("NFC", out)
    assert clean_text(out) == out

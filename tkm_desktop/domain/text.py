"""Text as it may be stored: no control characters, no bidi overrides, NFC.

A cell copied from a web page, a PDF or a chat message can carry invisible
characters: a terminal acts on ESC sequences, a workbook refuses control characters
(openpyxl raises, with the text in the message), and a right-to-left override makes
Excel show ``Budi RAHASIA Santoso`` reversed. The importer cleans every text value
with ``clean_text``; the writers clean again, for data stored before.
"""

from __future__ import annotations

import unicodedata

# Line breaks and tabs become a space (an address typed on two lines stays readable);
# every other C0/C1 control character and DEL goes.
_LINE_BREAKS = "\t\n\x0b\x0c\r\x85\u2028\u2029"
_CONTROLS = "".join(map(chr, (*range(0x00, 0x20), *range(0x7F, 0xA0))))
# Bidi embeddings, overrides, isolates and marks; also the zero-width space and the
# byte-order mark, invisible and never meant inside a name.
_INVISIBLE = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\ufeff"
_TABLE: dict[int, str | None] = dict.fromkeys(map(ord, _CONTROLS + _INVISIBLE))
_TABLE.update(dict.fromkeys(map(ord, _LINE_BREAKS), " "))


def clean_text(text: str) -> str:
    """``text`` without control and bidi characters (line breaks become spaces), NFC.

    Cheap on the common case: printable text is returned as is (ASCII) or only
    normalised. Spaces are not collapsed here; callers that trim do so after.
    """
    if text.isprintable():
        if text.isascii() or unicodedata.is_normalized("NFC", text):
            return text
        return unicodedata.normalize("NFC", text)
    return unicodedata.normalize("NFC", text.translate(_TABLE))

"""Letters' kinds and the choices an office makes for them: numbers, who signs, the font.

Plain constants, so the command line's parser and the settings forms can offer them
without loading the services that check them (SQLAlchemy) or the renderer (reportlab).
"""

from __future__ import annotations

# What a recommendation letter is: the letter to the ministry, or the stand-alone form.
KIND_LETTER = "surat"
KIND_RECOMMENDATION = "rekomendasi"
KINDS = (KIND_LETTER, KIND_RECOMMENDATION)

# A letter's number: from the program's register, or typed from the office's agenda book.
NUMBER_SOURCES = ("register", "manual")

# None: the head of office signs in their own name. The others sign for the head.
SIGNING_MODES: tuple[str | None, ...] = (None, "a.n.", "Plt.", "Plh.")

# The default ships inside reportlab; the others are looked up on the PC (documents.fonts).
VERA = "Vera"
LETTER_FONTS = (VERA, "Arial", "Times New Roman", "Bookman Old Style")

"""The verification code of an issued letter: what its QR code carries and what is printed under it.

``TKM1|500.15.10/007/Disnaker/2024|2024-12-22|1|10|K7Q2M4XJ3RBN5W6T``: version,
letter number (spaces left out), date, number of groups, number of members, and the
first 16 base32 characters (80 bits) of an HMAC-SHA256 over everything before it,
keyed with ``Office.signing_key``. Whoever types the code may add spaces and line
breaks or use lower case: reading ignores them. The PDF also carries the code in its
Keywords as ``tkmv:<base64>``, so ``verify FILE.pdf`` finds it without reading pages.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import re
from dataclasses import dataclass

VERSION = "TKM1"
MAC_LENGTH = 16
_SEP = "|"
_TOKEN = re.compile(rb"tkmv:([A-Za-z0-9_\-]+={0,2})")
_PRINTED = re.compile(
    r"TKM1\|[^|]{1,200}\|\d{4}-\d{2}-\d{2}\|\d{1,6}\|\d{1,7}\|[A-Z2-7]{16}", re.IGNORECASE
)


@dataclass(frozen=True)
class LetterCode:
    number: str  # without spaces
    letter_date: dt.date
    groups: int
    members: int
    mac: str

    @property
    def payload(self) -> str:
        return payload(self.number, self.letter_date, self.groups, self.members)

    @property
    def text(self) -> str:
        return f"{self.payload}{_SEP}{self.mac}"


def compact(number: str) -> str:
    """A letter number without any whitespace, as the code carries it."""
    return "".join(number.split())


def payload(number: str, letter_date: dt.date, groups: int, members: int) -> str:
    return _SEP.join((VERSION, compact(number), letter_date.isoformat(), str(groups), str(members)))


def sign(key: bytes, text: str) -> str:
    digest = hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:MAC_LENGTH]


def make_code(key: bytes, number: str, letter_date: dt.date, groups: int, members: int) -> str:
    """The code text for an issued letter."""
    body = payload(number, letter_date, groups, members)
    return f"{body}{_SEP}{sign(key, body)}"


def parse_code(text: str) -> LetterCode | None:
    """The code in a typed or scanned text, or None when it is not one of ours."""
    parts = "".join(str(text).split()).split(_SEP)
    if len(parts) != 6 or parts[0].upper() != VERSION:
        return None
    _, number, date_text, groups, members, mac = parts
    try:
        letter_date = dt.date.fromisoformat(date_text)
        counts = int(groups), int(members)
    except ValueError:
        return None
    if not number or not re.fullmatch(r"[A-Za-z2-7]{16}", mac):
        return None
    return LetterCode(number, letter_date, counts[0], counts[1], mac.upper())


def mac_valid(key: bytes, code: LetterCode) -> bool:
    return hmac.compare_digest(sign(key, code.payload), code.mac)


def pdf_token(code_text: str) -> str:
    """The code as it goes into the PDF's Keywords (plain ASCII, whatever the number holds)."""
    return "tkmv:" + base64.urlsafe_b64encode(code_text.encode("utf-8")).decode("ascii")


def find_code_in_pdf(data: bytes) -> str | None:
    """The code a PDF carries: from its Keywords, else from its text (when pypdf is there)."""
    if m := _TOKEN.search(data):
        try:
            return base64.urlsafe_b64decode(m.group(1)).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            pass
    return _code_from_text(data)


def _code_from_text(data: bytes) -> str | None:
    try:
        import io

        from pypdf import PdfReader  # a development tool; the frozen build leaves it out
    except ImportError:
        return None
    try:
        reader = PdfReader(io.BytesIO(data))
        text = "".join("".join(page.extract_text().split()) for page in reader.pages)
    except Exception:  # any damaged file: there is simply no code to be read
        return None
    m = _PRINTED.search(text)
    return m.group(0) if m else None

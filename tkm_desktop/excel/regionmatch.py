"""Kelurahan and kecamatan names typed by villages, matched to Kemendagri codes.

Names are looked up within the office's region (a regency, usually). Only
``domain.regions.match_name`` decides; a name it cannot place (or that fits
several places) stays unmatched and becomes a REGION_NAME_UNMATCHED finding.
"""

from __future__ import annotations

import threading

from tkm_desktop.domain import regions


class RegionMatcher:
    """Cached name → code look-ups under one office region."""

    def __init__(self, office_region_code: str | None) -> None:
        code = regions.normalize_code(office_region_code) if office_region_code else None
        if code and regions.level_of(code) > 2:
            code = code[:5]  # kecamatan and kelurahan live under the regency
        self._code = code
        self._ready = threading.Event()
        self._kecamatan: dict[str, str | None] = {}
        self._kelurahan: dict[tuple[str, str | None], str | None] = {}

    def warm(self) -> None:
        """Load the region list and its name indexes (slow once per process)."""
        try:
            if self._code and not regions.region_name(self._code):
                self._code = None
            if self._code:  # without an office region, the national index is built on demand
                regions.match_name("", self._code, 3)
                regions.match_name("", self._code, 4)
        except Exception:  # the reading thread meets the same error and reports it
            pass
        finally:
            self._ready.set()

    def warm_in_background(self) -> None:
        """Start ``warm`` on a thread, so it overlaps with reading the file's bytes."""
        threading.Thread(target=self.warm, name="region-index", daemon=True).start()

    def _wait(self) -> None:
        if not self._ready.is_set():
            self._ready.wait(timeout=120)
            if not self._ready.is_set():
                self.warm()

    @property
    def office_code(self) -> str | None:
        self._wait()
        return self._code

    @property
    def office_name(self) -> str:
        code = self.office_code
        return (regions.region_name(code) if code else None) or "daftar wilayah"

    def kecamatan(self, name: str) -> str | None:
        """Code of the kecamatan ``name`` spells within the office's region, or None."""
        if name not in self._kecamatan:
            found = regions.match_name(name, self.office_code, 3)
            self._kecamatan[name] = found.code if found else None
        return self._kecamatan[name]

    def kelurahan(self, name: str, kecamatan_code: str | None) -> str | None:
        """Code of the kelurahan/desa ``name`` spells in the kecamatan (or the office's region)."""
        key = (name, kecamatan_code)
        if key not in self._kelurahan:
            found = regions.match_name(name, kecamatan_code or self.office_code, 4)
            self._kelurahan[key] = found.code if found else None
        return self._kelurahan[key]

"""Dates, money and letters never depend on the PC's regional settings (DESIGN.md ground rule).

Windows regional settings reach a program as the C locale (Qt calls ``setlocale`` at
start) and as the time zone. A probe (this file run as a script) formats and parses
dates, Rupiah, letter numbers, NIPs and a whole letter under a German and a US locale
and under other time zones, and every output must equal the one under the C locale.
The locales are compiled into a temporary folder with ``localedef`` when the machine
does not have them. A static check forbids the locale-dependent calls outright.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
LOCALES = ("de_DE.UTF-8", "en_US.UTF-8")
# POSIX zone strings need no time-zone database: Jakarta, Berlin, New York.
ZONES = ("WIB-7", "CET-1", "EST5")
# strftime/strptime codes whose output follows the locale, and other locale-bound calls.
_LOCALE_CODES = re.compile(r"""(?:strftime|strptime)\([^)]*%[aAbBcxXp]""")
_LOCALE_CALLS = re.compile(
    r"^\s*import locale|^\s*from locale |:n\}|QLocale\.system\(|\blocale\.(?:setlocale|format"
    r"|format_string|currency|str|atof|atoi|localeconv|getlocale|localize|delocalize|strxfrm)\("
)


# --- the probe (run in a subprocess) -----------------------------------------------------


def probe_outputs(db: Any, group_ids: list[int], actor: Any) -> dict[str, str]:
    """Everything formatted or parsed here must not change with the regional settings."""
    import datetime as dt
    import io
    from decimal import Decimal

    from pypdf import PdfReader

    from tkm_desktop.domain import dates, money, nik, numbering
    from tkm_desktop.services.letters import draft_letter

    day = dt.date(2024, 3, 1)
    pdf = draft_letter(db, actor, group_ids, now=dt.datetime(2024, 3, 1, 5, tzinfo=dt.UTC))
    text = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    return {
        "format_long": dates.format_long(day),
        "format_short": dates.format_short(day),
        "parse_words": dates.parse_date("1 Maret 2024").isoformat(),
        "parse_slashes": dates.parse_date("01/03/2024").isoformat(),
        "parse_excel": dates.parse_date(45352).isoformat(),
        "rupiah": money.format_rupiah(Decimal("40000000")),
        "rupiah_cents": money.format_rupiah(1234567.89),
        "words": money.rupiah_in_words(Decimal("1001000")),
        "parse_money": str(money.parse_money("Rp40.000.000,00")),
        "parse_money_plain": str(money.parse_money("1.234.567,5")),
        "number": numbering.render_number(
            "{urut}/Disnaker/{bulan_romawi}/{tahun}", serial=7, on=day
        ),
        "nip": nik.format_nip("196804111993031009"),
        "nik_birth": nik.parse_nik("3275014103950001", today=day).birth_date.isoformat(),
        "letter": " ".join(text.split()),
    }


def probe(work: Path) -> dict[str, Any]:
    """Outputs under C, each locale and each zone, with evidence that each took effect."""
    import datetime as dt
    import locale
    import time

    from tkm_desktop.services.bootstrap import open_database
    from tkm_desktop.services.context import Actor
    from tkm_desktop.services.letter_sample import seed_sample
    from tkm_desktop.store.db import sqlite_url

    db = open_database(sqlite_url(work / "probe.sqlite3"))
    sample = seed_sample(db, groups=1, members=10)
    actor = Actor("cli", "probe", sample.users["pejabat"], "pejabat", "pejabat")
    march = dt.datetime(2024, 3, 1, 12).timetuple()
    results: dict[str, Any] = {}
    variants = [("C", None, None)] + [(n, n, None) for n in LOCALES] + [(z, None, z) for z in ZONES]
    for name, loc, zone in variants:
        locale.setlocale(locale.LC_ALL, loc or "C")
        os.environ["TZ"] = zone or "UTC"
        time.tzset()
        results[name] = {
            "evidence": [time.strftime("%B", march), locale.localeconv()["decimal_point"],
                         time.strftime("%z", time.localtime(0))],
            "outputs": probe_outputs(db, sample.group_ids, actor),
        }  # fmt: skip
    db.dispose()
    return results


# --- the tests --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def locale_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A LOCPATH holding the test locales (compiled when the system lacks them)."""
    folder = tmp_path_factory.mktemp("locales")
    sources = Path("/usr/share/i18n/locales")
    if sys.platform != "linux" or not shutil.which("localedef") or not sources.is_dir():
        pytest.skip("needs glibc's localedef and locale sources (Debian package 'locales')")
    for name in LOCALES:
        base = name.split(".")[0]
        subprocess.run(["localedef", "-i", base, "-f", "UTF-8", str(folder / name)],
                       check=True, capture_output=True)  # fmt: skip
    return folder


@pytest.fixture(scope="module")
def probed(locale_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("probe")
    env = {**os.environ, "LOCPATH": str(locale_dir), "TKM_DATA_DIR": str(work / "data")}
    done = subprocess.run(
        [sys.executable, __file__, str(work)],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_the_settings_really_changed(probed: dict[str, Any]) -> None:
    assert probed["C"]["evidence"] == ["March", ".", "+0000"]
    assert probed["de_DE.UTF-8"]["evidence"][:2] == ["März", ","]
    assert probed["en_US.UTF-8"]["evidence"][:2] == ["March", "."]
    assert [probed[z]["evidence"][2] for z in ZONES] == ["+0700", "+0100", "-0500"]


@pytest.mark.slow
@pytest.mark.parametrize("variant", [*LOCALES, *ZONES])
def test_outputs_are_those_of_the_c_locale(probed: dict[str, Any], variant: str) -> None:
    expected, found = probed["C"]["outputs"], probed[variant]["outputs"]
    assert found == expected
    assert expected["format_long"] == "1 Maret 2024"
    assert expected["rupiah"] == "Rp40.000.000,00"
    assert expected["number"] == "007/Disnaker/III/2024"
    assert "Maret 2024" in expected["letter"]


def test_no_locale_dependent_calls_in_the_code() -> None:
    offenders = []
    for path in sorted((ROOT / "tkm_desktop").rglob("*.py")):
        if "forms" in path.parts:
            continue  # generated by pyside6-uic
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            if _LOCALE_CODES.search(code) or _LOCALE_CALLS.search(code):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_static_check_can_fail() -> None:
    for bad in ('d.strftime("%d %B %Y")', "import locale", "f'{n:n}'", "QLocale.system()",
                "locale.currency(5)", 'time.strptime(t, "%d %b %Y")'):  # fmt: skip
        assert _LOCALE_CODES.search(bad) or _LOCALE_CALLS.search(bad), bad
    for good in ('d.strftime("%d/%m/%Y")', "QLocale()", "locale.toString(n)", "format_long(d)"):
        assert not (_LOCALE_CODES.search(good) or _LOCALE_CALLS.search(good)), good


if __name__ == "__main__":
    print(json.dumps(probe(Path(sys.argv[1]))))

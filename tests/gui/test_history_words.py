"""The Riwayat tab in words: the SK and the disbursement with their labels, dates and
Rupiah, a replaced member as its fields, not as raw keys and a JSON blob."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from tkm_desktop.gui.editor_review import HistoryPanel
from tkm_desktop.services.audit import HistoryEntry


def _entry(action: str, before: dict | None, after: dict | None) -> HistoryEntry:
    when = dt.datetime(2026, 11, 28, 3, 0, tzinfo=dt.UTC)
    return HistoryEntry(1, when, None, "peni", "gui", "x", action, "group", "8", before, after)


def _lines(panel: HistoryPanel) -> list[str]:
    tree = panel.tree
    item = tree.topLevelItem(0)
    return [item.child(c).text(2) for c in range(item.childCount())]


def test_the_workflows_steps_read_in_words(qtbot: QtBot) -> None:
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    sk = {"status": "ditetapkan", "sk_number": "KEP.5/2026", "sk_date": "2026-01-05",
          "disbursed_on": "2026-02-10", "disbursed_amount": 20000000}  # fmt: skip
    panel.set_history([_entry("status", {"status": "diajukan"}, sk)], {}, masked=False)
    lines = _lines(panel)
    assert "status: Diajukan ke Kemnaker → Ditetapkan (SK)" in lines
    assert "nomor SK: KEP.5/2026" in lines and "tanggal SK: 05/01/2026" in lines
    assert "tanggal dana cair: 10/02/2026" in lines
    assert "jumlah dana cair: Rp20.000.000,00" in lines
    assert not [line for line in lines if "sk_" in line or "disbursed" in line]


def test_a_replaced_member_is_its_fields(qtbot: QtBot) -> None:
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    gone = {"name": "Budi", "nik": "3275010101900001", "birth_date": "1990-01-01"}
    came = {"name": "Sri", "nik": "3275014101920002", "sex": "P"}
    entry = _entry("replace_member", {"members": [gone]}, {"reason": "pindah", "members": [came]})
    panel.set_history([entry], {}, masked=True)
    lines = _lines(panel)
    assert "alasan: pindah" in lines
    members = next(line for line in lines if line.startswith("anggota: "))
    assert "nama: Budi, NIK: 3275********0001, tanggal lahir: **/**/****" in members
    assert "nama: Sri, NIK: 3275********0002, jenis kelamin: P" in members
    assert "{" not in members and "3275010101900001" not in members

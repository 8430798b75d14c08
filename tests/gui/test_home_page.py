"""Beranda: counts per status and attention, loaded on a worker, each a link into the list."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tkm_desktop.gui.home_page import HomePage
from tkm_desktop.services import browse
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Finding, Scheme

AddGroup = Callable[..., int]


def _page(qtbot: QtBot, db: Database, actor: Actor) -> HomePage:
    page = HomePage(db, actor, display_name="Budi Santoso")
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.reload()
    return page


def test_counts_per_status_and_welcome(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    add_group("A")
    add_group("B")
    add_group("C", status="direkomendasikan")
    page = _page(qtbot, gui_db, verifier)
    assert page.ui.welcomeLabel.text() == "Selamat datang, Budi Santoso (Verifikator)."
    assert page.tiles["diusulkan"].count_label.text() == "2"
    assert page.tiles["diusulkan"].text_label.text() == "Usulan Masuk"
    assert page.tiles["direkomendasikan"].count_label.text() == "1"
    assert page.tiles["selesai"].count_label.text() == "0"
    assert page.ui.statusBox.title() == "Jumlah kelompok per status (semua: 3)"


def test_attention_links(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    broken = add_group("Bermasalah", vetted=True)
    add_group("Menunggu Surat", status="direkomendasikan")
    with gui_db.session() as session:
        session.add(
            Finding(
                group_id=broken,
                code="GROUP_TOO_SMALL",
                severity="error",
                category="group",
                source="vet",
                details={},
            )
        )
    page = _page(qtbot, gui_db, verifier)
    errors = page.attention_buttons[browse.FLAG_ERRORS]
    assert errors.text() == "▸ 1 kelompok masih memiliki kesalahan yang harus diperbaiki"
    assert errors.isEnabled()
    unacked = page.attention_buttons[browse.FLAG_UNACKED]
    assert unacked.text() == "✓ Semua peringatan sudah diterima dengan catatan"
    assert not unacked.isEnabled()
    letter = page.attention_buttons[browse.FLAG_NO_LETTER]
    assert letter.text().startswith("▸ 1 kelompok direkomendasikan")
    unvetted = page.attention_buttons[browse.FLAG_UNVETTED]
    assert unvetted.text() == "✓ Semua kelompok sudah diperiksa"
    assert not unvetted.isEnabled()
    with qtbot.waitSignal(page.showGroups) as signal:
        errors.click()
    assert signal.args == [None, browse.FLAG_ERRORS, None]
    with qtbot.waitSignal(page.showGroups) as signal:
        page.tiles["diusulkan"].clicked.emit("diusulkan")
    assert signal.args == ["diusulkan", None, None]


def test_unvetted_groups_come_first_and_no_line_claims_they_are_clean(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    add_group("Baru Diimpor")
    add_group("Juga Baru", status="dikembalikan")
    add_group("Sudah Diperiksa", vetted=True)
    add_group("Lama", status="selesai")  # out of vetting: nobody needs to vet it now
    page = _page(qtbot, gui_db, verifier)
    layout = page.ui.attentionLayout
    lines = [layout.itemAt(i).widget() for i in range(layout.count())]
    unvetted = page.attention_buttons[browse.FLAG_UNVETTED]
    assert lines.index(unvetted) < lines.index(page.attention_buttons[browse.FLAG_ERRORS])
    assert unvetted.text() == "▸ 2 kelompok belum diperiksa"
    assert unvetted.isEnabled()
    errors = page.attention_buttons[browse.FLAG_ERRORS]
    unacked = page.attention_buttons[browse.FLAG_UNACKED]
    assert errors.text() == "– Kesalahan belum dapat dipastikan: belum semua kelompok diperiksa"
    assert unacked.text() == ("– Peringatan belum dapat dipastikan: belum semua kelompok diperiksa")
    # The one all-clear left is about letters, which vetting does not decide.
    clear = [b.text() for b in page.attention_buttons.values() if b.text().startswith("✓")]
    assert clear == ["✓ Tidak ada kelompok yang menunggu surat"]
    with qtbot.waitSignal(page.showGroups) as signal:
        unvetted.click()
    assert signal.args == [None, browse.FLAG_UNVETTED, None]


def test_quota_of_a_scheme(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    with gui_db.session() as session:
        scheme = session.scalars(select(Scheme).where(Scheme.is_default)).one()
        scheme.group_quota = 1
        page_scheme = scheme.id
    add_group("A", status="direkomendasikan")
    add_group("B", status="ditetapkan")
    add_group("C")
    page = _page(qtbot, gui_db, verifier)
    texts = [w.text() for w in page.ui.quotaBox.findChildren(type(page.ui.welcomeLabel))]
    assert any("2 kelompok direkomendasikan dari kuota 1 — melebihi kuota" in t for t in texts), (
        texts
    )
    assert any("1 usulan lain masih dalam pemeriksaan" in t for t in texts), texts
    page.set_schemes([(page_scheme, "TKM-PEMULA-2023")])
    assert page.ui.schemeCombo.count() == 2

"""``decide`` refusals say which role records a step, or how a status is reached, instead
of a permission name that does not fit ('mengubah data kelompok', 'mengimpor usulan')."""

from __future__ import annotations

from tkm_desktop.services.letter_sample import seed_sample
from tkm_desktop.store.db import Database


def test_decide_names_the_role_or_the_way(run_cli, db: Database) -> None:
    gid = str(seed_sample(db, groups=1, members=3).group_ids[0])
    code, _, err = run_cli("decide", gid, "--to", "selesai", "--user", "pejabat")
    assert code == 1
    assert "tidak berwenang untuk mencatat status Selesai" in err
    assert "dicatat oleh pengguna berperan verifikator" in err
    assert "mengubah data kelompok" not in err
    code, _, err = run_cli("decide", gid, "--to", "diusulkan", "--user", "viewer")
    assert code == 1 and "--replace" in err and "tidak berwenang" not in err
    code, _, err = run_cli("decide", gid, "--to", "ditetapkan", "--sk", "X", "--date",
                           "01/01/2026", "--user", "viewer")  # fmt: skip
    assert code == 1 and "(peran hanya lihat)" in err and "berperan pejabat" in err

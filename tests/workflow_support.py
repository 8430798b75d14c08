"""What the workflow tests share: an office's accounts and a complete, clean group.

Import it as ``from tests.workflow_support import ...``: the project folder is on the path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select

from tkm_desktop.domain.nik import make_nik, parse_nik
from tkm_desktop.services import users
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import BudgetItem, Group, GroupDocument, Member, Scheme

__all__ = ["add_group", "office_people"]

ROLES = ("Ketua", "Sekretaris", "Bendahara")


def office_people(
    db: Database, accounts: Sequence[tuple[str, str]], channel: str = "cli"
) -> dict[str, Actor]:
    """The accounts (name, role), the first an admin; each as an actor on ``channel``."""
    out: dict[str, Actor] = {}
    with db.session() as s:
        for name, role in accounts:
            user = users.create_user(s, out.get("admin", Actor.anonymous("cli")), name, role, None)
            out[name] = users.actor_from_user(user, channel)
    return out


def add_group(
    db: Database, serial: int, *, niks: dict[int, str] | None = None, kecamatan: bool = False
) -> int:
    """A complete, clean group of the default scheme: ten members, a budget, every document.

    ``niks`` puts given NIKs at given positions (sex and birth date follow them);
    ``kecamatan`` stores the kecamatan code too, as the import does."""
    with db.session() as s:
        scheme = s.scalars(select(Scheme).where(Scheme.code == "TKM-PEMULA-2023")).one()
        g = Group(scheme_id=scheme.id, name=f"Kelompok {serial}", bank_name="BRI",
                  account_number=f"12{serial:06d}", account_holder=f"Kelompok {serial}",
                  kelurahan_code="32.75.01.1001",
                  kecamatan_code="32.75.01" if kecamatan else "")  # fmt: skip
        for i in range(10):
            sex, birth = "LP"[i % 2], dt.date(1970 + i, 1 + serial % 12, 1 + i)
            nik = make_nik("32.75.01", birth, sex, serial * 100 + i + 1)
            if niks and i in niks:
                nik = niks[i]
                info = parse_nik(nik, today=dt.date(2024, 1, 1))
                sex, birth = info.sex or sex, info.birth_date or birth
            g.members.append(
                Member(position=i, nik=nik, name=f"Warga {serial}-{i}", birth_date=birth,
                       birth_place="Bekasi", sex=sex,
                       kk=f"32750112{serial:04d}{i:04d}", role=ROLES[i] if i < 3 else "Anggota")
            )  # fmt: skip
        g.budget_items = [
            BudgetItem(position=0, item="Freezer", category="alat", quantity=2,
                       unit_price=Decimal(6_000_000)),
            BudgetItem(position=1, item="Lele", category="bahan", quantity=100,
                       unit_price=Decimal(80_000)),
        ]  # fmt: skip
        g.documents = [GroupDocument(doc_type=d, received=True) for d in scheme.documents]
        s.add(g)
        s.flush()
        return g.id

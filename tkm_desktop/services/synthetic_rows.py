"""ORM rows from synthetic data: one mapping shared by the demo and the letter samples."""

from __future__ import annotations

from tkm_desktop.services.synthetic import GroupData
from tkm_desktop.store.models import BudgetItem, Group, Member


def group_row(scheme_id: int, data: GroupData, status: str) -> Group:
    """A ``Group`` with its members and budget plan, not yet added to a session."""
    return Group(
        scheme_id=scheme_id,
        name=data.name,
        business_type=data.business_type,
        sector=data.sector,
        street=data.street,
        rt_rw=data.rt_rw,
        kelurahan_code=data.kelurahan_code,
        kecamatan_code=data.kecamatan_code,
        kelurahan_name=data.kelurahan_name,
        kecamatan_name=data.kecamatan_name,
        recommender_name=data.recommender_name,
        recommender_title=data.recommender_title,
        recommender_letter_number=data.recommender_letter_number,
        recommender_letter_date=data.recommender_letter_date,
        bank_name=data.bank_name,
        account_number=data.account_number,
        account_holder=data.account_holder,
        status=status,
        members=[
            Member(
                position=i,
                nik=m.nik,
                nik_source=m.nik_source,
                kk=m.kk,
                name=m.name,
                birth_place=m.birth_place,
                birth_date=m.birth_date,
                sex=m.sex,
                address=m.address,
                rt_rw=m.rt_rw,
                kelurahan_code=m.kelurahan_code,
                phone=m.phone,
                education=m.education,
                work_status=m.work_status,
                role=m.role,
            )
            for i, m in enumerate(data.members)
        ],
        budget_items=[
            BudgetItem(
                position=i,
                item=b.item,
                category=b.category,
                quantity=b.quantity,
                unit=b.unit,
                unit_price=b.unit_price,
            )
            for i, b in enumerate(data.budget)
        ],
    )

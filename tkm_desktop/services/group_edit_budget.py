"""Diffing the editor's budget plan (RAB) and document checklist against the stored rows."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.services import audit
from tkm_desktop.services.group_edit_roster import (
    CENT,
    Create,
    Delete,
    Plan,
    ranks,
    text,
    too_long,
)
from tkm_desktop.store.models import Attachment, BudgetItem, GroupDocument

if TYPE_CHECKING:
    from tkm_desktop.services.group_edit import BudgetLine, DocumentState

CATEGORIES = ("alat", "bahan")
BUDGET_FIELDS = ("position", "item", "category", "quantity", "unit", "unit_price")
# Numeric(12, 2) and Numeric(14, 2): the largest values the columns hold.
_MAX_QUANTITY = Decimal("9999999999.99")
_MAX_PRICE = Decimal("999999999999.99")


def _amount(value: object, limit: Decimal, what: str, row: str, problems: list[str]) -> Decimal:
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        problems.append(f"{row}: {what} '{value}' bukan angka.")
        return Decimal(0)
    if not amount.is_finite() or amount != amount.quantize(CENT):
        problems.append(f"{row}: {what} paling banyak dua angka di belakang koma.")
        return Decimal(0)
    if amount < 0 or amount > limit:
        problems.append(f"{row}: {what} harus antara 0 dan {limit:,.0f}.".replace(",", "."))
    return amount.quantize(CENT)


def _line_values(line: BudgetLine, row: str, problems: list[str]) -> dict[str, Any]:
    values = {
        "item": text(line.item),
        "category": text(line.category).lower(),
        "quantity": _amount(line.quantity, _MAX_QUANTITY, "jumlah", row, problems),
        "unit": text(line.unit),
        "unit_price": _amount(line.unit_price, _MAX_PRICE, "harga satuan", row, problems),
    }
    if not values["item"]:
        problems.append(f"{row}: nama barang wajib diisi.")
    if values["category"] not in CATEGORIES:
        problems.append(f"{row}: kategori harus alat atau bahan.")
    if values["quantity"] == 0:
        problems.append(f"{row}: jumlah harus lebih dari nol.")
    return values


def plan_budget(
    session: Session, group_id: int, lines: Sequence[BudgetLine], problems: list[str]
) -> Plan:
    """The RAB's changes, in the editor's order; refusals are added to ``problems``."""
    query = select(BudgetItem).where(BudgetItem.group_id == group_id)
    stored = {b.id: b for b in session.scalars(query)}
    plan = Plan("budget_item", BudgetItem)
    rank = ranks(stored.values())
    seen: set[int] = set()
    for position, line in enumerate(lines):
        row = f"RAB baris {position + 1}"
        values = {"position": position, **_line_values(line, row, problems)}
        problems += too_long(BudgetItem, values, row)
        if line.id is None:
            plan.creates.append(Create(values))
            continue
        item = stored.get(line.id)
        if item is None or line.id in seen:
            problems.append(f"{row}: baris RAB dengan ID {line.id} bukan milik kelompok ini.")
            continue
        seen.add(line.id)
        plan.compare(item, values, rank[item.id])
    for item_id, item in stored.items():
        if item_id not in seen:
            plan.deletes.append(Delete(item, audit.snapshot(item, BUDGET_FIELDS)))
    return plan


def plan_documents(
    session: Session, group_id: int, documents: Sequence[DocumentState], problems: list[str]
) -> Plan:
    """Received marks and attachments by document type; types not listed stay as stored."""
    query = select(GroupDocument).where(GroupDocument.group_id == group_id)
    stored = {d.doc_type: d for d in session.scalars(query)}
    plan = Plan("document", GroupDocument)
    seen: set[str] = set()
    for state in documents:
        doc_type = text(state.doc_type)
        if not doc_type or doc_type in seen:
            problems.append(f"Dokumen '{doc_type}': jenis dokumen kosong atau tercantum dua kali.")
            continue
        seen.add(doc_type)
        attachment = state.attachment_id
        if attachment is not None and session.get(Attachment, attachment) is None:
            problems.append(f"Dokumen '{doc_type}': lampiran dengan ID {attachment} tidak ada.")
        values = {"received": bool(state.received), "attachment_id": attachment}
        doc = stored.get(doc_type)
        if doc is not None:
            plan.compare(doc, values, -1)
        elif state.received or attachment is not None:
            values = {"doc_type": doc_type, **values}
            problems += too_long(GroupDocument, values, f"Dokumen '{doc_type[:40]}'")
            plan.creates.append(Create(values))
    return plan

"""``import --replace GROUP_ID``: a returned group's corrected roster replaces the old one.

Only a group in ``dikembalikan`` can be replaced, from a file holding one group.
The members added, removed and changed (by NIK) are shown and audited, the old
findings go and the group counts as not vetted again (``vetted_at`` NULL), and the
group returns to ``diusulkan`` through the workflow (a StatusChange row and its own
audit event).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from tkm_desktop.domain.nik import mask_nik
from tkm_desktop.domain.status import GroupStatus, label
from tkm_desktop.domain.workflow import Request, Via
from tkm_desktop.excel.proposal import GroupData, ProposalData
from tkm_desktop.services import audit
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.import_store import (
    fault_point,
    group_row,
    insert_findings,
    member_rows,
)
from tkm_desktop.services.importer import (
    ImportResult,
    RosterDiff,
    existing_groups,
    refuse_if_needed,
)
from tkm_desktop.store.models import Finding, Group, Member

_COMPARED = ("name", "kk", "birth_place", "birth_date", "sex", "address", "rt_rw",
             "kelurahan_code", "phone", "education", "work_status", "role")  # fmt: skip
_GROUP_UPDATED = ("name", "business_type", "sector", "street", "rt_rw", "kelurahan_code",
                  "kecamatan_code", "kelurahan_name", "kecamatan_name", "bank_name",
                  "account_number", "account_holder")  # fmt: skip


def _who(row: dict[str, Any], masked: bool) -> dict[str, str]:
    return {"nik": mask_nik(row["nik"]) if masked else row["nik"], "name": row["name"]}


def roster_diff(
    group_id: int, old: list[dict[str, Any]], new: list[dict[str, Any]], *, masked: bool = True
) -> RosterDiff:
    """Members by NIK: added, removed, and changed fields (old → new); NIKs masked for display."""
    before = {r["nik"]: r for r in old}
    after = {r["nik"]: r for r in new}
    diff = RosterDiff(group_id)
    diff.added = [_who(r, masked) for nik, r in after.items() if nik not in before]
    diff.removed = [_who(r, masked) for nik, r in before.items() if nik not in after]
    for nik, r in after.items():
        o = before.get(nik)
        if o is None:
            continue
        fields = {f: [audit.to_jsonable(o.get(f)), audit.to_jsonable(r.get(f))]
                  for f in _COMPARED if (o.get(f) or "") != (r.get(f) or "")}  # fmt: skip
        if fields:
            diff.changed.append(_who(r, masked) | {"fields": fields})
    return diff


def replace_roster(
    s: Session,
    actor: Actor,
    data: ProposalData,
    result: ImportResult,
    group_id: int,
    *,
    strict: bool,
    dry_run: bool,
) -> None:
    group = s.get(Group, group_id)
    if group is None:
        raise InputRefused(f"Kelompok dengan ID {group_id} tidak ada.")
    if group.status != GroupStatus.DIKEMBALIKAN.value:
        raise InputRefused(
            f"Kelompok {group_id} ({group.name}) berstatus '{label(group.status)}'; hanya "
            f"kelompok berstatus '{label(GroupStatus.DIKEMBALIKAN)}' yang dapat diganti "
            "daftar anggotanya dengan --replace."
        )
    if not result.errors and len(data.groups) != 1:
        raise InputRefused(
            f"Berkas berisi {len(data.groups)} kelompok; --replace memerlukan berkas "
            "dengan tepat satu kelompok."
        )
    new_group: GroupData | None = data.groups[0] if data.groups else None
    if new_group is not None:
        result.errors += existing_groups(s, group.scheme, [new_group], skip_id=group.id)
    if refuse_if_needed(result, strict) or new_group is None:
        return
    old = [dict(r._mapping) for r in s.execute(
        select(*[getattr(Member, c) for c in ("nik", *_COMPARED)])
        .where(Member.group_id == group.id).order_by(Member.position)
    )]  # fmt: skip
    new = list(member_rows(new_group, group.id))
    result.replaced = roster_diff(group.id, old, new)
    result.groups_created = 0
    result.members_created = len(new)
    result.group_ids = [group.id]
    if dry_run:
        return
    _write(s, actor, group, new_group, old, new, result)


def _write(
    s: Session,
    actor: Actor,
    group: Group,
    new_group: GroupData,
    old: list[dict[str, Any]],
    new: list[dict[str, Any]],
    result: ImportResult,
) -> None:
    from tkm_desktop.services.workflow import change_status

    fields = group_row(new_group, group.scheme_id, actor)
    for f in _GROUP_UPDATED:
        if fields[f]:
            setattr(group, f, fields[f])
    group.updated_by_id = actor.user_id
    group.vetted_at = None  # the new roster has not been vetted yet
    s.execute(delete(Finding).where(Finding.group_id == group.id))
    s.execute(delete(Member).where(Member.group_id == group.id))
    if new:
        s.execute(insert(Member.__table__), new)
    fault_point("after_members")
    insert_findings(s, [new_group], [group.id])
    # The audit keeps full NIKs: it is the office's record of what was processed.
    diff = roster_diff(group.id, old, new, masked=False)
    audit.record(
        s, actor, "replace_roster", "group", group.id, group_id=group.id,
        before={"members": len(old), "removed": diff.removed},
        after={"members": len(new), "added": diff.added, "changed": diff.changed,
               "file": result.file, "sha256": result.sha256},
    )  # fmt: skip
    change_status(s, actor, [group.id], GroupStatus.DIUSULKAN.value,
                  Request(reason=f"Daftar anggota diganti dari berkas {result.file}."),
                  via=Via.IMPORT)  # fmt: skip

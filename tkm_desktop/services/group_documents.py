"""Scans of a group's documents kept in the database: attaching (checked by content) and opening.

Attaching marks the document received at once; it does not change the group's
version, so an open editor puts the returned id into its ``DocumentState``. A
replaced scan stays in the database: the audit trail points at it.
"""

from __future__ import annotations

import hashlib
from pathlib import PureWindowsPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.services import audit, permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.roster import load_groups
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Attachment, GroupDocument, Scheme

MAX_BYTES = 20 * 1024 * 1024
KIND = "group_document"
ATTACH = "attach_document"
# (magic bytes, media type, file name endings that agree with it)
_TYPES = (
    (b"%PDF-", "application/pdf", (".pdf",)),
    (b"\xff\xd8\xff", "image/jpeg", (".jpg", ".jpeg", ".jpe")),
    (b"\x89PNG\r\n\x1a\n", "image/png", (".png",)),
)


def media_type_of(data: bytes) -> tuple[str, tuple[str, ...]] | None:
    """The media type and endings of a PDF, JPEG or PNG by its first bytes; None otherwise."""
    for magic, media_type, endings in _TYPES:
        if data.startswith(magic):
            return media_type, endings
    return None


def checked_file(file_name: str, data: bytes) -> tuple[str, str]:
    """(file name, media type) of an acceptable scan; InputRefused says what is wrong."""
    name = PureWindowsPath((file_name or "").strip()).name  # either slash: a path from any OS
    if not data:
        raise InputRefused(f"Berkas '{name}' kosong.")
    if len(data) > MAX_BYTES:
        size = len(data) / (1024 * 1024)
        raise InputRefused(
            f"Berkas '{name}' berukuran {size:.1f} MB; paling besar {MAX_BYTES // 2**20} MB."
            .replace(".", ",", 1)
        )  # fmt: skip
    found = media_type_of(data)
    if found is None:
        raise InputRefused(
            f"Berkas '{name}' bukan PDF, JPG, atau PNG; hanya jenis itu yang dapat dilampirkan."
        )
    media_type, endings = found
    suffix = PureWindowsPath(name).suffix.lower()
    if not suffix:
        name = f"{name or 'lampiran'}{endings[0]}"
    elif suffix not in endings:
        raise InputRefused(
            f"Isi berkas '{name}' adalah {media_type.split('/')[1].upper()}, tidak sesuai dengan "
            f"akhiran namanya ({suffix}); ganti nama berkasnya lalu lampirkan lagi."
        )
    if len(name) > 260:
        raise InputRefused("Nama berkas terlalu panjang (paling banyak 260 karakter).")
    return name, media_type


def attach_document(
    db: Database, actor: Actor, group_id: int, doc_type: str, file_name: str, data: bytes
) -> int:
    """Store a scan for one document of the group's checklist, mark it received; the new id."""
    permissions.require(actor, permissions.EDIT_GROUP)
    name, media_type = checked_file(file_name, data)
    doc_type = " ".join((doc_type or "").split())
    with db.session() as session:
        group = load_groups(session, [group_id])[0]
        doc = session.scalars(
            select(GroupDocument).where(
                GroupDocument.group_id == group.id, GroupDocument.doc_type == doc_type
            )
        ).first()
        checklist = session.get(Scheme, group.scheme_id).documents or []  # type: ignore[union-attr]
        if doc is None and doc_type not in checklist:
            raise InputRefused(
                f"Dokumen '{doc_type}' tidak ada dalam daftar dokumen skema kelompok ini."
            )
        digest = hashlib.sha256(data).hexdigest()
        attachment = Attachment(
            kind=KIND,
            file_name=name,
            media_type=media_type,
            data=data,
            sha256=digest,
            size=len(data),
            created_by_id=actor.user_id,
        )
        session.add(attachment)
        if doc is None:
            doc = GroupDocument(group_id=group.id, doc_type=doc_type, received=False)
            session.add(doc)
        session.flush()
        before = {"received": doc.received, "attachment_id": doc.attachment_id}
        doc.received = True
        doc.attachment_id = attachment.id
        after = {
            "doc_type": doc_type, "received": True, "attachment_id": attachment.id,
            "file_name": name, "sha256": digest, "size": len(data),
        }  # fmt: skip
        audit.record(session, actor, ATTACH, "document", doc.id, group_id=group.id,
                     before=before, after=after)  # fmt: skip
        return attachment.id


def open_attachment(session: Session, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    """(file name, bytes) of a stored file, the view recorded; call in ``db.session()``."""
    permissions.require(actor, permissions.READ)
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise InputRefused(f"Lampiran dengan ID {attachment_id} tidak ada.")
    group_id = session.scalar(
        select(GroupDocument.group_id).where(GroupDocument.attachment_id == attachment.id).limit(1)
    )
    audit.record_access(
        session, actor, audit.VIEW, "attachment", attachment.id, group_id=group_id,
        details={"file_name": attachment.file_name, "sha256": attachment.sha256},
    )  # fmt: skip
    return attachment.file_name, bytes(attachment.data)

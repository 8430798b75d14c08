"""Initial schema: every table of TKM Desktop 0.1.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 04:36:26.836876

Write the upgrade so it runs on SQLite (batch mode) and PostgreSQL; never import
tkm_desktop models here: a revision is a snapshot of the schema at its time.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "funded_before",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("group_name", sa.String(length=200), nullable=False),
        sa.Column("scheme_code", sa.String(length=40), nullable=False),
        sa.Column("source_file", sa.String(length=260), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funded_before")),
    )
    op.create_index(op.f("ix_funded_before_nik"), "funded_before", ["nik"], unique=False)

    op.create_table(
        "letter_serial",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_serial", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_letter_serial")),
    )
    op.create_table(
        "office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("government_name", sa.String(length=200), nullable=False),
        sa.Column("office_name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("website", sa.String(length=120), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("region_code", sa.String(length=13), nullable=False),
        sa.Column("place_name", sa.String(length=80), nullable=False),
        sa.Column("letter_number_pattern", sa.String(length=120), nullable=False),
        sa.Column("number_source", sa.String(length=10), nullable=False),
        sa.Column("letter_font", sa.String(length=60), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(), nullable=True),
        sa.Column("idle_lock_minutes", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
    )
    op.create_table(
        "scheme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("members_min", sa.Integer(), nullable=False),
        sa.Column("members_max", sa.Integer(), nullable=False),
        sa.Column("grant_ceiling", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("age_min", sa.Integer(), nullable=True),
        sa.Column("age_max", sa.Integer(), nullable=True),
        sa.Column("age_reference_date", sa.Date(), nullable=True),
        sa.Column("required_roles", sa.JSON(), nullable=False),
        sa.Column("tools_share", sa.Numeric(precision=5, scale=4), nullable=True),
        sa.Column("split_tolerance", sa.Numeric(precision=5, scale=4), nullable=False),
        sa.Column("excludes_earlier_grant", sa.Boolean(), nullable=False),
        sa.Column("funded_before_severity", sa.String(length=8), nullable=False),
        sa.Column("same_kk_severity", sa.String(length=8), nullable=True),
        sa.Column("group_quota", sa.Integer(), nullable=True),
        sa.Column("documents", sa.JSON(), nullable=False),
        sa.Column("export_format", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheme")),
        sa.UniqueConstraint("code", name=op.f("uq_scheme_code")),
    )
    op.create_table(
        "signatory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.String(length=120), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=False),
        sa.Column("signing_mode", sa.String(length=8), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory")),
    )
    op.create_table(
        "user_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("username", name=op.f("uq_user_account_username")),
    )
    op.create_table(
        "verification_team_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verification_team_member")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("media_type", sa.String(length=80), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_attachment_created_by_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("os_account", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_audit_event_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index("ix_audit_event_group", "audit_event", ["group_id", "id"], unique=False)

    op.create_table(
        "export_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("format_name", sa.String(length=60), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_export_batch_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_batch")),
    )
    op.create_table(
        "tkm_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scheme_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("business_type", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=120), nullable=False),
        sa.Column("street", sa.String(length=300), nullable=False),
        sa.Column("rt_rw", sa.String(length=12), nullable=False),
        sa.Column("kelurahan_code", sa.String(length=13), nullable=False),
        sa.Column("kecamatan_code", sa.String(length=8), nullable=False),
        sa.Column("kelurahan_name", sa.String(length=120), nullable=False),
        sa.Column("kecamatan_name", sa.String(length=120), nullable=False),
        sa.Column("recommender_name", sa.String(length=120), nullable=False),
        sa.Column("recommender_title", sa.String(length=120), nullable=False),
        sa.Column("recommender_letter_number", sa.String(length=120), nullable=False),
        sa.Column("recommender_letter_date", sa.Date(), nullable=True),
        sa.Column("bank_name", sa.String(length=120), nullable=False),
        sa.Column("account_number", sa.String(length=40), nullable=False),
        sa.Column("account_holder", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("roster_unlocked", sa.Boolean(), nullable=False),
        sa.Column("sk_number", sa.String(length=120), nullable=False),
        sa.Column("sk_date", sa.Date(), nullable=True),
        sa.Column("amount_granted", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("disbursed_on", sa.Date(), nullable=True),
        sa.Column("disbursed_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_tkm_group_created_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["scheme_id"], ["scheme.id"], name=op.f("fk_tkm_group_scheme_id_scheme")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["user_account.id"],
            name=op.f("fk_tkm_group_updated_by_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tkm_group")),
    )
    op.create_index("ix_tkm_group_kecamatan", "tkm_group", ["kecamatan_code"], unique=False)
    op.create_index(
        "ix_tkm_group_scheme_status", "tkm_group", ["scheme_id", "status"], unique=False
    )
    op.create_index(op.f("ix_tkm_group_status"), "tkm_group", ["status"], unique=False)

    op.create_table(
        "budget_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=8), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["tkm_group.id"],
            name=op.f("fk_budget_item_group_id_tkm_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_item")),
    )
    op.create_index(op.f("ix_budget_item_group_id"), "budget_item", ["group_id"], unique=False)

    op.create_table(
        "export_batch_group",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["export_batch.id"],
            name=op.f("fk_export_batch_group_batch_id_export_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["tkm_group.id"], name=op.f("fk_export_batch_group_group_id_tkm_group")
        ),
        sa.PrimaryKeyConstraint("batch_id", "group_id", name=op.f("pk_export_batch_group")),
    )
    op.create_table(
        "finding_ack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("nik", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["tkm_group.id"],
            name=op.f("fk_finding_ack_group_id_tkm_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_finding_ack_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding_ack")),
    )
    op.create_index(op.f("ix_finding_ack_group_id"), "finding_ack", ["group_id"], unique=False)

    op.create_table(
        "group_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("doc_type", sa.String(length=120), nullable=False),
        sa.Column("received", sa.Boolean(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_group_document_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["tkm_group.id"],
            name=op.f("fk_group_document_group_id_tkm_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_document")),
        sa.UniqueConstraint(
            "group_id", "doc_type", name=op.f("uq_group_document_group_id_doc_type")
        ),
    )
    op.create_table(
        "letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("number", sa.String(length=120), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("serial", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("paper", sa.String(length=4), nullable=False),
        sa.Column("letter_date", sa.Date(), nullable=True),
        sa.Column("signatory", sa.JSON(), nullable=False),
        sa.Column("signing_mode", sa.String(length=8), nullable=True),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pdf_attachment_id", sa.Integer(), nullable=True),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("scan_attachment_id", sa.Integer(), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=False),
        sa.Column("revoked_by_id", sa.Integer(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["issued_by_id"], ["user_account.id"], name=op.f("fk_letter_issued_by_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["pdf_attachment_id"],
            ["attachment.id"],
            name=op.f("fk_letter_pdf_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["replaces_id"], ["letter.id"], name=op.f("fk_letter_replaces_id_letter")
        ),
        sa.ForeignKeyConstraint(
            ["revoked_by_id"],
            ["user_account.id"],
            name=op.f("fk_letter_revoked_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["scan_attachment_id"],
            ["attachment.id"],
            name=op.f("fk_letter_scan_attachment_id_attachment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
        sa.UniqueConstraint("year", "number", name=op.f("uq_letter_year_number")),
        sa.UniqueConstraint("year", "serial", name=op.f("uq_letter_year_serial")),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("nik", sa.String(length=40), nullable=False),
        sa.Column("nik_source", sa.String(length=8), nullable=False),
        sa.Column("kk", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("birth_place", sa.String(length=120), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("rt_rw", sa.String(length=12), nullable=False),
        sa.Column("kelurahan_code", sa.String(length=13), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("education", sa.String(length=40), nullable=False),
        sa.Column("work_status", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["tkm_group.id"],
            name=op.f("fk_member_group_id_tkm_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
    )
    op.create_index("ix_member_birth_date", "member", ["birth_date"], unique=False)
    op.create_index("ix_member_group_position", "member", ["group_id", "position"], unique=False)
    op.create_index("ix_member_nik", "member", ["nik"], unique=False)

    op.create_table(
        "nik_claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scheme_id", sa.Integer(), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["tkm_group.id"],
            name=op.f("fk_nik_claim_group_id_tkm_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["scheme_id"], ["scheme.id"], name=op.f("fk_nik_claim_scheme_id_scheme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nik_claim")),
        sa.UniqueConstraint("scheme_id", "nik", name=op.f("uq_nik_claim_scheme_id_nik")),
    )
    op.create_table(
        "status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=24), nullable=False),
        sa.Column("to_status", sa.String(length=24), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["tkm_group.id"],
            name=op.f("fk_status_change_group_id_tkm_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_status_change_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_change")),
    )
    op.create_index(op.f("ix_status_change_group_id"), "status_change", ["group_id"], unique=False)

    op.create_table(
        "finding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("member_nik", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("severity", sa.String(length=8), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["tkm_group.id"],
            name=op.f("fk_finding_group_id_tkm_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_finding_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding")),
    )
    op.create_index(op.f("ix_finding_group_id"), "finding", ["group_id"], unique=False)

    op.create_table(
        "letter_group",
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["tkm_group.id"], name=op.f("fk_letter_group_group_id_tkm_group")
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letter.id"],
            name=op.f("fk_letter_group_letter_id_letter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("letter_id", "group_id", name=op.f("pk_letter_group")),
    )


def downgrade() -> None:
    # Dropping a table drops its indexes.
    op.drop_table("letter_group")
    op.drop_table("finding")
    op.drop_table("status_change")
    op.drop_table("nik_claim")
    op.drop_table("member")
    op.drop_table("letter")
    op.drop_table("group_document")
    op.drop_table("finding_ack")
    op.drop_table("export_batch_group")
    op.drop_table("budget_item")
    op.drop_table("tkm_group")
    op.drop_table("export_batch")
    op.drop_table("audit_event")
    op.drop_table("attachment")
    op.drop_table("verification_team_member")
    op.drop_table("user_account")
    op.drop_table("signatory")
    op.drop_table("scheme")
    op.drop_table("office")
    op.drop_table("letter_serial")
    op.drop_table("funded_before")

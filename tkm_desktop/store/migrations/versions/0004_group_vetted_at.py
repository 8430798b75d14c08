"""Record when a group's findings were last stored by vetting (NULL: never vetted).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 11:00:00

Without it a group that was never vetted (just imported) showed 0 errors and 0
warnings, like one that vetting found clean. Existing groups get NULL: nothing says
which of them were vetted since their roster last changed; the next vetting run
fills it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tkm_group") as batch:
        batch.add_column(sa.Column("vetted_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tkm_group") as batch:
        batch.drop_column("vetted_at")

"""Record which program version wrote the schema, in a small name/value table.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 09:00:00

On a shared PostgreSQL server one client migrates while older clients must refuse
the newer schema; without this table they could only say "install a newer version".
With it they name the version to install. The program fills it (store.migrate),
not this revision: a revision never knows which program runs it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "program_info",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_program_info")),
    )


def downgrade() -> None:
    op.drop_table("program_info")

"""member country

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 02:55:00

``member_languages.country``: the country a member chose once for their helplines (issue 13, point 5).
Nullable; erased with the row on the member's erasure.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("member_languages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("country", sa.String(length=2), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("member_languages", schema=None) as batch_op:
        batch_op.drop_column("country")

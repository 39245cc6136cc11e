"""one appeal per case

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 02:02:00

A unique index on ``appeals.case_id``: one appeal per decision, so a double submit can store only one.
A database written before this revision may hold duplicates (issue #14 measured them): the earliest
appeal of each case is kept; later copies are removed first. Their text stays sealed in the vault,
and the governance log keeps its ``appeal_opened`` entries, so nothing the member wrote is lost.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(sa.text("DELETE FROM appeals WHERE id NOT IN (SELECT MIN(id) FROM appeals GROUP BY case_id)"))
    with op.batch_alter_table("appeals", schema=None) as batch_op:
        batch_op.create_index("ux_appeals_case", ["case_id"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("appeals", schema=None) as batch_op:
        batch_op.drop_index("ux_appeals_case")

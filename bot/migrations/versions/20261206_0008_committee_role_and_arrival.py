"""committee role and arrival

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-06 04:20:00

``guilds.committee_role_id``: the governance committee role chosen in ``/setup`` (read by the
dashboard, issue 18). ``guilds.arrival_announced_at``: when the bot greeted the server's admins on
arrival (issue 13, point 9), so a restart or a reconnect never greets them again. Servers already known
when this runs are marked as greeted: they were set up before the greeting existed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.db.base

revision: str = "0008"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("guilds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("committee_role_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(
            sa.Column("arrival_announced_at", bot.db.base.UTCDateTime(timezone=True), nullable=True)
        )
    op.execute("UPDATE guilds SET arrival_announced_at = created_at")


def downgrade() -> None:
    with op.batch_alter_table("guilds", schema=None) as batch_op:
        batch_op.drop_column("arrival_announced_at")
        batch_op.drop_column("committee_role_id")

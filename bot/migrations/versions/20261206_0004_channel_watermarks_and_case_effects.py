"""channel watermarks and case effects

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 01:58:29.777743
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.db.base

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "channel_watermarks",
        sa.Column("channel_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", bot.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("channel_id", name=op.f("pk_channel_watermarks")),
    )
    with op.batch_alter_table("channel_watermarks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_channel_watermarks_guild_id"), ["guild_id"], unique=False)

    op.create_table(
        "case_effects",
        sa.Column(
            "case_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("effect", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("at", bot.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_effects_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "effect", name=op.f("pk_case_effects")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_guild_message", ["guild_id", "message_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_guild_message")
    op.drop_table("case_effects")
    with op.batch_alter_table("channel_watermarks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_channel_watermarks_guild_id"))

    op.drop_table("channel_watermarks")

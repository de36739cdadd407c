"""flag list: the organiser's registration flags (added, renamed, retired, printed on
badges or not), folded from flag.* ops

The five default flags (dietary, payment_due, accessibility, vip, press) need no row: they have one
only once the organiser renames or retires them (`services/flag_list.py`).

Revision ID: 0016_flag_list
Revises: 0015_unapplied_index
Create Date: 2026-11-30 20:30:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0016_flag_list'
down_revision = '0015_unapplied_index'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "flag_list",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("label_fr", sa.Text(), nullable=True),
        sa.Column("label_en", sa.Text(), nullable=True),
        sa.Column("label_ar", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=True),
        sa.Column("on_badge", sa.Boolean(), nullable=True),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("flag_list")

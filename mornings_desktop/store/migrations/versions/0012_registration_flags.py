"""registration flags: what the door must know beyond the category (dietary, to be paid…)

A registration carries flag keys, space-separated (`services/registration_flags.py`); existing
registrations have none.

Revision ID: 0012_registration_flags
Revises: 0011_incarnations
Create Date: 2026-11-30 18:10:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_registration_flags"
down_revision = "0011_incarnations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("flags", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_column("flags")

"""quarantine rooms: waiting (retried each round) and refused (kept)

Revision ID: 0007_quarantine_rooms
Revises: 0006_sync
Create Date: 2026-11-30 12:10:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0007_quarantine_rooms'
down_revision = '0006_sync'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sync_quarantine', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('room', sa.String(length=16), server_default='refused', nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table('sync_quarantine', schema=None) as batch_op:
        batch_op.drop_column('room')

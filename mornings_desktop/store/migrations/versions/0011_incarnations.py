"""incarnations: desk_seq numbers operations per (desk, incarnation), not per desk

A restored database or a copy starts a new incarnation with desk_seq from 1 (DESIGN §6); two
databases of one desk may even share an incarnation (a copy at the same path on another
computer). Operations are identified by op_id and digest, so (desk_id, desk_seq) is no longer
unique: the constraint becomes a plain index on (desk_id, inc, desk_seq).

Revision ID: 0011_incarnations
Revises: 0010_signed_ops
Create Date: 2026-11-30 16:20:00.000000
"""

from alembic import op

revision = '0011_incarnations'
down_revision = '0010_signed_ops'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('operations', schema=None) as batch_op:
        batch_op.drop_constraint('uq_operations_desk_seq', type_='unique')
        batch_op.create_index(
            'ix_operations_desk_inc_seq', ['desk_id', 'inc', 'desk_seq'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('operations', schema=None) as batch_op:
        batch_op.drop_index('ix_operations_desk_inc_seq')
        batch_op.create_unique_constraint('uq_operations_desk_seq', ['desk_id', 'desk_seq'])

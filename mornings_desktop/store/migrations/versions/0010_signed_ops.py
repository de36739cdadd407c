"""signed operations: envelope columns on operations, desk certificates, personal blocks

Revision ID: 0010_signed_ops
Revises: 0009_privacy
Create Date: 2026-11-30 13:10:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0010_signed_ops'
down_revision = '0009_privacy'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('operations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('body', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('sig', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('digest', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('inc', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('prev', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('operator', sa.String(length=200), nullable=True))
        batch_op.create_index('ix_operations_digest', ['digest'], unique=True)

    op.create_table('certificates',
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('org_id', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.String(length=44), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('sig', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('digest')
    )
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.create_index('ix_certificates_desk', ['org_id', 'desk_id'], unique=False)

    op.create_table('op_personal',
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('subject', sa.String(length=128), nullable=False),
    sa.Column('block', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('digest', 'subject')
    )
    with op.batch_alter_table('op_personal', schema=None) as batch_op:
        batch_op.create_index('ix_op_personal_subject', ['subject'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('op_personal', schema=None) as batch_op:
        batch_op.drop_index('ix_op_personal_subject')
    op.drop_table('op_personal')
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.drop_index('ix_certificates_desk')
    op.drop_table('certificates')
    with op.batch_alter_table('operations', schema=None) as batch_op:
        batch_op.drop_index('ix_operations_digest')
        for name in ('operator', 'prev', 'inc', 'digest', 'sig', 'body'):
            batch_op.drop_column(name)

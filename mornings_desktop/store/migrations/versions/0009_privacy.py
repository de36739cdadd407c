"""privacy: erasure states and consent

Revision ID: 0009_privacy
Revises: 0008_outbox
Create Date: 2026-11-30 13:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0009_privacy'
down_revision = '0008_outbox'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('privacy_erasures',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('stamp', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('person_id')
    )
    op.create_table('consents',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('value', sa.String(length=16), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('stamp', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('person_id', 'purpose')
    )


def downgrade() -> None:
    op.drop_table('consents')
    op.drop_table('privacy_erasures')

"""revocations: the organisation-signed revocations this desk holds (DESIGN §6)

Each row was verified against the organisation's public key before it was stored; for each desk,
the one in force is the latest issued (a revised revocation names operations the organiser took
back with `sync accept`).

Revision ID: 0013_revocations
Revises: 0012_registration_flags
Create Date: 2026-11-30 18:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_revocations"
down_revision = "0012_registration_flags"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "revocations",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("org_id", sa.String(length=64), nullable=False),
        sa.Column("desk_id", sa.String(length=64), nullable=False),
        sa.Column("issued", sa.String(length=32), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sig", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("digest"),
    )
    with op.batch_alter_table("revocations", schema=None) as batch_op:
        batch_op.create_index("ix_revocations_desk", ["org_id", "desk_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("revocations", schema=None) as batch_op:
        batch_op.drop_index("ix_revocations_desk")
    op.drop_table("revocations")

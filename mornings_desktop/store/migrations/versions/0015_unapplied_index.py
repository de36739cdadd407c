"""unapplied index: the kept operations, found without reading the whole log

Opening a database asks whether kept operations (types an older version did not understand) wait
to be folded in. Without an index that read the whole operations log: a quarter of a second of
the window's start on ten years of Mornings (98,000 operations; issue 18: < 1 s to a usable
Mornings page). The partial index holds only the kept operations, usually none, so it costs
nothing to the operations recorded at the door.

Revision ID: 0015_unapplied_index
Revises: 0014_name_keys
Create Date: 2026-11-30 20:45:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_unapplied_index"
down_revision = "0014_name_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("operations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_operations_unapplied", ["hlc"], unique=False, sqlite_where=sa.text("NOT applied")
        )


def downgrade() -> None:
    with op.batch_alter_table("operations", schema=None) as batch_op:
        batch_op.drop_index("ix_operations_unapplied")

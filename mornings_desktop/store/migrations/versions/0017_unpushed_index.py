"""unpushed index: the operations the hub has not confirmed, in push order

`ix_operations_pushed` indexed a boolean: every operation sat under one of two keys, and SQLite
took half a millisecond to move each entry when a push marked its operation pushed (98,000
operations of ten years of Mornings: 36 s of a 51 s push at load 9.6, issue 18; 41 us per
operation on a log of 20,000, so a push grew faster than the log). The partial index holds only
the operations not yet pushed, by (desk_id, desk_seq), the order a push sends them: marking one
pushed removes its entry (6.5 s for the 98,000 at load 9), and reading what to send needs no
sort.

Revision ID: 0017_unpushed_index
Revises: 0016_flag_list
Create Date: 2026-12-01 03:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_unpushed_index"
down_revision = "0016_flag_list"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("operations", schema=None) as batch_op:
        batch_op.drop_index("ix_operations_pushed")
        batch_op.create_index(
            "ix_operations_unpushed",
            ["desk_id", "desk_seq"],
            unique=False,
            sqlite_where=sa.text("pushed IS 0"),
        )


def downgrade() -> None:
    with op.batch_alter_table("operations", schema=None) as batch_op:
        batch_op.drop_index("ix_operations_unpushed")
        batch_op.create_index("ix_operations_pushed", ["pushed"], unique=False)

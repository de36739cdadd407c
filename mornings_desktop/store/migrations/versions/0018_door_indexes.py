"""door indexes: fewer b-trees written by each admission at the door

An admission wrote 13 b-trees (17 WAL pages on a 20,000-registration file), against a bare
insert's 2 (issues 14 and 18: the door's p50 at most 3x a bare durable insert). Three of them no
query needs:

- `ix_registrations_checked_in_at` (2 pages per admission: the NULL entry out, the time in): every
  reader of arrivals selects a Morning's or a person's registrations first (`morning_id`,
  `person_id`), none ranges over the arrival time;
- `ix_checkins_morning_id`: read only by the door's "undo last" (Ctrl+Z), which now reads the
  check-ins of its desk in full (a few ms on ten years of Mornings, once per undo);
- the check-ins' rowid: `checkins` is keyed by its id alone (WITHOUT ROWID), so the primary key is
  the table instead of a second b-tree beside it.

Revision ID: 0018_door_indexes
Revises: 0017_unpushed_index
Create Date: 2026-12-01 05:10:00.000000
"""

from alembic import op

revision = "0018_door_indexes"
down_revision = "0017_unpushed_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_registrations_checked_in_at", table_name="registrations")
    with op.batch_alter_table(
        "checkins", recreate="always", table_kwargs={"sqlite_with_rowid": False}
    ) as batch_op:
        batch_op.drop_index("ix_checkins_morning_id")


def downgrade() -> None:
    with op.batch_alter_table("checkins", recreate="always") as batch_op:
        batch_op.create_index("ix_checkins_morning_id", ["morning_id"], unique=False)
    op.create_index(
        "ix_registrations_checked_in_at", "registrations", ["checked_in_at"], unique=False
    )

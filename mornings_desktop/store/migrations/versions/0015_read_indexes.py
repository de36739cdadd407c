"""read indexes: the kept operations not applied, and the counts of the list of Mornings

`mornings events` and every open asked whether a kept operation waits to be applied with a query
that read the whole operation log (100 ms at 98,000 operations); a partial index on the rare
unapplied ones answers at once. The list of Mornings counted registered and present people from
every registration's row; an index on (morning_id, status, checked_in_at) covers that count
(95 → 23 ms at 50,000 registrations).

Revision ID: 0015_read_indexes
Revises: 0014_name_keys
Create Date: 2026-11-30 21:10:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0015_read_indexes'
down_revision = '0014_name_keys'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain CREATE INDEX (no batch: nothing here needs the table copied).
    op.create_index(
        'ix_operations_unapplied', 'operations', ['hlc'], unique=False,
        sqlite_where=sa.text('NOT applied'),
    )  # fmt: skip
    op.create_index(
        'ix_registrations_counts', 'registrations', ['morning_id', 'status', 'checked_in_at'],
        unique=False,
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index('ix_registrations_counts', table_name='registrations')
    op.drop_index('ix_operations_unapplied', table_name='operations')

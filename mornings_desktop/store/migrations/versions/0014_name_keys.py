"""name keys: people.name_key, the name as the same-name rule compares it, indexed

An import looks up the people whose e-mail, phone or name is that of a row of its file; e-mail and
phone keys were indexed, the name was folded in Python for every person of the directory at each
import (2.2x slower into a directory of 15,000 people than into an empty one). The key is kept by
the people handlers (`text_keys.name_key`: folded words, sorted) and filled here for the people
already there; erased people have none.

Revision ID: 0014_name_keys
Revises: 0013_revocations
Create Date: 2026-11-30 18:30:00.000000
"""

import sqlalchemy as sa
from alembic import op

from mornings_desktop.text_keys import name_key

revision = '0014_name_keys'
down_revision = '0013_revocations'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_key', sa.String(length=250), nullable=True))
        batch_op.create_index(batch_op.f('ix_people_name_key'), ['name_key'], unique=False)
    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, first_name, last_name FROM people WHERE NOT coalesce(erased, 0)")
    ).all()
    keys = [{"k": name_key(first, last) or None, "i": pid} for pid, first, last in rows]
    if keys:
        conn.execute(sa.text("UPDATE people SET name_key = :k WHERE id = :i"), keys)


def downgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_name_key'))
        batch_op.drop_column('name_key')

"""Copies of a desk's database (DESIGN §6, "Incarnations").

A restored database, or one opened at another path, starts a new incarnation of its desk
(`signing.incarnation`): `desk_seq` from 1 under a new `inc`, so nothing it writes collides with
what the other desks and the hub hold, and both lives are kept. A *restore* ends the old life: its
last operation comes before the new one's first. Two databases that go on writing as the same desk
(a database copied to a second laptop) show as two incarnations whose operations interleave in
time, or, for a copy that kept its incarnation (same path on another computer), as two operations
with one `(desk_id, inc, desk_seq)`. `copied_desks` names those desks; `mornings sync status`
says so. Nothing is dropped: every operation of each copy is a real fact.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# Incarnations of one desk whose time spans overlap: both wrote after the other began.
_COPIES_SQL = text(
    """
    WITH lives AS (
        SELECT desk_id, inc, min(hlc) AS first, max(hlc) AS last
        FROM operations WHERE inc IS NOT NULL GROUP BY desk_id, inc
    )
    SELECT a.desk_id FROM lives a JOIN lives b
      ON a.desk_id = b.desk_id AND a.inc < b.inc AND a.first < b.last AND b.first < a.last
    UNION
    SELECT desk_id FROM operations WHERE inc IS NOT NULL
    GROUP BY desk_id, inc, desk_seq HAVING count(*) > 1
    ORDER BY 1
    """
)


def copied_desks(session: Session) -> list[str]:
    """The desks of which two databases write at the same time (sorted desk ids)."""
    return [str(row[0]) for row in session.execute(_COPIES_SQL)]

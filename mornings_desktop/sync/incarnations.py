"""Copies of a desk's database (DESIGN §6, "Incarnations").

A restored database, or one opened at another path, starts a new incarnation of its desk
(`signing.incarnation`): `desk_seq` from 1 under a new `inc`, so nothing it writes collides with
what the other desks and the hub hold, and both lives are kept. A *restore* ends the old life: its
last operation comes before the new one's first. Two databases that go on writing as the same desk
(a database copied to a second laptop) show as two incarnations whose operations interleave in
time, or, for a copy that kept its incarnation (same path on another computer), as two operations
with one `(desk_id, inc, desk_seq)`. `copied_desks` names those desks; `mornings sync status`
says so. Nothing is dropped: every operation of each copy is a real fact.

A join file without a hub (`mornings desk add`) used on two laptops gives both the same certified
desk: each laptop's database begins its own incarnation with the desk's announcement
(`desk.announced` of that desk as `desk_seq` 1), which a copied or restored database never does
(it goes on from what it held). `joined_twice` names those desks, so the organiser is told which
desk's join file was used twice; they are not named again among the copies.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError

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


# Incarnations of one desk that each began by announcing it: one join file, two databases.
_JOINED_TWICE_SQL = text(
    """
    SELECT o.desk_id, coalesce(max(d.name), o.desk_id) FROM operations o
    LEFT JOIN desks d ON d.id = o.desk_id
    WHERE o.inc IS NOT NULL AND o.desk_seq = 1 AND o.type = 'desk.announced'
      AND json_extract(o.payload, '$.id') = o.desk_id
    GROUP BY o.desk_id HAVING count(DISTINCT o.inc) > 1
    ORDER BY 2, 1
    """
)


def joined_twice(session: Session) -> dict[str, str]:
    """The desks whose join file two databases were joined with: desk id → desk name."""
    return {str(row[0]): str(row[1]) for row in session.execute(_JOINED_TWICE_SQL)}


def copied_desks(session: Session) -> list[str]:
    """The desks of which two databases write at the same time (sorted desk ids), but those
    of `joined_twice` (told apart)."""
    twice = joined_twice(session)
    return [str(row[0]) for row in session.execute(_COPIES_SQL) if str(row[0]) not in twice]


def joined_twice_notice(name: str) -> UserError:
    """What the organiser is told (one sentence; the window translates it)."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The join file of the desk {name} was used on two computers: both write as that desk "
            "(nothing is lost); give one of them a join file of its own ('mornings desk add') "
            "and join it again.",
        ),
        name=name,
    )

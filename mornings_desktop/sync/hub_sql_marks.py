"""The hub's high-water marks and generation (DESIGN §6, "Hub"), included by `hub_sql` (same rules:
`SECURITY DEFINER` with `SET search_path = mornings, pg_temp`, no temporary object, every object
named with its schema; desk logins only EXECUTE).

- `ops.inc`: the incarnation named in a signed body (`''` for an unsigned row), indexed with
  `desk_id` and `desk_seq`;
- `inc_marks`: per `(desk_id, inc)`, the highest `desk_seq` up to which the hub holds every one
  (contiguous), and how many it holds above (beyond a gap); `ingest` advances it over the rows of each batch (`ADVANCE_SQL`, a scan of the
  rows above the old mark of the incarnations the batch touched);
- `ops.fold`: the numbering's fingerprint, the XOR of the 64-bit heads of the digests numbered up
  to each row (a row set aside by a revocation keeps its own in `revoked_ops`); `pull` returns it;
- `hub_marks(cursor)`: what a desk compares each round — the generation, the highest `hub_seq`
  given, the fingerprint at the desk's pull cursor, and every incarnation's mark. Desks re-push
  whatever they hold above a mark (their own operations and relayed ones), and pull again from
  the start when the generation changes or their cursor no longer matches the hub's numbering.

The generation is computed, never stored alone: `md5(meta.generation, oid of mornings.ops, oid of
the database)`. A hub restored from a dump (pg_dump/pg_restore, into the same database or
another one, on this server or another) gets its tables made again, so new oids: its generation
changes by itself, with nothing for the organiser to remember. A file-level restore (a copy of
the data folder, PITR) keeps the oids; desks then see that their pull cursor is above the hub's
numbering, or that the fingerprint at their cursor changed: the hub numbered other operations up
to it (`sync.hub_marks`).
"""

from __future__ import annotations

# The 64-bit head of an operation's digest (hex), as a bigint.
HEAD = "('x' || substr({t}digest, 1, 16))::bit(64)::bigint"

TABLES_SQL = """
-- The incarnation of each operation (DESIGN §6), from its signed body; '' for unsigned rows.
ALTER TABLE mornings.ops ADD COLUMN IF NOT EXISTS inc text;
UPDATE mornings.ops o
   SET inc = coalesce(CASE WHEN o.body IS NOT NULL
                                AND pg_catalog.pg_input_is_valid(o.body, 'jsonb')
                                AND jsonb_typeof(o.body::jsonb) = 'object'
                           THEN o.body::jsonb ->> 'inc' END, '')
 WHERE o.inc IS NULL;
ALTER TABLE mornings.ops ALTER COLUMN inc SET DEFAULT '';
ALTER TABLE mornings.ops ALTER COLUMN inc SET NOT NULL;
CREATE INDEX IF NOT EXISTS ops_incarnation ON mornings.ops (desk_id, inc, desk_seq);

-- The numbering's fingerprint: at each row, the XOR of the 64-bit heads of the digests numbered
-- up to it (`ingest` continues it). A desk remembers it at its cursor: a restored hub that
-- numbered other operations up to there shows another value.
ALTER TABLE mornings.ops ADD COLUMN IF NOT EXISTS fold bigint;
UPDATE mornings.ops o SET fold = x.f
  FROM (SELECT a.hub_seq, bit_xor(%(head)s) OVER (ORDER BY a.hub_seq) AS f
        FROM mornings.ops a) x
 WHERE o.hub_seq = x.hub_seq AND o.fold IS NULL;

-- Per incarnation, the highest desk_seq up to which the hub holds every operation, and how many
-- desk_seq it holds above (beyond a gap).
CREATE TABLE IF NOT EXISTS mornings.inc_marks (
    desk_id text NOT NULL,
    inc text NOT NULL,
    mark bigint NOT NULL,
    above bigint NOT NULL,
    PRIMARY KEY (desk_id, inc)
);
""".replace("%(head)s", HEAD.format(t="a."))

# The contiguous run above each touched incarnation's old mark: with the distinct desk_seq above
# it in order, `desk_seq - row_number()` equals the old mark exactly along the run; the rest lie
# beyond a gap (`above`).
_ADVANCE = """
    INSERT INTO mornings.inc_marks AS m (desk_id, inc, mark, above)
    SELECT t.desk_id, t.inc, t.old + c.run, c.total - c.run
    FROM (SELECT DISTINCT o.desk_id, o.inc, coalesce(x.mark, 0) AS old
          FROM mornings.ops o
          LEFT JOIN mornings.inc_marks x ON x.desk_id = o.desk_id AND x.inc = o.inc
          WHERE %(touched)s) t
    CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE r.k = t.old) AS run, count(*) AS total
        FROM (SELECT s.desk_seq - row_number() OVER (ORDER BY s.desk_seq) AS k
              FROM (SELECT DISTINCT o.desk_seq FROM mornings.ops o
                    WHERE o.desk_id = t.desk_id AND o.inc = t.inc
                      AND o.desk_seq > t.old) s) r
    ) c
    ON CONFLICT (desk_id, inc) DO %(conflict)s
"""

# In `ingest`, after the batch is stored (under the numbering lock): its incarnations advance.
ADVANCE_SQL = (
    _ADVANCE.replace("%(touched)s", "o.hub_seq > seq_before").replace(
        "%(conflict)s", "UPDATE SET mark = EXCLUDED.mark, above = EXCLUDED.above"
    )
    + ";"
)

# `hub init`: the incarnations without a mark get one (a hub upgraded from version 4 or older). Marks
# already there stay: operations set aside by a revocation keep counting as held.
BACKFILL_SQL = (
    _ADVANCE.replace("%(touched)s", "x.mark IS NULL").replace("%(conflict)s", "NOTHING") + ";\n"
)

FUNCTIONS_SQL = """
CREATE OR REPLACE FUNCTION mornings.hub_marks(cursor_seq bigint)
RETURNS TABLE (generation text, last_seq bigint, cursor_fold bigint, desk_id text, inc text,
               mark bigint, above bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = mornings, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    IF NOT EXISTS (SELECT 1 FROM mornings.logins l WHERE l.login = session_user::text) THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT g.generation, g.last_seq, g.cursor_fold, m.desk_id, m.inc, m.mark, m.above
    FROM (SELECT md5(concat_ws(':',
                               (SELECT x.value FROM mornings.meta x WHERE x.key = 'generation'),
                               'mornings.ops'::pg_catalog.regclass::oid::text,
                               (SELECT d.oid::text FROM pg_catalog.pg_database d
                                WHERE d.datname = pg_catalog.current_database()))) AS generation,
                 (SELECT CASE WHEN s.is_called THEN s.last_value ELSE 0 END
                  FROM mornings.ops_hub_seq s) AS last_seq,
                 coalesce((SELECT o.fold FROM mornings.ops o WHERE o.hub_seq = cursor_seq),
                          (SELECT (v.op ->> 'fold')::bigint FROM mornings.revoked_ops v
                           WHERE v.hub_seq = cursor_seq)) AS cursor_fold) g
    LEFT JOIN mornings.inc_marks m ON true
    ORDER BY m.desk_id, m.inc;
END
$$;
"""

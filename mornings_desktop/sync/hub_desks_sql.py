"""The hub's SQL for the desk lifecycle (DESIGN.md §6, "Joining", "Incarnations and revocation").

Kept apart from `hub_sql.py` (ingest and pull) and run by `hub init` after it, as the NOLOGIN
owner role, with the same rules: every function `SECURITY DEFINER` with
`SET search_path = mornings, pg_temp`, every object named with its schema, no temporary object.

- `mornings.desk_roster`: one row per desk login: its role (from `hub add-desk`), when it was last
  seen, its clock offset (desk minus hub, ms), when it was reset or revoked and the `until` time of
  the revocation.
- `mornings.desk_clock(desk_now)`: called by a desk each round with its own clock; records "last
  seen" and the offset for the calling login and answers the hub's clock. It writes at most once a
  minute per desk unless the offset moved by more than a second, so idle rounds stay cheap.
- `mornings.revoked_ops`: the operations of a revoked desk that the hub received after the
  revocation's `until` time, moved out of `mornings.ops` whole (`to_jsonb` of the row), kept.
  Their `op_people` rows stay, so an erasure recorded later (`mornings.erased`) blanks the
  person's values there too (trigger `erased_set_aside`).
- `ingest` (hub_sql) keeps out of `mornings.ops` any later delivery of an operation whose desk
  id belongs to a revoked login (`mornings.revoked_desks`), whoever delivers it, unless the
  organiser accepted it back (`mornings.accepted_digests`): it is set aside in
  `mornings.revoked_ops` instead (once per digest), where `sync accept` can take it back. Schema 7
  did it in a row trigger (`ops_refuse_revoked`, dropped): 30-50 us per pushed operation once any
  desk was revoked.
- `mornings.revocations`: the organisation-signed revocations `revoke-desk` and `sync accept`
  issue on the organiser's desk (schema version 4); `mornings.revocations()` hands them to every
  desk, which checks them against the organisation key (the hub does not).
- `mornings.offer_revocations(batch)` (schema 7): any desk login offers the revocations it holds
  (one made without a hub, `desk revoke`, reaches the hub this way); stored by digest with the
  offering login, at most `REVOCATIONS_PER_LOGIN` per login (`LARGE_REVOCATIONS_PER_LOGIN` of them
  over 4,000 characters) and `MAX_REVOCATION_CHARS` each: a hostile login cannot fill the table.
  The hub does not verify them (desks do); it does not set anything aside for them either (only
  `hub revoke-desk` does, with the organiser's admin login).

Every statement is idempotent.
"""

from __future__ import annotations

# Functions a desk login may EXECUTE, besides those of hub_sql.DESK_FUNCTIONS.
DESK_FUNCTIONS = ("desk_clock(timestamptz)", "revocations()", "offer_revocations(jsonb)")

REVOCATIONS_PER_LOGIN = 200
LARGE_REVOCATIONS_PER_LOGIN = 8
# A revised revocation names up to 10,000 digests taken back (67 characters each) and up to
# 1,000 incarnations (about 130 characters each).
MAX_REVOCATION_CHARS = 67 * 10_000 + 130 * 1_000 + 1_000

LIFECYCLE_SQL = (
    """
CREATE TABLE IF NOT EXISTS mornings.desk_roster (
    login text PRIMARY KEY,
    role text,
    last_seen timestamptz,
    clock_offset_ms bigint,
    reset_at timestamptz,
    revoked_at timestamptz,
    revoked_until timestamptz
);

CREATE TABLE IF NOT EXISTS mornings.revoked_ops (
    hub_seq bigint PRIMARY KEY,
    login text NOT NULL,
    moved_at timestamptz NOT NULL DEFAULT now(),
    op jsonb NOT NULL
);

-- The desk ids of revoked logins (what ingest looks up: one index probe per row).
CREATE TABLE IF NOT EXISTS mornings.revoked_desks (
    desk_id text PRIMARY KEY
);
INSERT INTO mornings.revoked_desks (desk_id)
SELECT c.desk_id FROM mornings.desk_claims c
JOIN mornings.desk_roster r ON r.login = c.login WHERE r.revoked_at IS NOT NULL
ON CONFLICT (desk_id) DO NOTHING;

-- Set-aside operations the organiser accepted back (`sync accept`): ingest lets them in.
CREATE TABLE IF NOT EXISTS mornings.accepted_digests (
    digest text PRIMARY KEY,
    accepted_at timestamptz NOT NULL DEFAULT now()
);

-- Organisation-signed revocations (desks verify them), handed to every desk.
CREATE TABLE IF NOT EXISTS mornings.revocations (
    digest text PRIMARY KEY,
    desk_id text NOT NULL,
    body text NOT NULL,
    sig text NOT NULL,
    issued text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);

-- The desk login that offered it (schema 7; NULL: issued with the admin login).
ALTER TABLE mornings.revocations ADD COLUMN IF NOT EXISTS login text;
CREATE INDEX IF NOT EXISTS revocations_login ON mornings.revocations (login);

REVOKE ALL ON mornings.desk_roster, mornings.revoked_ops, mornings.revoked_desks,
    mornings.accepted_digests, mornings.revocations FROM PUBLIC;

-- Revocations a desk holds (signed without a hub, carried by bundles), offered each round:
-- answers how many were new. Malformed, too large or over the login's share: not stored.
CREATE OR REPLACE FUNCTION mornings.offer_revocations(batch jsonb)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = mornings, pg_temp
AS $$
DECLARE
    e jsonb;
    b text;
    j jsonb;
    d text;
    desk text;
    stamp text;
    held int;
    large int;
    stored int := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM mornings.logins l WHERE l.login = session_user::text) THEN
        RAISE EXCEPTION 'This login is not a desk of this hub; ask the organiser for a desk login.'
            USING ERRCODE = 'MH001';
    END IF;
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' OR jsonb_array_length(batch) > 100 THEN
        RAISE EXCEPTION 'The hub takes at most 100 revocations at a time.' USING ERRCODE = 'MH003';
    END IF;
    SELECT count(*), count(*) FILTER (WHERE length(r.body) > 4000) INTO held, large
    FROM mornings.revocations r WHERE r.login = session_user::text;
    FOR e IN SELECT x.v FROM jsonb_array_elements(batch) AS x(v) LOOP
        IF jsonb_typeof(e -> 'body') IS DISTINCT FROM 'string'
           OR jsonb_typeof(e -> 'sig') IS DISTINCT FROM 'string'
           OR length(e ->> 'sig') > 100 OR length(e ->> 'body') > %(max_chars)s THEN
            CONTINUE;
        END IF;
        b := e ->> 'body';
        d := encode(sha256(convert_to(b, 'UTF8')), 'hex');
        IF EXISTS (SELECT 1 FROM mornings.revocations r WHERE r.digest = d) THEN
            CONTINUE;
        END IF;
        IF held >= %(per_login)s OR (length(b) > 4000 AND large >= %(large_per_login)s) THEN
            CONTINUE;
        END IF;
        BEGIN
            j := b::jsonb;
        EXCEPTION WHEN OTHERS THEN
            CONTINUE;
        END;
        IF jsonb_typeof(j) IS DISTINCT FROM 'object' THEN
            CONTINUE;
        END IF;
        desk := j ->> 'desk_id';
        stamp := j ->> 'issued';
        IF desk IS NULL OR length(desk) > 64 OR stamp IS NULL
           OR stamp !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$' THEN
            CONTINUE;
        END IF;
        INSERT INTO mornings.revocations AS r (digest, desk_id, body, sig, issued, login)
        VALUES (d, desk, b, e ->> 'sig', stamp, session_user::text)
        ON CONFLICT (digest) DO NOTHING;
        held := held + 1;
        IF length(b) > 4000 THEN
            large := large + 1;
        END IF;
        stored := stored + 1;
    END LOOP;
    RETURN stored;
END
$$;

CREATE OR REPLACE FUNCTION mornings.revocations()
RETURNS TABLE (body text, sig text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = mornings, pg_temp
AS $$
    SELECT r.body, r.sig FROM mornings.revocations r
    WHERE EXISTS (SELECT 1 FROM mornings.logins l WHERE l.login = session_user::text)
    -- those the organiser issued with the admin login first: offered ones cannot crowd them out
    ORDER BY (r.login IS NOT NULL), r.issued, r.digest
    LIMIT 10000
$$;

CREATE OR REPLACE FUNCTION mornings.desk_clock(desk_now timestamptz)
RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = mornings, pg_temp
AS $$
DECLARE
    caller text := session_user::text;
    hub_now timestamptz := clock_timestamp();
    offset_ms bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM mornings.logins l WHERE l.login = caller) THEN
        RAISE EXCEPTION 'This login is not a desk of this hub; ask the organiser for a desk login.'
            USING ERRCODE = 'MH001';
    END IF;
    IF desk_now IS NOT NULL AND isfinite(desk_now) THEN
        offset_ms := greatest(-1000000000000000,
                              least(1000000000000000,
                                    round(extract(epoch FROM desk_now - hub_now) * 1000)))::bigint;
    END IF;
    INSERT INTO mornings.desk_roster AS r (login, last_seen, clock_offset_ms)
    VALUES (caller, hub_now, offset_ms)
    ON CONFLICT (login) DO UPDATE
        SET last_seen = EXCLUDED.last_seen, clock_offset_ms = EXCLUDED.clock_offset_ms
        WHERE r.last_seen IS NULL
           OR r.last_seen < EXCLUDED.last_seen - interval '60 seconds'
           OR (r.clock_offset_ms IS NULL) <> (EXCLUDED.clock_offset_ms IS NULL)
           OR abs(r.clock_offset_ms - EXCLUDED.clock_offset_ms) > 1000;
    RETURN hub_now;
END
$$;

-- Schema 7 set a revoked desk's later operations aside in a row trigger on mornings.ops, enabled by
-- the first revocation (30-50 us per pushed operation); ingest does it in its set-based statement.
DROP TRIGGER IF EXISTS ops_refuse_revoked ON mornings.ops;
DROP FUNCTION IF EXISTS mornings.refuse_revoked();
-- What ingest and `sync accept` look set-aside operations up by.
CREATE INDEX IF NOT EXISTS revoked_ops_digest ON mornings.revoked_ops ((op ->> 'digest'));

-- Erasure reaches the operations set aside too: when ingest records an erased person, their
-- values leave the set-aside operations that carry them (found by op_people, kept for them).
CREATE OR REPLACE FUNCTION mornings.erase_set_aside()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = mornings, pg_temp
AS $$
BEGIN
    UPDATE mornings.revoked_ops v
       SET op = jsonb_set(v.op, '{payload}',
                          to_jsonb(mornings.redact(v.op ->> 'type', v.op ->> 'payload',
                                                   ARRAY[NEW.person_id])))
     WHERE v.hub_seq IN (SELECT p.hub_seq FROM mornings.op_people p
                         WHERE p.person_id = NEW.person_id)
       AND v.op ->> 'type' <> 'person.erased';
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS erased_set_aside ON mornings.erased;
CREATE TRIGGER erased_set_aside AFTER INSERT ON mornings.erased
    FOR EACH ROW EXECUTE FUNCTION mornings.erase_set_aside();

REVOKE ALL ON FUNCTION mornings.desk_clock(timestamptz),
    mornings.erase_set_aside(), mornings.revocations(), mornings.offer_revocations(jsonb)
    FROM PUBLIC;
""".replace("%(max_chars)s", str(MAX_REVOCATION_CHARS))
    .replace("%(per_login)s", str(REVOCATIONS_PER_LOGIN))
    .replace("%(large_per_login)s", str(LARGE_REVOCATIONS_PER_LOGIN))
)

# Parameter: login. Its desk ids join the revoked ones (a revoked login claims no new one).
NOTE_REVOKED_DESKS_SQL = """
INSERT INTO mornings.revoked_desks (desk_id)
SELECT c.desk_id FROM mornings.desk_claims c WHERE c.login = %(login)s
ON CONFLICT (desk_id) DO NOTHING
"""

# Parameter: digests (text[]). First (its own statement): note them, so ingest lets them in.
NOTE_ACCEPTED_SQL = """
INSERT INTO mornings.accepted_digests (digest)
SELECT v.op ->> 'digest' FROM mornings.revoked_ops v WHERE v.op ->> 'digest' = ANY (%(digests)s)
ON CONFLICT (digest) DO NOTHING
"""

# Then, under the numbering lock: the set-aside operations named go back into mornings.ops with
# new numbers (so every desk pulls them); their op_people rows follow.
# They come back without their old `fold` (the numbering's fingerprint is `ingest`'s): desks skip
# the fingerprint check at such a row (hub_sql_marks).
ACCEPT_SQL = """
WITH taken AS (
    DELETE FROM mornings.revoked_ops v
    WHERE v.op ->> 'digest' = ANY (%(digests)s)
      AND NOT EXISTS (SELECT 1 FROM mornings.ops o WHERE o.digest = v.op ->> 'digest')
    RETURNING v.hub_seq AS old_seq, v.op
), back AS (
    INSERT INTO mornings.ops
    SELECT (jsonb_populate_record(NULL::mornings.ops,
                                  (t.op - 'fold') || jsonb_build_object(
                                      'hub_seq', nextval('mornings.ops_hub_seq'),
                                      -- set aside by a hub before version 5: no inc yet
                                      'inc', coalesce(t.op ->> 'inc',
                                                      (t.op ->> 'body')::jsonb ->> 'inc', '')))).*
    FROM (SELECT * FROM taken ORDER BY old_seq) t
    RETURNING mornings.ops.hub_seq, mornings.ops.digest
), moved_people AS (
    UPDATE mornings.op_people p SET hub_seq = b.hub_seq
    FROM taken t JOIN back b ON b.digest = t.op ->> 'digest'
    WHERE p.hub_seq = t.old_seq
)
SELECT b.digest FROM back b
"""

# Parameter: login. Every operation of the login's desk ids the hub holds, as (digest, desk_id,
# inc, desk_seq, prev, received_at); signed ones only (desks cannot check the others).
CHAIN_ROWS_SQL = """
SELECT o.digest, o.desk_id, o.body::jsonb ->> 'inc', o.desk_seq, o.body::jsonb ->> 'prev',
       o.received_at
FROM mornings.ops o JOIN mornings.desk_claims c ON c.desk_id = o.desk_id
WHERE c.login = %(login)s AND o.body IS NOT NULL
ORDER BY o.desk_id, o.desk_seq, o.received_at
"""

# Parameters: login, until, kept (text[]: the digests on the accepted chains). What the
# revocation does not accept leaves mornings.ops for mornings.revoked_ops: signed operations off
# the accepted chains, unsigned ones received after `until`; answers how many moved.
MOVE_UNACCEPTED_SQL = """
WITH moved AS (
    DELETE FROM mornings.ops o
    USING mornings.desk_claims c
    WHERE c.desk_id = o.desk_id AND c.login = %(login)s
      AND CASE WHEN o.body IS NULL THEN o.received_at > %(until)s
               ELSE NOT (o.digest = ANY (%(kept)s)) END
      AND NOT EXISTS (SELECT 1 FROM mornings.accepted_digests a WHERE a.digest = o.digest)
    RETURNING o.*
), kept AS (
    INSERT INTO mornings.revoked_ops (hub_seq, login, op)
    SELECT m.hub_seq, %(login)s, to_jsonb(m) FROM moved m
    ON CONFLICT (hub_seq) DO NOTHING
    RETURNING hub_seq
)
SELECT count(*) FROM kept
"""

HELD_SQL = """
SELECT v.op ->> 'digest', coalesce(l.desk_name, v.login), v.op ->> 'type', v.op ->> 'hlc',
       v.op ->> 'received_at'
FROM mornings.revoked_ops v LEFT JOIN mornings.logins l ON l.login = v.login
ORDER BY v.hub_seq
"""

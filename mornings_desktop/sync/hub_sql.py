"""The SQL text of the hub (schema `mornings`), run by `hub init` as the hub's NOLOGIN owner role.

Rules this text keeps (DESIGN.md §6, "Hub"):
- every function is `SECURITY DEFINER` with `SET search_path = mornings, pg_temp` and names every
  object with its schema; none creates a temporary object (batches are read set-based from the
  JSON array), so nothing a caller made in its own `pg_temp` can run with the owner's rights;
- numbering takes `LOCK TABLE mornings.seq_gate`, which desk logins have no right to take, and
  holds it until COMMIT: a reader that sees `hub_seq = n` committed has seen every smaller number
  that will ever commit (a rolled-back batch only leaves a gap);
- operations are stored by content: `digest` (SHA-256 of the body) is unique, not `op_id`, so a
  forged body pushed under a genuine op_id never blocks the genuine one; any desk login delivers
  any well-shaped signed operation (relays: a desk pushes what it received by bundle); desks
  verify the signatures. An unsigned (version 1) row, which no desk can verify, is still taken
  only from the login that claimed its desk id. `desk_claims` names the login of each desk id (made by `hub add-desk` for certified
  desks, else by the first delivery): revocation and `hub desks` count by it; quotas are per
  delivering login;
- erasure is cheap: `op_people` maps each operation to the people it carries (person.* and the
  people inside import.batch), so an erasure rewrites only that person's operations;
- per-login hourly quotas (`quota_use`); refusals raise SQLSTATE `MH…` with one plain sentence.
- per incarnation, the highest contiguous `desk_seq` held, the numbering's fingerprint and
  `hub_marks` (what desks compare each round to heal restores and relays) are in
  `hub_sql_marks.py`; the erasure helpers (`people_of`, `blank`, `redact`) in `hub_sql_people.py`.

Every statement is idempotent: re-running it upgrades a hub made by an older version.
"""

from __future__ import annotations

from mornings_desktop.sync import hub_sql_marks, hub_sql_people, hub_sql_signed

DEFAULT_HOURLY_QUOTA = 200_000
MAX_BATCH = 10_000
# The functions a desk login may EXECUTE (with their argument types, for GRANT).
DESK_FUNCTIONS = (
    "hub_info()",
    "hub_marks(bigint)",
    "ingest(jsonb)",
    "pull(bigint, int)",
    "scrub(text[])",
    "offer_certificates(jsonb)",
    "offer_records(jsonb)",
    "certificates()",
)


_DIGEST = (
    "encode(sha256(convert_to(concat_ws(chr(31), {t}op_id, {t}desk_id, {t}desk_seq::text, "
    "{t}hlc, {t}type, {t}payload), 'UTF8')), 'hex')"
)
# A signed operation's identity is the SHA-256 of its body, as the desks compute it.
_BODY_DIGEST = "encode(sha256(convert_to({t}body, 'UTF8')), 'hex')"

TABLES_SQL = f"""
REVOKE ALL ON SCHEMA mornings FROM PUBLIC;

CREATE TABLE IF NOT EXISTS mornings.meta (
    key text PRIMARY KEY,
    value text NOT NULL
);

CREATE SEQUENCE IF NOT EXISTS mornings.ops_hub_seq;

CREATE TABLE IF NOT EXISTS mornings.ops (
    hub_seq bigint PRIMARY KEY,
    op_id text NOT NULL,
    desk_id text NOT NULL,
    desk_seq bigint NOT NULL,
    hlc text NOT NULL,
    type text NOT NULL,
    payload text NOT NULL,
    login text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    digest text
);
-- Version 1 kept op_id unique: a forged body pushed first under a genuine op_id blocked it.
ALTER TABLE mornings.ops ADD COLUMN IF NOT EXISTS digest text;
ALTER TABLE mornings.ops DROP CONSTRAINT IF EXISTS ops_op_id_key;
UPDATE mornings.ops SET digest = {_DIGEST.format(t="")} WHERE digest IS NULL;
ALTER TABLE mornings.ops ALTER COLUMN digest SET NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS ops_digest ON mornings.ops (digest);
CREATE INDEX IF NOT EXISTS ops_op_id ON mornings.ops (op_id);

-- Which desk login may push operations of a desk id (claimed by the first push).
CREATE TABLE IF NOT EXISTS mornings.desk_claims (
    desk_id text PRIMARY KEY,
    login text NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now()
);

-- The desk logins made by `hub add-desk`; a NULL quota means the hub's default (meta).
CREATE TABLE IF NOT EXISTS mornings.logins (
    login text PRIMARY KEY,
    desk_name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE mornings.logins ADD COLUMN IF NOT EXISTS hourly_quota bigint;

-- Operations received per login and hour (only the current hour is kept).
CREATE TABLE IF NOT EXISTS mornings.quota_use (
    login text NOT NULL,
    hour timestamptz NOT NULL,
    ops bigint NOT NULL,
    PRIMARY KEY (login, hour)
);

-- The numbering lock: ingest takes it EXCLUSIVE; desk logins have no right on it at all.
CREATE TABLE IF NOT EXISTS mornings.seq_gate ();

-- Which operations carry which person (person.* and the people of import.batch).
CREATE TABLE IF NOT EXISTS mornings.op_people (
    person_id text NOT NULL,
    hub_seq bigint NOT NULL,
    PRIMARY KEY (person_id, hub_seq)
);
CREATE INDEX IF NOT EXISTS op_people_seq ON mornings.op_people (hub_seq);

-- Erased people, with the hub_seq of the (first) erasure.
CREATE TABLE IF NOT EXISTS mornings.erased (
    person_id text PRIMARY KEY,
    hub_seq bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS erased_seq ON mornings.erased (hub_seq);

%(signed_tables)s
%(marks_tables)s
REVOKE ALL ON ALL TABLES IN SCHEMA mornings FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA mornings FROM PUBLIC;
""".replace("%(signed_tables)s", hub_sql_signed.TABLES_SQL).replace(
    "%(marks_tables)s", hub_sql_marks.TABLES_SQL
)

FUNCTIONS_SQL = (
    """
CREATE OR REPLACE FUNCTION mornings.hub_info()
RETURNS TABLE (org_id text, ticket_key text, hub_id text, schema_version int, login text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = mornings, pg_temp
AS $$
    SELECT (SELECT m.value FROM mornings.meta m WHERE m.key = 'org_id'),
           (SELECT m.value FROM mornings.meta m WHERE m.key = 'ticket_key'),
           (SELECT m.value FROM mornings.meta m WHERE m.key = 'hub_id'),
           (SELECT m.value::int FROM mornings.meta m WHERE m.key = 'schema_version'),
           session_user::text
$$;

%(people_helpers)s
CREATE OR REPLACE FUNCTION mornings.ingest(batch jsonb)
RETURNS TABLE (op_id text, status text, reason text)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = mornings, pg_temp
SET lock_timeout = '30s'
AS $$
#variable_conflict use_column
DECLARE
    caller text := session_user::text;
    allowed bigint;
    used bigint;
    n int;
    seq_before bigint;
    fold_before bigint;
BEGIN
    SELECT coalesce(l.hourly_quota,
                    (SELECT m.value::bigint FROM mornings.meta m WHERE m.key = 'hourly_quota'),
                    %(quota)s)
      INTO allowed
      FROM mornings.logins l WHERE l.login = caller;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'This login is not a desk of this hub; ask the organiser for a desk login.'
            USING ERRCODE = 'MH001';
    END IF;
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'The hub expects a list of operations; update Mornings Desktop on this desk.'
            USING ERRCODE = 'MH002';
    END IF;
    n := jsonb_array_length(batch);
    IF n > %(max_batch)s THEN
        RAISE EXCEPTION 'The hub takes at most %(max_batch)s operations at a time; update Mornings Desktop on this desk.'
            USING ERRCODE = 'MH003';
    END IF;

    -- Hourly quota of this login (the counter row also serialises a login's own calls).
    DELETE FROM mornings.quota_use q WHERE q.login = caller AND q.hour < date_trunc('hour', now());
    INSERT INTO mornings.quota_use AS q (login, hour, ops)
    VALUES (caller, date_trunc('hour', now()), n)
    ON CONFLICT (login, hour) DO UPDATE SET ops = q.ops + EXCLUDED.ops
    RETURNING q.ops INTO used;
    IF used > allowed THEN
        RAISE EXCEPTION 'This desk has used its quota of % operations for this hour; it can send again next hour.', allowed
            USING ERRCODE = 'MH004';
    END IF;

    -- Number rows one transaction after another (see the module's docstring).
    LOCK TABLE mornings.seq_gate IN EXCLUSIVE MODE;
    SELECT CASE WHEN s.is_called THEN s.last_value ELSE 0 END INTO seq_before
      FROM mornings.ops_hub_seq s;
    SELECT o.fold INTO fold_before FROM mornings.ops o ORDER BY o.hub_seq DESC LIMIT 1;

    RETURN QUERY
    WITH parsed AS MATERIALIZED (
        -- One row per element; a signed body is parsed here once (it was parsed seven times per
        -- row by a row-wise check, half of a push's time on the hub), and only when it is a valid
        -- JSON text of at most 4,000,000 characters (anything else is refused below).
        SELECT e.ord, e.v ->> 'op_id' AS op_id, e.v ->> 'desk_id' AS desk_id,
               CASE WHEN jsonb_typeof(e.v -> 'desk_seq') = 'number'
                         AND (e.v ->> 'desk_seq') ~ '^[0-9]{1,15}$'
                    THEN (e.v ->> 'desk_seq')::bigint END AS desk_seq,
               e.v ->> 'hlc' AS hlc, e.v ->> 'type' AS type,
               CASE jsonb_typeof(e.v -> 'payload')
                    WHEN 'string' THEN e.v ->> 'payload'
                    WHEN 'object' THEN (e.v -> 'payload')::text END AS payload,
               CASE WHEN jsonb_typeof(e.v -> 'body') = 'string' THEN e.v ->> 'body' END AS body,
               CASE WHEN jsonb_typeof(e.v -> 'sig') = 'string' THEN e.v ->> 'sig' END AS sig,
               CASE WHEN jsonb_typeof(e.v -> 'personal') = 'object'
                    THEN e.v -> 'personal' END AS personal,
               CASE WHEN jsonb_typeof(e.v -> 'body') = 'string'
                         AND length(e.v ->> 'body') <= 4000000
                         AND pg_catalog.pg_input_is_valid(e.v ->> 'body', 'jsonb')
                    THEN (e.v ->> 'body')::jsonb END AS parsed_body
        FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(v, ord)
    ), checked AS (
        SELECT p.*,
               (p.op_id IS NULL OR p.desk_id IS NULL OR p.desk_seq IS NULL OR p.hlc IS NULL
                OR p.type IS NULL OR p.payload IS NULL
                OR p.op_id !~ '^[0-9a-f-]{36}$' OR p.desk_id !~ '^[0-9a-f-]{36}$'
                -- A signed body must name the same operation as the columns pushed beside it
                -- (the hub does not verify signatures: desks do).
                OR (p.body IS NOT NULL
                    AND NOT coalesce(p.sig IS NOT NULL AND length(p.sig) <= 100
                                     AND jsonb_typeof(p.parsed_body) = 'object'
                                     AND p.parsed_body ->> 'op_id' IS NOT DISTINCT FROM p.op_id
                                     AND p.parsed_body ->> 'desk_id' IS NOT DISTINCT FROM p.desk_id
                                     AND p.parsed_body ->> 'desk_seq'
                                         IS NOT DISTINCT FROM p.desk_seq::text
                                     AND p.parsed_body ->> 'hlc' IS NOT DISTINCT FROM p.hlc
                                     AND p.parsed_body ->> 'type' IS NOT DISTINCT FROM p.type,
                                     false))
               ) AS malformed,
               CASE WHEN p.body IS NULL THEN %(digest)s ELSE %(body_digest)s END AS digest
        FROM parsed p
    ), judged AS (
        SELECT k.*,
               -- Known: the same body; for an unsigned (version 1) row, also the same op_id
               -- from the same desk (a desk that redacted an erased person in its log before
               -- pushing sent another body). A signed body is known only by its digest, so a
               -- forged body under a genuine op_id, relayed first, blocks nothing.
               (EXISTS (SELECT 1 FROM mornings.ops o WHERE o.digest = k.digest)
                OR (k.body IS NULL
                    AND EXISTS (SELECT 1 FROM mornings.ops o
                                WHERE o.op_id = k.op_id AND o.desk_id = k.desk_id
                                  AND o.body IS NULL))) AS known,
               -- An unsigned (version 1) row cannot be verified by desks: only the login that
               -- claimed its desk id delivers it.
               k.body IS NULL AND c.login IS NOT NULL AND c.login <> caller AS foreign_desk
        FROM checked k LEFT JOIN mornings.desk_claims c ON c.desk_id = k.desk_id
    ), newrows AS (
        -- Any desk login delivers any well-shaped signed operation (relays): desks verify
        -- the signatures.
        SELECT DISTINCT ON (j.digest) j.*
        FROM judged j WHERE NOT j.malformed AND NOT j.known AND NOT j.foreign_desk
        ORDER BY j.digest, j.ord
    ), claimed AS (
        -- A desk id not claimed yet (a desk joined without a certified identity) is claimed by
        -- the login that first delivers it; certified desk ids are claimed by `hub add-desk`.
        INSERT INTO mornings.desk_claims (desk_id, login)
        SELECT DISTINCT r.desk_id, caller FROM newrows r
        ON CONFLICT (desk_id) DO NOTHING
    ), fresh AS (
        INSERT INTO mornings.ops (hub_seq, op_id, desk_id, desk_seq, hlc, type, payload, login,
                                  digest, body, sig, inc, fold)
        SELECT nextval('mornings.ops_hub_seq'), r.op_id, r.desk_id, r.desk_seq, r.hlc, r.type,
               r.payload, caller, r.digest, r.body, r.sig,
               coalesce(r.parsed_body ->> 'inc', ''),
               coalesce(fold_before, 0) # bit_xor(%(head)s) OVER (ORDER BY r.ord)
        FROM (SELECT * FROM newrows ORDER BY ord) r
        RETURNING mornings.ops.hub_seq, mornings.ops.digest, mornings.ops.type,
                  mornings.ops.payload
    ), blocks AS (
        INSERT INTO mornings.personal (digest, subject, block)
        SELECT r.digest, b.key, b.value::text
        FROM newrows r CROSS JOIN LATERAL jsonb_each(r.personal) AS b(key, value)
        WHERE r.body IS NOT NULL AND r.personal IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM mornings.scrubbed s WHERE s.subject = b.key)
        ON CONFLICT DO NOTHING
    ), people AS (
        INSERT INTO mornings.op_people (person_id, hub_seq)
        SELECT DISTINCT x.id, f.hub_seq
        FROM fresh f CROSS JOIN LATERAL mornings.people_of(f.type, f.payload) AS x(id)
        WHERE f.type LIKE 'person.%' OR f.type = 'import.batch'
        ON CONFLICT DO NOTHING
    )
    SELECT j.op_id,
           CASE WHEN j.malformed THEN 'refused'
                WHEN j.known THEN 'present'
                WHEN j.foreign_desk THEN 'refused'
                WHEN f.digest IS NOT NULL THEN 'stored'
                ELSE 'present' END,
           CASE WHEN j.malformed
                THEN 'The hub refused a malformed operation; it stays aside on this desk.'
                WHEN NOT j.known AND j.foreign_desk
                THEN 'The hub refused an operation of a desk that belongs to another desk login.'
           END
    FROM judged j LEFT JOIN (SELECT DISTINCT fr.digest FROM fresh fr) f ON f.digest = j.digest
    ORDER BY j.ord;

    -- Per incarnation, the highest contiguous desk_seq held (hub_marks).
%(advance_marks)s

    -- Erasure (law 09-08 / GDPR) reaches the hub too: the personal values of an erased person
    -- leave every operation that carries them (person.* and import.batch), found by op_people.
    INSERT INTO mornings.erased (person_id, hub_seq)
    SELECT DISTINCT ON (x.id) x.id, o.hub_seq
    FROM mornings.ops o CROSS JOIN LATERAL mornings.people_of(o.type, o.payload) AS x(id)
    WHERE o.hub_seq > seq_before AND o.type = 'person.erased'
    ORDER BY x.id, o.hub_seq
    ON CONFLICT (person_id) DO NOTHING;

    UPDATE mornings.ops o SET payload = mornings.redact(o.type, o.payload, t.ids)
    FROM (SELECT w.hub_seq, array_agg(DISTINCT w.person_id) AS ids
          FROM (SELECT p.hub_seq, p.person_id
                FROM mornings.op_people p JOIN mornings.erased e ON e.person_id = p.person_id
                WHERE p.hub_seq > seq_before
                UNION ALL
                SELECT p.hub_seq, p.person_id
                FROM mornings.erased e JOIN mornings.op_people p ON p.person_id = e.person_id
                WHERE e.hub_seq > seq_before) w
          GROUP BY w.hub_seq) t
    WHERE o.hub_seq = t.hub_seq AND o.type <> 'person.erased';
END
$$;

-- Version 2 returned no signed form, version 3 no fingerprint: its result type changes, so it is
-- made again (the grants of desk logins are given again by `hub init`).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_proc f
               JOIN pg_catalog.pg_namespace n ON n.oid = f.pronamespace
               WHERE n.nspname = 'mornings' AND f.proname = 'pull'
                 AND NOT 'fold' = ANY (coalesce(f.proargnames, '{}'::text[]))) THEN
        DROP FUNCTION mornings.pull(bigint, int);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION mornings.pull(after bigint, max_rows int)
RETURNS TABLE (hub_seq bigint, op_id text, desk_id text, desk_seq bigint, hlc text, type text,
               payload text, body text, sig text, personal jsonb, fold bigint)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = mornings, pg_temp
AS $$
    SELECT o.hub_seq, o.op_id, o.desk_id, o.desk_seq, o.hlc, o.type, o.payload, o.body, o.sig,
           (SELECT jsonb_object_agg(b.subject, b.block::jsonb)
            FROM mornings.personal b WHERE b.digest = o.digest AND o.body IS NOT NULL),
           o.fold
    FROM mornings.ops o
    WHERE o.hub_seq > after
      AND EXISTS (SELECT 1 FROM mornings.logins l WHERE l.login = session_user::text)
    ORDER BY o.hub_seq
    LIMIT greatest(1, least(max_rows, 10000))
$$;

%(signed_functions)s
%(marks_functions)s
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA mornings FROM PUBLIC;
""".replace("%(people_helpers)s", hub_sql_people.HELPERS_SQL)
    .replace("%(quota)s", str(DEFAULT_HOURLY_QUOTA))
    .replace("%(max_batch)s", str(MAX_BATCH))
    .replace("%(digest)s", _DIGEST.format(t="p."))
    .replace("%(body_digest)s", _BODY_DIGEST.format(t="p."))
    .replace("%(signed_functions)s", hub_sql_signed.FUNCTIONS_SQL)
    .replace("%(marks_functions)s", hub_sql_marks.FUNCTIONS_SQL)
    .replace("%(advance_marks)s", hub_sql_marks.ADVANCE_SQL)
    .replace("%(head)s", hub_sql_marks.HEAD.format(t="r."))
)

# Version 1 of the hub put people's data into operations before op_people existed; version 4 had
# no marks.
BACKFILL_SQL = hub_sql_marks.BACKFILL_SQL + hub_sql_people.BACKFILL_SQL

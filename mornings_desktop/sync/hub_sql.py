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
  `hub_sql_marks.py`; the erasure helpers (`people_of`, `blank`, `redact`) in `hub_sql_people.py`;
  `ingest` itself, one set-based statement per batch, in `hub_sql_ingest.py`.

Every statement is idempotent: re-running it upgrades a hub made by an older version.
"""

from __future__ import annotations

from mornings_desktop.sync import hub_sql_ingest, hub_sql_marks, hub_sql_people, hub_sql_signed
from mornings_desktop.sync.hub_sql_ingest import DEFAULT_HOURLY_QUOTA as DEFAULT_HOURLY_QUOTA
from mornings_desktop.sync.hub_sql_ingest import MAX_BATCH as MAX_BATCH
from mornings_desktop.sync.hub_sql_ingest import UNSIGNED_DIGEST

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
UPDATE mornings.ops SET digest = {UNSIGNED_DIGEST.format(t="")} WHERE digest IS NULL;
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
%(ingest)s-- Version 2 returned no signed form, version 3 no fingerprint: its result type changes, so it is
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
    .replace("%(ingest)s", hub_sql_ingest.INGEST_SQL)
    .replace("%(signed_functions)s", hub_sql_signed.FUNCTIONS_SQL)
    .replace("%(marks_functions)s", hub_sql_marks.FUNCTIONS_SQL)
)

# Version 1 of the hub put people's data into operations before op_people existed; version 4 had
# no marks.
BACKFILL_SQL = hub_sql_marks.BACKFILL_SQL + hub_sql_people.BACKFILL_SQL

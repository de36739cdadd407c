-- The hub schema of version 1 (before hardening), to test that hub init upgrades it.

CREATE SCHEMA IF NOT EXISTS mornings;
REVOKE ALL ON SCHEMA mornings FROM PUBLIC;

CREATE TABLE IF NOT EXISTS mornings.meta (
    key text PRIMARY KEY,
    value text NOT NULL
);

CREATE SEQUENCE IF NOT EXISTS mornings.ops_hub_seq;

CREATE TABLE IF NOT EXISTS mornings.ops (
    hub_seq bigint PRIMARY KEY,
    op_id text NOT NULL UNIQUE,
    desk_id text NOT NULL,
    desk_seq bigint NOT NULL,
    hlc text NOT NULL,
    type text NOT NULL,
    payload text NOT NULL,
    login text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);

-- Which desk login may push operations of a desk id (claimed by the first push).
CREATE TABLE IF NOT EXISTS mornings.desk_claims (
    desk_id text PRIMARY KEY,
    login text NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now()
);

-- The desk logins made by `hub add-desk`.
CREATE TABLE IF NOT EXISTS mornings.logins (
    login text PRIMARY KEY,
    desk_name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

REVOKE ALL ON ALL TABLES IN SCHEMA mornings FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA mornings FROM PUBLIC;

CREATE OR REPLACE FUNCTION mornings.hub_info()
RETURNS TABLE (org_id text, ticket_key text, hub_id text, schema_version int, login text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = mornings, pg_temp
AS $$
    SELECT (SELECT value FROM mornings.meta WHERE key = 'org_id'),
           (SELECT value FROM mornings.meta WHERE key = 'ticket_key'),
           (SELECT value FROM mornings.meta WHERE key = 'hub_id'),
           (SELECT value::int FROM mornings.meta WHERE key = 'schema_version'),
           session_user::text
$$;

CREATE OR REPLACE FUNCTION mornings.ingest(batch jsonb)
RETURNS TABLE (op_id text, status text, reason text)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = mornings, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    caller text := session_user::text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM mornings.logins l WHERE l.login = caller) THEN
        RAISE EXCEPTION 'role % is not a desk login of this hub', caller
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'ingest expects a JSON array of operations';
    END IF;
    -- Number rows one transaction after another: see the module's docstring.
    PERFORM pg_advisory_xact_lock(7466152901);

    CREATE TEMP TABLE IF NOT EXISTS _incoming (
        ord int, op_id text, desk_id text, desk_seq bigint, hlc text, type text, payload text,
        status text, reason text
    ) ON COMMIT DELETE ROWS;
    DELETE FROM _incoming;  -- a second call in the same transaction starts empty too
    INSERT INTO _incoming (ord, op_id, desk_id, desk_seq, hlc, type, payload)
    SELECT e.ord, e.value->>'op_id', e.value->>'desk_id',
           CASE WHEN jsonb_typeof(e.value->'desk_seq') = 'number'
                THEN (e.value->>'desk_seq')::numeric::bigint END,
           e.value->>'hlc', e.value->>'type',
           CASE jsonb_typeof(e.value->'payload')
                WHEN 'string' THEN e.value->>'payload'
                WHEN 'object' THEN (e.value->'payload')::text END
    FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(value, ord);

    UPDATE _incoming i SET status = 'refused', reason = 'malformed operation'
    WHERE i.op_id IS NULL OR i.desk_id IS NULL OR i.desk_seq IS NULL OR i.hlc IS NULL
       OR i.type IS NULL OR i.payload IS NULL
       OR i.op_id !~ '^[0-9a-f-]{36}$' OR i.desk_id !~ '^[0-9a-f-]{36}$';

    -- Already on the hub: confirmed again (a push whose answer was lost is retried).
    UPDATE _incoming i SET status = 'present'
    FROM mornings.ops o WHERE i.status IS NULL AND o.op_id = i.op_id;

    -- Claim unclaimed desk ids for the caller, then refuse what belongs to another login.
    INSERT INTO mornings.desk_claims (desk_id, login)
    SELECT DISTINCT i.desk_id, caller FROM _incoming i WHERE i.status IS NULL
    ON CONFLICT (desk_id) DO NOTHING;
    UPDATE _incoming i SET status = 'refused',
        reason = 'desk ' || i.desk_id || ' belongs to another desk login'
    FROM mornings.desk_claims c
    WHERE i.status IS NULL AND c.desk_id = i.desk_id AND c.login <> caller;

    WITH fresh AS (
        INSERT INTO mornings.ops (hub_seq, op_id, desk_id, desk_seq, hlc, type, payload, login)
        SELECT nextval('mornings.ops_hub_seq'), i.op_id, i.desk_id, i.desk_seq, i.hlc, i.type,
               i.payload, caller
        FROM (SELECT DISTINCT ON (op_id) * FROM _incoming WHERE status IS NULL
              ORDER BY op_id, ord) i
        ORDER BY i.ord
        ON CONFLICT ON CONSTRAINT ops_op_id_key DO NOTHING
        RETURNING mornings.ops.op_id
    )
    UPDATE _incoming i SET status = 'stored' FROM fresh f WHERE f.op_id = i.op_id;
    UPDATE _incoming i SET status = 'present' WHERE i.status IS NULL;

    -- Erasure (law 09-08 / GDPR) reaches the hub too: the personal fields of an erased person's
    -- logged operations are blanked, as each desk does in its own log.
    IF EXISTS (SELECT 1 FROM _incoming i WHERE i.status = 'stored' AND i.type LIKE 'person.%') THEN
        UPDATE mornings.ops o
        SET payload = jsonb_set(
                o.payload::jsonb, '{fields}',
                (SELECT jsonb_object_agg(f.k, CASE WHEN f.k = ANY (ARRAY['first_name','last_name','organisation','job_title','email','phone']) THEN 'null'::jsonb
                                                   ELSE f.v END)
                 FROM jsonb_each(o.payload::jsonb -> 'fields') AS f(k, v)))::text
        WHERE o.type LIKE 'person.%' AND o.type <> 'person.erased'
          AND jsonb_typeof(o.payload::jsonb -> 'fields') = 'object'
          AND o.payload::jsonb -> 'fields' <> '{}'::jsonb
          AND (o.payload::jsonb ->> 'id') IN (
              SELECT e.payload::jsonb ->> 'id' FROM mornings.ops e
              WHERE e.type = 'person.erased'
                AND (e.payload::jsonb ->> 'id') IN (
                    SELECT i.payload::jsonb ->> 'id' FROM _incoming i
                    WHERE i.status = 'stored' AND i.type LIKE 'person.%'))
          AND EXISTS (SELECT 1 FROM jsonb_each(o.payload::jsonb -> 'fields') AS f(k, v)
                      WHERE f.k = ANY (ARRAY['first_name','last_name','organisation','job_title','email','phone']) AND f.v <> 'null'::jsonb);
    END IF;

    RETURN QUERY SELECT i.op_id, i.status, i.reason FROM _incoming i ORDER BY i.ord;
END
$$;

CREATE OR REPLACE FUNCTION mornings.pull(after bigint, max_rows int)
RETURNS TABLE (hub_seq bigint, op_id text, desk_id text, desk_seq bigint, hlc text, type text,
               payload text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = mornings, pg_temp
AS $$
    SELECT o.hub_seq, o.op_id, o.desk_id, o.desk_seq, o.hlc, o.type, o.payload
    FROM mornings.ops o
    WHERE o.hub_seq > after
      AND EXISTS (SELECT 1 FROM mornings.logins l WHERE l.login = session_user::text)
    ORDER BY o.hub_seq
    LIMIT greatest(1, least(max_rows, 10000))
$$;

REVOKE ALL ON FUNCTION mornings.hub_info() FROM PUBLIC;
REVOKE ALL ON FUNCTION mornings.ingest(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION mornings.pull(bigint, int) FROM PUBLIC;

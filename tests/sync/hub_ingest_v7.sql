-- The hub's ingest() of schema 7 (main at 9d3a56c), kept as the reference the set-based rewrite
-- is compared with (tests/sync/test_ingest_reference.py): installed in place of the new one on a
-- second hub, both hubs get the same batches and must answer and store exactly the same.
-- body_matches() is the row-wise check it called (seven parses of each body); refuse_revoked() the
-- row trigger that set a revoked desk's later operations aside (enabled here from the start: with
-- no revoked desk it lets everything in, as it did disabled).

CREATE OR REPLACE FUNCTION mornings.body_matches(body text, sig text, op_id text, desk_id text,
                                                 desk_seq bigint, hlc text, type text)
RETURNS boolean
LANGUAGE sql IMMUTABLE
AS $$
    SELECT sig IS NOT NULL AND length(sig) <= 100 AND length(body) <= 4000000
       AND pg_catalog.pg_input_is_valid(body, 'jsonb')
       AND jsonb_typeof(body::jsonb) = 'object'
       AND body::jsonb ->> 'op_id' IS NOT DISTINCT FROM op_id
       AND body::jsonb ->> 'desk_id' IS NOT DISTINCT FROM desk_id
       AND body::jsonb ->> 'desk_seq' IS NOT DISTINCT FROM desk_seq::text
       AND body::jsonb ->> 'hlc' IS NOT DISTINCT FROM hlc
       AND body::jsonb ->> 'type' IS NOT DISTINCT FROM type
$$;

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
                    200000)
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
    IF n > 10000 THEN
        RAISE EXCEPTION 'The hub takes at most 10000 operations at a time; update Mornings Desktop on this desk.'
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
    WITH parsed AS (
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
                    THEN e.v -> 'personal' END AS personal
        FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(v, ord)
    ), checked AS (
        SELECT p.*,
               (p.op_id IS NULL OR p.desk_id IS NULL OR p.desk_seq IS NULL OR p.hlc IS NULL
                OR p.type IS NULL OR p.payload IS NULL
                OR p.op_id !~ '^[0-9a-f-]{36}$' OR p.desk_id !~ '^[0-9a-f-]{36}$'
                OR (p.body IS NOT NULL AND NOT mornings.body_matches(p.body, p.sig, p.op_id,
                                                                     p.desk_id, p.desk_seq,
                                                                     p.hlc, p.type))
               ) AS malformed,
               CASE WHEN p.body IS NULL THEN encode(sha256(convert_to(concat_ws(chr(31), p.op_id, p.desk_id, p.desk_seq::text, p.hlc, p.type, p.payload), 'UTF8')), 'hex') ELSE encode(sha256(convert_to(p.body, 'UTF8')), 'hex') END AS digest
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
               coalesce(CASE WHEN r.body IS NOT NULL THEN r.body::jsonb ->> 'inc' END, ''),
               coalesce(fold_before, 0) # bit_xor(('x' || substr(r.digest, 1, 16))::bit(64)::bigint) OVER (ORDER BY r.ord)
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

    INSERT INTO mornings.inc_marks AS m (desk_id, inc, mark, above)
    SELECT t.desk_id, t.inc, t.old + c.run, c.total - c.run
    FROM (SELECT DISTINCT o.desk_id, o.inc, coalesce(x.mark, 0) AS old
          FROM mornings.ops o
          LEFT JOIN mornings.inc_marks x ON x.desk_id = o.desk_id AND x.inc = o.inc
          WHERE o.hub_seq > seq_before) t
    CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE r.k = t.old) AS run, count(*) AS total
        FROM (SELECT s.desk_seq - row_number() OVER (ORDER BY s.desk_seq) AS k
              FROM (SELECT DISTINCT o.desk_seq FROM mornings.ops o
                    WHERE o.desk_id = t.desk_id AND o.inc = t.inc
                      AND o.desk_seq > t.old) s) r
    ) c
    ON CONFLICT (desk_id, inc) DO UPDATE SET mark = EXCLUDED.mark, above = EXCLUDED.above
;

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

CREATE OR REPLACE FUNCTION mornings.refuse_revoked()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = mornings, pg_temp
AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM mornings.revoked_desks d WHERE d.desk_id = NEW.desk_id) THEN
        IF NOT EXISTS (SELECT 1 FROM mornings.accepted_digests a WHERE a.digest = NEW.digest) THEN
            -- Kept aside (once), for the organiser to take back one by one.
            IF NOT EXISTS (SELECT 1 FROM mornings.revoked_ops v
                           WHERE v.op ->> 'digest' = NEW.digest) THEN
                INSERT INTO mornings.revoked_ops (hub_seq, login, op)
                VALUES (NEW.hub_seq,
                        coalesce((SELECT c.login FROM mornings.desk_claims c
                                  WHERE c.desk_id = NEW.desk_id), NEW.login),
                        to_jsonb(NEW))
                ON CONFLICT (hub_seq) DO NOTHING;
            END IF;
            RETURN NULL;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS ops_refuse_revoked ON mornings.ops;
CREATE TRIGGER ops_refuse_revoked BEFORE INSERT ON mornings.ops
    FOR EACH ROW EXECUTE FUNCTION mornings.refuse_revoked();

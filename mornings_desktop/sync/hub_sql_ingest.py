"""The hub's `ingest(batch)` (DESIGN §6, "Hub"), included by `hub_sql` (same rules: `SECURITY
DEFINER` with `SET search_path = mornings, pg_temp`, no temporary object, every object named with
its schema; desk logins only EXECUTE it).

One call takes a JSON array of at most `MAX_BATCH` operations and answers each (`stored`,
`present`, or `refused` with one sentence), in one transaction, set-based: the per-login checks
(membership, hourly quota), the per-row checks (shape, a signed body naming the same operation as
its columns — each body parsed once), the lookups (known digests, desk claims, revoked desks,
accepted digests) and the writes (`ops`, `personal`, `op_people`, `desk_claims`,
`revoked_ops`) are one INSERT … SELECT over `jsonb_array_elements(batch)`; then the marks advance
(`hub_sql_marks.ADVANCE_SQL`) and erasures reach the payloads of unsigned rows (found by
`op_people`). Numbering is under `LOCK TABLE mornings.seq_gate` until COMMIT.

`tests/sync/test_ingest_reference.py` runs schema 7's row-wise version (`hub_ingest_v7.sql`)
beside it and requires the same answers and rows.
"""

from __future__ import annotations

from mornings_desktop.sync import hub_sql_marks

DEFAULT_HOURLY_QUOTA = 200_000
MAX_BATCH = 10_000

UNSIGNED_DIGEST = (
    "encode(sha256(convert_to(concat_ws(chr(31), {t}op_id, {t}desk_id, {t}desk_seq::text, "
    "{t}hlc, {t}type, {t}payload), 'UTF8')), 'hex')"
)
# A signed operation's identity is the SHA-256 of its body, as the desks compute it.
BODY_DIGEST = "encode(sha256(convert_to({t}body, 'UTF8')), 'hex')"

INGEST_SQL = (
    """
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
    ), numbered AS MATERIALIZED (
        -- Numbered in the batch's order. An operation of a revoked desk (`revoked_desks`,
        -- hub_desks_sql) that the organiser did not accept back is set aside, whoever delivers
        -- it, with its number and fingerprint (schema 7 did it row by row in a trigger).
        SELECT nextval('mornings.ops_hub_seq') AS hub_seq, r.op_id, r.desk_id, r.desk_seq,
               r.hlc, r.type, r.payload, r.digest, r.body, r.sig,
               coalesce(r.parsed_body ->> 'inc', '') AS inc,
               coalesce(fold_before, 0) # bit_xor(%(head)s) OVER (ORDER BY r.ord) AS fold,
               (EXISTS (SELECT 1 FROM mornings.revoked_desks d WHERE d.desk_id = r.desk_id)
                AND NOT EXISTS (SELECT 1 FROM mornings.accepted_digests a
                                WHERE a.digest = r.digest)) AS aside
        FROM (SELECT * FROM newrows ORDER BY ord) r
    ), fresh AS (
        INSERT INTO mornings.ops (hub_seq, op_id, desk_id, desk_seq, hlc, type, payload, login,
                                  digest, body, sig, inc, fold)
        SELECT n.hub_seq, n.op_id, n.desk_id, n.desk_seq, n.hlc, n.type, n.payload, caller,
               n.digest, n.body, n.sig, n.inc, n.fold
        FROM numbered n WHERE NOT n.aside ORDER BY n.hub_seq
        RETURNING mornings.ops.hub_seq, mornings.ops.digest, mornings.ops.type,
                  mornings.ops.payload
    ), set_aside AS (
        -- Once per digest, as the row `mornings.ops` would have held (`sync accept` takes it back).
        INSERT INTO mornings.revoked_ops (hub_seq, login, op)
        SELECT n.hub_seq,
               coalesce((SELECT c.login FROM mornings.desk_claims c WHERE c.desk_id = n.desk_id),
                        caller),
               jsonb_build_object('hub_seq', n.hub_seq, 'op_id', n.op_id, 'desk_id', n.desk_id,
                                  'desk_seq', n.desk_seq, 'hlc', n.hlc, 'type', n.type,
                                  'payload', n.payload, 'login', caller, 'received_at', now(),
                                  'digest', n.digest, 'body', n.body, 'sig', n.sig, 'inc', n.inc,
                                  'fold', n.fold)
        FROM numbered n
        WHERE n.aside
          AND NOT EXISTS (SELECT 1 FROM mornings.revoked_ops v WHERE v.op ->> 'digest' = n.digest)
        ON CONFLICT (hub_seq) DO NOTHING
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

""".replace("%(quota)s", str(DEFAULT_HOURLY_QUOTA))
    .replace("%(max_batch)s", str(MAX_BATCH))
    .replace("%(digest)s", UNSIGNED_DIGEST.format(t="p."))
    .replace("%(body_digest)s", BODY_DIGEST.format(t="p."))
    .replace("%(advance_marks)s", hub_sql_marks.ADVANCE_SQL)
    .replace("%(head)s", hub_sql_marks.HEAD.format(t="r."))
)

"""The hub's SQL about people (DESIGN §6, erasure), included by `hub_sql`: the helpers `ingest`
uses to find the people an operation carries and blank their values, and the backfill of a hub
made by version 1 (people's data in operations before `op_people` existed).

The helpers are not SECURITY DEFINER and nobody but the owner may EXECUTE them; they name every
object with its schema and run under `ingest`'s search_path.
"""

from __future__ import annotations

from mornings_desktop.ledger.handlers.people import PERSONAL_FIELDS

_PERSONAL = "ARRAY[" + ",".join(f"'{name}'" for name in PERSONAL_FIELDS) + "]::text[]"

HELPERS_SQL = """-- Helpers of ingest (not SECURITY DEFINER, no EXECUTE for anyone but the owner): they name every
-- object with its schema and run under ingest's search_path; without a SET clause PostgreSQL
-- inlines them, which keeps a push of 10,000 people cheap.

-- The ids of the people an operation carries (none for a payload that is not JSON).
CREATE OR REPLACE FUNCTION mornings.people_of(op_type text, payload text)
RETURNS SETOF text
LANGUAGE sql IMMUTABLE
AS $$
    SELECT ids.id
    FROM (SELECT CASE WHEN (op_type LIKE 'person.%' OR op_type = 'import.batch')
                           AND pg_catalog.pg_input_is_valid(payload, 'jsonb')
                      THEN payload::jsonb END AS p) s,
    LATERAL (
        SELECT s.p ->> 'id' WHERE op_type LIKE 'person.%' AND jsonb_typeof(s.p) = 'object'
        UNION ALL
        SELECT e ->> 'id'
        FROM jsonb_array_elements(CASE WHEN op_type = 'import.batch'
                                            AND jsonb_typeof(s.p -> 'people') = 'array'
                                       THEN s.p -> 'people' ELSE '[]'::jsonb END) AS e
    ) AS ids(id)
    WHERE ids.id IS NOT NULL
$$;

-- `fields` with every personal value blanked.
CREATE OR REPLACE FUNCTION mornings.blank(fields jsonb)
RETURNS jsonb
LANGUAGE sql IMMUTABLE
AS $$
    SELECT coalesce(jsonb_object_agg(f.k, CASE WHEN f.k = ANY (%(personal)s) THEN 'null'::jsonb
                                               ELSE f.v END), '{}'::jsonb)
    FROM jsonb_each(fields) AS f(k, v)
$$;

-- The payload with the personal values of the people `ids` blanked.
CREATE OR REPLACE FUNCTION mornings.redact(op_type text, payload text, ids text[])
RETURNS text
LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE
        WHEN NOT pg_catalog.pg_input_is_valid(payload, 'jsonb') THEN payload
        WHEN op_type = 'import.batch' AND jsonb_typeof(payload::jsonb -> 'people') = 'array' THEN
            jsonb_set(payload::jsonb, '{people}', (
                SELECT coalesce(jsonb_agg(
                    CASE WHEN x ->> 'id' = ANY (ids) AND jsonb_typeof(x -> 'fields') = 'object'
                         THEN jsonb_set(x, '{fields}', mornings.blank(x -> 'fields'))
                         ELSE x END ORDER BY n), '[]'::jsonb)
                FROM jsonb_array_elements(payload::jsonb -> 'people') WITH ORDINALITY AS a(x, n)
            ))::text
        WHEN jsonb_typeof(payload::jsonb -> 'fields') = 'object' THEN
            jsonb_set(payload::jsonb, '{fields}', mornings.blank(payload::jsonb -> 'fields'))::text
        ELSE payload
    END
$$;

""".replace("%(personal)s", _PERSONAL)

BACKFILL_SQL = """
INSERT INTO mornings.op_people (person_id, hub_seq)
SELECT DISTINCT x.id, o.hub_seq
FROM mornings.ops o CROSS JOIN LATERAL mornings.people_of(o.type, o.payload) AS x(id)
WHERE (o.type LIKE 'person.%' OR o.type = 'import.batch')
  AND NOT EXISTS (SELECT 1 FROM mornings.op_people p WHERE p.hub_seq = o.hub_seq)
ON CONFLICT DO NOTHING;

INSERT INTO mornings.erased (person_id, hub_seq)
SELECT DISTINCT ON (x.id) x.id, o.hub_seq
FROM mornings.ops o CROSS JOIN LATERAL mornings.people_of(o.type, o.payload) AS x(id)
WHERE o.type = 'person.erased'
ORDER BY x.id, o.hub_seq
ON CONFLICT (person_id) DO NOTHING;

UPDATE mornings.ops o SET payload = mornings.redact(o.type, o.payload, t.ids)
FROM (SELECT p.hub_seq, array_agg(DISTINCT p.person_id) AS ids
      FROM mornings.op_people p JOIN mornings.erased e ON e.person_id = p.person_id
      GROUP BY p.hub_seq) t
WHERE o.hub_seq = t.hub_seq AND o.type <> 'person.erased'
  AND mornings.redact(o.type, o.payload, t.ids) IS DISTINCT FROM o.payload;
"""

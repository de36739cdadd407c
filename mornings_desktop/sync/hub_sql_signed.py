"""The hub's SQL for signed operations (DESIGN §6), included by `hub_sql` (same rules: every
function `SECURITY DEFINER` with `SET search_path = mornings, pg_temp`, no temporary object, every
object named with its schema; desk logins only EXECUTE).

- `ops.body` / `ops.sig`: a signed operation byte for byte (text, never jsonb); its digest is
  sha256(body), and `ingest` keeps out a row whose columns and body disagree (a body parsed once
  per row, in its set-based statement);
- `personal`: the personal blocks beside signed operations, by (digest, subject); `scrub(ids)`
  deletes the blocks of people whose `person.erased` the hub holds, and blocks about them that
  arrive later are not stored (`scrubbed`);
- `certificates`: desk certificates and rotations relayed to every desk (`offer_records`,
  `certificates()`); desks check them against the organisation key, the hub does not.
  `offer_records` (hub schema 6) answers the records it refuses, so the desk tells the organiser
  (`hub_records.py`); a certificate is at most 4,000 characters, a rotation (it names every
  certificate that stays valid) at most `MAX_ROTATION_CHARS` (2,000 certificates), and one login
  stores at most `LARGE_RECORDS_PER_LOGIN` records over 4,000 characters: a hostile desk login
  cannot fill the hub with them. (`offer_certificates`, schema 3–5, refused them silently.)
"""

from __future__ import annotations

MAX_CERTIFICATE_CHARS = 4000
MAX_ROTATION_CERTIFICATES = 2000
# `{"certificates":[…],"issued":…,"new_org_key":…,"org_id":…}`: 67 characters per certificate
MAX_ROTATION_CHARS = 67 * MAX_ROTATION_CERTIFICATES + 2000
LARGE_RECORDS_PER_LOGIN = 8

TABLES_SQL = """
-- Signed operations (DESIGN §6): the body byte for byte as text (never jsonb) and its
-- signature; the digest is then sha256(body). Desks verify; the hub only stores and relays.
ALTER TABLE mornings.ops ADD COLUMN IF NOT EXISTS body text;
ALTER TABLE mornings.ops ADD COLUMN IF NOT EXISTS sig text;

-- Personal blocks beside signed operations, one per subject (person or speaker): deleted by
-- `scrub` once an erasure is held, while every body and signature stays valid.
CREATE TABLE IF NOT EXISTS mornings.personal (
    digest text NOT NULL,
    subject text NOT NULL,
    block text NOT NULL,
    PRIMARY KEY (digest, subject)
);
CREATE INDEX IF NOT EXISTS personal_subject ON mornings.personal (subject);

-- Desk certificates (signed by the organisation key; desks verify them), relayed to every desk.
CREATE TABLE IF NOT EXISTS mornings.certificates (
    digest text PRIMARY KEY,
    body text NOT NULL,
    sig text NOT NULL,
    login text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);

-- Subjects scrubbed: blocks about them that arrive later are not stored.
CREATE TABLE IF NOT EXISTS mornings.scrubbed (
    subject text PRIMARY KEY,
    scrubbed_at timestamptz NOT NULL DEFAULT now()
);

"""

FUNCTIONS_SQL = (
    """
-- Schema 7 checked each signed body row by row in body_matches() (seven parses of each body);
-- ingest now parses it once, in its set-based statement.
DROP FUNCTION IF EXISTS mornings.body_matches(text, text, text, text, bigint, text, text);

-- Erasure on the hub (DESIGN §6): a desk that holds and has checked a person's erasure deletes
-- their personal blocks; only people whose `person.erased` the hub holds can be scrubbed, and
-- blocks about them that arrive later are not stored. Returns the people of `ids` scrubbed.
CREATE OR REPLACE FUNCTION mornings.scrub(ids text[])
RETURNS TABLE (subject text)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = mornings, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    IF NOT EXISTS (SELECT 1 FROM mornings.logins l WHERE l.login = session_user::text) THEN
        RAISE EXCEPTION 'This login is not a desk of this hub; ask the organiser for a desk login.'
            USING ERRCODE = 'MH001';
    END IF;
    IF ids IS NULL OR cardinality(ids) > 10000 THEN
        RAISE EXCEPTION 'The hub scrubs at most 10000 people at a time.'
            USING ERRCODE = 'MH003';
    END IF;
    INSERT INTO mornings.scrubbed (subject)
    SELECT DISTINCT x.id FROM unnest(ids) AS x(id)
    WHERE EXISTS (SELECT 1 FROM mornings.erased e WHERE e.person_id = x.id)
    ON CONFLICT DO NOTHING;
    DELETE FROM mornings.personal b
    WHERE b.subject = ANY (ids)
      AND EXISTS (SELECT 1 FROM mornings.scrubbed s WHERE s.subject = b.subject);
    RETURN QUERY SELECT s.subject FROM mornings.scrubbed s WHERE s.subject = ANY (ids);
END
$$;

-- Certificates travel through the hub like operations: stored as sent (by digest), checked by
-- every desk against the organisation key. A call offers at most 100.
CREATE OR REPLACE FUNCTION mornings.offer_certificates(batch jsonb)
RETURNS int
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = mornings, pg_temp
AS $$
DECLARE
    n int;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM mornings.logins l WHERE l.login = session_user::text) THEN
        RAISE EXCEPTION 'This login is not a desk of this hub; ask the organiser for a desk login.'
            USING ERRCODE = 'MH001';
    END IF;
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' OR jsonb_array_length(batch) > 100 THEN
        RAISE EXCEPTION 'The hub takes at most 100 certificates at a time.' USING ERRCODE = 'MH003';
    END IF;
    INSERT INTO mornings.certificates (digest, body, sig, login)
    SELECT encode(sha256(convert_to(e ->> 'body', 'UTF8')), 'hex'), e ->> 'body', e ->> 'sig',
           session_user::text
    FROM jsonb_array_elements(batch) AS e
    WHERE jsonb_typeof(e -> 'body') = 'string' AND jsonb_typeof(e -> 'sig') = 'string'
      AND length(e ->> 'body') <= 4000 AND length(e ->> 'sig') <= 100
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;

-- Records offered (certificates, rotations), schema 6: the refused ones are answered, with a
-- reason code (`malformed`, `too-large`, `quota`); stored and already held ones are not.
CREATE OR REPLACE FUNCTION mornings.offer_records(batch jsonb)
RETURNS TABLE (digest text, refused text)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = mornings, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    e jsonb;
    b text;
    d text;
    why text;
    large int;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM mornings.logins l WHERE l.login = session_user::text) THEN
        RAISE EXCEPTION 'This login is not a desk of this hub; ask the organiser for a desk login.'
            USING ERRCODE = 'MH001';
    END IF;
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' OR jsonb_array_length(batch) > 100 THEN
        RAISE EXCEPTION 'The hub takes at most 100 certificates at a time.' USING ERRCODE = 'MH003';
    END IF;
    SELECT count(*) INTO large FROM mornings.certificates c
    WHERE c.login = session_user::text AND length(c.body) > %(max_cert)s;
    FOR e IN SELECT x.v FROM jsonb_array_elements(batch) AS x(v) LOOP
        why := NULL;
        d := NULL;
        IF jsonb_typeof(e -> 'body') IS DISTINCT FROM 'string'
           OR jsonb_typeof(e -> 'sig') IS DISTINCT FROM 'string'
           OR length(e ->> 'sig') > 100 THEN
            why := 'malformed';
        ELSE
            b := e ->> 'body';
            IF length(b) > %(max_rotation)s THEN
                why := 'too-large';
            ELSE
                d := encode(sha256(convert_to(b, 'UTF8')), 'hex');
                IF EXISTS (SELECT 1 FROM mornings.certificates c WHERE c.digest = d) THEN
                    CONTINUE;
                END IF;
                IF length(b) > %(max_cert)s THEN
                    IF position('"new_org_key":' IN b) = 0 THEN
                        why := 'too-large';
                    ELSIF large >= %(large_per_login)s THEN
                        why := 'quota';
                    ELSE
                        large := large + 1;
                    END IF;
                END IF;
            END IF;
        END IF;
        IF why IS NULL THEN
            INSERT INTO mornings.certificates AS c (digest, body, sig, login)
            VALUES (d, b, e ->> 'sig', session_user::text)
            ON CONFLICT DO NOTHING;
        ELSE
            digest := coalesce(d, encode(sha256(convert_to(coalesce(e ->> 'body', e::text),
                                                           'UTF8')), 'hex'));
            refused := why;
            RETURN NEXT;
        END IF;
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION mornings.certificates()
RETURNS TABLE (body text, sig text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = mornings, pg_temp
AS $$
    SELECT c.body, c.sig FROM mornings.certificates c
    WHERE EXISTS (SELECT 1 FROM mornings.logins l WHERE l.login = session_user::text)
    ORDER BY c.digest
    LIMIT 10000
$$;

""".replace("%(max_cert)s", str(MAX_CERTIFICATE_CHARS))
    .replace("%(max_rotation)s", str(MAX_ROTATION_CHARS))
    .replace("%(large_per_login)s", str(LARGE_RECORDS_PER_LOGIN))
)

"""The hub: one PostgreSQL database that every desk pushes its operations to and pulls from.

Everything lives in the schema `mornings`. Desks never touch a table: their login role can only
EXECUTE three SECURITY DEFINER functions:

- `mornings.hub_info()` — organisation id, ticket key, hub id and schema version. The ticket key
  is a secret of the organisation: it is readable only by members (desk logins and the admin),
  never by PUBLIC, because a desk needs it to verify ticket codes made on any other desk.
- `mornings.ingest(ops jsonb)` — stores a batch with `ON CONFLICT (op_id) DO NOTHING` and answers,
  per operation, `stored` (new), `present` (already there) or `refused` with a reason. Operations
  whose `desk_id` belongs to another desk login are refused: a desk id is claimed by the first
  login that pushes it (desk ids are UUIDs made on the desk and only become known to others once
  they are on the hub, i.e. already claimed).
- `mornings.pull(after bigint, max int)` — operations with `hub_seq > after`, in order.

The pull cursor never skips a late-committing row: `ingest` takes a transaction-scoped advisory
lock before it numbers its rows, and holds it until COMMIT. So transactions number and commit one
after another; a reader that sees `hub_seq = n` committed has already seen every smaller number
that will ever commit (a rolled-back batch only leaves a harmless gap).

Schema version: `mornings.meta('schema_version')`. A desk refuses a hub whose version is newer
than `HUB_SCHEMA_VERSION`; `hub init` refuses to touch a newer hub.

Role names are cluster-wide in PostgreSQL, so they carry the database name:
`<db>_desks` (a NOLOGIN group holding the EXECUTE grants) and `<db>_desk_<name>` (one login each).

TLS: URLs are libpq URLs; `?sslmode=verify-full&sslrootcert=/path/ca.pem` (and `sslcert`,
`sslkey`) pass through unchanged to psycopg, and the URL printed by `add-desk` keeps them.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import psycopg
from psycopg import sql
from psycopg.conninfo import make_conninfo

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.ledger.handlers.people import PERSONAL_FIELDS

HUB_SCHEMA_VERSION = 1
# Any constant will do: the one advisory lock that serialises numbering of the hub's rows.
SEQ_LOCK_KEY = 7_466_152_901
CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_S = 120


class HubError(UserError):
    """The hub cannot be used (unreachable, wrong password, another organisation, newer version)."""


# The personal fields of a person (ledger/handlers/people.py PERSONAL_FIELDS), blanked on erasure.
_PERSONAL = "ARRAY[" + ",".join(f"'{name}'" for name in PERSONAL_FIELDS) + "]"

_SCHEMA_SQL = (
    """
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
    PERFORM pg_advisory_xact_lock(%(lock)s);

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
    IF EXISTS (SELECT 1 FROM _incoming i WHERE i.status = 'stored' AND i.type LIKE 'person.%%') THEN
        UPDATE mornings.ops o
        SET payload = jsonb_set(
                o.payload::jsonb, '{fields}',
                (SELECT jsonb_object_agg(f.k, CASE WHEN f.k = ANY (%(personal)s) THEN 'null'::jsonb
                                                   ELSE f.v END)
                 FROM jsonb_each(o.payload::jsonb -> 'fields') AS f(k, v)))::text
        WHERE o.type LIKE 'person.%%' AND o.type <> 'person.erased'
          AND jsonb_typeof(o.payload::jsonb -> 'fields') = 'object'
          AND o.payload::jsonb -> 'fields' <> '{}'::jsonb
          AND (o.payload::jsonb ->> 'id') IN (
              SELECT e.payload::jsonb ->> 'id' FROM mornings.ops e
              WHERE e.type = 'person.erased'
                AND (e.payload::jsonb ->> 'id') IN (
                    SELECT i.payload::jsonb ->> 'id' FROM _incoming i
                    WHERE i.status = 'stored' AND i.type LIKE 'person.%%'))
          AND EXISTS (SELECT 1 FROM jsonb_each(o.payload::jsonb -> 'fields') AS f(k, v)
                      WHERE f.k = ANY (%(personal)s) AND f.v <> 'null'::jsonb);
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
""".replace("%(lock)s", str(SEQ_LOCK_KEY))
    .replace("%(personal)s", _PERSONAL)
    .replace("%%", "%")
)


@dataclass(frozen=True)
class HubInfo:
    org_id: str
    ticket_key: str
    hub_id: str
    schema_version: int
    login: str


def connect(url: str, *, autocommit: bool = False) -> psycopg.Connection[Any]:
    """Open a connection to `url` (a libpq URL; sslmode/sslrootcert… pass through unchanged).

    Raises HubError with a sentence a person can act on: unreachable, wrong password, TLS.
    """
    params = conninfo_params(url)
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    # A hub that answers the connection but then hangs must not hold a round forever.
    params.setdefault("options", f"-c statement_timeout={STATEMENT_TIMEOUT_S * 1000}")
    params.setdefault("keepalives_idle", "30")
    try:
        return psycopg.connect(make_conninfo("", **params), autocommit=autocommit)
    except psycopg.OperationalError as exc:
        raise explain_connect_error(url, exc) from exc


def conninfo_params(url: str) -> dict[str, str]:
    """The libpq parameters of a URL (what psycopg will be given)."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        return {k: str(v) for k, v in conninfo_to_dict(url).items() if v is not None}
    except psycopg.ProgrammingError as exc:
        raise HubError(
            QT_TRANSLATE_NOOP("errors", "The hub address is not a valid URL: {detail}"),
            detail=str(exc).splitlines()[0],
        ) from exc


def explain_connect_error(url: str, exc: BaseException) -> HubError:
    text = str(exc)
    lowered = text.lower()
    where = redact(url)
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return HubError(
            QT_TRANSLATE_NOOP(
                "errors", "The hub {hub} refused the desk login: wrong login or password."
            ),
            hub=where,
        )
    if "ssl" in lowered or "certificate" in lowered:
        return HubError(
            QT_TRANSLATE_NOOP("errors", "Secure connection to the hub {hub} failed: {detail}"),
            hub=where,
            detail=text.strip().splitlines()[-1] if text.strip() else "TLS",
        )
    if "timeout" in lowered or "timed out" in lowered:
        return HubError(
            QT_TRANSLATE_NOOP("errors", "The hub {hub} did not answer in time."), hub=where
        )
    return HubError(
        QT_TRANSLATE_NOOP("errors", "Cannot reach the hub {hub}: {detail}"),
        hub=where,
        detail=" ".join(text.split())[:200] or type(exc).__name__,
    )


def redact(url: str) -> str:
    """The URL without its password (what may be shown and stored)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{quote(user, safe='')}@{netloc}"))


def with_credentials(url: str, user: str, password: str | None) -> str:
    """`url` with its user (and password) replaced; host, port, database and TLS options kept."""
    parts = urlsplit(url)
    hostport = parts.netloc.rsplit("@", 1)[1] if "@" in parts.netloc else parts.netloc
    cred = quote(user, safe="")
    if password:
        cred += ":" + quote(password, safe="")
    return urlunsplit(parts._replace(netloc=f"{cred}@{hostport}"))


def url_user(url: str) -> str:
    return conninfo_params(url).get("user", "")


def read_info(conn: psycopg.Connection[Any]) -> HubInfo:
    """The hub's identity, as a desk login sees it. Raises HubError if this is not a hub."""
    try:
        row = conn.execute("SELECT * FROM mornings.hub_info()").fetchone()
    except psycopg.errors.UndefinedFunction as exc:
        conn.rollback()
        raise HubError(
            QT_TRANSLATE_NOOP(
                "errors", "This database is not a Mornings hub (run 'mornings hub init' first)."
            )
        ) from exc
    except psycopg.errors.InvalidSchemaName as exc:
        conn.rollback()
        raise HubError(
            QT_TRANSLATE_NOOP(
                "errors", "This database is not a Mornings hub (run 'mornings hub init' first)."
            )
        ) from exc
    except psycopg.errors.InsufficientPrivilege as exc:
        conn.rollback()
        raise HubError(QT_TRANSLATE_NOOP("errors", "This login is not a desk of the hub.")) from exc
    assert row is not None
    org_id, ticket_key, hub_id, version, login = row
    if org_id is None or ticket_key is None or version is None:
        raise HubError(
            QT_TRANSLATE_NOOP("errors", "The hub has no organisation yet; run 'mornings hub init'.")
        )
    return HubInfo(str(org_id), str(ticket_key), str(hub_id), int(version), str(login))


def check_version(version: int) -> None:
    if version > HUB_SCHEMA_VERSION:
        raise HubError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The hub was set up by a newer version of Mornings Desktop (hub schema {version}, "
                "this version knows {known}); install the newer version.",
            ),
            version=version,
            known=HUB_SCHEMA_VERSION,
        )


# -- administration -------------------------------------------------------------------------------
def _database(conn: psycopg.Connection[Any]) -> str:
    row = conn.execute("SELECT current_database()").fetchone()
    assert row is not None
    return str(row[0])


def _role_base(conn: psycopg.Connection[Any]) -> str:
    return slug(_database(conn))[:24]


def group_role(conn: psycopg.Connection[Any]) -> str:
    return f"{_role_base(conn)}_desks"


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    cleaned = re.sub(r"[^a-z0-9]+", "_", folded).strip("_")
    return cleaned or "desk"


def init_hub(admin_url: str, org_id: str, ticket_key: str) -> HubInfo:
    """Create (or bring up to date) the hub in the database of `admin_url`.

    The organisation identity is the one of the database that runs `hub init`. Re-running it is
    harmless; it refuses a hub of another organisation and a hub made by a newer version.
    """
    with connect(admin_url) as conn:
        existing = _existing_meta(conn)
        if existing:
            version = int(existing.get("schema_version", "0"))
            check_version(version)
            if existing.get("org_id") not in (None, org_id):
                raise HubError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This hub belongs to another organisation; it was left untouched.",
                    )
                )
        conn.execute(_SCHEMA_SQL)
        owner_group = group_role(conn)
        exists = conn.execute(
            "SELECT 1 FROM pg_roles WHERE rolname = %s", (owner_group,)
        ).fetchone()
        if exists is None:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(owner_group)))
        conn.execute(
            sql.SQL("GRANT USAGE ON SCHEMA mornings TO {}").format(sql.Identifier(owner_group))
        )
        for fn in ("hub_info()", "ingest(jsonb)", "pull(bigint, int)"):
            conn.execute(
                sql.SQL("GRANT EXECUTE ON FUNCTION mornings.{} TO {}").format(
                    sql.SQL(fn), sql.Identifier(owner_group)
                )
            )
        values = {
            "schema_version": str(HUB_SCHEMA_VERSION),
            "org_id": org_id,
            "ticket_key": ticket_key,
            "hub_id": existing.get("hub_id") or str(uuid.uuid4()),
        }
        for key, value in values.items():
            conn.execute(
                "INSERT INTO mornings.meta (key, value) VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (key, value),
            )
        conn.commit()
        return HubInfo(
            org_id, ticket_key, values["hub_id"], HUB_SCHEMA_VERSION, url_user(admin_url)
        )


def _existing_meta(conn: psycopg.Connection[Any]) -> dict[str, str]:
    row = conn.execute("SELECT to_regclass('mornings.meta')").fetchone()
    if row is None or row[0] is None:
        return {}
    return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM mornings.meta")}


@dataclass(frozen=True)
class NewDesk:
    desk: str
    login: str
    url: str


def add_desk(admin_url: str, name: str) -> NewDesk:
    """Create a desk login that can only call hub_info, ingest and pull; return its URL once.

    The password is random and shown only in the returned URL: the hub keeps only its hash.
    Refuses a name already taken.
    """
    with connect(admin_url) as conn:
        meta = _existing_meta(conn)
        if not meta:
            raise HubError(
                QT_TRANSLATE_NOOP(
                    "errors", "This database is not a Mornings hub (run 'mornings hub init' first)."
                )
            )
        check_version(int(meta.get("schema_version", "0")))
        login = f"{_role_base(conn)}_desk_{slug(name)[:30]}"
        taken = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
        if taken is not None:
            raise HubError(
                QT_TRANSLATE_NOOP("errors", "A desk login {login} already exists on this hub."),
                login=login,
            )
        password = secrets.token_urlsafe(24)
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(login), sql.Literal(password), sql.Identifier(group_role(conn))
            )
        )
        conn.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                sql.Identifier(_database(conn)), sql.Identifier(login)
            )
        )
        conn.execute(
            "INSERT INTO mornings.logins (login, desk_name) VALUES (%s, %s)", (login, name)
        )
        conn.commit()
    return NewDesk(desk=name, login=login, url=with_credentials(admin_url, login, password))

"""The hub: one PostgreSQL database that every desk pushes its operations to and pulls from.

Everything lives in the schema `mornings`. Desks never touch a table: their login role can only
EXECUTE these SECURITY DEFINER functions (and create nothing, anywhere), plus `desk_clock`
(`hub_desks_sql.py`), and change their own password (first contact of a join file):

- `mornings.hub_info()` — organisation id, ticket key, hub id and schema version. The ticket key
  is a secret of the organisation: it is readable only by members (desk logins and the admin),
  never by PUBLIC, because a desk needs it to verify ticket codes made on any other desk.
- `mornings.ingest(ops jsonb)` — stores a batch by content (SHA-256 digest) and answers, per
  operation, `stored` (new), `present` (already there) or `refused` with a one-sentence reason.
  Operations whose `desk_id` belongs to another desk login are refused: a desk id is claimed by
  the first login that pushes it (desk ids are UUIDs made on the desk and only become known to
  others once they are on the hub, i.e. already claimed). A forged body under a genuine op_id
  does not block the genuine one. Per-login hourly quota; refusals of a whole call raise SQLSTATE
  `MH…` with one plain sentence (the desk says it in its own words, by the code: `hub_words.py`).
- `mornings.pull(after bigint, max int)` — operations with `hub_seq > after`, in order.
- `mornings.hub_marks(cursor bigint)` — the hub's generation (changes when the hub is restored
  from a dump), its highest `hub_seq`, the digest it holds at the desk's cursor, and per
  incarnation `(desk_id, inc)` the highest contiguous `desk_seq` it holds (`hub_sql_marks.py`;
  the desk side is `hub_marks.py`).

The functions run as a NOLOGIN owner role, create no temporary objects, and number rows under
`LOCK TABLE mornings.seq_gate` (which desk logins cannot take), so the pull cursor never skips a
late commit. The SQL text is in `hub_sql.py` (and `hub_desks_sql.py`: `desk_clock`, the desk
lifecycle), `hub init` in `hub_admin.py`, `add-desk`/`desks`/`reset-desk`/`revoke-desk` in
`hub_desks.py`.

Schema version: `mornings.meta('schema_version')`. A desk refuses a hub whose version is newer
than `HUB_SCHEMA_VERSION`; `hub init` refuses to touch a newer hub and upgrades an older one.

Role names are cluster-wide in PostgreSQL, so they carry the database name: `<db>_owner` (owns
the schema), `<db>_desks` (a NOLOGIN group holding the EXECUTE grants) and `<db>_desk_<name>`
(one login each).

TLS: URLs are libpq URLs; `?sslmode=verify-full&sslrootcert=/path/ca.pem` (and `sslcert`,
`sslkey`) pass through unchanged to psycopg, and the URL in the join file of `add-desk` keeps them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import psycopg
from psycopg.conninfo import make_conninfo

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.sync import hub_words
from mornings_desktop.sync.hub_errors import HubError as HubError
from mornings_desktop.sync.hub_errors import redact as redact

HUB_SCHEMA_VERSION = 8  # 2: hardened (owner role, no temp objects, by digest, quotas); 3: signed
# operations (body, sig) and personal blocks (`personal`, `scrub`); 4: organisation-signed
# revocations handed to desks (`revocations`), relays of a revoked desk set aside; 5: per-incarnation
# marks, the generation and the numbering's fingerprint (`hub_marks`); 6: `offer_records` takes a
# rotation of up to 2,000 certificates and answers the records it refuses; 7: desks offer the
# revocations they hold (`offer_revocations`: one signed without a hub reaches it); 8: `ingest` set-
# based, each body parsed once, a revoked desk's later operations set aside inside it (the row
# trigger `ops_refuse_revoked` dropped), `revoked_ops` indexed by digest
CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_S = 120


@dataclass(frozen=True)
class HubInfo:
    org_id: str
    ticket_key: str
    hub_id: str
    schema_version: int
    login: str


# A desk's login given where the administrator's is needed (`hub_admin.require_lifecycle`).
NOT_ADMIN = QT_TRANSLATE_NOOP(
    "errors",
    "The login {login} may not manage the hub's desks: give the hub's administrator login (the "
    "one 'mornings hub init' was run with); nothing was changed.",
)


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
    """One sentence a person can act on, for any failure talking to the hub (never PostgreSQL's
    CONTEXT lines or internals): `sync/hub_words.py`."""
    return hub_words.explain(url, exc)


def explain_round_error(url: str, exc: psycopg.Error) -> HubError:
    """`explain_connect_error` for a failure once the round is connected: a connection the hub
    ended (restarted, stopped by its administrator, the network gone) is said as such, never in
    PostgreSQL's words ("terminating connection due to administrator command")."""
    return hub_words.explain(url, exc, "in_round")


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


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    cleaned = re.sub(r"[^a-z0-9]+", "_", folded).strip("_")
    return cleaned or "desk"


# -- administration (sync/hub_admin.py) -----------------------------------------------------------
DEFAULT_CONNECTION_LIMIT = 4


@dataclass(frozen=True)
class NewDesk:
    desk: str
    login: str
    url: str

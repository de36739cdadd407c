"""What a desk person reads when the hub cannot be used: one sentence per kind of failure, that
says what to do, translated in the window (context "errors"), never PostgreSQL's or libpq's own
words (a socket path, "pg_hba.conf", "read-only transaction", a function's signature, the English
of the hub's own refusals). `hub_schema.explain_connect_error` and `explain_round_error` call
`explain` here.

How a failure is told apart: first by its SQLSTATE when the server sent one (`_BY_STATE`, then
the code's class), then by libpq's text (a refusal at connection time reaches psycopg without
one). The hub's own refusals (`RAISE … USING ERRCODE = 'MH…'`, `hub_sql_ingest.py`) are said by
their code. Whatever matches nothing gets `GENERIC`, which says what to do; its detail (the first
line of PostgreSQL's text) is logged and kept in the error's `detail` parameter, which no
sentence shows (a round runs in a child process: the window logs it when the error arrives).
"""

from __future__ import annotations

import logging
import re
from typing import Literal

import psycopg

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.sync.hub_errors import HubError, redact

log = logging.getLogger(__name__)

REFUSED_LOGIN = QT_TRANSLATE_NOOP(
    "errors", "The hub {hub} refused the desk login: wrong login or password."
)
REVOKED = QT_TRANSLATE_NOOP(
    "errors",
    "The hub {hub} no longer lets this desk log in: the organiser revoked it. Ask the organiser "
    "what to do.",
)
TOO_MANY_OF_THIS_DESK = QT_TRANSLATE_NOOP(
    "errors",
    "The hub {hub} refused another connection of this desk login (too many connections open); "
    "close the other Mornings windows of this desk and try again.",
)
MAY_NOT_USE = QT_TRANSLATE_NOOP(
    "errors",
    "This login may not use the hub {hub}; check the hub address or ask the organiser for a desk "
    "login.",
)
NOT_A_DESK = QT_TRANSLATE_NOOP(
    "errors", "This login is not a desk of this hub ({hub}); ask the organiser for a desk login."
)
NO_DATABASE = QT_TRANSLATE_NOOP(
    "errors",
    "The hub {hub} has no database of that name; ask the organiser for the right hub address.",
)
NOT_FROM_HERE = QT_TRANSLATE_NOOP(
    "errors",
    "The hub {hub} does not accept this computer's connection (its access rules may require a "
    "secure connection); ask the organiser to check the hub's address and its access rules.",
)
NO_TLS_THERE = QT_TRANSLATE_NOOP(
    "errors",
    "The hub {hub} does not offer a secure connection, but this desk's hub address requires one; "
    "ask the organiser to check the hub's address.",
)
CERTIFICATE = QT_TRANSLATE_NOOP(
    "errors",
    "This desk could not check the certificate of the hub {hub} (a missing or wrong certificate "
    "file, or another server answered); nothing was sent: ask the organiser.",
)
TLS_BROKEN = QT_TRANSLATE_NOOP(
    "errors",
    "The secure connection to the hub {hub} broke off; try again in a moment, and if it happens "
    "again, ask the organiser to check the hub.",
)
TIMEOUT = QT_TRANSLATE_NOOP("errors", "The hub {hub} did not answer in time.")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors",
    "The hub {hub} is not reachable: it is stopped, or this computer is not on its network.",
)
LOST = QT_TRANSLATE_NOOP(
    "errors",
    "The connection to the hub {hub} was lost during the sync; what was sent and received is kept.",
)
STOPPED = QT_TRANSLATE_NOOP(
    "errors",
    "The hub {hub} stopped this desk's request before it was done (it restarted, or its "
    "administrator stopped it); try again in a moment.",
)
BUSY = QT_TRANSLATE_NOOP(
    "errors", "The hub {hub} is too busy to serve this desk just now; try again in a moment."
)
CANNOT_STORE = QT_TRANSLATE_NOOP(
    "errors",
    "The hub {hub} cannot store anything just now (its disk is full, or it was made read-only); "
    "what this desk holds is kept for a later sync: tell the organiser.",
)
INCOMPLETE = QT_TRANSLATE_NOOP(
    "errors",
    "The hub {hub} is not set up completely for this version of Mornings Desktop; ask the "
    "organiser to run 'mornings hub init' on it again.",
)
NO_RIGHT = QT_TRANSLATE_NOOP(
    "errors",
    "The hub {hub} refused this desk a right it needs; ask the organiser to run 'mornings hub "
    "init' on it again (it gives the desks their rights back).",
)
OTHER_VERSION = QT_TRANSLATE_NOOP(
    "errors",
    "The hub {hub} refused what this desk sent: it expects another version of Mornings Desktop; "
    "update Mornings Desktop on this desk.",
)
QUOTA = QT_TRANSLATE_NOOP(
    "errors",
    "This desk has used its quota of operations for this hour on the hub {hub}; it can send "
    "again next hour.",
)
GENERIC = QT_TRANSLATE_NOOP(
    "errors",
    "The hub {hub} could not do what this desk asked; try again in a moment, and if it happens "
    "again, tell the organiser (the details are in this desk's log).",
)
# Every sentence `explain` gives (each has its French and Arabic words: test_hub_words.py).
SENTENCES = (
    REFUSED_LOGIN, REVOKED, TOO_MANY_OF_THIS_DESK, MAY_NOT_USE, NOT_A_DESK, NO_DATABASE,
    NOT_FROM_HERE, NO_TLS_THERE, CERTIFICATE, TLS_BROKEN, TIMEOUT, UNREACHABLE, LOST, STOPPED,
    BUSY, CANNOT_STORE, INCOMPLETE, NO_RIGHT, OTHER_VERSION, QUOTA, GENERIC,
)  # fmt: skip

# The hub's own refusals, by their code.
_OWN = {"MH001": NOT_A_DESK, "MH002": OTHER_VERSION, "MH003": OTHER_VERSION, "MH004": QUOTA}
# By SQLSTATE (None: decided by the text, or by whether a round was under way).
_BY_STATE: dict[str, str | None] = {
    "25006": CANNOT_STORE,  # read_only_sql_transaction: a standby, default_transaction_read_only
    "53100": CANNOT_STORE,  # disk_full
    "58030": CANNOT_STORE,  # io_error
    "53000": BUSY,  # insufficient_resources
    "53200": BUSY,  # out_of_memory
    "53300": BUSY,  # too_many_connections
    "40001": BUSY,  # serialization_failure
    "40P01": BUSY,  # deadlock_detected
    "55006": BUSY,  # object_in_use
    "3F000": INCOMPLETE,  # invalid_schema_name
    "42883": INCOMPLETE,  # undefined_function
    "42P01": INCOMPLETE,  # undefined_table
    "42703": INCOMPLETE,  # undefined_column
    "42501": None,  # insufficient_privilege: on the database (not a desk) or on a function
    "57014": None,  # query_canceled: a timeout, or stopped
    "55P03": None,  # lock_not_available: a lock timeout, or NOWAIT
}
# connection_exception, and the operator's shutdown or restart: lost in a round; while connecting,
# a hub not there (08, 57P03 starting up) or one that stopped the request (57P01, 57P02).
_STOPPED_STATES = ("57P01", "57P02")

# What libpq says of a hub that is not there (stopped, starting, another network).
_UNREACHABLE = (
    "connection refused",
    "no such file or directory",
    "connection is bad",
    "failed to resolve host",
    "could not translate host name",
    "name or service not known",
    "network is unreachable",
    "no route to host",
    "server closed the connection",
    "the database system is",  # starting up, shutting down, in recovery mode
)
# libpq's texts of a refusal at connection time, first match wins.
_BY_TEXT: tuple[tuple[str, str], ...] = (
    (r"password authentication failed|no password supplied|role \".*\" does not exist", REFUSED_LOGIN),
    (r"is not permitted to log in", REVOKED),
    (r"too many connections for role", TOO_MANY_OF_THIS_DESK),
    (r"permission denied for database", MAY_NOT_USE),
    (r"database \".*\" does not exist", NO_DATABASE),
    (r"pg_hba\.conf", NOT_FROM_HERE),
    (r"server does not support ssl", NO_TLS_THERE),
    (r"certificate|root\.crt|sslrootcert", CERTIFICATE),
    (r"\bssl\b|\btls\b", TLS_BROKEN),
    (r"timeout|timed out", TIMEOUT),
    (r"too many clients|connection slots are reserved|too many connections|out of memory|could "
     r"not fork", BUSY),
    (r"no space left on device|could not extend file|read-only", CANNOT_STORE),
    ("|".join(map(re.escape, _UNREACHABLE)), UNREACHABLE),
)  # fmt: skip

When = Literal["connecting", "in_round"]


def explain(url: str, exc: BaseException, when: When = "connecting") -> HubError:
    """One sentence a person can act on for `exc`, met talking to the hub at `url`: while
    connecting (or joining: nothing under way yet), or `in_round` (a connection the hub ended
    is then said as lost, with what was sent and received kept)."""
    where = redact(url)
    state = (exc.sqlstate or "") if isinstance(exc, psycopg.Error) else ""
    text = _text(exc)
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    sentence = _sentence(state, text.lower(), exc, when)
    if sentence == GENERIC:
        log.warning("The hub %s failed: %s", where, first or type(exc).__name__)
    return HubError(sentence, hub=where, detail=" ".join(first.split())[:300])


def _sentence(state: str, lowered: str, exc: BaseException, when: When) -> str:
    if state.startswith("MH"):
        return _OWN.get(state, GENERIC)
    if state in _BY_STATE:
        known = _BY_STATE[state]
        if known is not None:
            return known
        if state == "42501":
            return MAY_NOT_USE if "for database" in lowered else NO_RIGHT
        if "timeout" in lowered:
            return TIMEOUT
        if state == "55P03":
            return BUSY
        return LOST if when == "in_round" else STOPPED
    if state[:2] in ("08", "57"):
        if when == "in_round":
            return LOST
        return STOPPED if state in _STOPPED_STATES else UNREACHABLE
    for pattern, sentence in _BY_TEXT:
        if re.search(pattern, lowered):
            if sentence is UNREACHABLE and when == "in_round":
                return LOST
            return sentence
    if when == "in_round" and isinstance(exc, psycopg.OperationalError) and not state:
        return LOST  # libpq lost the connection mid-round ("consuming input failed"…)
    return GENERIC


def _text(exc: BaseException) -> str:
    if isinstance(exc, psycopg.Error) and exc.diag.message_primary:
        return str(exc.diag.message_primary)
    return str(exc)

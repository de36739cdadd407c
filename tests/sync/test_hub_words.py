"""The sentence a desk person reads for each way the hub fails (`sync/hub_words.py`, reached through
`hub_schema.explain_connect_error` and `explain_round_error`), from the texts and SQLSTATEs that
libpq and PostgreSQL really give: one sentence that says what to do, translated in the window,
never PostgreSQL's own words (a socket path, "pg_hba.conf", "read-only transaction", a function's
signature); what nothing matches gets a sentence of its own, and its detail goes to the log only.
The same failures against a real PostgreSQL are in `test_hub_error_words.py`."""

from __future__ import annotations

import logging
from pathlib import Path

import psycopg
import pytest

from mornings_desktop.sync import hub_schema
from mornings_desktop.sync.hub_schema import HubError

URL = "postgresql://hub_desk_porte:s3cret@hub.example.ma:5432/hub?sslmode=require"
SHOWN = "postgresql://hub_desk_porte@hub.example.ma:5432/hub?sslmode=require"
# Words of PostgreSQL or libpq a desk person must never read.
INTERNALS = (
    "FATAL",
    "pg_hba",
    "socket",
    "PGSQL",
    "SSL",
    "does not exist",
    "permission denied",
    "read-only transaction",
    "No space left",
    "canceling statement",
    "function",
    "relation",
    "block",
    "too many clients",
    "slots",
    "MH00",
)


def _said(exc: BaseException, *, in_round: bool = False) -> HubError:
    explain = hub_schema.explain_round_error if in_round else hub_schema.explain_connect_error
    error = explain(URL, exc)  # type: ignore[arg-type]
    text = str(error)
    assert "s3cret" not in text and "\n" not in text and text.endswith("."), text
    assert not any(word in text for word in INTERNALS), text
    return error


def _pg(kind: type[psycopg.Error], text: str) -> psycopg.Error:
    """A server error as psycopg raises it: its class carries the SQLSTATE."""
    return kind(text)


def _fatal(text: str) -> psycopg.OperationalError:
    """A refusal at connection time, as libpq words it (no SQLSTATE reaches psycopg)."""
    return psycopg.OperationalError(
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  ' + text
    )


def test_a_database_name_the_hub_does_not_have() -> None:
    said = _said(_fatal('database "hub" does not exist'))
    assert str(said) == (
        f"The hub {SHOWN} has no database of that name; ask the organiser for the right hub "
        "address."
    )


def test_a_login_the_hub_does_not_know_is_a_refused_login() -> None:
    said = _said(_fatal('role "hub_desk_porte" does not exist'))
    assert str(said) == f"The hub {SHOWN} refused the desk login: wrong login or password."


@pytest.mark.parametrize(
    "text",
    [
        'no pg_hba.conf entry for host "10.0.0.7", user "hub_desk_porte", database "hub", '
        "no encryption",
        'pg_hba.conf rejects connection for host "10.0.0.7", user "hub_desk_porte", database '
        '"hub", SSL encryption',
    ],
)
def test_a_hub_whose_access_rules_leave_this_computer_out(text: str) -> None:
    said = _said(_fatal(text))
    assert "does not accept this computer's connection" in str(said)
    assert "secure connection" in str(said)  # a hub that requires TLS says "no encryption"


def test_a_hub_without_tls_for_an_address_that_requires_it() -> None:
    said = _said(psycopg.OperationalError("server does not support SSL, but SSL was required"))
    assert "does not offer a secure connection" in str(said)


@pytest.mark.parametrize(
    "text",
    [
        "connection failed: SSL error: certificate verify failed",
        'server certificate for "hub.example.ma" does not match host name "10.0.0.5"',
        'connection failed: root certificate file "/home/amina/.postgresql/root.crt" does not '
        "exist\nEither provide the file, use the system's trusted roots with sslrootcert=system, "
        "or change sslmode to disable server certificate verification.",
    ],
)
def test_a_certificate_this_desk_cannot_check(text: str) -> None:
    said = _said(psycopg.OperationalError(text))
    assert "certificate" in str(said) and "ask the organiser" in str(said)
    assert "root.crt" not in str(said) and "10.0.0.5" not in str(said)


@pytest.mark.parametrize(
    "text", ["SSL error: unexpected eof while reading", "SSL SYSCALL error: EOF detected"]
)
def test_a_secure_connection_that_breaks(text: str) -> None:
    assert "secure connection to the hub" in str(_said(psycopg.OperationalError(text)))


@pytest.mark.parametrize(
    "error",
    [
        _fatal("sorry, too many clients already"),
        _fatal("remaining connection slots are reserved for roles with the SUPERUSER attribute"),
        _fatal('too many connections for database "hub"'),
        _pg(psycopg.errors.OutOfMemory, "out of memory"),
        _pg(psycopg.errors.SerializationFailure, "could not serialize access"),
        _pg(psycopg.errors.DeadlockDetected, "deadlock detected"),
    ],
    ids=["clients", "slots", "database", "memory", "serialize", "deadlock"],
)
def test_a_hub_too_busy_for_this_desk(error: psycopg.Error) -> None:
    assert "too busy" in str(_said(error))
    assert "too busy" in str(_said(error, in_round=True))  # not "the connection was lost"


@pytest.mark.parametrize(
    "error",
    [
        _pg(
            psycopg.errors.DiskFull,
            'could not extend file "base/16384/16390": No space left on device',
        ),
        _pg(
            psycopg.errors.ReadOnlySqlTransaction,
            "cannot execute INSERT in a read-only transaction",
        ),
        _pg(psycopg.errors.IoError, 'could not write to file "pg_wal/xlogtemp.123"'),
    ],
    ids=["disk-full", "read-only", "io"],
)
def test_a_hub_that_cannot_store_anything(error: psycopg.Error) -> None:
    for said in (_said(error), _said(error, in_round=True)):
        assert "cannot store anything" in str(said) and "is kept" in str(said)


@pytest.mark.parametrize(
    "error",
    [
        _pg(
            psycopg.errors.UndefinedFunction,
            "function mornings.pull(bigint, integer) does not exist",
        ),
        _pg(psycopg.errors.UndefinedTable, 'relation "mornings.ops" does not exist'),
        _pg(psycopg.errors.UndefinedColumn, 'column "generation" does not exist'),
    ],
    ids=["function", "table", "column"],
)
def test_a_hub_set_up_incompletely_or_by_an_older_version(error: psycopg.Error) -> None:
    said = str(_said(error, in_round=True))
    assert "not set up completely" in said and "'mornings hub init'" in said


def test_a_hub_that_took_a_right_away_from_its_desks() -> None:
    said = str(
        _said(
            _pg(psycopg.errors.InsufficientPrivilege, "permission denied for function pull"),
            in_round=True,
        )
    )
    assert "refused this desk a right it needs" in said and "'mornings hub init'" in said
    # A login that may not even connect to the hub's database is not a desk of it.
    said = str(_said(_fatal('permission denied for database "hub"')))
    assert "may not use the hub" in said


def test_a_statement_the_hub_stopped() -> None:
    timeout = _pg(psycopg.errors.QueryCanceled, "canceling statement due to statement timeout")
    assert str(_said(timeout, in_round=True)) == f"The hub {SHOWN} did not answer in time."
    stopped = _pg(psycopg.errors.QueryCanceled, "canceling statement due to user request")
    assert "was lost during the sync" in str(_said(stopped, in_round=True))
    # At the first contact (joining), nothing was under way: asked to try again.
    assert "stopped this desk's request" in str(_said(stopped))


@pytest.mark.parametrize(
    ("sqlstate", "words"),
    [
        ("MH001", "not a desk of this hub"),
        ("MH002", "update Mornings Desktop on this desk"),
        ("MH003", "update Mornings Desktop on this desk"),
        ("MH004", "quota of operations for this hour"),
    ],
)
def test_the_hubs_own_refusals_are_sentences_of_this_desk(sqlstate: str, words: str) -> None:
    """The hub's functions refuse in English (`RAISE … USING ERRCODE = 'MH…'`): the desk says
    it in its own sentence, which the window translates, by the code."""

    class Refusal(psycopg.errors.RaiseException):
        pass

    Refusal.sqlstate = sqlstate
    said = _said(Refusal("The hub refuses, in English."), in_round=True)
    assert words in str(said) and "in English" not in str(said)


def test_anything_else_is_a_sentence_saying_what_to_do_and_its_detail_goes_to_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    damaged = _pg(
        psycopg.errors.DataCorrupted, 'invalid page in block 12 of relation "base/16384/16390"'
    )
    with caplog.at_level(logging.WARNING):
        for said in (_said(damaged), _said(damaged, in_round=True), _said(OSError(""))):
            assert str(said) == (
                f"The hub {SHOWN} could not do what this desk asked; try again in a moment, and "
                "if it happens again, tell the organiser (the details are in this desk's log)."
            )
    assert "invalid page in block 12" in caplog.text and "s3cret" not in caplog.text


def test_every_sentence_has_its_french_and_arabic_words() -> None:
    """A desk person reads these in French or Arabic: each sentence the module can give has a
    translation in both languages (`resources/translations/*/sync.hub_words.ts`)."""
    import xml.etree.ElementTree as ET

    from mornings_desktop.sync import hub_words

    folder = Path(__file__).resolve().parents[2] / "resources" / "translations"
    for language in ("fr", "ar"):
        translated = {
            message.findtext("source"): message.findtext("translation")
            for ts in (folder / language).glob("*.ts")
            for context in ET.parse(ts).getroot().iter("context")
            if context.findtext("name") == "errors"
            for message in context.iter("message")
        }
        for sentence in hub_words.SENTENCES:
            assert translated.get(sentence), (language, sentence)


def test_the_desks_panel_asks_again_for_an_admin_address_the_hub_refused() -> None:
    """The Desks panel forgets the administrator's address after the sentences a wrong one gives
    (it writes them out, so as not to import psycopg): each is a sentence the program gives."""
    from mornings_desktop.sync import hub_words
    from mornings_desktop.ui.sync.desks_panel import FORGET_ADMIN

    for sentence in (hub_words.GENERIC, hub_words.NO_DATABASE, hub_words.UNREACHABLE):
        assert sentence in FORGET_ADMIN
    import xml.etree.ElementTree as ET

    folder = Path(__file__).resolve().parents[2] / "resources" / "translations" / "fr"
    sources = {
        message.findtext("source")
        for ts in folder.glob("*.ts")
        for message in ET.parse(ts).getroot().iter("message")
    }
    for sentence in FORGET_ADMIN:
        assert sentence in sources, sentence

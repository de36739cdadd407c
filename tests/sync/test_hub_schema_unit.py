"""The sentence a desk person reads when the hub cannot be used (`hub_schema.explain_connect_error`)
and the hub address shown without its password (`redact`, `with_credentials`): a hub that does not
answer in time, one that is not there, an address whose password holds an "@". Every other kind of
failure: `test_hub_words.py`."""

from __future__ import annotations

import pytest

from mornings_desktop.sync import hub_schema

URL = "postgresql://hub_desk_porte:s3cret@hub.example.ma:5432/hub?sslmode=require"
SHOWN = "postgresql://hub_desk_porte@hub.example.ma:5432/hub?sslmode=require"


def _said(exc: BaseException) -> str:
    error = hub_schema.explain_connect_error(URL, exc)
    text = str(error)
    assert "s3cret" not in text and "\n" not in text
    return text


@pytest.mark.parametrize("text", ["timeout expired", "connection timed out"])
def test_a_hub_that_does_not_answer_in_time_is_said_so(text: str) -> None:
    assert _said(OSError(text)) == f"The hub {SHOWN} did not answer in time."


@pytest.mark.parametrize(
    "text",
    [
        "connection failed: Connection refused\n\tIs the server running?",
        'connection is bad: connection to server on socket "/tmp/x/.s.PGSQL.5432" failed: No '
        "such file or directory",
        "failed to resolve host 'hub.example.ma': [Errno -2] Name or service not known",
        "FATAL:  the database system is shutting down",
    ],
)
def test_a_hub_that_is_not_there_is_said_so_without_libpqs_words(text: str) -> None:
    assert _said(OSError(text)) == (
        f"The hub {SHOWN} is not reachable: it is stopped, or this computer is not on its network."
    )


def test_an_address_whose_password_holds_an_at_sign_is_shown_without_it() -> None:
    raw = "postgresql://porte:p@ss@hub.example.ma:5432/hub"
    assert hub_schema.redact(raw) == "postgresql://porte@hub.example.ma:5432/hub"
    assert hub_schema.with_credentials(raw, "caisse", "n3w") == (
        "postgresql://caisse:n3w@hub.example.ma:5432/hub"
    )


def test_a_hub_of_this_version_or_an_older_one_is_used_and_a_newer_one_refused() -> None:
    known = hub_schema.HUB_SCHEMA_VERSION
    hub_schema.check_version(known)
    hub_schema.check_version(known - 1)  # an older hub: desks use what it has
    with pytest.raises(hub_schema.HubError, match="newer version"):
        hub_schema.check_version(known + 1)

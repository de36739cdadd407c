"""`hub_existing.issue_existing` when it fails, against a real PostgreSQL: a hub that goes away
after the join file was written leaves no file and nothing on the hub; a database that is no hub
of this version is refused in one sentence before anything is written; the login's password is
192 random bits."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import psycopg
import pytest

from mornings_desktop.errors import UserError
from mornings_desktop.sync import hub_existing, join_file, join_offline
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.conftest import new_hub_database
from tests.sync.test_desk_lifecycle import Site

admin = lifecycle.admin
file_keyring = lifecycle.file_keyring
site = lifecycle.site


def _certified(site: Site) -> None:
    join_offline.issue_files(site.admin, "Porte USB", "door", site.tmp / "usb.mornings-join")


def _claims(hub: str) -> int:
    with psycopg.connect(hub) as conn:
        row = conn.execute("SELECT count(*) FROM mornings.desk_claims").fetchone()
    assert row is not None
    return int(row[0])


def test_the_file_goes_when_the_hub_goes_away_before_the_commit(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    _certified(site)
    claims = _claims(site.hub)
    output = site.tmp / "porte-hub.mornings-join"
    write = join_file.write_join_file

    def write_then_lose_the_hub(path: Path, made: Any) -> Path:
        written = write(path, made)
        assert written.exists()
        with psycopg.connect(site.hub, autocommit=True) as other:
            other.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        return written

    monkeypatch.setattr(join_file, "write_join_file", write_then_lose_the_hub)
    with pytest.raises(psycopg.OperationalError):
        hub_existing.issue_existing(site.hub, site.admin, "Porte USB", output)
    assert not output.exists()
    assert _claims(site.hub) == claims


def test_a_database_that_is_no_hub_is_refused_before_any_file(
    site: Site, pg_admin_url: str
) -> None:
    _certified(site)
    url, drop = new_hub_database(pg_admin_url)
    output = site.tmp / "porte-hub.mornings-join"
    try:
        with pytest.raises(UserError) as refused:
            hub_existing.issue_existing(url, site.admin, "Porte USB", output)
    finally:
        drop()
    assert "\n" not in str(refused.value) and not output.exists()


def test_the_login_password_is_192_random_bits(site: Site) -> None:
    _certified(site)
    issued = hub_existing.issue_existing(
        site.hub, site.admin, "Porte USB", site.tmp / "porte-hub.mornings-join"
    )
    url = join_file.read_join_file(issued.file).hub_url
    assert url is not None
    password = unquote(urlsplit(url).password or "")
    assert len(password) == 32  # secrets.token_urlsafe(24): 24 bytes, 32 characters

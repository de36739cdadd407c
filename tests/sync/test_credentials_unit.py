"""The hub password in the keyring (`sync.credentials`), read directly with the file keyring the
tests use and keyring's own "no keyring" backend: kept under the URL without its password, given
back into the URL, nothing kept for a URL without one; no keyring and no stored password are
each said in one sentence."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backends import null

from mornings_desktop.sync import credentials
from mornings_desktop.sync.hub_schema import HubError
from tests.sync.file_keyring import FileKeyring

URL = "postgresql://hub_desk_porte:s3cret@127.0.0.1:5432/hub?sslmode=disable"
BARE = "postgresql://hub_desk_porte@127.0.0.1:5432/hub?sslmode=disable"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("MORNINGS_TEST_KEYRING", str(path))
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())  # type: ignore[no-untyped-call]
    yield path
    keyring.set_keyring(before)


def test_the_password_is_kept_under_the_url_without_it_and_given_back(store: Path) -> None:
    assert credentials.keyring_usable()
    assert credentials.entry_name(URL) == BARE
    credentials.save_password(BARE)  # no password in it: nothing to keep
    assert not store.exists() or "s3cret" not in store.read_text()
    credentials.save_password(URL)
    assert "s3cret" in store.read_text() and BARE in store.read_text()
    assert json.loads(store.read_text())  # a real entry in the file keyring
    assert credentials.complete_url(BARE) == URL
    assert credentials.complete_url(URL) == URL  # given with its password: as given
    other = BARE.replace("hub_desk_porte", "hub_desk_caisse")
    with pytest.raises(HubError, match="No password is stored for the hub login") as refused:
        credentials.complete_url(other)
    assert "hub_desk_caisse@127.0.0.1" in str(refused.value)


def test_without_a_keyring_it_is_said_in_one_sentence(store: Path) -> None:
    keyring.set_keyring(null.Keyring())  # type: ignore[no-untyped-call]
    assert not credentials.keyring_usable()
    with pytest.raises(HubError, match="no password store"):
        credentials.save_password(URL)
    with pytest.raises(HubError, match="no password store"):
        credentials.complete_url(BARE)
    assert credentials.complete_url(URL) == URL  # with its password: no keyring needed
    credentials.save_password(BARE)  # nothing to keep: no refusal either


def test_a_keyring_that_refuses_is_said_in_one_sentence_with_its_reason(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The keyring is there but refuses (locked, or its prompt was declined). Its methods are
    # replaced on this one instance: a new backend class would join keyring's own choice of a
    # backend in every later test of the process (`KeyringBackend` keeps every subclass).
    def locked(*_: str) -> None:
        raise keyring.errors.KeyringLocked("the keyring is locked")

    backend = keyring.get_keyring()
    monkeypatch.setattr(backend, "set_password", locked)
    monkeypatch.setattr(backend, "get_password", locked)
    assert credentials.keyring_usable()
    with pytest.raises(HubError, match="refused the hub password: the keyring is locked"):
        credentials.save_password(URL)
    with pytest.raises(HubError, match="cannot be read: the keyring is locked"):
        credentials.complete_url(BARE)
    assert credentials.complete_url(URL) == URL  # with its password: the keyring is not asked
    credentials.save_password(BARE)  # nothing to keep: the keyring is not asked either

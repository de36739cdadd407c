"""Shared fixtures: every test gets its own data folder and a real SQLite file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

import keyring.core
import pytest
from hypothesis import HealthCheck, settings

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.trust import keys
from tests.sync.file_keyring import FileKeyring

if TYPE_CHECKING:
    from tests.ui_thread_writes import WriteProbe

settings.register_profile(
    "default",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "slow",
    deadline=None,
    max_examples=1000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("MORNINGS_DATA_DIR", str(folder))
    # Desk and organisation keys go to this test's own keyring file, which the command-line
    # processes it starts read too (`tests/sync/conftest.cli_env`). Named, never left to keyring's
    # own choice: it picks the highest priority among the backend classes imported so far, in the
    # order of a set, so which one a test process got changed from run to run (an in-memory one
    # its children could not read: `hub add-desk` then found no organisation key).
    monkeypatch.setenv("MORNINGS_TEST_KEYRING", str(tmp_path / "keyring.json"))
    monkeypatch.setattr(keyring.core, "_keyring_backend", FileKeyring())
    # Without a keyring the organisation key goes to a passphrase-protected file: the tests give
    # the passphrase, and a cheap scrypt cost (the product's is keys.SCRYPT_N = 2^15, ~0.1-0.3 s).
    monkeypatch.setenv("MORNINGS_ORG_PASSPHRASE", "test passphrase")
    monkeypatch.setattr(keys, "SCRYPT_N", 2**4)
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(db_path, "Accueil 1")
    yield workspace
    workspace.close()


@pytest.fixture
def demo_morning(ws: Workspace) -> str:
    """A demo Morning with 40 registrations (plus its speakers) on `ws`."""
    from mornings_desktop.services.demo import create_demo

    return create_demo(ws, attendees=40, seed=7, day="2026-12-10")


@pytest.fixture
def ui_writes() -> Iterator[WriteProbe]:
    """Fails the test when the UI thread opened a write transaction from a function of ui/ that
    `tests/ui_thread_writes.ALLOWED_UI_WRITERS` does not list (see that module)."""
    from tests.ui_thread_writes import write_probe  # imports Qt: only for the tests that ask

    with write_probe() as probe:
        yield probe
    unexpected = sorted({s.ui_function for s in probe.unexpected()})
    report = os.environ.get("MORNINGS_UI_WRITES_REPORT")
    if report:
        with open(report, "a", encoding="utf-8") as out:
            out.writelines(
                f"{name}\n" for name in sorted({s.ui_function for s in probe.by_ui_thread()})
            )
        return
    assert not unexpected, f"write transactions opened on the UI thread by: {unexpected}"

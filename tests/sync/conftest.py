"""A real PostgreSQL for the sync tests, started once per test session.

`MORNINGS_TEST_HUB_URL` (an admin URL of a server that may CREATE DATABASE and CREATE ROLE) is used
when set; otherwise the `pgserver` wheel starts one in a temporary folder. pgserver refuses to run
postgres as root, so as root it runs it as a system user `pgserver` (it creates it); the socket
folder is made reachable for it. Its authentication is `trust`; we switch every login but the
admin to SCRAM passwords, so wrong-password tests mean something.

Every test gets its own hub database (CREATE DATABASE is cheap) and desks made by copying a
migrated template SQLite file. All tests of this folder run on one xdist worker (`xdist_group`).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace, ensure_organisation
from mornings_desktop.store import meta, migrate
from mornings_desktop.store.database import Database
from mornings_desktop.trust import keys

REPO = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            # `pg` only where a real PostgreSQL is started (`make mutants` runs `-m "not pg"`:
            # marking every test here left the desk-side sync modules with no test at all);
            # one xdist group for the whole folder, as before.
            if "pg_admin_url" in getattr(item, "fixturenames", ()):
                item.add_marker(pytest.mark.pg)
            item.add_marker(pytest.mark.xdist_group("pg"))


def db_url(url: str, dbname: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + dbname))


@contextlib.contextmanager
def pg_server() -> Iterator[str]:
    """A throw-away PostgreSQL (the `pgserver` wheel) for as long as the block lasts: its admin
    URL. `make mutants` starts one per run and hands it to every test process it forks through
    `MORNINGS_TEST_HUB_URL` (each test's database is named after its process: no clash)."""
    # Not under pytest's tmp folder: that one is private to root (0700), and as root pgserver runs
    # postgres as another user, which must reach its data folder.
    folder = Path(tempfile.mkdtemp(prefix="mornings-pg-"))
    folder.chmod(0o755)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs: XDG_RUNTIME_DIR unset on CI machines
        import pgserver

        server = pgserver.get_server(folder / "data", cleanup_mode="stop")
    url = server.get_uri()
    hba = Path(server.pgdata) / "pg_hba.conf"
    hba.write_text(
        "local all postgres trust\n"
        "local all all scram-sha-256\n"
        "host all postgres 127.0.0.1/32 trust\n"
        "host all all 127.0.0.1/32 scram-sha-256\n"
    )
    with psycopg.connect(url, autocommit=True) as conn:
        # A throw-away test cluster: durability of PostgreSQL itself is not under test here, and
        # the machine is busy. (The hub's own guarantees do not depend on these settings.)
        conn.execute("ALTER SYSTEM SET fsync = off")
        conn.execute("ALTER SYSTEM SET synchronous_commit = off")
        conn.execute("ALTER SYSTEM SET full_page_writes = off")
        conn.execute("SELECT pg_reload_conf()")
    try:
        yield url
    finally:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    env = os.environ.get("MORNINGS_TEST_HUB_URL")
    if env:
        yield env
        return
    with pg_server() as url:
        yield url


_counter = itertools.count()


def _drop_database(admin: str, name: str) -> None:
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
        )
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        roles = conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"{name}\\_%",)
        ).fetchall()
        for (role,) in roles:
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def new_hub_database(pg_admin_url: str) -> tuple[str, Callable[[], None]]:
    name = f"hub{os.getpid()}x{next(_counter)}"
    _drop_database(pg_admin_url, name)
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return db_url(pg_admin_url, name), lambda: _drop_database(pg_admin_url, name)


@pytest.fixture
def hub_db(pg_admin_url: str) -> Iterator[str]:
    """The admin URL of a fresh, empty database (no hub yet)."""
    url, drop = new_hub_database(pg_admin_url)
    try:
        yield url
    finally:
        drop()


# The template's organisation key, kept by the fixture itself: the process's key cache is cleared
# by tests that act as a new process (`signing._cache.clear()`), and where the template process kept
# the key (keyring or file) depends on the keyring of the moment.
_TEMPLATE_KEYS: dict[str, Ed25519PrivateKey] = {}


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated desk database with an organisation and no desk yet: copied, not re-migrated."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.sqlite3"
    with pytest.MonkeyPatch.context() as patch:  # before any test's own data folder exists
        patch.setenv("MORNINGS_DATA_DIR", str(folder / "data"))
        patch.setenv("MORNINGS_ORG_PASSPHRASE", "test passphrase")  # no keyring: a key file
        patch.setattr(keys, "SCRYPT_N", 2**4)
        db = Database(path)
        migrate.upgrade(db)
        with db.write() as session:
            ensure_organisation(session)
            org_id = meta.get(session, meta.ORG_ID)
            assert org_id is not None
            key = signing.org_key(org_id)  # made by this process with the template
            assert key is not None, "the template's organisation key is made in this process"
            _TEMPLATE_KEYS[org_id] = key
        db.dispose()
    return path


def _share_org_key(path: Path) -> None:
    """The template's organisation key, kept for this test (its CLI processes read it too)."""
    db = Database(path)
    with db.read() as session:
        org_id = meta.get(session, meta.ORG_ID)
    db.dispose()
    assert org_id is not None
    # The key this process holds now (a test may have rotated it), else the template's.
    signing.keep_org_key(org_id, signing.org_key(org_id) or _TEMPLATE_KEYS[org_id])


@pytest.fixture
def make_desk(template_db: Path, tmp_path: Path) -> Iterator[Callable[..., Workspace]]:
    """`make_desk(name, org_of=None)`: a desk database (same organisation as the template, or a
    new one with `fresh_org=True`)."""
    opened: list[Workspace] = []

    def make(name: str, *, fresh_org: bool = False) -> Workspace:
        path = tmp_path / f"{name.replace(' ', '_')}.sqlite3"
        if not fresh_org:
            shutil.copyfile(template_db, path)
            _share_org_key(path)
        ws = Workspace.open(path, name, backup_on_migrate=False)
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.close()


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    env["PYTHON_KEYRING_BACKEND"] = "tests.sync.file_keyring.FileKeyring"
    env.update(extra or {})
    return env


def cli(*args: str, env: dict[str, str] | None = None) -> list[str]:
    return [sys.executable, "-m", "mornings_desktop", *args]


@pytest.fixture
def hub(hub_db: str, make_desk: Callable[..., Workspace]) -> str:
    """The admin URL of a hub made for the template's organisation (by a desk named Admin).
    A test file may define its own `hub` (some make theirs differently)."""
    from mornings_desktop.sync import hub_admin

    admin = make_desk("Admin")
    hub_admin.init_hub(hub_db, admin.org_id, admin.ticket_key.hex())
    return hub_db

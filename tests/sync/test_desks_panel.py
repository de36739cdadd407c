"""The Sync area's Desks tab, driven with the mouse and keyboard against a real hub: the list, Add (a
join file `mornings join` accepts), Revoke (the hub refuses the desk's later operations), a door
desk without the tab, a wrong admin password said in one sentence, and the hub-less revoke."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle, desk_overview, hub_desks, join
from mornings_desktop.sync.hub_schema import HubError
from mornings_desktop.sync.revocation_check import in_force
from mornings_desktop.timeutil import now_utc
from tests.sync.conftest import REPO, cli, cli_env
from tests.sync.test_desk_lifecycle import MakeDesk, Site, _hub_checkins

# the fixtures of the desk lifecycle tests (file_keyring is autouse there and here)
from tests.sync.test_desk_lifecycle import admin as admin
from tests.sync.test_desk_lifecycle import file_keyring as file_keyring
from tests.sync.test_desk_lifecycle import site as site

pytestmark = pytest.mark.usefixtures("ui_writes")  # the UI thread never opens a write
ADMIN_PASSWORD = "admin s3cret, not a desk password"


@pytest.fixture
def admin_login(hub_db: str) -> str:
    """A hub administrator that needs its password (the test cluster trusts `postgres`)."""
    login = urlsplit(hub_db).path.lstrip("/") + "_admin"  # dropped with the hub's roles
    with psycopg.connect(hub_db, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE \"{login}\" LOGIN SUPERUSER PASSWORD '{ADMIN_PASSWORD}'")
    return login


@contextmanager
def _state(ws: Workspace, data_dir: Path, *, threads: bool = False) -> Iterator[object]:
    """The window's state; `threads`: jobs on the runner's threads, as in the window."""
    from mornings_desktop.settings import Settings
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState

    runner = JobRunner(synchronous=not threads)
    state = AppState(ws, Settings(data_dir / "settings.ini"), runner)
    try:
        yield state
    finally:
        if threads:
            runner.pool.waitForDone(10000)
        state.close()


@pytest.fixture
def office_state(qtbot, site: Site, data_dir: Path):  # type: ignore[no-untyped-def]
    with _state(site.office, data_dir) as state:
        yield state


def _screen(qtbot, state):  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.sync.screen import SyncScreen

    screen = SyncScreen(state)
    qtbot.addWidget(screen)
    screen.show()  # the status (and this desk's role) is read when the page is first shown
    qtbot.waitUntil(lambda: screen._last is not None, timeout=10000)
    return screen


def _click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _open_desks(qtbot, screen):  # type: ignore[no-untyped-def]
    bar = screen.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(screen.desks_tab).center())
    assert screen.tabs.currentWidget() is screen.desks
    return screen.desks


def _give_admin(qtbot, panel, login: str, password: str = ADMIN_PASSWORD) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.sync.desk_dialogs import AdminDialog

    dialog = panel.dialog
    assert isinstance(dialog, AdminDialog) and dialog.isVisible()
    assert dialog.address.text()  # the hub's address, from this desk's own
    qtbot.keyClicks(dialog.login, login)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def _rows(panel) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    model = panel.model
    return {
        model.name(r): [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def _select(qtbot, panel, name: str) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in range(panel.model.rowCount()) if panel.model.name(r) == name)
    rect = panel.table.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_list_shows_the_desks_and_a_wrong_password_gets_one_sentence(
    qtbot, office_state, site: Site, admin_login: str
) -> None:  # type: ignore[no-untyped-def]
    door = site.join("Porte 1")
    site.sync(door)
    screen = _screen(qtbot, office_state)
    panel = _open_desks(qtbot, screen)
    assert panel.model.rowCount() == 0  # nothing asked until the organiser says so

    _click(qtbot, panel.list_button)
    _give_admin(qtbot, panel, admin_login, "not the password")
    text = panel.message.text()
    assert text.startswith("✖") and "refused the admin login: wrong login or password" in text
    assert "\n" not in text and "FATAL" not in text and "CONTEXT" not in text
    assert ADMIN_PASSWORD not in text and "not the password" not in text
    assert panel._admin_url is None  # forgotten: asked again
    assert panel.model.rowCount() == 0

    _click(qtbot, panel.list_button)
    _give_admin(qtbot, panel, admin_login)
    rows = _rows(panel)
    assert set(rows) == {"Office", "Porte 1"}
    assert rows["Porte 1"][panel.model.ROLE] == "door"
    assert rows["Office"][panel.model.ROLE] == "organiser"
    assert rows["Porte 1"][panel.model.CONTACT] != "—"  # it synced
    assert rows["Porte 1"][panel.model.STATE] == "active"
    # The password is in this window's memory only: not in the desk's database or settings.
    db_text = Path(str(site.office.db.path)).read_bytes()
    assert ADMIN_PASSWORD.encode() not in db_text
    office_state.settings._qs.sync()
    settings = Path(office_state.settings.path)
    assert not settings.exists() or ADMIN_PASSWORD not in settings.read_text(encoding="utf-8")
    wal = Path(str(site.office.db.path) + "-wal")
    assert not wal.exists() or ADMIN_PASSWORD.encode() not in wal.read_bytes()
    screen.controller.stop()


def test_add_writes_a_join_file_that_mornings_join_accepts(
    qtbot, office_state, site: Site, admin_login: str, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.sync import file_dialogs
    from mornings_desktop.ui.sync.desk_dialogs import AddDeskDialog

    target = tmp_path / "porte-2.mornings-join"
    asked: list[str] = []
    monkeypatch.setattr(
        file_dialogs, "ask_join_output", lambda _p, desk: asked.append(desk) or target
    )
    screen = _screen(qtbot, office_state)
    panel = _open_desks(qtbot, screen)
    _click(qtbot, panel.add_button)
    dialog = panel.dialog
    assert isinstance(dialog, AddDeskDialog)
    assert not dialog.ok_button.isEnabled()  # a desk needs a name
    qtbot.keyClicks(dialog.name, "Porte 2")
    assert dialog.role.currentData() == "door"
    _click(qtbot, dialog.ok_button)
    assert asked == ["Porte 2"]
    _give_admin(qtbot, panel, admin_login)
    assert target.exists(), panel.message.text()
    assert panel.message.text().startswith("✔") and "Porte 2" in panel.message.text()
    assert _rows(panel)["Porte 2"][panel.model.ROLE] == "door"  # listed again, same password

    env = cli_env({"MORNINGS_TEST_KEYRING": str(tmp_path / "keyring.json")})
    joined = subprocess.run(
        cli("--db", str(tmp_path / "porte2.sqlite3"), "join", str(target)),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert joined.returncode == 0, joined.stderr
    assert f"joined organisation {site.office.org_id} as Porte 2 (door)" in joined.stdout
    screen.controller.stop()


def test_revoke_makes_the_hub_refuse_the_desks_later_operations(
    qtbot, office_state, site: Site, admin_login: str
) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.sync.desk_dialogs import RevokeDialog

    door = site.join("Porte 1")
    site.sync(door)
    site.admit(door, 0)
    site.sync(door)
    assert _hub_checkins(site.hub, door.desk_id) == 1
    screen = _screen(qtbot, office_state)
    panel = _open_desks(qtbot, screen)
    _click(qtbot, panel.list_button)
    _give_admin(qtbot, panel, admin_login)
    assert not panel.revoke_button.isEnabled()  # which desk?
    _select(qtbot, panel, "Porte 1")
    _click(qtbot, panel.revoke_button)
    dialog = panel.dialog
    assert isinstance(dialog, RevokeDialog) and dialog.now.isChecked()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "Porte")
    assert not dialog.ok_button.isEnabled()  # the whole name, to confirm
    qtbot.keyClicks(dialog.confirm, " 1")
    assert dialog.ok_button.isEnabled()
    _click(qtbot, dialog.ok_button)
    text = panel.message.text()
    assert text.startswith("✔") and "Porte 1 is revoked" in text, text
    assert "Every desk refuses its later operations" in text  # signed: this desk holds the key
    assert "revoked since" in _rows(panel)["Porte 1"][panel.model.STATE]

    # The laptop can no longer log in …
    site.admit(door, 1)
    with pytest.raises(HubError, match="revoked"):
        site.sync(door)
    # … and even with its login back by mistake, the hub sets its later operations aside.
    with psycopg.connect(site.hub, autocommit=True) as conn:
        login = next(d.login for d in hub_desks.list_desks(site.hub) if d.desk == "Porte 1")
        conn.execute(f'ALTER ROLE "{login}" LOGIN')
    site.sync(door)
    assert _hub_checkins(site.hub, door.desk_id) == 1
    listed = {d.desk: d for d in hub_desks.list_desks(site.hub)}
    assert listed["Porte 1"].set_aside >= 1
    # Every other desk goes on.
    site.admit(site.office, 2)
    assert site.sync(site.office).refused == 0
    screen.controller.stop()


def test_a_door_desk_does_not_see_the_desks_tab(qtbot, site: Site, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    door = site.join("Porte 1")
    with _state(door, data_dir) as state:
        screen = _screen(qtbot, state)
        assert screen.desks is None  # never built on a door desk
        assert [screen.tabs.tabText(i) for i in range(screen.tabs.count())] == [
            "Hub and bundles",
            "Review",
        ]
        # Ctrl+Tab walks the tabs it shows: never onto the Desks one.
        for _ in range(4):
            qtbot.keyClick(screen.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
            assert screen.tabs.currentIndex() in (0, 1)
        screen.controller.stop()
    # And the services refuse a door desk whatever the window shows.
    with pytest.raises(Exception, match="door desk"):
        desk_overview.revoke(door, None, "Office", None)


def test_without_a_hub_revoke_travels_in_the_next_bundle(
    qtbot, make_desk: MakeDesk, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.sync import file_dialogs
    from mornings_desktop.ui.sync.desk_dialogs import RevokeDialog

    office = make_desk("Bureau")
    assert office.meta("sync.hub_url") is None
    target = tmp_path / "stick.mornings-join"
    monkeypatch.setattr(file_dialogs, "ask_join_output", lambda _p, _desk: target)
    # The jobs on threads, as in the window: the writes (certificate, revocation) off the UI thread.
    with _state(office, data_dir, threads=True) as state:
        screen = _screen(qtbot, state)
        panel = _open_desks(qtbot, screen)
        assert not panel.reset_button.isVisible()  # a new file is a new desk, without a hub
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)  # this desk
        _click(qtbot, panel.add_button)
        qtbot.keyClicks(panel.dialog.name, "Stick 1")
        _click(qtbot, panel.dialog.ok_button)  # no administrator asked: no hub
        qtbot.waitUntil(lambda: panel.message.text().startswith(("✔", "✖")), timeout=10000)
        assert target.exists(), panel.message.text()
        qtbot.waitUntil(lambda: "Stick 1" in _rows(panel), timeout=10000)
        stick = make_desk("Stick")
        assert join.join_with_file(stick, target).error is None

        _select(qtbot, panel, "Stick 1")
        _click(qtbot, panel.revoke_button)
        dialog = panel.dialog
        assert isinstance(dialog, RevokeDialog)
        qtbot.keyClicks(dialog.confirm, "Stick 1")
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: "revoked since" in _rows(panel)["Stick 1"][panel.model.STATE], timeout=10000
        )
        text = panel.message.text()
        assert text.startswith("✔") and "travels in the next bundle" in text, text
        screen.controller.stop()
    carried = tmp_path / "office.mornings-bundle"
    bundle.export_bundle(office, carried)
    other = make_desk("Autre")
    bundle.import_bundle(other, carried)
    with other.db.read() as session:
        revoked = {desk for (_org, desk) in in_force(session)}
    assert stick.desk_id in revoked


def test_reset_gives_a_new_join_file_and_the_old_password_stops(
    qtbot, office_state, site: Site, admin_login: str, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.sync import file_dialogs

    door = site.join("Porte 1")
    site.sync(door)
    target = tmp_path / "porte-1-again.mornings-join"
    monkeypatch.setattr(file_dialogs, "ask_join_output", lambda _p, _desk: target)
    screen = _screen(qtbot, office_state)
    panel = _open_desks(qtbot, screen)
    _click(qtbot, panel.list_button)
    _give_admin(qtbot, panel, admin_login)
    _select(qtbot, panel, "Porte 1")
    _click(qtbot, panel.reset_button)  # the administrator is not asked again
    text = panel.message.text()
    assert target.exists() and text.startswith("✔") and "old password no longer works" in text
    with pytest.raises(HubError, match="wrong login or password"):
        site.sync(door)
    assert join.join_with_file(door, target).error is None  # the same laptop, joined again
    site.admit(door, 0)
    assert site.sync(door).pushed == 1
    screen.controller.stop()


def test_an_unreachable_hub_gets_one_sentence_without_the_password(
    qtbot, office_state, site: Site
) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, office_state)
    panel = _open_desks(qtbot, screen)
    _click(qtbot, panel.list_button)
    dialog = panel.dialog
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, "postgresql://127.0.0.1:1/hub?connect_timeout=2")
    _give_admin(qtbot, panel, "admin", "pw-never-shown")
    text = panel.message.text()
    assert text.startswith("✖ ") and "is not reachable" in text, text
    assert "\n" not in text and "pw-never-shown" not in text and "Traceback" not in text
    assert panel._admin_url is None and panel.model.rowCount() == 0
    assert panel.list_button.isEnabled() and panel.add_button.isEnabled()
    screen.controller.stop()


def test_the_list_flags_a_clock_two_hours_ahead_and_a_copied_database(
    qtbot, office_state, site: Site, admin_login: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.store.backup import copy_database

    door = site.join("Porte 1")
    site.sync(door, wall_clock=lambda: now_utc() + timedelta(hours=2))
    late = site.join("Porte 2")
    site.sync(late)
    site.admit(late, 0)
    site.sync(late)
    copy = Workspace.open(
        copy_database(late.path, tmp_path / "elsewhere" / "late.sqlite3"), backup_on_migrate=False
    )
    try:
        site.admit(copy, 1)
        site.admit(late, 2)
        for ws in (late, copy, site.office):
            site.sync(ws)
    finally:
        copy.close()
    screen = _screen(qtbot, office_state)
    panel = _open_desks(qtbot, screen)
    _click(qtbot, panel.list_button)
    _give_admin(qtbot, panel, admin_login)
    rows = _rows(panel)
    clock = rows["Porte 1"][panel.model.CLOCK]
    assert clock.startswith("⚠") and "ahead" in clock and " h " in clock, clock
    assert rows["Office"][panel.model.CLOCK] == "right"
    assert rows["Porte 2"][panel.model.COPIES].startswith("⚠")
    assert rows["Porte 1"][panel.model.COPIES] == "—" and rows["Office"][panel.model.COPIES] == "—"
    screen.controller.stop()


def test_a_desk_login_given_as_the_administrator_gets_one_sentence(
    qtbot, office_state, site: Site, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """It said PostgreSQL's "permission denied for table meta"."""
    issued = site.issue("Porte 9", "door")  # not joined: its one-time password is in the file
    desk_url = urlsplit(json.loads(issued.read_text())["hub_url"])
    screen = _screen(qtbot, office_state)
    panel = _open_desks(qtbot, screen)
    _click(qtbot, panel.list_button)
    _give_admin(qtbot, panel, str(desk_url.username), unquote(str(desk_url.password)))
    text = panel.message.text()
    assert text.startswith("✖ ") and "may not manage the hub's desks" in text, text
    assert "permission denied" not in text and "\n" not in text
    assert panel._admin_url is None and panel.model.rowCount() == 0
    screen.controller.stop()

"""The Sync screen with a real hub: settings, status, failures with backoff, bundles, Review."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import psycopg
import pytest
from PySide6.QtCore import Qt

from mornings_desktop.services import review
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.sync import bundle, client, credentials, hub_admin, hub_schema, join
from mornings_desktop.timeutil import now_iso
from tests.sync.file_keyring import FileKeyring

MakeDesk = Callable[..., Workspace]
pytestmark = pytest.mark.usefixtures("ui_writes")  # the UI thread never opens a write


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("MORNINGS_TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def desk_state(qtbot, make_desk: MakeDesk, data_dir: Path):  # type: ignore[no-untyped-def]
    from mornings_desktop.settings import Settings
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState

    ws = make_desk("Accueil 1")
    state = AppState(ws, Settings(data_dir / "settings.ini"), JobRunner(synchronous=True))
    yield state
    state.close()


def _screen(qtbot, state):  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.sync.screen import SyncScreen

    screen = SyncScreen(state)
    qtbot.addWidget(screen)
    screen.show()  # the status and the Review list are read when the page is first shown
    return screen


def _hub(hub_db: str, ws: Workspace) -> str:
    hub_admin.init_hub(hub_db, ws.org_id, ws.ticket_key.hex())
    return hub_db


def test_settings_then_status(qtbot, desk_state, hub_db: str, file_keyring: None) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, desk_state)
    assert "No hub set up" in screen.status_label.text()
    assert not screen.sync_button.isEnabled()
    _hub(hub_db, desk_state.workspace)
    desk = hub_admin.add_desk(hub_db, "A")
    address = hub_schema.with_credentials(desk.url, "", None).replace("//@", "//")
    qtbot.keyClicks(screen.address, address)
    qtbot.keyClicks(screen.login, desk.login)
    qtbot.keyClicks(screen.password, desk.url.split(":")[2].split("@")[0])
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    text = screen.status_label.text()
    assert "✔" in text and "Hub reachable" in text
    assert "Operations waiting to be sent: 0" in text
    assert screen.password.text() == ""
    # The password is in the keyring, not in the database.
    stored = desk_state.workspace.meta(client.HUB_URL)
    assert stored and desk.login in stored and ":" not in stored.split("//")[1].split("@")[0]
    desk_state.workspace.record("desk.announced", {"id": str(uuid.uuid4()), "name": "x"})
    screen.refresh_status()
    assert "waiting to be sent: 1" in screen.status_label.text()
    qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)
    assert "waiting to be sent: 0" in screen.status_label.text()
    screen.controller.stop()


def test_failures_say_why_and_back_off(qtbot, desk_state, file_keyring: None) -> None:  # type: ignore[no-untyped-def]
    ws = desk_state.workspace
    with ws.db.write() as session:
        meta.put(session, client.HUB_URL, "postgresql://d@127.0.0.1:1/hub?connect_timeout=1")
    keyring.set_password(
        "mornings-desktop", "postgresql://d@127.0.0.1:1/hub?connect_timeout=1", "pw"
    )
    screen = _screen(qtbot, desk_state)
    screen.controller.sync_now()
    text = screen.status_label.text()
    assert "✖" in text and "not reachable" in text and "Next try in 30 s" in text
    screen.controller.sync_now()
    assert "Next try in 60 s" in screen.status_label.text()
    assert client.status(ws).last_error
    assert "waiting to be sent: 1" in screen.status_label.text()  # nothing lost
    screen.controller.stop()


def test_bundle_buttons(
    qtbot, desk_state, make_desk: MakeDesk, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.sync import screen as screen_module

    other = make_desk("Accueil 2")
    other.record("morning.created", {"id": str(uuid.uuid4()), "fields": {"title": "Autre"}})
    path = tmp_path / "b.mornings-bundle"
    bundle.export_bundle(other, path)
    screen = _screen(qtbot, desk_state)
    monkeypatch.setattr(screen_module, "ask_bundle_input", lambda _p: path)
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert "2 new" in screen.bundle_label.text()
    out = tmp_path / "out.mornings-bundle"
    monkeypatch.setattr(screen_module, "ask_bundle_output", lambda _p: out)
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert out.exists() and "✔" in screen.bundle_label.text()
    path.write_bytes(path.read_bytes()[:-30])
    shown: list[str] = []
    monkeypatch.setattr(screen_module, "show_error", lambda _p, exc: shown.append(str(exc)))
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert shown and "nothing was imported" in shown[0]
    assert "✖" in screen.bundle_label.text()


def _admit(ws: Workspace, registration: str, morning: str) -> str:
    checkin = str(uuid.uuid4())
    ws.record(
        "checkin.created",
        {
            "id": checkin,
            "registration_id": registration,
            "morning_id": morning,
            "at": now_iso(),
            "method": "scanner",
        },
    )
    return checkin


def _click_row(qtbot, table, row: int) -> None:  # type: ignore[no-untyped-def]
    """Choose a row as the person does: a mouse click on it (in either layout direction)."""
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [i.row() for i in table.selectionModel().selectedRows()] == [row]


@pytest.fixture(params=["left-to-right", "right-to-left"])
def direction(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """An Arabic desk reviews too. The direction is left as found (tests/gui/conftest.py says why:
    a right-to-left direction left by another test made this test fail in `make test` only)."""
    from PySide6.QtWidgets import QApplication

    before = QApplication.layoutDirection()
    if request.param == "right-to-left":
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield request.param
    QApplication.setLayoutDirection(before)


def test_review_duplicate_admissions(
    qtbot, qtmodeltester, desk_state, make_desk: MakeDesk, hub_db: str, direction: str
) -> None:  # type: ignore[no-untyped-def]
    a = desk_state.workspace
    b = make_desk("Accueil 2")
    _hub(hub_db, a)
    url_a, url_b = hub_admin.add_desk(hub_db, "A").url, hub_admin.add_desk(hub_db, "B").url
    morning, people = str(uuid.uuid4()), [str(uuid.uuid4()) for _ in range(2)]
    regs = [str(uuid.uuid4()) for _ in range(2)]
    with a.transaction() as tx:
        tx.record(
            "morning.created", {"id": morning, "fields": {"title": "M", "date": "2026-12-10"}}
        )
        for person, reg, name in zip(people, regs, ("Amina", "Karim"), strict=True):
            tx.record(
                "person.created", {"id": person, "fields": {"first_name": name, "last_name": "B"}}
            )
            tx.record(
                "registration.created",
                {
                    "id": reg,
                    "fields": {
                        "morning_id": morning,
                        "person_id": person,
                        "code": "C" + reg[:8],
                        "registered_at": now_iso(),
                        "status": "registered",
                    },
                },
            )
    client.sync_round(a, url_a)
    client.sync_round(b, url_b)
    for reg in regs:  # both tickets admitted at both desks while they were apart
        _admit(a, reg, morning)
        _admit(b, reg, morning)
    client.sync_round(b, url_b)
    client.sync_round(a, url_a)
    screen = _screen(qtbot, desk_state)
    screen.resize(900, 600)
    screen.show()
    screen.tabs.setCurrentIndex(1)
    qtbot.waitExposed(screen)
    qtmodeltester.check(screen.review_model)
    assert screen.review_model.rowCount() == 4
    assert screen.tabs.tabText(1) == "Review (2)"
    desks = {screen.review_model.index(r, screen.review_model.DESK).data() for r in range(4)}
    assert desks == {"Accueil 1", "Accueil 2"}
    _click_row(qtbot, screen.review_table, 0)
    kept = screen.review_model.key(0)
    qtbot.mouseClick(screen.keep_button, Qt.MouseButton.LeftButton)
    # The decision is written in a job; the list shows it once committed.
    qtbot.waitUntil(lambda: screen.review_model.rowCount() == 2, timeout=5000)
    _click_row(qtbot, screen.review_table, 1)
    annulled = screen.review_model.key(1)
    assert annulled is not None and kept is not None and annulled[0] != kept[0]
    qtbot.mouseClick(screen.annul_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.review_model.rowCount() == 0, timeout=5000)
    assert screen.tabs.tabText(1) == "Review"
    # Both registrations are still present; the annulled one by its other scan.
    from mornings_desktop.store.schema import Registration

    with a.db.read() as session:
        row = session.get(Registration, annulled[0])
        assert row is not None
        assert (row.checked_in_at is not None, row.checkin_count) == (True, 1)
    # The decisions travel to the other desk like any change.
    client.sync_round(a, url_a)
    client.sync_round(b, url_b)
    assert review.duplicate_admissions(b) == []
    screen.controller.stop()


@pytest.fixture
def threaded_state(qtbot, make_desk: MakeDesk, data_dir: Path):  # type: ignore[no-untyped-def]
    """Like `desk_state`, but jobs run on real worker threads, as in the window."""
    from mornings_desktop.settings import Settings
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState

    jobs = JobRunner(dialog_delay_ms=60_000)
    state = AppState(make_desk("Accueil 1"), Settings(data_dir / "settings.ini"), jobs)
    yield state
    jobs.wait()
    state.close()


def test_rounds_never_write_on_the_ui_thread(
    qtbot, threaded_state, hub_db: str, file_keyring: None, ui_writes
) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.sync import join

    ws = threaded_state.workspace
    _hub(hub_db, ws)
    join.join_hub(ws, hub_admin.add_desk(hub_db, "A").url)
    ws.record("desk.announced", {"id": str(uuid.uuid4()), "name": "x"})
    screen = _screen(qtbot, threaded_state)
    controller = screen.controller
    controller.timer.stop()
    ui_writes.clear()

    controller.sync_now()  # a round that pushes, pulls and writes the last sync state
    qtbot.waitUntil(lambda: not controller.running, timeout=20_000)
    assert controller.reachable and controller.last is not None and controller.last.pushed >= 1
    with ws.db.write() as session:  # the test itself points the desk at a hub that does not answer
        meta.put(session, client.HUB_URL, "postgresql://d@127.0.0.1:1/hub?connect_timeout=1")
    keyring.set_password(
        "mornings-desktop", "postgresql://d@127.0.0.1:1/hub?connect_timeout=1", "pw"
    )
    ui_writes.clear()
    controller.sync_now()  # a failing round writes the reason
    qtbot.waitUntil(lambda: not controller.running, timeout=20_000)
    threaded_state.jobs.wait()
    assert controller.reachable is False and client.status(ws).last_error

    writes = list(ui_writes.starts)
    assert writes, "the instrument saw the round's writes"
    assert all(not w.on_ui_thread for w in writes), [w for w in writes if w.on_ui_thread]
    controller.stop()


def test_the_keyring_is_asked_on_the_rounds_thread_not_the_windows(
    qtbot, threaded_state, file_keyring: None, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Every round completes the hub's address with the password from the keyring (a D-Bus call
    on a desktop) and needs psycopg: both on the round's job, never on the UI thread, which
    showed the page without them. A missing password still says why, and backs off."""
    import threading

    from mornings_desktop.sync import credentials

    ws = threaded_state.workspace
    url = "postgresql://d@127.0.0.1:1/hub?connect_timeout=1"
    with ws.db.write() as session:
        meta.put(session, client.HUB_URL, url)
    asked: list[str] = []
    real = credentials.complete_url

    def recording(address: str) -> str:
        asked.append(threading.current_thread().name)
        return real(address)

    monkeypatch.setattr(credentials, "complete_url", recording)
    screen = _screen(qtbot, threaded_state)
    controller = screen.controller
    controller.timer.stop()
    controller.sync_now()  # no password in the keyring yet: the round fails and says why
    qtbot.waitUntil(lambda: not controller.running, timeout=20_000)
    assert controller.reachable is False and controller.next_in_s == 30
    keyring.set_password("mornings-desktop", url, "pw")
    controller.sync_now()  # a password, but no hub there
    qtbot.waitUntil(lambda: not controller.running, timeout=20_000)
    threaded_state.jobs.wait()
    assert controller.next_in_s == 60 and "not reachable" in screen.status_label.text()
    assert len(asked) == 2 and threading.current_thread().name not in asked
    controller.stop()


def test_stop_waits_for_the_round_before_ending_its_process(
    qtbot, threaded_state, hub_db: str, file_keyring: None
) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.sync import join

    ws = threaded_state.workspace
    _hub(hub_db, ws)
    join.join_hub(ws, hub_admin.add_desk(hub_db, "A").url)
    screen = _screen(qtbot, threaded_state)
    controller = screen.controller
    controller.timer.stop()
    controller.sync_now()  # the round runs in the desk's round process
    worker = controller._worker
    assert worker is not None and controller.running
    controller.stop()  # arrives while the round runs (its process is still starting)
    qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
    threaded_state.jobs.wait()
    # The round's process ended once the round was over, never under it.
    assert controller._round_over.is_set() and worker.pid is None
    assert controller.reachable  # the round was not broken by stop()
    assert not controller.timer.isActive()  # and no round is scheduled after stop()


def test_join_with_a_file_then_a_clock_two_hours_ahead_is_shown(  # type: ignore[no-untyped-def]
    qtbot, desk_state, hub_db: str, file_keyring: None, tmp_path: Path, monkeypatch
) -> None:
    import threading
    from datetime import timedelta

    from mornings_desktop.sync import credentials, hub_desks
    from mornings_desktop.timeutil import now_utc
    from mornings_desktop.ui.sync import screen as screen_module

    ws = desk_state.workspace
    _hub(hub_db, ws)
    path = tmp_path / "door.mornings-join"
    hub_desks.issue_desks(hub_db, ws.org_id, ws.ticket_key.hex(), "Door", "door", path)
    screen = _screen(qtbot, desk_state)
    monkeypatch.setattr(screen_module, "ask_join_file", lambda _p: path)
    qtbot.mouseClick(screen.join_button, Qt.MouseButton.LeftButton)
    text = screen.status_label.text()
    assert "Hub reachable" in text and "clock" not in text
    assert screen.login.text().endswith("_desk_door")

    def round_ahead() -> None:  # a round of a desk whose clock runs 2 hours ahead (off the UI)
        url = credentials.complete_url(str(ws.meta(client.HUB_URL)))
        client.sync_round(ws, url, wall_clock=lambda: now_utc() + timedelta(hours=2))

    worker = threading.Thread(target=round_ahead)
    worker.start()
    worker.join()
    screen.refresh_status()
    assert "clock is 2 h 00 min ahead" in screen.status_label.text()
    screen.resize(800, 720)
    screen.show()
    qtbot.waitExposed(screen)
    screen.grab().save(str(tmp_path / "sync-clock.png"))
    screen.controller.stop()
    # The same file a second time: one sentence, shown in the window.
    shown: list[str] = []
    monkeypatch.setattr(screen_module, "show_error", lambda _p, exc: shown.append(str(exc)))
    qtbot.mouseClick(screen.join_button, Qt.MouseButton.LeftButton)
    assert shown and "already used" in shown[0]


def test_the_desk_state_after_joining(qtbot, desk_state) -> None:  # type: ignore[no-untyped-def]
    """What a desk person needs to see of their desk: which desk, its role, and the operations set
    aside in each room (waiting to be retried apart from refused), not one merged count."""
    from mornings_desktop.services.desk_role import ROLE_KEY
    from mornings_desktop.sync import quarantine

    ws = desk_state.workspace
    with ws.db.write() as session:
        meta.put(session, ROLE_KEY, "door")
        quarantine.quarantine(session, "w1", "{}", "hub", "unknown certificate", quarantine.WAITING)
        quarantine.quarantine(session, "w2", "{}", "hub", "not yet due", quarantine.WAITING)
        quarantine.quarantine(session, "r1", "{}", "bundle", "bad signature", quarantine.REFUSED)
    screen = _screen(qtbot, desk_state)
    screen.refresh_status()
    text = screen.status_label.text()
    assert "Accueil 1" in text and "door desk" in text
    assert "waiting to be retried: 2" in text
    assert "refused: 1" in text


def test_a_copied_database_is_flagged_on_the_screen(  # type: ignore[no-untyped-def]
    qtbot, desk_state, tmp_path: Path
) -> None:
    from mornings_desktop.services import mornings
    from mornings_desktop.store.backup import copy_database

    ws = desk_state.workspace
    mornings.create(ws, mornings.MorningInput(title="Avant la copie", date="2026-12-10"))
    copy = Workspace.open(
        copy_database(ws.path, tmp_path / "laptop-2" / "desk.sqlite3"), backup_on_migrate=False
    )
    try:  # both databases go on working as the same desk
        mornings.create(copy, mornings.MorningInput(title="Copie 1", date="2026-12-11"))
        mornings.create(ws, mornings.MorningInput(title="Original", date="2026-12-12"))
        mornings.create(copy, mornings.MorningInput(title="Copie 2", date="2026-12-13"))
        bundle.export_bundle(copy, tmp_path / "copy.mornings-bundle")
    finally:
        copy.close()
    screen = _screen(qtbot, desk_state)
    assert "same desk" not in screen.status_label.text()
    bundle.import_bundle(ws, tmp_path / "copy.mornings-bundle")
    screen.refresh_status()
    assert "Two databases write as the same desk (1)" in screen.status_label.text()
    assert len(mornings.list_mornings(ws)) == 4  # nothing lost


def test_a_join_file_used_on_two_laptops_is_named_on_the_screen(  # type: ignore[no-untyped-def]
    qtbot, desk_state, make_desk: MakeDesk, tmp_path: Path
) -> None:
    from mornings_desktop.services import mornings
    from mornings_desktop.sync import join, join_offline

    ws = desk_state.workspace  # the organiser's desk: it holds the organisation key
    usb = tmp_path / "porte.mornings-join"
    join_offline.issue_files(ws, "Porte USB", "organiser", usb)
    for k, name in enumerate(("Laptop 1", "Laptop 2")):
        laptop = make_desk(name)
        assert join.join_with_file(laptop, usb).error is None
        mornings.create(laptop, mornings.MorningInput(title=name, date=f"2026-12-1{k}"))
        bundle.export_bundle(laptop, tmp_path / f"{k}.mornings-bundle")
    screen = _screen(qtbot, desk_state)
    bundle.import_bundle(ws, tmp_path / "0.mornings-bundle")
    screen.refresh_status()
    assert "join file" not in screen.status_label.text()
    bundle.import_bundle(ws, tmp_path / "1.mornings-bundle")
    screen.refresh_status()
    text = screen.status_label.text()
    assert "⚠ The join file of the desk Porte USB was used on two computers" in text
    assert "same desk (" not in text  # said once
    screen.resize(900, 500)
    screen.grab().save(str(tmp_path / "sync-screen.png"))


def test_a_rotation_the_hub_dropped_is_said_on_the_screen(  # type: ignore[no-untyped-def]
    qtbot, desk_state, hub_db: str, file_keyring: None, tmp_path: Path
) -> None:
    """The organiser's Sync screen says, in one sentence, that the hub refused the rotation."""
    from mornings_desktop.ledger import signing
    from mornings_desktop.sync import recovery
    from tests.sync.test_rotation_size import _desks_over_the_years

    ws = desk_state.workspace
    _hub(hub_db, ws)
    join.join_hub(ws, hub_admin.add_desk(hub_db, "A").url)
    kept = dict(signing._cache)  # the rotation replaces the template organisation's key
    try:
        recovery.export_recovery_key(ws, tmp_path / "recovery.key", "phrase")
        _desks_over_the_years(ws, 60)
        with psycopg.connect(hub_db) as conn:  # a hub the previous version made
            conn.execute("UPDATE mornings.meta SET value = '5' WHERE key = 'schema_version'")
        recovery.rotate(ws, tmp_path / "recovery.key", "phrase")
        screen = _screen(qtbot, desk_state)
        assert "rotation" not in screen.status_label.text()
        client.sync_round(ws, credentials.complete_url(str(ws.meta(client.HUB_URL))))
        screen.refresh_status()
        text = screen.status_label.text()
        assert "⚠ The hub refused the organisation key rotation: it names" in text
        assert "run 'mornings hub init' on it to upgrade it" in text
    finally:
        signing._cache.clear()
        signing._cache.update(kept)


def test_a_bundle_forged_with_the_bundle_key_is_refused_in_the_window(
    qtbot, desk_state, make_desk: MakeDesk, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Re-sealed with the bundle key, one operation dropped, the trailer written again without
    the desk's key: the window says why in one sentence and imports nothing."""
    import json

    from mornings_desktop.services import mornings
    from mornings_desktop.ui.sync import screen as screen_module
    from tests.sync.test_bundle_trailer import _seal, _unseal

    other = make_desk("Accueil 2")
    for title in ("Un", "Deux"):
        mornings.create(other, mornings.MorningInput(title=title, date="2026-12-10"))
    path = tmp_path / "b.mornings-bundle"
    bundle.export_bundle(other, path)
    ws = desk_state.workspace
    header, lines = _unseal(ws, path)
    body = lines[:-2]  # the last operation and the signed trailer dropped
    _seal(ws, path, header, [*body, json.dumps({"end": True, "count": len(body)}).encode()])
    screen = _screen(qtbot, desk_state)
    shown: list[str] = []
    monkeypatch.setattr(screen_module, "show_error", lambda _p, exc: shown.append(str(exc)))
    monkeypatch.setattr(screen_module, "ask_bundle_input", lambda _p: path)
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "not signed by the desk that wrote it" in shown[0]
    assert (
        "✖" in screen.bundle_label.text() and "Nothing was imported" in screen.bundle_label.text()
    )
    assert [m.title for m in mornings.list_mornings(ws)] == []


def test_the_windows_export_writes_every_operation_like_the_command(
    qtbot, desk_state, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Operations the hub already confirmed are in the window's bundle too (another desk may not
    have them): the same file as `mornings sync export` without `--since-hub`."""
    from sqlalchemy import func, select, update

    from mornings_desktop.services import mornings
    from mornings_desktop.store.schema import Operation
    from mornings_desktop.ui.sync import screen as screen_module

    ws = desk_state.workspace
    for title in ("Un", "Deux"):
        mornings.create(ws, mornings.MorningInput(title=title, date="2026-12-10"))
    with ws.db.write() as session:  # as after a round: the hub confirmed them
        session.execute(update(Operation).values(pushed=True))
    with ws.db.read() as session:
        held = session.execute(select(func.count()).select_from(Operation)).scalar_one()
    out = tmp_path / "window.mornings-bundle"
    monkeypatch.setattr(screen_module, "ask_bundle_output", lambda _p: out)
    screen = _screen(qtbot, desk_state)
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert f"{held} operations written" in screen.bundle_label.text()
    assert bundle.export_bundle(ws, tmp_path / "cli.mornings-bundle").count == held >= 3
    assert bundle.export_bundle(ws, tmp_path / "s.mornings-bundle", since_hub=True).count == 0


def test_join_with_a_file_without_a_hub(  # type: ignore[no-untyped-def]
    qtbot, desk_state, make_desk: MakeDesk, file_keyring: None, tmp_path: Path, monkeypatch
) -> None:
    """Sync ▸ Join with a file… takes the join file of `mornings desk add` (USB sticks only): the
    desk becomes the certified door desk, no hub, no error, and it can export a bundle."""
    from mornings_desktop.sync import join_offline
    from mornings_desktop.ui.sync import screen as screen_module

    organiser = make_desk("Bureau")
    path = tmp_path / "porte.mornings-join"
    join_offline.issue_files(organiser, "Porte", "door", path)
    screen = _screen(qtbot, desk_state)
    shown: list[str] = []
    monkeypatch.setattr(screen_module, "show_error", lambda _p, exc: shown.append(str(exc)))
    monkeypatch.setattr(screen_module, "ask_join_file", lambda _p: path)
    qtbot.mouseClick(screen.join_button, Qt.MouseButton.LeftButton)
    assert shown == []
    text = screen.status_label.text()
    assert "Porte" in text and "door desk" in text and "No hub set up" in text
    assert screen.address.text() == "" and screen.login.text() == ""
    screen.resize(800, 720)
    screen.show()
    qtbot.waitExposed(screen)
    screen.grab().save(str(tmp_path / "sync-join-no-hub.png"))
    ws = desk_state.workspace
    bundle.export_bundle(ws, tmp_path / "door.mornings-bundle")  # signed by the certified key
    assert bundle.import_bundle(organiser, tmp_path / "door.mornings-bundle").quarantined == 0

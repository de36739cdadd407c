"""The Sync screen's failure line, read by a French desk person: each way the hub failed in one
sentence of their language (never PostgreSQL's English), then the next try as a sentence of its
own; a refused password is not called "unreachable"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import keyring
import psycopg
import pytest

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, hub_admin, hub_schema, join
from tests.gui.speaking import speaking
from tests.sync.file_keyring import FileKeyring

MakeDesk = Callable[..., Workspace]
pytestmark = pytest.mark.usefixtures("ui_writes")


@pytest.fixture
def french_desk(qtbot, qapp, make_desk: MakeDesk, data_dir: Path, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    yield from _desk_speaking("fr", qapp, make_desk, data_dir, tmp_path, monkeypatch)


@pytest.fixture(params=["fr", "ar"])
def desk_speaking(
    request, qtbot, qapp, make_desk: MakeDesk, data_dir: Path, tmp_path: Path, monkeypatch
):  # type: ignore[no-untyped-def]
    """A desk in French, then in Arabic (`request.param`)."""
    yield from _desk_speaking(request.param, qapp, make_desk, data_dir, tmp_path, monkeypatch)


def _desk_speaking(
    language: str, qapp, make_desk: MakeDesk, data_dir: Path, tmp_path: Path, monkeypatch
):  # type: ignore[no-untyped-def]
    from mornings_desktop.settings import Settings
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState

    monkeypatch.setenv("MORNINGS_TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    state = AppState(
        make_desk("Accueil 1"), Settings(data_dir / "settings.ini"), JobRunner(synchronous=True)
    )
    with speaking(qapp, language, tmp_path):
        yield state
    state.close()
    keyring.set_keyring(previous)


def _failure_line(screen) -> str:  # type: ignore[no-untyped-def]
    lines = [line for line in screen.status_label.text().splitlines() if line.startswith("✖")]
    assert len(lines) == 1, screen.status_label.text()
    return lines[0]


def test_a_lost_connection_and_a_refused_password_in_french(
    qtbot, french_desk, hub_db: str
) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.sync.screen import SyncScreen

    ws = french_desk.workspace
    hub_admin.init_hub(hub_db, ws.org_id, ws.ticket_key.hex())
    join.join_hub(ws, hub_admin.add_desk(hub_db, "A").url)
    login = hub_schema.url_user(str(ws.meta(client.HUB_URL)))
    screen = SyncScreen(french_desk)
    qtbot.addWidget(screen)
    screen.show()
    controller = screen.controller
    controller.timer.stop()
    controller.sync_now()  # the desk's round process keeps its hub connection
    assert controller.reachable, screen.status_label.text()

    with psycopg.connect(hub_db, autocommit=True) as admin:  # the hub's administrator stops it
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (login,)
        )
    controller.sync_now()
    line = _failure_line(screen)
    assert "a été perdue pendant la synchronisation" in line, line
    assert "administrator" not in line and "terminating" not in line
    assert line.endswith("est conservé. Nouvel essai dans 30 s."), line

    with psycopg.connect(hub_db, autocommit=True) as admin:  # `hub reset-desk`: a new password
        admin.execute(f"ALTER ROLE \"{login}\" PASSWORD 'another one'")
    controller.sync_now()
    line = _failure_line(screen)
    assert "a refusé le poste : identifiant ou mot de passe erroné." in line, line
    assert "injoignable" not in line and line.endswith(" Nouvel essai dans 60 s."), line
    controller.stop()


# What a desk person reads of a hub that cannot store (read-only, a full disk): their language only.
CANNOT_STORE = {
    "fr": "ne peut rien enregistrer en ce moment (son disque est plein, ou il a été mis en lecture "
    "seule) ; ce que ce poste détient est conservé pour une prochaine synchronisation : prévenez "
    "l'organisateur.",
    "ar": "حفظ أي شيء الآن (قرصه ممتلئ، أو جُعل للقراءة فقط)؛ ما يحمله هذا المكتب محفوظ لمزامنة "
    "لاحقة: أخبر المنظّم.",
}


def test_a_hub_that_cannot_store_in_the_desks_language(
    qtbot, request, desk_speaking, hub_db: str, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    """The hub was made read-only (or its disk filled up): the Sync screen says so in the desk's
    language, with what to do; PostgreSQL's "cannot execute INSERT in a read-only transaction" goes
    to the log only."""
    import logging

    from mornings_desktop.services import mornings
    from mornings_desktop.ui.sync.screen import SyncScreen

    ws = desk_speaking.workspace
    hub_admin.init_hub(hub_db, ws.org_id, ws.ticket_key.hex())
    join.join_hub(ws, hub_admin.add_desk(hub_db, "A").url)
    mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    dbname = hub_schema.conninfo_params(hub_db)["dbname"]
    with psycopg.connect(hub_db, autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{dbname}" SET default_transaction_read_only = on')
    screen = SyncScreen(desk_speaking)
    qtbot.addWidget(screen)
    screen.show()
    screen.controller.timer.stop()
    with caplog.at_level(logging.WARNING):
        screen.controller.sync_now()
    line = _failure_line(screen)
    assert CANNOT_STORE[request.node.callspec.params["desk_speaking"]] in line, line
    assert not any(word in line for word in ("INSERT", "read-only", "transaction", "Cannot")), line
    assert "cannot execute INSERT in a read-only transaction" in caplog.text
    screen.controller.stop()


def test_a_stopped_hub_in_french(qtbot, french_desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.store import meta
    from mornings_desktop.ui.sync.screen import SyncScreen

    ws = french_desk.workspace
    url = f"postgresql://d@/hub?host={tmp_path}&connect_timeout=2"  # no server on that socket
    with ws.db.write() as session:
        meta.put(session, client.HUB_URL, url)
    keyring.set_password("mornings-desktop", url, "pw")
    screen = SyncScreen(french_desk)
    qtbot.addWidget(screen)
    screen.show()
    screen.controller.timer.stop()
    screen.controller.sync_now()
    line = _failure_line(screen)
    assert "n'est pas joignable : il est arrêté, ou cet ordinateur" in line, line
    assert "socket" not in line and "PGSQL" not in line and "No such file" not in line
    screen.controller.stop()


def test_cancel_during_the_first_sync_of_a_join(  # type: ignore[no-untyped-def]
    qtbot, french_desk, hub_db: str, make_desk: MakeDesk, tmp_path: Path, monkeypatch
) -> None:
    """Cancel pressed while a join's first sync runs: the desk has joined all the same (the
    hub is in its database), so the screen shows the hub and lets it sync, and says so in French
    (it said "Cancelled" in English, then "No hub set up" with Sync now greyed until restart)."""
    from PySide6.QtWidgets import QMessageBox

    from mornings_desktop.services import mornings
    from mornings_desktop.sync import hub_desks
    from mornings_desktop.ui.sync import screen as screen_module
    from mornings_desktop.ui.sync.screen import SyncScreen

    office = make_desk("Bureau")
    hub_admin.init_hub(hub_db, office.org_id, office.ticket_key.hex())
    for day in range(3):
        mornings.create(office, mornings.MorningInput(title=f"M{day}", date=f"2026-12-1{day}"))
    client.sync_round(office, hub_admin.add_desk(hub_db, "Bureau").url)
    path = tmp_path / "porte.mornings-join"
    hub_desks.issue_desks(hub_db, office.org_id, office.ticket_key.hex(), "Porte", "door", path)
    screen = SyncScreen(french_desk)
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.sync_button.isEnabled()
    real = screen.controller.runner

    def pressing_cancel(control):  # type: ignore[no-untyped-def]
        control.cancel()  # the person presses Cancel as the first sync begins
        return real(control)

    boxes: list[str] = []
    monkeypatch.setattr(screen.controller, "runner", pressing_cancel)
    monkeypatch.setattr(screen_module, "ask_join_file", lambda _p: path)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: boxes.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: boxes.append(text))
    screen.join_with_file()
    assert french_desk.workspace.meta(client.HUB_URL)  # joined: the hub is set
    assert screen.controller.last is None  # and the first sync did not finish
    assert len(boxes) == 1 and "Cancelled" not in boxes[0], boxes
    assert "La première synchronisation a été arrêtée" in boxes[0], boxes
    text = screen.status_label.text()
    assert "Aucun hub" not in text and "porte" in screen.login.text(), text
    assert screen.sync_button.isEnabled()
    screen.controller.timer.stop()
    screen.controller.sync_now()  # the next sync takes the rest
    assert screen.controller.reachable, screen.status_label.text()
    assert len(mornings.list_mornings(french_desk.workspace)) == 3
    screen.controller.stop()


def test_joining_by_address_a_hub_that_refuses_in_french(
    qtbot, french_desk, hub_db: str, make_desk: MakeDesk, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A desk person types the hub's address, login and password and presses Save and connect:
    an address naming no database, then a hub whose first answer comes too late, each said in
    one French sentence in the dialog (the second was PostgreSQL's "canceling statement due to
    statement timeout" and its CONTEXT line), and the desk has not joined."""
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from mornings_desktop.ui.sync.screen import SyncScreen

    office = make_desk("Bureau")
    hub_admin.init_hub(hub_db, office.org_id, office.ticket_key.hex())
    url = hub_admin.add_desk(hub_db, "Porte").url
    params = hub_schema.conninfo_params(url)
    screen = SyncScreen(french_desk)
    qtbot.addWidget(screen)
    screen.show()
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: boxes.append(text))

    def save_and_connect(address: str) -> str:
        for field, text in (
            (screen.address, address),
            (screen.login, params["user"]),
            (screen.password, params["password"]),
        ):
            field.clear()
            qtbot.keyClicks(field, text)
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
        assert len(boxes) == 1, boxes
        assert not french_desk.workspace.meta(client.HUB_URL)
        return boxes.pop()

    address = hub_schema.redact(url)
    said = save_and_connect(address.replace(f"/{params['dbname']}?", "/nohub?"))
    assert said.endswith(
        "n'a pas de base de ce nom ; demandez à l'organisateur la bonne adresse du hub."
    ), said

    monkeypatch.setattr(hub_schema, "STATEMENT_TIMEOUT_S", 1)
    held, release = threading.Event(), threading.Event()

    def hold() -> None:  # another session holds what the hub's first answer reads
        with psycopg.connect(hub_db) as admin:
            admin.execute("LOCK TABLE mornings.meta IN ACCESS EXCLUSIVE MODE")
            held.set()
            release.wait(60)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(30)
        said = save_and_connect(address)
    finally:
        release.set()
        holder.join()
    assert said.endswith("n'a pas répondu à temps."), said
    assert "canceling" not in said and "CONTEXT" not in said
    screen.controller.stop()

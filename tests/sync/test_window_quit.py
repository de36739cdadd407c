"""Quitting the window as a person does (File > Quit): the program ends within seconds and says
nothing on standard error — no Qt warning, no traceback — after going through every area, and on
a desk with a hub while its background sync round waits on the hub. In that case it waited for the
round up to a minute (the hub's statement timeout is two), the database still locked against a
new window, then printed "RuntimeError: Signal source has been deleted" from the round's thread as
the interpreter ended.

The real program in a process of its own (`app.run_gui`, its real event loop and its shutdown), a
Qt message handler installed first: what Qt says is written to standard error with a mark."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psycopg

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client, hub_admin, join
from tests.sync.conftest import REPO, cli_env

MakeDesk = Callable[..., Workspace]

DRIVER = r"""
import argparse, sys, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, qInstallMessageHandler
from PySide6.QtTest import QTest

def said(kind, context, text):
    sys.stderr.write(f"QT {kind.name}: {text}\n")

qInstallMessageHandler(said)

from mornings_desktop import app
from mornings_desktop.ui.main_window import MainWindow

def loop(application):
    window = next(w for w in application.topLevelWidgets() if isinstance(w, MainWindow))
    areas = [a.shortcut for a in window.areas] if sys.argv[2] == "areas" else []

    def quit():
        print("quitting", flush=True)
        # File > Quit (its Ctrl+Q is the platform's: none on the offscreen platform, nor Windows)
        file_menu = window.menuBar().actions()[0].menu()
        words = QCoreApplication.translate("menu", "&Quit")  # the desk's language (French)
        [quit_action] = [a for a in file_menu.actions() if a.text() == words]
        quit_action.trigger()
        print("closed" if not window.isVisible() else "still open", flush=True)

    def quit_once_a_round_runs():
        if not window.page("sync").controller.running:  # the first round: 2 s after opening
            QTimer.singleShot(100, quit_once_a_round_runs)
            return
        time.sleep(1)  # the round waits on the hub
        quit()

    def next_area():  # Ctrl+1 … Ctrl+7, as a person goes through the areas
        if not areas:
            QTimer.singleShot(500, quit)
            return
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        number = areas.pop(0).split("+")[-1]
        QTest.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        QTimer.singleShot(300, next_area)

    QTimer.singleShot(100, next_area if sys.argv[2] == "areas" else quit_once_a_round_runs)
    return int(application.exec())

if __name__ == "__main__":
    app.run_event_loop = loop
    app.ask_offer_demo = lambda: False
    code = app.run_gui(argparse.Namespace(db=Path(sys.argv[1]), desk=None, command=None,
                                          operator="Nadia"))
    sys.exit(code)
"""
# What the offscreen platform and a machine without sound say when any window opens.
NOISE = ("propagateSizeHints", "qt.multimedia", "PulseAudioService", "does not support raise")
# Opening (a few seconds on a busy machine), the first round 2 s later, a second's wait, then the
# quit: the round's process is asked to stop and killed after 5 s at most.
ENDS_WITHIN_S = 60


def test_quitting_while_a_round_waits_on_the_hub_ends_at_once_and_quietly(
    hub_db: str, make_desk: MakeDesk, tmp_path: Path
) -> None:
    ws = make_desk("Accueil 1")
    hub_admin.init_hub(hub_db, ws.org_id, ws.ticket_key.hex())
    join.join_hub(ws, hub_admin.add_desk(hub_db, "A").url)  # its password in the test keyring
    assert ws.meta(client.HUB_URL)
    path = ws.path
    ws.close()
    held, release = threading.Event(), threading.Event()

    def hold() -> None:  # another session holds what the round reads first: it waits
        with psycopg.connect(hub_db) as admin:
            admin.execute("LOCK TABLE mornings.meta IN ACCESS EXCLUSIVE MODE")
            held.set()
            release.wait(150)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(30)
        window = _open_then_quit(path, "round", tmp_path)
    finally:
        release.set()
        holder.join()
    for _ in range(50):  # the round's process too has ended
        try:
            os.killpg(window.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        raise AssertionError("a process of the window outlived it")
    # The stop was the person's, not a failure: the next start does not say "the sync stopped".
    desk = Workspace.open(path, "Accueil 1")
    try:
        assert not client.status(desk).last_error
    finally:
        desk.close()


def test_going_through_every_area_then_quitting_says_nothing(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """A desk without a hub, its demo Morning: Ctrl+1 to Ctrl+7, then File > Quit."""
    from mornings_desktop.services.demo import create_demo

    ws = make_desk("Accueil 1")
    create_demo(ws, attendees=20)
    path = ws.path
    ws.close()
    _open_then_quit(path, "areas", tmp_path)


def _open_then_quit(path: Path, how: str, tmp_path: Path) -> subprocess.Popen[str]:
    """The program on the database at `path`, quit by File > Quit (`how`: once a round waits
    on the hub, or after going through the areas): it ends within `ENDS_WITHIN_S` and says
    nothing on standard error, Qt included."""
    driver = tmp_path / "quit_driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    env = cli_env({"QT_QPA_PLATFORM": "offscreen"})
    env.pop("MORNINGS_SCREENSHOT", None)
    window = subprocess.Popen(
        [sys.executable, str(driver), str(path), how],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # its round's process too, if it has to be ended here
    )  # fmt: skip
    try:
        out, err = window.communicate(timeout=ENDS_WITHIN_S)
    except subprocess.TimeoutExpired as late:
        os.killpg(window.pid, signal.SIGKILL)
        out, err = window.communicate()
        raise AssertionError(
            f"still running {ENDS_WITHIN_S} s after it started: {out}{err}"
        ) from late
    assert window.returncode == 0, (window.returncode, out, err)
    assert "quitting\nclosed" in out, out
    said = [line for line in err.splitlines() if not any(n in line for n in NOISE)]
    assert said == [], err
    return window

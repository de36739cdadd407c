"""Every area follows the current Morning: Exports preselects it, a new Morning becomes current."""

from __future__ import annotations

from pathlib import Path

from mornings_desktop.services import mornings
from mornings_desktop.ui import folders
from mornings_desktop.ui.exports import screen as exports_screen
from mornings_desktop.ui.exports.screen import ExportsScreen
from mornings_desktop.ui.mornings import screen as mornings_screen
from mornings_desktop.ui.mornings.screen import MorningsScreen


def _two(ws) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    first = mornings.create(ws, mornings.MorningInput(title="Première", date="2026-12-10"))
    second = mornings.create(ws, mornings.MorningInput(title="Seconde", date="2027-01-14"))
    return first, second


def test_exports_follow_the_current_morning(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    first, second = _two(state.workspace)
    state.set_current_morning(first)
    screen = ExportsScreen(state)
    qtbot.addWidget(screen)
    assert screen.morning_combo.currentData() == first
    state.set_current_morning(second)
    assert screen.morning_combo.currentData() == second
    assert "2027-01-14" in screen.path_edit.text()  # the file name says the same Morning


def test_a_new_morning_becomes_current(qtbot, state, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first, _ = _two(state.workspace)
    state.set_current_morning(first)
    screen = MorningsScreen(state)
    qtbot.addWidget(screen)
    # The editor saved it (in its job, tests/gui/test_mornings_screen.py): it returns the new id.
    made = [
        mornings.create(state.workspace, mornings.MorningInput(title="Nouvelle", date="2027-02-11"))
    ]

    def editor(_screen, _morning):  # type: ignore[no-untyped-def]
        return made[0]

    monkeypatch.setattr(mornings_screen, "open_editor", editor)
    screen.create_new()
    assert state.current_morning_id == made[0]


def test_exports_open_in_documents_created_if_missing(
    qtbot, state, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    documents = tmp_path / "home" / "Documents"
    monkeypatch.setattr(folders, "documents_location", lambda: str(documents))
    assert exports_screen.default_folder() == documents and documents.is_dir()


def _three(ws) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """A past Morning, today's and a later one (created latest first)."""
    from datetime import date, timedelta

    today = date.today()
    made = {}
    for name, day in (("later", today + timedelta(days=11)), ("today", today),
                      ("past", today - timedelta(days=28))):  # fmt: skip
        made[name] = mornings.create(
            ws, mornings.MorningInput(title=f"Matinale {name}", date=day.isoformat())
        )
    return made


def test_a_new_desk_opens_on_todays_morning_not_the_latest(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    """A desk that joined (or a first start) took the latest Morning, two weeks ahead, and
    scanned today's tickets as "not for this Morning"."""
    from tests.gui.test_main_window import make_window

    made = _three(state.workspace)
    state.set_current_morning("")
    window = make_window(qtbot, state)
    assert state.current_morning_id == made["today"]
    assert window.morning_picker.currentData() == made["today"]


def test_without_a_morning_today_a_new_desk_opens_on_the_next_one(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from tests.gui.test_main_window import make_window

    ws = state.workspace
    today = date.today()
    later = mornings.create(
        ws, mornings.MorningInput(title="Bientôt", date=(today + timedelta(days=5)).isoformat())
    )
    mornings.create(
        ws, mornings.MorningInput(title="Ensuite", date=(today + timedelta(days=40)).isoformat())
    )
    mornings.create(
        ws, mornings.MorningInput(title="Passée", date=(today - timedelta(days=3)).isoformat())
    )
    state.set_current_morning("")
    make_window(qtbot, state)
    assert state.current_morning_id == later


def test_on_a_mornings_day_the_window_opens_on_it(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    """Last month's Morning was left current: on the day of this one the desk opens on today's
    (and says so), whatever was chosen before; another day the choice stays."""
    from tests.gui.test_main_window import make_window

    made = _three(state.workspace)
    state.set_current_morning(made["past"])
    window = make_window(qtbot, state)
    assert state.current_morning_id == made["today"]
    assert "Matinale today" in window.statusBar().currentMessage()
    window.close()
    mornings.set_status(state.workspace, made["today"], "archived")  # no Morning today now
    state.set_current_morning(made["past"])
    make_window(qtbot, state)
    assert state.current_morning_id == made["past"]  # the desk's choice stays


def test_a_scan_right_after_choosing_another_morning_is_read(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    """The focus stays on the Morning picker after a choice: the scanner's next code went into
    the picker (which reads letters as a search among its Mornings) and Enter admitted nobody.
    What is typed there now goes to the area, and the arrows still choose."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from mornings_desktop.services import registrations
    from mornings_desktop.services.demo import create_demo
    from tests.gui.test_main_window import make_window

    other = create_demo(state.workspace, attendees=10, seed=3, day="2027-03-11")
    first = create_demo(state.workspace, attendees=10, seed=4, day="2027-02-11")
    state.set_current_morning(other)
    window = make_window(qtbot, state)
    window.show_area("checkin")
    window.morning_picker.setFocus()
    index = window.morning_picker.findData(first)
    window.morning_picker.setCurrentIndex(index)
    window.morning_picker.activated.emit(index)  # as a choice with the mouse or the keyboard
    assert state.current_morning_id == first
    code = next(r.code for r in registrations.list_registrations(state.workspace, first)
                if r.status != "cancelled" and r.code)  # fmt: skip
    assert QApplication.focusWidget() is window.morning_picker
    for key in code:  # as a scanner types it: key by key, where the focus is
        qtbot.keyClicks(QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    screen = window.page("checkin")
    qtbot.waitUntil(lambda: screen.last is not None and screen.last.result == "admitted")
    assert state.current_morning_id == first  # the code chose no other Morning
    window.morning_picker.setFocus()
    qtbot.keyClick(window.morning_picker, Qt.Key.Key_Down)  # the arrows are the picker's
    assert window.morning_picker.hasFocus()

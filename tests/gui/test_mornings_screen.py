"""Creating and editing a Morning from the keyboard, as an organiser does."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mornings_desktop.services import mornings
from mornings_desktop.ui.mornings import screen as screen_module
from mornings_desktop.ui.mornings.editor import MorningEditor
from mornings_desktop.ui.mornings.screen import MorningsScreen
from tests.gui.keys import type_text


def show_active(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Shortcuts only reach the active window, as on a real desk."""
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _drive_editor(qtbot, keys):  # type: ignore[no-untyped-def]
    """When the editor opens, type `keys(editor)` into it from the keyboard."""

    def act() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, MorningEditor)
        keys(editor)

    QTimer.singleShot(0, act)


def test_create_a_morning_by_keyboard(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    screen = MorningsScreen(state)
    qtbot.addWidget(screen)
    show_active(qtbot, screen)

    def type_morning(editor: MorningEditor) -> None:
        type_text(editor.title, "Matinale de décembre")
        qtbot.keyClick(editor.title, Qt.Key.Key_Tab)
        qtbot.keyClicks(editor.theme, "L'export")
        editor.date.setFocus()
        editor.date.selectAll()
        qtbot.keyClicks(editor.date, "2026-12-10")
        editor.venue.setFocus()
        qtbot.keyClicks(editor.venue, "Hyatt Regency")
        qtbot.keyClick(editor.venue, Qt.Key.Key_Return)

    _drive_editor(qtbot, type_morning)
    qtbot.keyClick(screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    rows = mornings.list_mornings(state.workspace)
    assert [(m.title, m.date, m.venue) for m in rows] == [
        ("Matinale de décembre", "2026-12-10", "Hyatt Regency")
    ]
    assert state.current_morning_id == rows[0].id
    assert screen.model.rowCount() == 1


def test_edit_shows_the_problem_and_saves_nothing_until_fixed(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    morning_id = mornings.create(
        state.workspace, mornings.MorningInput(title="Avant", date="2026-12-10")
    )
    screen = MorningsScreen(state)
    qtbot.addWidget(screen)
    show_active(qtbot, screen)
    screen.select(morning_id)
    seen: list[str] = []

    def bad_then_good(editor: MorningEditor) -> None:
        editor.title.selectAll()
        type_text(editor.title, "Après")
        editor.end.setFocus()
        qtbot.keyClick(editor.end, Qt.Key.Key_Home)
        for _ in range(4):  # 11:00 -> 07:00, before the 08:30 start
            qtbot.keyClick(editor.end, Qt.Key.Key_Down)
        qtbot.keyClick(editor.title, Qt.Key.Key_Return)
        seen.append(editor.problem.text())
        assert mornings.get(state.workspace, morning_id).title == "Avant"
        for _ in range(4):
            qtbot.keyClick(editor.end, Qt.Key.Key_Up)
        qtbot.keyClick(editor.title, Qt.Key.Key_Return)

    _drive_editor(qtbot, bad_then_good)
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    assert seen and "after the start" in seen[0]
    assert mornings.get(state.workspace, morning_id).title == "Après"
    assert mornings.get(state.workspace, morning_id).end_time == "11:00"


def test_open_editor_is_the_seam_tests_replace(monkeypatch, qtbot, state) -> None:  # type: ignore[no-untyped-def]
    screen = MorningsScreen(state)
    qtbot.addWidget(screen)
    monkeypatch.setattr(screen_module, "open_editor", lambda _s, _m: None)
    screen.create_new()
    assert mornings.list_mornings(state.workspace) == []


def test_archive_and_reopen_with_the_mouse(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    morning_id = mornings.create(
        state.workspace, mornings.MorningInput(title="Ancienne", date="2026-10-08")
    )
    screen = MorningsScreen(state)
    qtbot.addWidget(screen)
    show_active(qtbot, screen)
    screen.select(morning_id)
    qtbot.mouseClick(screen.archive_button, Qt.MouseButton.LeftButton)
    assert mornings.get(state.workspace, morning_id).status == "archived"
    assert screen.archive_button.text() == "Re&open"  # the list followed the commit
    qtbot.mouseClick(screen.archive_button, Qt.MouseButton.LeftButton)
    assert mornings.get(state.workspace, morning_id).status == "open"
    assert screen.archive_button.text() == "&Archive"

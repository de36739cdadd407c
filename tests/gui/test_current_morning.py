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

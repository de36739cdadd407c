"""A correction typed after choosing a regular in the walk-in form is not lost: an organiser
desk saves it to the person; a door desk, whose role may not edit a person it did not create
(DESIGN §6), keeps it in the registration's note, and the desk person is told which in one
sentence. Real key events, a real imported file, the desk's own Ctrl+N dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mornings_desktop.imports.registration_import import import_file
from mornings_desktop.services import consent, desk_role, mornings, people, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.checkin.screen import CheckinScreen
from mornings_desktop.ui.jobs import JobRunner
from mornings_desktop.ui.people.walk_in_form import WalkInForm
from tests.gui.door_desk import others, shown
from tests.gui.keys import press_key, type_text

NEW_EMAIL = "youssef@nouveau.ma"


def _past_from_a_file(ws: Workspace, tmp_path: Path) -> str:
    """Youssef Alaoui, imported for October's Morning (an imported person: not this desk's)."""
    before = mornings.create(ws, mornings.MorningInput("Petit-déjeuner d'octobre", "2026-10-08"))
    path = tmp_path / "octobre.csv"
    path.write_text(
        "Prénom;Nom;Société;E-mail;Téléphone\r\n"
        "Youssef;Alaoui;Atlas Conseil;y.alaoui@atlas.ma;0661234567\r\n",
        encoding="utf-8",
    )
    assert import_file(ws, before, path).created == 1
    return registrations.list_registrations(ws, before)[0].person_id


def _choose_and_correct(qtbot, form: WalkInForm) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: form.suggestions.index is not None, timeout=5000)
    form.name.setFocus()
    if not form.name.text():
        type_text(form.name, "youssef")
    qtbot.waitUntil(lambda: form.suggestions.list.isVisible(), timeout=5000)
    press_key(form.name, Qt.Key.Key_Down)
    press_key(form.name, Qt.Key.Key_Return)
    assert form.email.text() == "y.alaoui@atlas.ma"
    form.email.setFocus()
    qtbot.keyClick(form.email, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(form.email, NEW_EMAIL)  # replaces the selected address, as a person would


@pytest.fixture
def form(qtbot, ws: Workspace, tmp_path: Path, ui_writes) -> Iterator[WalkInForm]:  # type: ignore[no-untyped-def]
    jobs = JobRunner()
    today = mornings.create(ws, mornings.MorningInput("Petit-déjeuner de décembre", "2026-12-10"))
    _past_from_a_file(ws, tmp_path)
    widget = WalkInForm(ws, today, jobs=jobs)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    assert jobs.wait(10000)


def test_an_organiser_desk_saves_the_correction_to_the_person(qtbot, ws, form) -> None:  # type: ignore[no-untyped-def]
    _choose_and_correct(qtbot, form)
    person_id = form.person_id
    assert person_id is not None
    with qtbot.waitSignal(form.registered, timeout=5000) as signal:
        qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    assert registrations.get_registration(ws, signal.args[0]).person_id == person_id
    assert people.get_person(ws, person_id).email == NEW_EMAIL
    assert people.get_person(ws, person_id).phone == "0661234567"  # untouched
    assert "saved to their record" in form.message.text()


def test_a_door_desk_keeps_it_in_the_registration_note_and_says_so(
    qtbot, state, demo_morning, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ws = state.workspace
    person_id = _past_from_a_file(ws, tmp_path)
    desk_role.set_passphrase(ws, "rose des sables 2026")
    desk_role.set_desk_role(ws, "door")
    state.set_current_morning(demo_morning)
    desk = CheckinScreen(state)
    qtbot.addWidget(desk)
    desk.resize(1200, 680)
    desk.show()
    qtbot.waitExposed(desk)
    driven: list[bool] = []

    def fill_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not open yet
            QTimer.singleShot(20, fill_the_dialog)
            return
        _choose_and_correct(qtbot, dialog.form)  # type: ignore[attr-defined]
        press_key(dialog.form.photos, Qt.Key.Key_Space)  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.form.submit, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        driven.append(True)

    QTimer.singleShot(0, fill_the_dialog)
    type_text(desk.input, "youssef alaoui")
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert driven
    assert desk.panel.result == "admitted" and "Youssef Alaoui" in desk.panel.text()
    assert "door desk may not change a record it did not create" in desk.panel.note.text()
    assert people.get_person(ws, person_id).email == "y.alaoui@atlas.ma"  # not edited
    row = next(
        r for r in registrations.list_registrations(ws, demo_morning) if r.person_id == person_id
    )
    assert NEW_EMAIL in row.note and "e-mail" in row.note
    assert "photos yes" in row.note  # a consent this door desk may not record for them
    assert "0661234567" not in row.note  # only what was corrected
    assert consent.answers(ws, person_id)["photos"] == "not_asked"


def _type_and_save(qtbot, form: WalkInForm, name: str) -> str:  # type: ignore[no-untyped-def]
    """The name typed and saved without choosing a suggestion (Enter, as in a hurry)."""
    form.name.setFocus()
    type_text(form.name, name)
    with qtbot.waitSignal(form.registered, timeout=5000) as signal:
        qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    return str(signal.args[0])


def test_a_walk_in_typed_for_someone_already_registered_keeps_their_answers(
    qtbot, ws, form
) -> None:  # type: ignore[no-untyped-def]
    """Typed without choosing the suggestion, an already registered person was matched, and the
    form's two unticked boxes recorded "no" over what they had answered."""
    today = form.morning_id
    rid = registrations.register_person(
        ws, today, {"first_name": "Karim", "last_name": "Tazi"}, category="speaker"
    )
    person_id = registrations.get_registration(ws, rid).person_id
    consent.record(ws, person_id, "newsletter", "yes", "import")
    assert _type_and_save(qtbot, form, "Karim Tazi") == rid
    assert consent.answers(ws, person_id)["newsletter"] == "yes"
    assert consent.answers(ws, person_id)["photos"] == "not_asked"


def test_a_door_desk_admits_a_walk_in_typed_for_someone_registered_elsewhere(
    qtbot, door, door_state
) -> None:  # type: ignore[no-untyped-def]
    """On a door desk (joined the real way) Ctrl+N with the name of someone the organiser
    registered for today answered "this change is made on an organiser desk" and the person
    could not be admitted: the form recorded consent for a person this desk did not create."""
    someone = others(door)[0]
    desk = shown(qtbot, CheckinScreen(door_state))
    driven: list[str] = []

    def fill_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, fill_the_dialog)
            return
        qtbot.mouseClick(dialog.form.submit, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

        def refused() -> None:  # a dialog still open after its save was refused: closed
            if dialog.isVisible():
                driven.append(dialog.form.message.text())  # type: ignore[attr-defined]
                dialog.reject()  # type: ignore[attr-defined]

        driven.append("")
        QTimer.singleShot(3000, dialog, refused)  # dropped with the dialog once it is gone

    QTimer.singleShot(0, fill_the_dialog)
    type_text(desk.input, someone.name)
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert driven == [""], driven  # no sentence: saved, and the dialog closed
    assert desk.panel.result == "admitted", desk.panel.text()
    assert desk.last is not None and desk.last.registration_id == someone.id

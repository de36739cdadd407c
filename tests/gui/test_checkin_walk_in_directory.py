"""The walk-in form suggests people of past Mornings as the name is typed; Down and Enter choose
one, which fills the form and registers that very person (no copy in the directory). Real key
events on a real database; the directory is read in a job, never written on the UI thread."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from mornings_desktop.services import consent, erasure, mornings, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Person
from mornings_desktop.ui.jobs import JobRunner
from mornings_desktop.ui.people.walk_in_form import WalkInForm
from tests.gui.keys import press_key, type_text


def _people(ws: Workspace) -> int:
    with ws.db.read() as session:
        return int(session.execute(select(func.count(Person.id))).scalar_one())


@pytest.fixture
def past(ws: Workspace) -> dict[str, str]:
    """A past Morning with Youssef Alaoui (member, Latin letters) and today's Morning."""
    before = mornings.create(ws, mornings.MorningInput("Petit-déjeuner d'octobre", "2026-10-08"))
    today = mornings.create(ws, mornings.MorningInput("Petit-déjeuner de décembre", "2026-12-10"))
    reg = registrations.register_person(
        ws,
        before,
        {
            "first_name": "Youssef",
            "last_name": "Alaoui",
            "organisation": "Atlas Conseil",
            "email": "y.alaoui@atlas.ma",
            "phone": "0661234567",
        },
        category="member",
    )
    registrations.register_person(
        ws, before, {"first_name": "Nadia", "last_name": "Bennani", "organisation": "OCP"}
    )
    person = registrations.get_registration(ws, reg).person_id
    consent.record(ws, person, "newsletter", "yes", "import")
    return {"before": before, "today": today, "person": person}


@pytest.fixture
def form(qtbot, ws: Workspace, past: dict[str, str], ui_writes) -> Iterator[WalkInForm]:  # type: ignore[no-untyped-def]
    jobs = JobRunner()
    widget = WalkInForm(ws, past["today"], jobs=jobs)
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.suggestions.index is not None, timeout=5000)
    widget.name.setFocus()
    yield widget
    # The directory re-read after a registration may still run: wait for the worker itself, not
    # for the form's answer. pytest-qt closes and deletes the form before this teardown, and a
    # deleted form is told nothing, so waiting on `suggestions.loading` timed out when the read
    # ended after the deletion (a loaded machine).
    assert jobs.wait(10000)


def test_down_enter_prefills_and_links_the_same_person(qtbot, ws, past, form) -> None:  # type: ignore[no-untyped-def]
    before = _people(ws)
    type_text(form.name, "alao")
    assert form.suggestions.list.isVisible()
    assert [h.name for h in form.suggestions.hits] == ["Youssef Alaoui"]
    shown = form.suggestions.list.item(0).text()
    assert "Atlas Conseil" in shown and "2026-10-08" in shown
    press_key(form.name, Qt.Key.Key_Down)
    press_key(form.name, Qt.Key.Key_Return)
    assert not form.suggestions.list.isVisible()
    assert form.name.text() == "Youssef Alaoui"
    assert form.organisation.text() == "Atlas Conseil"
    assert form.email.text() == "y.alaoui@atlas.ma"
    assert form.phone.text() == "0661234567"
    assert form.category.currentData() == "member"
    assert form.person_id == past["person"]
    assert form.newsletter.isChecked() and not form.photos.isChecked()  # as recorded
    with qtbot.waitSignal(form.registered, timeout=5000) as signal:
        press_key(form.name, Qt.Key.Key_Return)  # the list is closed: Enter registers
    row = registrations.get_registration(ws, signal.args[0])
    assert row.person_id == past["person"]
    assert row.walk_in and row.category == "member"
    assert _people(ws) == before  # nobody new in the directory
    answers = consent.answers(ws, past["person"])
    assert answers["newsletter"] == "yes"  # not undone
    assert answers["photos"] == "not_asked"  # an unchanged box records nothing for a regular


def test_a_corrected_email_still_registers_the_chosen_person(qtbot, ws, past, form) -> None:  # type: ignore[no-untyped-def]
    """The desk chose Youssef, then corrected the e-mail: still Youssef, no duplicate."""
    before = _people(ws)
    type_text(form.name, "youssef")
    press_key(form.name, Qt.Key.Key_Down)
    press_key(form.name, Qt.Key.Key_Return)
    form.email.clear()
    type_text(form.email, "youssef@nouveau.ma")
    press_key(form.photos, Qt.Key.Key_Space)  # he says yes to photos this time
    with qtbot.waitSignal(form.registered, timeout=5000) as signal:
        form.submit.click()
    assert registrations.get_registration(ws, signal.args[0]).person_id == past["person"]
    answers = consent.answers(ws, past["person"])
    assert (answers["newsletter"], answers["photos"]) == ("yes", "yes")
    assert _people(ws) == before


def test_arabic_typed_finds_a_latin_registered_person(qtbot, ws, past, form) -> None:  # type: ignore[no-untyped-def]
    type_text(form.name, "يوسف العلوي")
    assert form.suggestions.hits and form.suggestions.hits[0].person_id == past["person"]
    form.suggestions.list.itemClicked.emit(form.suggestions.list.item(0))  # a click
    assert form.name.text() == "Youssef Alaoui" and form.person_id == past["person"]


def test_escape_closes_the_list_and_typing_stays_free(qtbot, ws, past, form) -> None:  # type: ignore[no-untyped-def]
    before = _people(ws)
    type_text(form.name, "Youssef")
    assert form.suggestions.list.isVisible()
    press_key(form.name, Qt.Key.Key_Escape)
    assert not form.suggestions.list.isVisible() and form.name.text() == "Youssef"
    type_text(form.name, " Zniber")
    assert form.person_id is None
    with qtbot.waitSignal(form.registered, timeout=5000) as signal:
        press_key(form.name, Qt.Key.Key_Return)
    row = registrations.get_registration(ws, signal.args[0])
    assert row.person_id != past["person"] and row.name == "Youssef Zniber"
    assert _people(ws) == before + 1


def test_editing_the_name_after_choosing_undoes_the_link(qtbot, ws, past, form) -> None:  # type: ignore[no-untyped-def]
    type_text(form.name, "alaoui")
    press_key(form.name, Qt.Key.Key_Down)
    press_key(form.name, Qt.Key.Key_Return)
    assert form.person_id == past["person"]
    press_key(form.name, Qt.Key.Key_Backspace)
    assert form.person_id is None


def test_desk_dialog_with_a_typed_name_suggests(qtbot, ws, past, ui_writes) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N at the desk hands the typed name to the walk-in dialog: the regular is offered."""
    from mornings_desktop.ui.checkin.forms import WalkInDialog

    dialog = WalkInDialog(None, ws, past["today"], name="alaoui")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.form
    form.name.setFocus()
    qtbot.waitUntil(lambda: form.suggestions.list.isVisible(), timeout=5000)
    press_key(form.name, Qt.Key.Key_Down)
    press_key(form.name, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter chose in the list, it did not register yet
    assert form.person_id == past["person"] and form.email.text() == "y.alaoui@atlas.ma"
    with qtbot.waitSignal(form.registered, timeout=5000):
        press_key(form.name, Qt.Key.Key_Return)
    assert dialog.registration_id is not None
    row = registrations.get_registration(ws, dialog.registration_id)
    assert row.person_id == past["person"]
    qtbot.waitUntil(lambda: not form.suggestions.loading, timeout=5000)


def test_a_person_hidden_since_is_gone_when_the_form_shows_again(qtbot, ws, past, form) -> None:  # type: ignore[no-untyped-def]
    erasure.request_erasure(ws, past["person"])  # at another window, the form still open
    form.hide()
    form.show()
    qtbot.waitUntil(lambda: not form.suggestions.loading, timeout=5000)
    type_text(form.name, "alaoui")
    assert form.suggestions.hits == [] and not form.suggestions.list.isVisible()


def test_two_people_of_one_name_and_company_are_told_apart(qtbot, ws, past) -> None:  # type: ignore[no-untyped-def]
    """Two "Meryem Amrani — Involys" (a regular and a copy an import made) read the same in the
    list: their e-mail (or phone) tells them apart."""
    with ws.transaction() as tx:  # two people, as an import may make them
        for email, phone in (("m.amrani@involys.ma", ""), ("", "0600000002")):
            person = registrations.add_person(
                tx,
                {"first_name": "Meryem", "last_name": "Amrani", "organisation": "Involys",
                 "email": email, "phone": phone},
            )  # fmt: skip
            registrations.add_registration(ws, tx, past["before"], person)
    jobs = JobRunner()
    widget = WalkInForm(ws, past["today"], jobs=jobs)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.suggestions.index is not None, timeout=5000)
    widget.name.setFocus()
    type_text(widget.name, "Meryem Amr")
    texts = [widget.suggestions.list.item(i).text() for i in range(widget.suggestions.list.count())]
    assert len(texts) == 2 and texts[0] != texts[1]
    assert any("m.amrani@involys.ma" in t for t in texts) and any("0600000002" in t for t in texts)
    nadia = [widget.suggestions._text(h) for h in widget.suggestions.index.search("Nadia", 5)]
    assert nadia and "@" not in nadia[0]  # one of her name: no contact shown
    assert jobs.wait(10000)

"""The People screen as an organiser uses it: walk-in, search, filters, cancel, import, directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from mornings_desktop.services import registrations
from mornings_desktop.ui.people import directory as directory_module
from mornings_desktop.ui.people import import_wizard
from mornings_desktop.ui.people.model import DirectoryModel, RegistrationsModel
from mornings_desktop.ui.people.screen import PeopleScreen
from tests.gui.keys import type_text
from tests.unit.imports import files


def make_screen(qtbot, state, morning_id: str) -> PeopleScreen:  # type: ignore[no-untyped-def]
    state.set_current_morning(morning_id)
    screen = PeopleScreen(state)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    return screen


def names(screen: PeopleScreen) -> list[str]:
    return [screen.model.registration(r).name for r in range(screen.model.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, state, demo_morning)
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.directory.model)
    assert isinstance(screen.model, RegistrationsModel)
    assert isinstance(screen.directory.model, DirectoryModel)


def test_walk_in_then_search_with_a_typo(qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, state, demo_morning)
    total = screen.model.total()
    form = screen.walk_in
    type_text(form.name, "Rachid El Idrissi")
    type_text(form.organisation, "Médias24")
    form.category.setCurrentIndex(form.category.findData("press"))
    type_text(form.organisation, "", enter=True)
    assert "✓" in form.message.text()
    assert screen.model.total() == total + 1
    type_text(screen.search, "idrisi rachid")
    qtbot.waitUntil(lambda: screen.model.rowCount() < total, timeout=2000)
    assert names(screen)[0] == "Rachid El Idrissi"
    row = screen.model.registration(0)
    assert row.walk_in and row.category == "press"
    index = screen.model.index(0, RegistrationsModel.CATEGORY)
    assert (
        screen.model.data(index) == "Press"
    )  # a word beside the colour, in the interface's language
    screen.search.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == total + 1, timeout=2000)


def test_filters_and_cancel(qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, state, demo_morning)
    screen.category_filter.setCurrentIndex(screen.category_filter.findData("speaker"))
    speakers = names(screen)
    assert speakers and all(
        screen.model.registration(r).category == "speaker" for r in range(len(speakers))
    )
    screen.table.selectRow(0)
    first = screen.selected()[0]
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    assert registrations.get_registration(state.workspace, first.id).status == "cancelled"
    screen.status_filter.setCurrentIndex(screen.status_filter.findData("cancelled"))
    assert names(screen) == [first.name]
    text = screen.model.data(screen.model.index(0, RegistrationsModel.STATUS))
    assert "Cancelled" in text or "Annul" in text
    screen.table.selectRow(0)
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)  # reinstate
    assert registrations.get_registration(state.workspace, first.id).status == "registered"


def test_import_from_the_window(qtbot, state, demo_morning, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, state, demo_morning)
    before = screen.model.total()
    reports = []
    monkeypatch.setattr(import_wizard, "show_report", lambda parent, report: reports.append(report))
    screen.import_file(files.google_forms_xlsx(tmp_path / "réponses.xlsx"))
    assert reports and reports[0].created == 6
    assert screen.model.total() == before + 6
    # a file with unknown columns asks for the mapping, and the answer is remembered
    odd = tmp_path / "odd.csv"
    odd.write_text("Participant;Boîte\nOmar Alaoui;Managem\n", encoding="utf-8")
    asked = []

    def answer(parent, headers, rows, guess):  # type: ignore[no-untyped-def]
        asked.append((headers, rows))
        guess.columns = ["full_name", "organisation"]
        return guess

    monkeypatch.setattr(import_wizard, "ask_mapping", answer)
    screen.import_file(odd)
    assert asked == [(["Participant", "Boîte"], [["Omar Alaoui", "Managem"]])]
    assert reports[-1].created == 1
    screen.import_file(odd)
    assert len(asked) == 1  # remembered for the same shape
    assert reports[-1].unchanged == 1


def test_directory_merge_unmerge_erase(qtbot, state, demo_morning, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = state.workspace
    registrations.register_walk_in(ws, demo_morning, "Karim Bennani", "", "guest", email="a@x.ma")
    registrations.register_walk_in(ws, demo_morning, "Karim Bennani", "", "guest", email="b@x.ma")
    screen = make_screen(qtbot, state, demo_morning)
    view = screen.directory
    screen.tabs.setCurrentWidget(view)
    texts = [view.suggestions.item(i).text() for i in range(view.suggestions.count())]
    assert any("Karim Bennani" in t for t in texts)
    item = next(
        view.suggestions.item(i)
        for i in range(view.suggestions.count())
        if "Karim Bennani" in view.suggestions.item(i).text()
    )
    view._select_suggestion(item)
    assert len(view.selected()) == 2 and view.merge_button.isEnabled()
    monkeypatch.setattr(directory_module, "confirm_merge", lambda *a: True)
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    assert not any(
        "Karim Bennani" in view.suggestions.item(i).text() for i in range(view.suggestions.count())
    )
    view.show_merged.setChecked(True)
    merged = [
        view.model.person(r)
        for r in range(view.model.rowCount())
        if view.model.person(r).merged_into
    ]
    assert len(merged) == 1
    view.select_people([merged[0].id])
    qtbot.mouseClick(view.unmerge_button, Qt.MouseButton.LeftButton)
    assert not any(view.model.person(r).merged_into for r in range(view.model.rowCount()))
    view.select_people([merged[0].id])
    monkeypatch.setattr(directory_module, "confirm_erase", lambda *a: False)
    qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
    assert not view.model.person(view.model.row_of(merged[0].id)).erased
    monkeypatch.setattr(directory_module, "confirm_erase", lambda *a: True)
    view.select_people([merged[0].id])
    qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
    row = view.model.row_of(merged[0].id)
    assert view.model.person(row).erased
    assert view.model.data(view.model.index(row, DirectoryModel.NAME)) in ("(erased)", "(effacé)")


def test_a_bad_file_says_why_and_changes_nothing(
    qtbot, state, demo_morning, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, state, demo_morning)
    before = screen.model.total()
    errors: list[str] = []
    monkeypatch.setattr(
        import_wizard, "show_import_error", lambda parent, exc: errors.append(str(exc))
    )
    locked = tmp_path / "protégé.xlsx"
    locked.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le")
    )
    screen.import_file(locked)
    assert len(errors) == 1 and "password" in errors[0]
    assert screen.model.total() == before
    assert screen.isEnabled() and screen.import_button.isEnabled()


def test_add_and_edit_through_the_dialog(qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.people.registration_dialog import RegistrationDialog

    ws = state.workspace
    screen = make_screen(qtbot, state, demo_morning)
    dialog = RegistrationDialog(ws, demo_morning, None, screen)  # saves in the window's jobs
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.first_name, "Hélène")
    type_text(dialog.last_name, "Lefèvre")
    type_text(dialog.email, "pas-un-email", enter=True)
    assert dialog.saved_id is None and "⚠" in dialog.error.text() and dialog.isVisible()
    dialog.email.clear()
    type_text(dialog.email, "helene@sg.ma")
    dialog.category.setCurrentIndex(dialog.category.findData("vip"))
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert dialog.saved_id is not None and dialog.result() == dialog.DialogCode.Accepted
    row = registrations.get_registration(ws, dialog.saved_id)
    assert (row.name, row.email, row.category) == ("Hélène Lefèvre", "helene@sg.ma", "vip")
    edit = RegistrationDialog(ws, demo_morning, row, screen)
    qtbot.addWidget(edit)
    edit.show()
    edit.organisation.clear()
    type_text(edit.organisation, "Société Générale Maroc", enter=True)
    assert registrations.get_registration(ws, row.id).organisation == "Société Générale Maroc"


def test_tickets_for_everyone_or_the_selection(
    qtbot, state, demo_morning, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.people import screen as screen_module

    screen = make_screen(qtbot, state, demo_morning)
    shown: list[str] = []
    monkeypatch.setattr(screen_module, "show_info", lambda parent, text: shown.append(text))
    target = tmp_path / "billets.xlsx"
    monkeypatch.setattr(screen_module, "ask_tickets_file", lambda parent: target)
    screen.write_tickets(False)
    assert shown and str(screen.model.total()) in shown[-1]
    screen.table.selectRow(0)
    screen.table.selectionModel().select(
        screen.model.index(1, 0),
        screen.table.selectionModel().SelectionFlag.Select
        | screen.table.selectionModel().SelectionFlag.Rows,
    )
    first_two = [screen.model.registration(0).id, screen.model.registration(1).id]
    assert [r.id for r in screen.selected()] == first_two  # a failure says what was selected
    assert screen.selected_tickets_action.isEnabled()
    screen.write_tickets(True)
    assert shown[-1].startswith("2 ")


def test_a_hidden_screen_catches_up_when_shown(qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, state, demo_morning)
    total = screen.model.total()
    screen.hide()
    registrations.register_walk_in(state.workspace, demo_morning, "Zoé Dupré", "", "guest")
    assert screen.model.total() == total  # not re-read while hidden
    screen.show()
    assert screen.model.total() == total + 1


def test_the_area_opens_in_the_main_window(qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.areas import discover
    from mornings_desktop.ui.main_window import MainWindow

    area = next(a for a in discover() if a.key == "people")
    assert (area.order, area.shortcut, area.needs_morning) == (30, "Ctrl+3", True)
    state.set_current_morning(demo_morning)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show_area("people")
    page = window.page("people")
    assert isinstance(page, PeopleScreen) and page.model.total() > 0


def test_reissue_a_ticket_code_with_the_mouse(qtbot, state, demo_morning, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.people import screen as screen_module

    screen = make_screen(qtbot, state, demo_morning)
    screen.table.selectRow(0)
    row = screen.selected()[0]
    monkeypatch.setattr(screen_module, "ask_yes_no", lambda *_a: False)
    qtbot.mouseClick(screen.reissue_button, Qt.MouseButton.LeftButton)
    assert registrations.get_registration(state.workspace, row.id).code == row.code
    monkeypatch.setattr(screen_module, "ask_yes_no", lambda *_a: True)
    qtbot.mouseClick(screen.reissue_button, Qt.MouseButton.LeftButton)
    new_code = registrations.get_registration(state.workspace, row.id).code
    assert new_code != row.code
    assert screen.selected() and screen.selected()[0].code == new_code  # the list followed


def test_from_the_search_field_down_goes_into_the_list_and_f2_edits(
    qtbot, state, demo_morning, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """By keyboard: Ctrl+F, a name, ↓ — into the list, its first person chosen, F2 edits them
    (↓ did nothing and F2 was greyed out); Tab then leaves the list instead of walking its
    cells."""
    screen = make_screen(qtbot, state, demo_morning)
    screen.show()
    qtbot.waitExposed(screen)
    total = screen.model.total()
    screen.search.setFocus()
    type_text(screen.search, "a")
    qtbot.waitUntil(lambda: screen.model.rowCount() < total, timeout=2000)
    qtbot.keyClick(screen.search, Qt.Key.Key_Down)
    assert screen.table.hasFocus()
    assert [r.id for r in screen.selected()] == [screen.model.registration(0).id]
    assert screen.edit_button.isEnabled()
    assert not screen.table.tabKeyNavigation()

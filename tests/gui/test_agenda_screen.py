"""The Agenda screen driven as an organiser does: keys for the table, the mouse for the timeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from mornings_desktop.services import agenda, agenda_versions, mornings, speakers
from mornings_desktop.services.agenda_rows import SessionInput
from mornings_desktop.ui.agenda import publishing, session_edits
from mornings_desktop.ui.agenda import speakers_panel as speakers_module
from mornings_desktop.ui.agenda.model import SessionsModel
from mornings_desktop.ui.agenda.screen import AgendaScreen
from mornings_desktop.ui.agenda.speakers_panel import SpeakersModel
from mornings_desktop.wording.tr import FSI, PDI
from tests.gui.keys import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def morning(ws) -> str:  # type: ignore[no-untyped-def]
    return mornings.create(
        ws,
        mornings.MorningInput(
            title="Matinale", date="2026-12-10", start_time="08:30", end_time="11:30"
        ),
    )


@pytest.fixture
def screen(qtbot, state, morning: str) -> AgendaScreen:  # type: ignore[no-untyped-def]
    state.set_current_morning(morning)
    widget = AgendaScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.table.hasFocus)
    return widget


def settle(qtbot, screen: AgendaScreen) -> None:  # type: ignore[no-untyped-def]
    """Let queued work run (the delegate commits an edit through a queued call), then wait for the
    screen's deferred refresh."""
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not screen._refresh_pending)


def editor_widget() -> QLineEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit), widget
    return widget


def go_to(qtbot, screen: AgendaScreen, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    """Move the table's current cell with the arrow keys only."""
    table = screen.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)
    for _ in range(row):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    for _ in range(column):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (row, column)


def type_in_cell(qtbot, screen: AgendaScreen, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    go_to(qtbot, screen, row, column)
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    editor = editor_widget()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_text(editor, text, enter=True)
    settle(qtbot, screen)


def titles(ws, morning: str) -> list[tuple[str, str, str, int, str]]:  # type: ignore[no-untyped-def]
    return [
        (s.start, s.kind, s.title, s.duration_min, s.room)
        for s in agenda.list_sessions(ws, morning)
    ]


def warning_texts(screen: AgendaScreen) -> list[str]:
    return [screen.warnings_list.item(i).text() for i in range(screen.warnings_list.count())]


def test_models_pass_the_model_tester(
    qtmodeltester, screen: AgendaScreen, ws, morning: str
) -> None:  # type: ignore[no-untyped-def]
    agenda.create_session(ws, morning, SessionInput("talk", "Une", "09:00", 30))
    speakers.create(ws, speakers.SpeakerInput("Zoé Mercier"))
    screen.refresh()
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.speakers_panel.model)
    assert isinstance(screen.speakers_panel.model, SpeakersModel)


def test_build_an_8_session_agenda_from_the_keyboard(
    qtbot, screen: AgendaScreen, ws, morning: str
) -> None:  # type: ignore[no-untyped-def]
    plan = [
        ("welcome", "Accueil café", "30"),
        ("keynote", "Mot d'ouverture", "15"),
        ("keynote", "Conférence inaugurale", "25"),
        ("panel", "Table ronde : exporter", "40"),
        ("break", "Pause café", "15"),
        ("talk", "Témoignage", "20"),
        ("networking", "Rencontres B2B", "25"),
        ("closing", "Clôture", "10"),
    ]
    for row, (kind, title, minutes) in enumerate(plan):
        qtbot.keyClick(screen.table, Qt.Key.Key_N, CTRL)  # a new session, its title being edited
        settle(qtbot, screen)
        type_text(editor_widget(), title, enter=True)
        settle(qtbot, screen)
        type_in_cell(qtbot, screen, row, SessionsModel.KIND, kind)
        type_in_cell(qtbot, screen, row, SessionsModel.DURATION, minutes)
        type_in_cell(qtbot, screen, row, SessionsModel.ROOM, "Salle principale")
    assert screen.message.text().startswith("✓")
    expected_starts = ["08:30", "09:00", "09:15", "09:40", "10:20", "10:35", "10:55", "11:20"]
    assert titles(ws, morning) == [
        (start, kind, title, int(minutes), "Salle principale")
        for start, (kind, title, minutes) in zip(expected_starts, plan, strict=True)
    ]
    # What the person sees: the table, and warnings only for the sessions that need speakers.
    assert screen.model.rowCount() == 8
    assert screen.model.data(screen.model.index(3, SessionsModel.END)) == "10:20"
    texts = warning_texts(screen)
    assert len(texts) == 4 and all(t.startswith("⚠") and "has no speaker" in t for t in texts)
    # Move the panel's start from the keyboard with ripple on: the following sessions follow.
    screen.ripple.setChecked(True)
    type_in_cell(qtbot, screen, 3, SessionsModel.START, "09:45")
    starts = [s.start for s in agenda.list_sessions(ws, morning)]
    assert starts == ["08:30", "09:00", "09:15", "09:45", "10:25", "10:40", "11:00", "11:25"]
    assert any("outside the Morning's hours" in t for t in warning_texts(screen))


def _agenda(ws, morning: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        agenda.create_session(
            ws, morning, SessionInput("welcome", "Accueil", "08:30", 30, room="Salle A")
        ),
        agenda.create_session(
            ws, morning, SessionInput("break", "Pause", "09:00", 20, room="Salle A")
        ),
        agenda.create_session(
            ws, morning, SessionInput("networking", "B2B", "09:20", 30, room="Salle A")
        ),
    ]


def drag(qtbot, screen: AgendaScreen, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    viewport = screen.timeline.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    step = QPoint((end.x() - start.x()) // 2, 0)
    qtbot.mouseMove(viewport, start + step)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    settle(qtbot, screen)


def test_move_with_the_mouse_shows_the_warning_then_undo_and_redo(
    qtbot, screen: AgendaScreen, ws, morning: str
) -> None:  # type: ignore[no-untyped-def]
    first, second, third = _agenda(ws, morning)
    settle(qtbot, screen)
    assert warning_texts(screen) == []
    centre = screen.timeline.block_centre(second).toPoint()
    drag(qtbot, screen, centre, centre - QPoint(40, 0))  # 4 px a minute: 10 minutes earlier
    assert agenda.get_session(ws, second).start == "08:50"
    texts = warning_texts(screen)
    assert len(texts) == 1 and texts[0].startswith("✖") and "overlap" in texts[0]
    assert screen.model.data(screen.model.index(0, SessionsModel.WARNINGS)) == "✖"
    # Clicking the warning selects its session.
    screen.table.setCurrentIndex(screen.model.index(2, 0))
    item = screen.warnings_list.item(0)
    rect = screen.warnings_list.visualItemRect(item)
    qtbot.mouseClick(screen.warnings_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.current_session_id() == first
    assert screen.publish_button.isEnabled()
    qtbot.mouseClick(screen.publish_button, Qt.MouseButton.LeftButton)
    assert "blocking" in screen.message.text() and agenda_versions.versions(ws, morning) == []

    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL)
    settle(qtbot, screen)
    assert agenda.get_session(ws, second).start == "09:00" and warning_texts(screen) == []
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL_SHIFT)
    settle(qtbot, screen)
    assert agenda.get_session(ws, second).start == "08:50" and len(warning_texts(screen)) == 1

    # Resize the last session by dragging its right edge 15 minutes further.
    edge = screen.timeline.block_right_edge(third).toPoint()
    drag(qtbot, screen, edge, edge + QPoint(60, 0))
    assert agenda.get_session(ws, third).duration_min == 45
    assert screen.undo_stack.count() == 2
    for _ in range(2):
        qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL)
        settle(qtbot, screen)
    assert [(s.start, s.duration_min) for s in agenda.list_sessions(ws, morning)] == [
        ("08:30", 30),
        ("09:00", 20),
        ("09:20", 30),
    ]
    assert not screen.undo_button.isEnabled() and screen.redo_button.isEnabled()


def test_undo_of_an_added_session_and_its_redo(
    qtbot, screen: AgendaScreen, ws, morning: str
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(screen.table, Qt.Key.Key_N, CTRL)
    settle(qtbot, screen)
    type_text(editor_widget(), "Atelier", enter=True)
    settle(qtbot, screen)
    assert [t[2] for t in titles(ws, morning)] == ["Atelier"]
    assert screen.undo_stack.count() == 2  # add, then rename
    screen.undo_stack.undo()
    settle(qtbot, screen)
    assert [t[2] for t in titles(ws, morning)] == [""]
    screen.undo_stack.undo()
    settle(qtbot, screen)
    assert titles(ws, morning) == [] and screen.model.rowCount() == 0
    screen.undo_stack.redo()
    screen.undo_stack.redo()
    settle(qtbot, screen)
    assert [t[2] for t in titles(ws, morning)] == ["Atelier"]


@pytest.mark.parametrize(
    ("column", "text", "message"),
    [
        (SessionsModel.DURATION, "0", "at least one minute"),
        (SessionsModel.DURATION, "-5", "at least one minute"),
        (SessionsModel.DURATION, "abc", "Not a number of minutes"),
        (SessionsModel.START, "25:00", "Not a time"),
        (SessionsModel.START, "23:50", "another day"),
        (SessionsModel.KIND, "lecture", "Unknown kind"),
    ],
)
def test_bad_input_says_why_and_changes_nothing(
    qtbot, screen: AgendaScreen, ws, morning: str, column: int, text: str, message: str
) -> None:  # type: ignore[no-untyped-def]
    _agenda(ws, morning)
    settle(qtbot, screen)
    type_in_cell(qtbot, screen, 1, SessionsModel.TITLE, "Pause longue")
    before = titles(ws, morning)
    count = screen.undo_stack.count()
    type_in_cell(qtbot, screen, 1, column, text)
    assert screen.message.text().startswith("✖") and message in screen.message.text()
    assert titles(ws, morning) == before
    assert screen.undo_stack.count() == count
    screen.undo_stack.undo()  # the stack still undoes the last good edit
    settle(qtbot, screen)
    assert titles(ws, morning)[1][2] == "Pause"


def test_publish_twice_and_see_the_change_list(
    qtbot, screen: AgendaScreen, ws, morning: str
) -> None:  # type: ignore[no-untyped-def]
    ali = speakers.create(ws, speakers.SpeakerInput("Ali Alaoui"))
    badr = speakers.create(ws, speakers.SpeakerInput("Badr Bennani"))
    _agenda(ws, morning)
    talk = agenda.create_session(
        ws,
        morning,
        SessionInput("talk", "Témoignage", "10:00", 20, room="Salle A"),
        [(ali, "speaker")],
    )
    settle(qtbot, screen)
    assert screen.changes_title.text() == "Not published yet"
    asked: list[int] = []  # "Publish…" asks first (answered below, then with the keyboard)
    monkey_ask = pytest.MonkeyPatch()
    monkey_ask.setattr(publishing, "ask_publish", lambda _p, n: asked.append(n) or True)
    qtbot.mouseClick(screen.publish_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert "version 1" in screen.message.text()
    assert (
        screen.changes_title.text().startswith("Changes since version 1")
        and screen.changes_list.count() == 0
    )
    type_in_cell(qtbot, screen, 2, SessionsModel.START, "09:25")  # move B2B
    monkey = pytest.MonkeyPatch()
    monkey.setattr(session_edits, "ask_session_speakers", lambda *_a: [(badr, "moderator")])
    go_to(qtbot, screen, 3, SessionsModel.TITLE)
    qtbot.mouseClick(screen.speakers_button, Qt.MouseButton.LeftButton)
    monkey.undo()
    settle(qtbot, screen)
    qtbot.keyClick(screen.table, Qt.Key.Key_N, CTRL)
    settle(qtbot, screen)
    type_text(editor_widget(), "Clôture", enter=True)
    settle(qtbot, screen)
    changes = [
        screen.changes_list.item(i).text().replace(FSI, "").replace(PDI, "")
        for i in range(screen.changes_list.count())
    ]  # titles and names are set apart (bidi isolates) from the sentence around them
    assert changes == [
        "+ Added: Clôture (10:20–10:35)",
        "↦ Moved: B2B 09:20–09:50 → 09:25–09:55",
        "👥 Speakers changed: Témoignage: +Badr Bennani (moderator), −Ali Alaoui (speaker)",
    ]
    qtbot.mouseClick(screen.publish_button, Qt.MouseButton.LeftButton)
    monkey_ask.undo()
    settle(qtbot, screen)
    assert asked == [1, 2]
    assert "version 2" in screen.message.text()
    assert [v.number for v in agenda_versions.versions(ws, morning)] == [1, 2]
    assert screen.changes_title.text().startswith("Changes since version 2")
    assert talk in [s["id"] for s in agenda_versions.versions(ws, morning)[1].snapshot["sessions"]]


def test_acknowledge_a_warning(qtbot, screen: AgendaScreen, ws, morning: str) -> None:  # type: ignore[no-untyped-def]
    agenda.create_session(ws, morning, SessionInput("talk", "Sans orateur", "09:00", 20))
    settle(qtbot, screen)
    screen.warnings_list.setCurrentRow(0)
    assert screen.acknowledge_button.isEnabled()
    qtbot.mouseClick(screen.acknowledge_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert warning_texts(screen)[0].startswith("✓ Acknowledged")


def test_speakers_tab_search_merge_and_bad_photo(
    qtbot, screen: AgendaScreen, ws, morning: str, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    keep = speakers.create(ws, speakers.SpeakerInput("Leïla Chraibi", organisation="Médias24"))
    dup = speakers.create(
        ws, speakers.SpeakerInput("Leila Chraibi (Médias24)", email="leila@example.ma")
    )
    speakers.create(ws, speakers.SpeakerInput("Omar Berrada"))
    session = agenda.create_session(
        ws, morning, SessionInput("panel", "Table ronde", "09:00", 30), [(dup, "moderator")]
    )
    panel = screen.speakers_panel
    screen.tabs.setCurrentIndex(1)
    panel.refresh()
    type_text(panel.search, "leila")
    assert panel.model.rowCount() == 2
    panel.table.selectAll()
    monkeypatch.setattr(speakers_module, "ask_yes_no", lambda *_a: True)
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert panel.model.rowCount() == 1 and panel.model.speaker(0).id == keep
    assert [p.speaker_id for p in agenda.get_session(ws, session).speakers] == [keep]
    panel.table.selectRow(0)
    bad = tmp_path / "cv.png"
    bad.write_text("not an image")
    shown: list[str] = []
    monkeypatch.setattr(speakers_module, "ask_photo_file", lambda _p: str(bad))
    monkeypatch.setattr(speakers_module, "show_error", lambda _p, e, *a: shown.append(str(e)))
    qtbot.mouseClick(panel.photo_button, Qt.MouseButton.LeftButton)
    assert shown and "cv.png is not an image" in shown[0] and speakers.photo_png(ws, keep) is None
    good = tmp_path / "face.png"
    Image.new("RGB", (50, 60), (10, 120, 200)).save(good)
    monkeypatch.setattr(speakers_module, "ask_photo_file", lambda _p: str(good))
    qtbot.mouseClick(panel.photo_button, Qt.MouseButton.LeftButton)
    assert speakers.photo_png(ws, keep) is not None
    assert panel.model.data(panel.model.index(0, SpeakersModel.PHOTO)) == "yes"


def test_details_dialog_edits_description_and_language(
    qtbot, screen: AgendaScreen, ws, morning: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    sid = agenda.create_session(ws, morning, SessionInput("talk", "Témoignage", "09:00", 20))
    settle(qtbot, screen)
    go_to(qtbot, screen, 0, SessionsModel.TITLE)
    seen: list[str] = []

    def fake(_parent, current):  # type: ignore[no-untyped-def]
        seen.append(current.title)
        return {
            "kind": "keynote",
            "title": "Témoignage",
            "room": "Salle B",
            "language": "AR",
            "description": "Export vers l'Afrique",
        }

    monkeypatch.setattr(session_edits, "ask_session_details", fake)
    qtbot.keyClick(screen.table, Qt.Key.Key_F4)
    settle(qtbot, screen)
    row = agenda.get_session(ws, sid)
    assert seen == ["Témoignage"]
    assert (row.kind, row.room, row.language, row.description) == (
        "keynote",
        "Salle B",
        "ar",
        "Export vers l'Afrique",
    )
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL)
    settle(qtbot, screen)
    row = agenda.get_session(ws, sid)
    assert (row.kind, row.room, row.language, row.description) == ("talk", "", "", "")


def test_refused_mouse_resize_puts_the_block_back(
    qtbot, screen: AgendaScreen, ws, morning: str
) -> None:  # type: ignore[no-untyped-def]
    early = agenda.create_session(ws, morning, SessionInput("talk", "Matin", "09:00", 20, room="A"))
    agenda.create_session(ws, morning, SessionInput("networking", "Soirée", "23:30", 20, room="A"))
    settle(qtbot, screen)
    screen.ripple.setChecked(True)
    before_rect = screen.timeline.blocks[early].rect()
    edge = screen.timeline.block_right_edge(early).toPoint()
    drag(
        qtbot, screen, edge, edge + QPoint(240, 0)
    )  # +60 minutes would push "Soirée" past midnight
    assert "another day" in screen.message.text() and screen.message.text().startswith("✖")
    assert agenda.get_session(ws, early).duration_min == 20
    assert screen.undo_stack.count() == 0
    assert screen.timeline.blocks[early].rect() == before_rect
    # A click on a block selects its session in the table.
    screen.table.setCurrentIndex(screen.model.index(1, 0))
    qtbot.mouseClick(
        screen.timeline.viewport(),
        Qt.MouseButton.LeftButton,
        pos=screen.timeline.block_centre(early).toPoint(),
    )
    assert screen.current_session_id() == early


def test_new_speaker_through_the_editor_with_the_keyboard(qtbot, screen: AgendaScreen, ws) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from mornings_desktop.ui.agenda.speakers_panel import SpeakerEditor

    panel = screen.speakers_panel
    screen.tabs.setCurrentIndex(1)
    seen: list[str] = []

    def fill() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, SpeakerEditor)
        type_text(editor.email, "pas-un-email", enter=True)  # no name, a bad e-mail: refused
        seen.append(editor.error.text())
        assert editor.isVisible() and speakers.list_speakers(ws) == []
        type_text(editor.name, "Salma Tazi")
        editor.email.clear()
        type_text(editor.email, "salma@x.ma", enter=True)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("✖ ")
    assert [(s.name, s.email) for s in speakers.list_speakers(ws)] == [("Salma Tazi", "salma@x.ma")]
    assert panel.model.rowCount() == 1


@pytest.mark.parametrize(("language", "arrow"), [("fr", "→"), ("ar", "←")])
def test_a_room_change_points_the_way_the_language_reads(
    qtbot, screen: AgendaScreen, ws, morning: str, qapp, tmp_path: Path, language: str, arrow: str
) -> None:  # type: ignore[no-untyped-def]
    """Found in Arabic: "Salle A → Salle B" read right to left pointed back at the old room."""
    from tests.gui.speaking import speaking

    pause = _agenda(ws, morning)[1]
    agenda_versions.publish(ws, morning)
    agenda.move_session(ws, pause, "09:00", 20, room="Salle B")
    with speaking(qapp, language, tmp_path):
        if language == "ar":
            screen.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as the Arabic window is
        screen.refresh()
        lines = [screen.changes_list.item(i).text() for i in range(screen.changes_list.count())]
    assert len(lines) == 1, lines
    assert lines[0].startswith("↤ " if language == "ar" else "↦ "), "the mark points inwards"
    rooms = f"{FSI}Salle A{PDI} {arrow} {FSI}Salle B{PDI}"
    assert rooms in lines[0], lines
    assert ({"→", "←"} - {arrow}).isdisjoint(lines[0]), lines  # every arrow points one way


def test_publish_asks_first_escape_cancels_and_enter_publishes(
    qtbot, screen: AgendaScreen, ws, morning: str
) -> None:  # type: ignore[no-untyped-def]
    """Found by testers: "Publish…" published at once. It asks first, in one sentence saying what
    happens; the keyboard answers it: Escape cancels, Enter publishes."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    _agenda(ws, morning)
    settle(qtbot, screen)
    asked: list[str] = []

    def answer(key: Qt.Key) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        asked.append(box.text())
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Escape))
    qtbot.mouseClick(screen.publish_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert len(asked) == 1 and asked[0].startswith("Version 1 will keep the programme")
    assert asked[0].count(".") == 1 and asked[0].endswith("."), "one sentence"
    assert agenda_versions.versions(ws, morning) == []
    assert "Published" not in screen.message.text()

    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Return))
    screen.publish_button.setFocus()
    qtbot.keyClick(screen.publish_button, Qt.Key.Key_Space)  # the button from the keyboard too
    settle(qtbot, screen)
    assert len(asked) == 2
    assert [v.number for v in agenda_versions.versions(ws, morning)] == [1]
    assert screen.message.text() == "✓ Published version 1."


@pytest.mark.parametrize(
    ("language", "publish"),
    [("en", "&Publish version 2"), ("fr", "&Publier la version 2"), ("ar", "&نشر النسخة 2")],
)
def test_the_publish_question_speaks_the_window_language(
    qtbot, qapp, tmp_path: Path, language: str, publish: str
) -> None:  # type: ignore[no-untyped-def]
    """Translated, and Alt+letter reaches one button in each language."""
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.speaking import speaking
    from tests.gui.test_mnemonics import mnemonic

    with speaking(qapp, language, tmp_path):
        box = publishing.publish_box(None, 2)
        qtbot.addWidget(box)
        texts = [b.text() for b in box.buttons()]
        assert box.defaultButton().text() == publish
        assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
        letters = [mnemonic(t) for t in texts if mnemonic(t)]
        assert len(letters) == len(set(letters)), texts
        assert "2" in box.text() and (language == "en") == ("programme as it stands" in box.text())

"""Arabic alerts keep Latin titles and time ranges in order: bidi isolation (U+2068 … U+2069)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from mornings_desktop import i18n
from mornings_desktop.services.agenda_warnings import Warning
from mornings_desktop.ui.agenda.texts import warning_text
from mornings_desktop.ui.labels import time_range
from mornings_desktop.wording.tr import FSI, PDI
from tests.unit.test_translations import load_i18n


@pytest.fixture
def arabic(qapp, tmp_path: Path, monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    script = load_i18n()
    monkeypatch.setattr(script, "BUILD", tmp_path / "build")
    script.build()
    monkeypatch.setattr(i18n, "qm_dir", lambda: tmp_path / "build")
    translators = i18n.install_translations(qapp, "ar")
    yield
    for translator in translators:
        QApplication.instance().removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_an_arabic_alert_isolates_the_french_title_and_the_times(arabic) -> None:  # type: ignore[no-untyped-def]
    w = Warning(
        "outside_hours",
        "warning",
        ("s1",),
        "k",
        {"title": "Mot d'ouverture", "start": "08:30", "end": "11:00", "opens": "08:30",
         "closes": "10:30"},
    )  # fmt: skip
    text = warning_text(w)
    assert f"{FSI}Mot d'ouverture{PDI}" in text
    assert f"{FSI}08:30–11:00{PDI}" in text and f"{FSI}08:30–10:30{PDI}" in text
    assert time_range("08:30", "11:00") == f"{FSI}08:30–11:00{PDI}"


def test_french_has_no_marks() -> None:
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        assert time_range("08:30", "11:00") == "08:30–11:00"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.mark.parametrize("desk_name", ["الباب A", "Accueil 1 (entrée B)"])
def test_the_sync_screen_keeps_the_desk_name_in_its_own_order(
    arabic, qtbot, tmp_path: Path, settings, desk_name: str
) -> None:  # type: ignore[no-untyped-def]
    """An Arabic desk name with a Latin letter ("الباب A") was forced left-to-right (LRI) and
    read "A الباب"; each name now takes the direction of its first letter (FSI … PDI)."""
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState
    from mornings_desktop.ui.sync.screen import SyncScreen

    ws = Workspace.open(tmp_path / "porte.sqlite3", desk_name, backup_on_migrate=False)
    state = AppState(ws, settings, JobRunner(synchronous=True))
    try:
        screen = SyncScreen(state)
        qtbot.addWidget(screen)
        screen.show()  # the status is read when the screen is first shown
        text = screen.status_label.text()
        assert f"{FSI}{desk_name}{PDI}" in text
        assert "\u2066" not in text  # no left-to-right isolate forced on it
    finally:
        state.close()
        ws.close()


def test_the_sync_screen_in_french_has_no_marks(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.sync.screen import SyncScreen

    QLocale.setDefault(QLocale("fr_FR"))
    try:
        screen = SyncScreen(state)
        qtbot.addWidget(screen)
        screen.show()  # the status is read when the screen is first shown
        text = screen.status_label.text()
        assert "Accueil 1" in text and not {"\u2066", FSI, PDI, "\u2069"} & set(text)
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_a_clock_offset_keeps_its_order_in_arabic(arabic) -> None:  # type: ignore[no-untyped-def]
    """ "2 h 00 min" in an Arabic cell read "h 00 min 2" (the Desks tab, the Status box)."""
    from mornings_desktop.sync.desk_overview import DeskLine
    from mornings_desktop.ui.sync.desks_model import DesksModel
    from mornings_desktop.ui.sync.status_text import clock_sentence

    model = DesksModel()
    line = DeskLine("Accueil 2", "door", None, 7200.0, True, False, None, False, 0)
    model.set_items([line])
    cell = model.index(0, DesksModel.CLOCK).data()
    assert f"{FSI}2 h 00 min{PDI}" in cell and cell.startswith("⚠")
    assert f"{FSI}2 h 00 min{PDI}" in clock_sentence(7200.0, "2 h 00 min")


def test_the_desks_arabic_lines_isolate_french_names_titles_and_times(  # type: ignore[no-untyped-def]
    arabic, qtbot, state, demo_morning
) -> None:
    """Found at the door in Arabic: a French organisation first made the result's line run left
    to right ("TelQuel · مرحبًا — أول لقاء صباحي · ضيف!", the "!" before the category), the
    footer's "—" moved next to "المكتب:", and the speakers' session times sat apart from their
    titles ("Mot d'ouverture, 09:40 09:00 / …")."""
    from mornings_desktop.services.checkin import ScanResult
    from mornings_desktop.services.checkin_live import SpeakerArrival
    from mornings_desktop.ui.checkin.result_panel import ResultPanel
    from mornings_desktop.ui.checkin.screen import CheckinScreen

    panel = ResultPanel()
    qtbot.addWidget(panel)
    panel.show_result(
        ScanResult(
            code="X", result="admitted", registration_id="r", name="Salma Idrissi",
            organisation="TelQuel", category="guest", mornings_attended=1,
        )
    )  # fmt: skip
    assert panel.info.text().startswith(f"{FSI}TelQuel{PDI}")

    state.set_current_morning(demo_morning)
    screen = CheckinScreen(state)
    qtbot.addWidget(screen)
    footer = screen.status.text()
    title = screen.desk.title
    assert f"{FSI}{title}{PDI}" in footer and "2026-" not in footer  # a date people read

    line = screen.live.session_line(
        SpeakerArrival(
            name="Omar Berrada", arrived=None,
            sessions=[("09:00", "Mot d'ouverture"), ("09:40", "Table ronde : exporter")],
        )
    )  # fmt: skip
    assert line == (f"{FSI}09:00 Mot d'ouverture{PDI}, {FSI}09:40 Table ronde : exporter{PDI}")


def test_times_and_dates_keep_their_order_right_to_left(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    """Found in Arabic: the Morning editor showed its 08:30 start as "30:08" (Qt reverses a time
    or date field's parts when it is right to left as its format is set)."""
    from PySide6.QtCore import QDate, Qt

    from mornings_desktop.services import mornings
    from mornings_desktop.ui.exports.screen import ExportsScreen
    from mornings_desktop.ui.mornings.editor import MorningEditor

    morning_id = mornings.create(
        state.workspace,
        mornings.MorningInput(
            title="Matinale", date="2026-12-10", start_time="08:30", end_time="11:30"
        ),
    )
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        editor = MorningEditor(state.workspace, mornings.get(state.workspace, morning_id))
        qtbot.addWidget(editor)
        assert (editor.start.text(), editor.end.text()) == ("08:30", "11:30")
        assert editor.date.text() == "2026-12-10"
        exports = ExportsScreen(state)
        qtbot.addWidget(exports)
        year = str(QDate.currentDate().year())
        assert exports.date_from.text() == f"01/01/{year}"  # dd/MM/yyyy, not yyyy/MM/dd
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_arabic_title_in_an_english_or_french_alert_leaves_the_times_in_order(
    qapp, language: str
) -> None:  # type: ignore[no-untyped-def]
    """`Warning: "كلمة ختامية" (11:45–11:30)`: the Arabic title took the brackets and times
    after it into its own direction; set apart, the sentence reads as written."""
    from bidi import get_display

    QLocale.setDefault(QLocale(language))
    try:
        w = Warning(
            "outside_hours",
            "warning",
            ("s1",),
            "k",
            {"title": "كلمة ختامية", "start": "11:30", "end": "11:45", "opens": "08:30",
             "closes": "11:30"},
        )  # fmt: skip
        shown = get_display(warning_text(w), base_dir="L")
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert "(11:30–11:45)" in shown and "(08:30–11:30)" in shown, shown

"""Dates as the window's language writes them, never "2026-12-10": the Mornings table, the
current-Morning picker, the Exports screen's Morning and period. The table's order stays the
dates' own, whatever the words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from mornings_desktop.services import mornings
from mornings_desktop.ui.exports.screen import ATTENDANCE_XLSX, ExportsScreen
from mornings_desktop.ui.main_window import MainWindow
from mornings_desktop.ui.mornings.model import MorningsModel
from mornings_desktop.ui.mornings.screen import MorningsScreen
from mornings_desktop.wording.tr import FSI, PDI
from tests.gui.speaking import speaking


@pytest.fixture(params=["en", "fr", "ar"])
def language(request, qapp, tmp_path: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    with speaking(qapp, request.param, tmp_path):
        yield request.param


DAY = {"en": "10 December 2026", "fr": "10 décembre 2026", "ar": "10 دجنبر 2026"}
HOURS = {"en": "08:30–11:30", "fr": "08:30–11:30", "ar": f"{FSI}08:30–11:30{PDI}"}
TITLE = {"en": "Matinale", "fr": "Matinale", "ar": f"{FSI}Matinale{PDI}"}


@pytest.fixture
def morning(ws) -> str:  # type: ignore[no-untyped-def]
    return mornings.create(
        ws,
        mornings.MorningInput(
            title="Matinale", date="2026-12-10", start_time="08:30", end_time="11:30"
        ),
    )


def test_the_mornings_table_writes_its_dates_in_words(
    qtbot, state, morning: str, language: str
) -> None:  # type: ignore[no-untyped-def]
    screen = MorningsScreen(state)
    qtbot.addWidget(screen)
    shown = screen.model.index(0, MorningsModel.DATE).data()
    assert shown == f"{DAY[language]}  {HOURS[language]}"
    assert "2026-12-10" not in shown


def test_the_morning_picker_writes_its_dates_in_words(
    qtbot, state, morning: str, language: str
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(state)
    qtbot.addWidget(window)
    index = window.morning_picker.findData(morning)
    assert window.morning_picker.itemText(index) == f"{DAY[language]} — {TITLE[language]}"


def test_the_exports_screen_writes_its_dates_in_words(
    qtbot, state, morning: str, language: str
) -> None:  # type: ignore[no-untyped-def]
    state.set_current_morning(morning)
    screen = ExportsScreen(state)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.morning_combo.currentText() == f"{DAY[language]} — {TITLE[language]}"
    year = QDate.currentDate().year()
    # The period as the three languages write a date in figures: day, month, year.
    assert screen.date_from.text() == f"01/01/{year}"
    assert screen.date_to.text() == f"31/12/{year}"
    # The suggested file keeps the sortable date in its name.
    assert screen.kind() == ATTENDANCE_XLSX
    assert Path(screen.path_edit.text()).name.endswith("-2026-12-10.xlsx")


def test_the_mornings_table_stays_in_date_order(qtbot, state, language: str) -> None:  # type: ignore[no-untyped-def]
    """Newest first by the date itself: "2 mars 2026" sorts after "10 décembre 2026" as text."""
    ws = state.workspace
    for day in ("2026-12-10", "2027-01-05", "2026-03-02"):
        mornings.create(ws, mornings.MorningInput(title=day, date=day))
    screen = MorningsScreen(state)
    qtbot.addWidget(screen)
    order = [screen.model.morning(r).date for r in range(screen.model.rowCount())]
    assert order == ["2027-01-05", "2026-12-10", "2026-03-02"]


def test_the_date_column_shows_its_whole_words(qtbot, state, morning: str, language: str) -> None:  # type: ignore[no-untyped-def]
    """ "10 décembre 2026  08:30–11:30" is longer than "2026-12-10": the column gives it its
    width (it wrapped and cut the hours to "…" in the window)."""
    from PySide6.QtGui import QFontMetrics

    from mornings_desktop.ui.main_window import MainWindow

    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    window.show_area("mornings")
    table = window.page("mornings").table
    text = table.model().index(0, MorningsModel.DATE).data()
    needed = QFontMetrics(table.font()).horizontalAdvance(text)
    assert table.columnWidth(MorningsModel.DATE) >= needed, (text, needed)

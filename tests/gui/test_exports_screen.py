"""The Exports screen driven as a person would: choose, export, open the result."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt

from mornings_desktop.ui.exports import screen as screen_module
from mornings_desktop.ui.exports.screen import ExportsScreen
from mornings_desktop.ui.jobs import Cancelled


def choose(qtbot, radio) -> None:  # type: ignore[no-untyped-def]
    """Click a radio button on its circle (the widget itself stretches across the screen)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


@pytest.fixture
def screen(qtbot, state, demo_morning):  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    widget = ExportsScreen(state)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_attendance_workbook_then_open_and_show(screen, tmp_path: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[tuple[str, Path]] = []
    monkeypatch.setattr(screen_module, "open_file", lambda p: opened.append(("file", p)))
    monkeypatch.setattr(screen_module, "show_in_folder", lambda p: opened.append(("folder", p)))
    assert screen.morning_combo.currentData() == screen.state.current_morning_id
    assert screen.path_edit.text().endswith(".xlsx")
    assert not screen.open_button.isVisible()
    target = tmp_path / "présences.xlsx"
    screen.path_edit.setText(str(target))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert openpyxl.load_workbook(target).sheetnames[0] == "Présences"
    assert screen.status.text().startswith("✔")
    assert str(target) in screen.status.text()
    assert screen.open_button.isVisible() and screen.folder_button.isVisible()
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [("file", target), ("folder", target)]


def test_the_arabic_window_exports_an_arabic_workbook(
    qtbot, state, demo_morning, qapp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Found in the Arabic window: the file's language offered French and English only."""
    from mornings_desktop.settings import LANGUAGE
    from tests.gui.speaking import speaking

    state.settings.set(LANGUAGE, "ar")
    state.set_current_morning(demo_morning)
    with speaking(qapp, "ar", tmp_path):
        screen = ExportsScreen(state)
        qtbot.addWidget(screen)
        screen.show()
        offered = [screen.language_combo.itemText(i) for i in range(screen.language_combo.count())]
        assert offered == ["Français", "English", "العربية"]
        assert screen.language_combo.currentData() == "ar"  # the window's language first
        target = tmp_path / "الحضور.xlsx"
        screen.path_edit.setText(str(target))
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
        assert screen.status.text().startswith("✔"), screen.status.text()
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames[0] == "الحضور" and workbook["الحضور"].sheet_view.rightToLeft


def test_csv_and_series_choices(screen, tmp_path: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, screen.attendance_csv)
    assert screen.path_edit.text().endswith(".csv")
    assert not screen.period_check.isEnabled()
    screen.language_combo.setCurrentIndex(screen.language_combo.findData("en"))
    screen.path_edit.setText(str(tmp_path / "a.csv"))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    # English Excel's separator by default for an English file (issue 15)
    assert screen.separator_combo.currentData() == ","
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbfLast name,")

    choose(qtbot, screen.series_xlsx)
    assert not screen.morning_combo.isEnabled() and screen.period_check.isEnabled()
    screen.period_check.setChecked(True)
    screen.date_from.setDate(screen.date_from.date().fromString("2026-12-01", "yyyy-MM-dd"))
    screen.date_to.setDate(screen.date_to.date().fromString("2026-12-31", "yyyy-MM-dd"))
    chosen = tmp_path / "série.xlsx"
    monkeypatch.setattr(screen_module, "ask_save_path", lambda *_a: str(tmp_path / "série"))
    qtbot.mouseClick(screen.browse_button, Qt.MouseButton.LeftButton)
    assert screen.path_edit.text() == str(chosen)
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert openpyxl.load_workbook(chosen).sheetnames[:2] == ["Per Morning", "Attendance history"]

    # a period without any Morning: a message in words, no file
    screen.date_from.setDate(screen.date_from.date().fromString("2030-01-01", "yyyy-MM-dd"))
    screen.date_to.setDate(screen.date_to.date().fromString("2030-12-31", "yyyy-MM-dd"))
    screen.path_edit.setText(str(tmp_path / "vide.xlsx"))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert (
        screen.status.text().startswith("✖") and "No Morning in this period" in screen.status.text()
    )
    assert not (tmp_path / "vide.xlsx").exists() and not screen.open_button.isVisible()


def test_bad_name_and_cancel(screen, tmp_path: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    screen.path_edit.setText(str(tmp_path / "a?b.xlsx"))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert screen.status.text().startswith("✖") and "Windows" in screen.status.text()

    def cancelled_progress(*_a: object) -> None:
        raise Cancelled()

    real_run = screen.state.jobs.run

    def run_and_cancel(fn, **kwargs):  # type: ignore[no-untyped-def]
        def cancelling(control):  # type: ignore[no-untyped-def]
            control.cancel()
            return fn(control)

        return real_run(cancelling, **kwargs)

    monkeypatch.setattr(screen.state.jobs, "run", run_and_cancel)
    target = tmp_path / "annulé.xlsx"
    screen.path_edit.setText(str(target))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in screen.status.text() and screen.status.text().startswith("✖")
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".~*")) == []
    assert screen.export_button.isEnabled()


def test_the_csv_separator_is_chosen_and_remembered(
    qtbot, state, demo_morning, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """An English file for a French computer's Excel: `;` chosen with the keys, then remembered."""
    from tests.gui.keys import press_key

    state.set_current_morning(demo_morning)
    first = ExportsScreen(state)
    qtbot.addWidget(first)
    first.show()
    choose(qtbot, first.attendance_csv)
    assert first.separator_combo.isEnabled()
    first.language_combo.setCurrentIndex(first.language_combo.findData("en"))
    assert first.separator_combo.currentData() == ","
    first.separator_combo.setFocus()
    press_key(first.separator_combo, Qt.Key.Key_Up)  # ", (Excel in English)" → "; (…French…)"
    assert first.separator_combo.currentData() == ";"
    first.path_edit.setText(str(tmp_path / "en-fr.csv"))
    qtbot.mouseClick(first.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "en-fr.csv").read_bytes().startswith(b"\xef\xbb\xbfLast name;")
    again = ExportsScreen(state)  # the next time: the choice, whatever the language
    qtbot.addWidget(again)
    again.language_combo.setCurrentIndex(again.language_combo.findData("en"))
    assert again.separator_combo.currentData() == ";"


def test_a_door_desk_exports_personal_data_only_with_the_organisers_passphrase(
    qtbot, door, door_state, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The window wrote the whole attendance workbook (names, e-mails, phones) on a door desk,
    where `mornings export` asks for the organiser passphrase: the window asks too."""
    from PySide6.QtWidgets import QInputDialog

    from mornings_desktop.ui import passphrase_gate

    asked: list[str] = []

    def answer(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(str(args[2]))
        return "not the passphrase", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    monkeypatch.setattr(passphrase_gate, "show_error", lambda *_a: None)
    widget = ExportsScreen(door_state)
    qtbot.addWidget(widget)
    widget.show()
    target = tmp_path / "présences.xlsx"
    widget.path_edit.setText(str(target))
    qtbot.mouseClick(widget.export_button, Qt.MouseButton.LeftButton)
    assert asked and "passphrase" in asked[0]
    assert not target.exists() and widget.job is None

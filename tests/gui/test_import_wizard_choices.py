"""The import wizard's questions before the columns, answered with keys as a person would:
which sheet of a workbook holds the people, and, for a CSV whose encoding was only guessed, the
guess shown with the first rows and corrected."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from mornings_desktop.services import registrations
from mornings_desktop.ui.people import import_wizard
from mornings_desktop.ui.people.import_choices import EncodingDialog, SheetDialog
from mornings_desktop.ui.people.screen import PeopleScreen
from tests.gui.keys import press_key
from tests.unit.imports import hostile_workbooks

SHOTS = Path("/tmp/mornings-shots")


def answer(kind: type, act: Callable[[QWidget], None], seen: list[QWidget]) -> None:
    """When a modal dialog of `kind` is up, let `act` work it with keys (polling, as it opens
    inside `exec()`)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def screen_for(qtbot, state, morning_id: str) -> PeopleScreen:  # type: ignore[no-untyped-def]
    state.set_current_morning(morning_id)
    screen = PeopleScreen(state)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    return screen


def two_lists_xlsx(path: Path) -> Path:
    wb = Workbook()
    december = wb.active
    december.title = "Décembre"
    december.append(["Nom", "Prénom", "E-mail"])
    december.append(["Bennani", "Karim", "k.bennani@atlas.ma"])
    january = wb.create_sheet("Janvier")
    january.append(["Nom", "Prénom", "E-mail"])
    january.append(["Chraïbi", "Leïla", "leila@medias24.ma"])
    january.append(["Ouazzani", "Nizar", "nizar@ouazzani-conseil.ma"])
    wb.save(path)
    return path


def test_the_person_chooses_the_sheet(qtbot, state, demo_morning, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    screen = screen_for(qtbot, state, demo_morning)
    monkeypatch.setattr(import_wizard, "show_import_error", lambda p, exc: pytest.fail(str(exc)))
    reports: list[object] = []
    monkeypatch.setattr(import_wizard, "show_report", lambda parent, report: reports.append(report))
    seen: list[QWidget] = []

    def pick_january(dialog: QWidget) -> None:
        assert isinstance(dialog, SheetDialog)
        assert dialog.sheets.currentText() == "Décembre"  # the first list found
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "import-sheet.png"))
        press_key(dialog.sheets, Qt.Key.Key_Down)
        press_key(dialog.sheets, Qt.Key.Key_Return)

    answer(SheetDialog, pick_january, seen)
    screen.import_file(two_lists_xlsx(tmp_path / "Matinales.xlsx"))
    assert seen, "the sheet was not asked"
    assert reports and reports[0].sheet == "Janvier" and reports[0].created == 2
    names = {r.name for r in registrations.list_registrations(state.workspace, demo_morning)}
    assert {"Leïla Chraïbi", "Nizar Ouazzani"} <= names and "Karim Bennani" not in names
    assert "Janvier" in import_wizard.summary_text(reports[0])


def test_a_guessed_encoding_is_shown_and_corrected(
    qtbot, state, demo_morning, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Old Mac Excel's CSV: Mac Roman, read as Windows-1252 by the guess ("AurŽlie")."""
    screen = screen_for(qtbot, state, demo_morning)
    reports: list[object] = []
    errors: list[str] = []
    monkeypatch.setattr(import_wizard, "show_report", lambda parent, report: reports.append(report))
    monkeypatch.setattr(import_wizard, "show_import_error", lambda p, exc: errors.append(str(exc)))
    file = tmp_path / "liste-mac.csv"
    file.write_bytes(
        codecs.encode("Nom;Prénom;Société\r\nDeschênes;Aurélie;Société Générale\r\n", "mac-roman")
    )
    seen: list[QWidget] = []
    shown: list[str] = []

    def correct(dialog: QWidget) -> None:
        assert isinstance(dialog, EncodingDialog)
        shown.append(dialog.preview.item(0, 1).text())
        for _ in range(2):  # Windows-1252 → ISO-8859-1 → Mac Roman
            press_key(dialog.encoding, Qt.Key.Key_Down)
        shown.append(dialog.preview.item(0, 1).text())
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "import-encoding.png"))
        press_key(dialog.encoding, Qt.Key.Key_Return)

    answer(EncodingDialog, correct, seen)
    screen.import_file(file)
    assert errors == []  # before: "mixes text encodings", with no way to say which it was
    assert seen, "the guessed encoding was not shown"
    assert shown[0] != "Aurélie" and shown[1] == "Aurélie"
    assert reports and reports[0].created == 1 and reports[0].encoding == "mac-roman"
    names = {r.name for r in registrations.list_registrations(state.workspace, demo_morning)}
    assert "Aurélie Deschênes" in names


def test_a_hostile_first_sheet_leaves_the_others_to_choose(  # type: ignore[no-untyped-def]
    qtbot, state, demo_morning, tmp_path, monkeypatch
) -> None:
    """Before: the draft sheet's refusal refused the whole file, although the list was fine."""
    screen = screen_for(qtbot, state, demo_morning)
    monkeypatch.setattr(import_wizard, "show_import_error", lambda p, exc: pytest.fail(str(exc)))
    reports: list[object] = []
    monkeypatch.setattr(import_wizard, "show_report", lambda parent, report: reports.append(report))
    seen: list[QWidget] = []
    offered: list[list[str]] = []
    said: list[str] = []

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, SheetDialog)
        offered.append([dialog.sheets.itemText(i) for i in range(dialog.sheets.count())])
        said.append(dialog.unreadable.text())
        assert dialog.unreadable.isVisible()
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "import-sheet-unreadable.png"))
        press_key(dialog.sheets, Qt.Key.Key_Return)  # the list found, as proposed

    answer(SheetDialog, pick, seen)
    screen.import_file(hostile_workbooks.hostile_first_xlsx(tmp_path / "Matinale.xlsx"))
    assert seen, "the sheet was not asked"
    assert offered == [["Notes", "Inscrits"]]
    assert said[0].endswith(".") and ". " not in said[0] and "“Brouillon”" in said[0]  # one
    assert "1048575 rows" in said[0] or "XFD1048576" in said[0]
    assert reports and reports[0].sheet == "Inscrits" and reports[0].created == 2
    names = {r.name for r in registrations.list_registrations(state.workspace, demo_morning)}
    assert {"Leïla Chraïbi", "Nizar Ouazzani"} <= names


@pytest.mark.parametrize("kind", ["ods", "xls"])
def test_a_hostile_ods_or_xls_sheet_leaves_the_others_to_choose(  # type: ignore[no-untyped-def]
    qtbot, state, demo_morning, tmp_path, monkeypatch, kind
) -> None:
    """Before: one hostile sheet of an .ods or .xls refused the whole file in the window (the
    readers build every sheet at opening), although the list was on another sheet."""
    from tests.unit.imports import hostile
    from tests.unit.imports.test_hostile_sheets_ods_xls import PEOPLE, PEOPLE_XLS

    if kind == "ods":
        file = hostile.ods_tables(
            tmp_path / "Matinale.ods",
            [("Brouillon", hostile.ods_bomb_rows(99_000, 1_000)),
             ("Notes", hostile.ods_rows([["À rappeler la veille"]])),
             ("Inscrits", hostile.ods_rows(PEOPLE))],
        )  # fmt: skip
    else:
        file = hostile.xls_sheets(
            tmp_path / "Matinale.xls",
            [("Brouillon", [(0, 0, "x"), (65535, 255, "y")], None),
             ("Notes", [(0, 0, "A rappeler la veille")], None),
             ("Inscrits", PEOPLE_XLS, None)],
        )  # fmt: skip
    screen = screen_for(qtbot, state, demo_morning)
    monkeypatch.setattr(import_wizard, "show_import_error", lambda p, exc: pytest.fail(str(exc)))
    reports: list[object] = []
    monkeypatch.setattr(import_wizard, "show_report", lambda parent, report: reports.append(report))
    seen: list[QWidget] = []
    offered: list[list[str]] = []
    said: list[str] = []

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, SheetDialog)
        offered.append([dialog.sheets.itemText(i) for i in range(dialog.sheets.count())])
        said.append(dialog.unreadable.text())
        assert dialog.unreadable.isVisible()
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / f"import-sheet-unreadable-{kind}.png"))
        press_key(dialog.sheets, Qt.Key.Key_Return)  # the list found, as proposed

    answer(SheetDialog, pick, seen)
    screen.import_file(file)
    qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    assert seen, "the sheet was not asked"
    assert offered == [["Notes", "Inscrits"]]
    assert said[0].endswith(".") and ". " not in said[0] and "“Brouillon”" in said[0]  # one
    assert ("ALL1" if kind == "ods" else "IV65536") in said[0]
    report = reports[0]
    assert report.sheet == "Inscrits" and report.created + report.unchanged == 2  # type: ignore[attr-defined]
    assert list(report.unreadable_sheets) == ["Brouillon"]  # type: ignore[attr-defined]
    names = {r.name for r in registrations.list_registrations(state.workspace, demo_morning)}
    assert {"Karim Bennani", "Hélène Lefèvre"} <= names


def test_the_encoding_preview_is_read_off_the_ui_thread_latest_choice_winning(  # type: ignore[no-untyped-def]
    qtbot, ws, settings, demo_morning, tmp_path, monkeypatch
) -> None:
    """Each change of encoding reads the file's first rows again: in a job (a slow disk or a
    network share froze the window), the latest choice winning over a slower earlier read."""
    import threading
    import time

    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.people import import_choices
    from mornings_desktop.ui.state import AppState

    reads: list[tuple[str | None, str]] = []
    real = import_choices.look

    def watched(path, **options):  # type: ignore[no-untyped-def]
        reads.append((options.get("encoding"), threading.current_thread().name))
        if options.get("encoding") == "iso-8859-1":
            time.sleep(0.6)  # a slow read, overtaken by the next choice
        return real(path, **options)

    monkeypatch.setattr(import_choices, "look", watched)
    state = AppState(ws, settings, JobRunner())  # the real, threaded runner
    try:
        state.set_current_morning(demo_morning)
        screen = PeopleScreen(state)
        qtbot.addWidget(screen)
        reports: list[object] = []
        errors: list[str] = []
        monkeypatch.setattr(import_wizard, "show_report", lambda p, report: reports.append(report))
        monkeypatch.setattr(import_wizard, "show_import_error", lambda p, e: errors.append(str(e)))
        file = tmp_path / "liste-mac.csv"
        file.write_bytes(
            codecs.encode(
                "Nom;Prénom;Société\r\nDeschênes;Aurélie;Société Générale\r\n", "mac-roman"
            )
        )
        seen: list[QWidget] = []
        shown: list[str] = []

        def correct(dialog: QWidget) -> None:
            assert isinstance(dialog, EncodingDialog)
            shown.append(dialog.preview.item(0, 1).text())
            for _ in range(2):  # Windows-1252 → ISO-8859-1 (slow) → Mac Roman
                press_key(dialog.encoding, Qt.Key.Key_Down)
            qtbot.waitUntil(lambda: dialog.preview.item(0, 1).text() == "Aurélie", timeout=10000)
            qtbot.wait(900)  # the slow ISO-8859-1 read ends now: it must not win
            shown.append(dialog.preview.item(0, 1).text())
            press_key(dialog.encoding, Qt.Key.Key_Return)

        answer(EncodingDialog, correct, seen)
        screen.import_file(file)
        qtbot.waitUntil(lambda: bool(reports or errors), timeout=20000)
        assert errors == [] and seen
        assert shown == [shown[0], "Aurélie"] and shown[0] != "Aurélie"
        previews = [(enc, thread) for enc, thread in reads if enc in ("iso-8859-1", "mac-roman")]
        # Both read, each once; the two jobs run on the pool's two threads at once, so which
        # one entered first is up to the scheduler (asserting that order failed at random).
        assert sorted(enc for enc, _ in previews) == ["iso-8859-1", "mac-roman"]
        main = threading.main_thread().name
        assert all(thread != main for _, thread in previews), previews
        assert reports[0].created == 1 and reports[0].encoding == "mac-roman"
        state.jobs.wait(10000)
    finally:
        state.jobs.wait(10000)
        state.close()

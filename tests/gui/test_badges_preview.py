"""The badge preview and the calibration test page leave nothing on disk and write nothing on the
UI thread: the preview PDF holds people's names, and /tmp filled with a folder per Badges screen.

A file probe (a Python audit hook on `open` and `os.mkdir`) records which thread opened a file
for writing and whether a job was running it; the temporary folder (TMPDIR, which `QDir.tempPath`
and `tempfile` read) is a folder of the test, to see what is left in it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from mornings_desktop.documents.badge_catalogue import load_catalogue
from mornings_desktop.ui import jobs
from mornings_desktop.ui.badges import printing
from mornings_desktop.ui.badges.calibration import CalibrationDialog
from mornings_desktop.ui.badges.screen import PERSON, BadgesScreen
from mornings_desktop.ui.jobs import JobRunner
from tests.gui.conftest import delete_windows_made_since

_WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


@dataclass(frozen=True)
class FileWrite:
    path: str
    on_ui_thread: bool
    in_job: bool


_records: list[FileWrite] | None = None


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _records is None or event not in ("open", "os.mkdir"):
        return
    path = str(args[0])
    if event == "open":
        mode, flags = args[1], args[2]
        writing = any(c in mode for c in "wax+") if isinstance(mode, str) else False
        if isinstance(flags, int) and flags & _WRITING:
            writing = True
        if not writing:
            return
    on_ui = threading.current_thread() is threading.main_thread()
    _records.append(FileWrite(path, on_ui, jobs.in_job()))


sys.addaudithook(_audit)  # for the whole test process: idle unless a probe is open


@contextmanager
def file_writes() -> Iterator[list[FileWrite]]:
    """Every file opened for writing (or folder made) from Python while the block runs."""
    global _records
    _records = found = []
    try:
        yield found
    finally:
        _records = None


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert Path(QDir.tempPath()).resolve() == folder.resolve()
    return folder


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_preview_and_the_test_page_leave_no_temporary_folder(
    qtbot, qapp, state, demo_morning, temp_dir, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Open Badges (a preview), choose one person (another), calibrate (print and save the test
    page), close: nothing is left in the temporary folder, nothing written on the UI thread, and
    the preview itself written nowhere."""
    state.set_current_morning(demo_morning)
    before = qapp.topLevelWidgets()
    with file_writes() as previewing:
        screen = BadgesScreen(state)  # deleted below (or by the autouse fixture)
        screen.resize(1300, 850)
        screen.show()
        assert not screen.preview.pixmap().isNull()
        screen.selection_box.setCurrentIndex(PERSON)
        screen.table.selectRow(1)
        assert screen.count_label.text().startswith("1 badge(s)")
        assert not screen.preview.pixmap().isNull()
    assert previewing == [], "the preview is made in memory, never written to a file"

    printed = tmp_path / "test-page-printed.pdf"
    monkeypatch.setattr(printing, "available_printers", lambda: ["Brother QL-820"])
    monkeypatch.setattr(printing, "printer_named", lambda name: pdf_printer(printed))
    monkeypatch.setattr(
        printing, "ask_save_path", lambda parent, suggested: tmp_path / "test-page.pdf"
    )
    with file_writes() as calibrating:
        dialog = CalibrationDialog(state.settings, screen.template(), state.jobs, screen)
        dialog.offset_x.setValue(1.5)
        dialog.test_button.click()
        dialog.save_test_button.click()
        dialog.reject()
    assert [w for w in calibrating if w.on_ui_thread and not w.in_job] == []
    # Only the saved test page, beside its target (written whole, then renamed), by a job.
    assert calibrating and {Path(w.path).parent for w in calibrating} == {tmp_path}
    template = screen.template()
    for pdf in (printed, tmp_path / "test-page.pdf"):  # printed as an image; saved with its text
        doc = QPdfDocument()
        doc.load(str(pdf))
        size = doc.pagePointSize(0)
        assert doc.pageCount() == 1
        assert size.width() == pytest.approx(template.page_width, abs=1)
        assert size.height() == pytest.approx(template.page_height, abs=1)
        if pdf == printed:
            page = printing.render_page(pdf, 0, 72).convertToFormat(QImage.Format.Format_Grayscale8)
            assert min(bytes(page.constBits())) < 128  # rulers and crosshairs were printed
        else:
            assert "offset +1.5 / +0.0 mm" in doc.getAllText(0).text()
        doc.close()

    screen.close()
    delete_windows_made_since(before)
    assert sorted(p.name for p in temp_dir.iterdir()) == []


def test_the_preview_is_made_by_a_job(qtbot, state, demo_morning, temp_dir) -> None:  # type: ignore[no-untyped-def]
    """With real worker threads: showing the screen returns before the preview exists (rendering
    a page of badges is no work for the UI thread), and it then arrives at true scale; a preview
    overtaken by a newer one is never shown."""
    state.jobs = JobRunner()
    state.set_current_morning(demo_morning)
    screen = BadgesScreen(state)
    qtbot.addWidget(screen)
    screen.resize(1300, 850)
    screen.show()
    assert screen.preview.pixmap().isNull()
    screen.template_box.setCurrentIndex(screen.template_box.findData("a6-single"))
    template = screen.template()
    qtbot.waitUntil(lambda: not screen.preview.pixmap().isNull(), timeout=10000)
    state.jobs.wait()
    qtbot.wait(50)  # every result delivered: the last one asked is the one shown
    dpi = screen.screen_dpi()
    assert screen.preview.pixmap().width() == round(template.page_width / 72 * dpi)
    assert screen.preview.pixmap().height() == round(template.page_height / 72 * dpi)
    assert screen.preview_caption.text().startswith("Page 1 at true scale")
    assert list(temp_dir.iterdir()) == []


def test_a_calibration_test_page_in_memory_is_the_one_saved(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.documents.badge_layout import Calibration
    from mornings_desktop.documents.calibration_pdf import calibration_page_pdf, render_test_page

    template = load_catalogue().get("avery-l4785")
    cal = Calibration(-1.5, 0.8, 0.995, 1.0)
    data = calibration_page_pdf(template, cal)
    saved = render_test_page(template, tmp_path / "cal.pdf", cal)
    assert data.startswith(b"%PDF") and saved.read_bytes()[:8] == data[:8]
    assert printing.render_page(data, 0, 72).size() == printing.render_page(saved, 0, 72).size()
